"""The calendar at a front desk's scale (issue 5), all in one run:

- a store of 100,000 occurrences whose busiest month shows about 2,000 entries;
- median paint of that month (target <= 8 ms) and median month switch: query + layout + paint
  (target <= 16 ms);
- the longest GUI event-loop stall while a full sync runs (target <= 50 ms);
- the cold start of `carnet --screenshot` from an already-synced store, no server, against a
  bare PySide6 window that shows, grabs and exits (target ratio <= 2.0).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/calendar_bench.py

Options: --occurrences N (100,000), --runs N (3 syncs; cold starts: 2 more), and the parts to
run, if not all (paint, stall, cold). Not named calendar.py: a script's folder comes first on
sys.path, and that file would shadow the standard library's calendar (requests imports it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sync import ACTIVITIES, serve  # bench/sync.py, beside this file

from desktop import collector, i18n
from desktop.app import attach_session, build
from services.domain import clock
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, scaled_dataset
from services.security.credentials import MemoryCredentials
from services.store import dataset_io
from services.store.store import Store
from services.sync.session import bind_account, open_session

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("paint", "stall", "cold")
CARNET = Path(sys.executable).with_name("carnet")


def busiest_month(app) -> date:
    counts: dict[tuple[int, int], int] = {}
    with app.state.store.read() as conn:
        from services.store.schema import T

        for (start,) in conn.execute(T["Occurrence"].select().with_only_columns(
                T["Occurrence"].c.start)):
            key = (start.year, start.month)
            counts[key] = counts.get(key, 0) + 1
    year, month = max(counts, key=counts.get)
    return date(year, month, 15)


def paint_ms(widget, runs: int = 40) -> float:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    times = []
    for _ in range(runs):
        timer = QElapsedTimer()
        timer.start()
        widget.render(image)
        times.append(timer.nsecsElapsed() / 1e6)
    return statistics.median(times)


def switch_ms(app, widget, cold: bool, runs: int = 20) -> float:
    """Next/previous month: query + layout + paint. Warm: as between two clicks, the event
    loop ran and read the neighbouring months ahead. Cold: nothing read ahead."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    times = []
    for index in range(runs):
        if cold:
            app.state._cache.clear()
        else:
            app.state.settle()  # the idle time between two clicks: neighbours read ahead
        timer = QElapsedTimer()
        timer.start()
        app.state.step(1 if index % 2 == 0 else -1)
        app.state.wait()  # shown: read (cold) or from what was read ahead (warm)
        widget.render(image)
        times.append(timer.nsecsElapsed() / 1e6)
    return statistics.median(times)


def stall_during_sync(folder: Path, dataset) -> tuple[float, int]:
    """Open a window on an empty store, sync the whole dataset (in the sync process, as the
    app does), and measure the longest gap between 1 ms timer ticks, until a second after the
    sync ended (the window's last refresh included)."""
    with serve(dataset, folder / "server") as url:
        store = Store.open(folder / "gui-client")
        bind_account(store, url, DEMO_USERNAME, "en")
        session = open_session(store=store, credentials=MemoryCredentials(url, DEMO_USERNAME))
        session.client.sign_in(DEMO_PASSWORD)
        app = build(store, "en", DEMO_USERNAME)
        app.window.resize(1280, 800)
        app.window.show()
        QApplication.processEvents()  # painted before the session opens, as `carnet` does
        collector.started()  # as `carnet` does once the window shows: what lives on is frozen
        longest, last, ticks = 0.0, time.perf_counter(), 0
        done = []
        app.bridge.state.connect(lambda state, code: done.append((time.perf_counter(), state))
                                 if state in ("idle", "error", "offline") else None)

        def tick() -> None:
            nonlocal longest, last, ticks
            now = time.perf_counter()
            longest, last, ticks = max(longest, now - last), now, ticks + 1
            if done and now - done[0][0] > 1.0:
                QApplication.instance().quit()

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(1)
        attach_session(app, session)
        last = time.perf_counter()
        QApplication.instance().exec()
        timer.stop()
        app.sync.stop()
        app.window.close()
        session.close()
        if done[0][1] != "idle":
            raise SystemExit(f"the sync did not finish: {done[0][1]}")
        return longest * 1000, ticks


def cold_start(folder: Path, runs: int = 5) -> tuple[float, float]:
    bare = ROOT / "packaging" / "bare.py"  # also bench/startup.py's, frozen
    env = {**os.environ, "CARNET_DATA_DIR": str(folder / "synced"), "QT_QPA_PLATFORM":
           "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    # Bytecode as an installed or frozen app has it (this machine sets PYTHONDONTWRITEBYTECODE,
    # which would make every run compile Carnet's sources again).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop"),
                    str(ROOT / "services")], check=True, capture_output=True)

    def timed(argv: list[str]) -> float:
        began = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        return time.perf_counter() - began

    timed([str(CARNET), "--screenshot", str(folder / "c.png")])  # page cache warm, both
    carnet = statistics.median(timed([str(CARNET), "--screenshot", str(folder / "c.png")])
                               for _ in range(runs))
    plain = statistics.median(timed([sys.executable, str(bare), str(folder / "b.png")])
                              for _ in range(runs))
    return carnet, plain


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", help=f"only these: {', '.join(PARTS)}")
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="syncs timed (cold starts: 2 more)")
    args = parser.parse_args()
    if set(args.parts) - set(PARTS):
        parser.error(f"parts are {', '.join(PARTS)}")
    return args


def main() -> None:
    args = _arguments()
    only = set(args.parts) or set(PARTS)
    # Offscreen unless told: read when the QApplication is made, not when Qt is imported.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    i18n.install("en")
    keyring.set_keyring(keyring.backends.fail.Keyring())  # key files: the child reads them
    folder = Path(tempfile.mkdtemp())
    dataset = scaled_dataset(clock.today(), activities=ACTIVITIES,
                             weeks=max(1, args.occurrences // ACTIVITIES))
    if "paint" in only or "cold" in only:
        store = Store.open(folder / "synced")
        dataset_io.load(store, dataset)  # an already-synced store, as after a first sync
    if "paint" in only:
        paint_and_switch(store, len(dataset.occurrences))
    if "stall" in only:
        stalls = [stall_during_sync(folder / f"sync{run}", dataset)[0]
                  for run in range(args.runs)]
        print(f"longest GUI stall during a full sync of the same dataset: median of "
              f"{args.runs} syncs {statistics.median(stalls):.1f} ms "
              f"({', '.join(f'{s:.0f}' for s in stalls)}) (target <= 50)")
    if "cold" in only:
        store.close()
        carnet, plain = cold_start(folder, runs=args.runs + 2)
        print(f"cold start to a painted window: carnet --screenshot {carnet:.2f} s vs bare "
              f"PySide6 {plain:.2f} s, ratio {carnet / plain:.2f} (target <= 2.0)")


def paint_and_switch(store: Store, occurrences: int) -> None:
    app = build(store, "en", DEMO_USERNAME)
    app.window.resize(1280, 800)
    app.window.show()
    QApplication.processEvents()
    widget = app.window.home.calendar.grid
    app.state.go_to(busiest_month(app))
    app.wait()
    first, last = app.state.period()
    shown = sum(1 for e in app.state.entries if first <= e.first_day <= last)
    print(f"store: {occurrences:,} occurrences; busiest month "
          f"{first:%Y-%m}: {shown:,} entries")
    print(f"paint of that month: median {paint_ms(widget):.2f} ms (target <= 8)")
    print(f"month switch, query + layout + paint: median {switch_ms(app, widget, False):.2f} ms"
          f" with the neighbours read ahead (target <= 16); "
          f"{switch_ms(app, widget, True):.2f} ms without")
    app.window.close()


if __name__ == "__main__":
    main()
