"""The calendar at a front desk's scale (issue 5), all in one run:

- a store of 100,000 occurrences whose busiest month shows about 2,000 entries;
- median paint of that month (target <= 8 ms) and median month switch: query + layout + paint
  (target <= 16 ms);
- the longest GUI event-loop stall while a full sync runs (target <= 50 ms);
- the cold start of `carnet --screenshot` from an already-synced store, no server, against a
  bare PySide6 window that shows, grabs and exits (target ratio <= 2.0).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/calendar.py
"""

from __future__ import annotations

import os
import sys

# This file is calendar.py: its folder on sys.path would shadow the standard library's calendar
# module (imported by email, by requests...). Take the folder off the path. (The sync process,
# spawned, runs this file again as __mp_main__: hence __file__, not sys.path[0].)
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]

import importlib.util  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_sync", Path(_HERE) / "sync.py")
_sync = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sync)
ACTIVITIES, serve = _sync.ACTIVITIES, _sync.serve

from desktop import i18n  # noqa: E402
from desktop.app import attach_session, build  # noqa: E402
from desktop.launch import startup_over  # noqa: E402
from services.domain import clock  # noqa: E402
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, scaled_dataset  # noqa: E402
from services.security.credentials import MemoryCredentials  # noqa: E402
from services.store import dataset_io  # noqa: E402
from services.store.store import Store  # noqa: E402
from services.sync.session import bind_account, open_session  # noqa: E402

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
        startup_over()  # as `carnet` does once the window shows: what lives on is frozen
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
    bare = Path(_HERE).parent / "packaging" / "bare.py"  # also bench/startup.py's, frozen
    env = {**os.environ, "CARNET_DATA_DIR": str(folder / "synced"), "QT_QPA_PLATFORM":
           "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    # Bytecode as an installed or frozen app has it (this machine sets PYTHONDONTWRITEBYTECODE,
    # which would make every run compile Carnet's sources again).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(_HERE).parent / "desktop"),
                    str(Path(_HERE).parent / "services")], check=True, capture_output=True)

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


def main() -> None:
    # `bench/calendar.py stall` or `... cold`: that part only (while working on it).
    only = set(sys.argv[1:]) or {"paint", "stall", "cold"}
    qt = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    i18n.install("en")
    keyring.set_keyring(keyring.backends.fail.Keyring())  # key files: the child reads them
    folder = Path(tempfile.mkdtemp())
    today = clock.today()
    dataset = scaled_dataset(today, activities=ACTIVITIES, weeks=217)
    if "paint" in only or "cold" in only:
        store = Store.open(folder / "synced")
        dataset_io.load(store, dataset)  # an already-synced store, as after a first sync
    if "paint" in only:
        paint_and_switch(store, len(dataset.occurrences))
    if "stall" in only:
        stalls = [stall_during_sync(folder / f"sync{run}", dataset)[0] for run in range(3)]
        print(f"longest GUI stall during a full sync of the same dataset: median of 3 syncs "
              f"{statistics.median(stalls):.1f} ms ({', '.join(f'{s:.0f}' for s in stalls)}) "
              f"(target <= 50)")
    if "cold" in only:
        store.close()
        carnet, plain = cold_start(folder)
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
