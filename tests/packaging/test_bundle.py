"""The frozen bundle (issue 8): it starts on the demo family offscreen and paints the Home tab.

Runs when CARNET_BUNDLE names the built executable (`python3 dev.py bundle` prints it; .ci/run
builds it and sets it)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.views import TABS
from desktop.views.about_dialog import COMPONENTS
from desktop.views.palette import CLOSURE_DAY, KIND_COLOURS
from services.domain.demo import SIN_ETIENNE
from services.store.reads import LAST_SYNC

BUNDLE = os.environ.get("CARNET_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built (python3 dev.py bundle)")


def share_of(image: QImage, colour: QColor, tolerance: int = 10) -> float:
    """The fraction of sampled pixels close to `colour`."""
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = QColor(image.pixel(x, y))
            total += 1
            hits += all(abs(a - b) <= tolerance for a, b in zip(
                pixel.getRgb()[:3], colour.getRgb()[:3], strict=True))
    return hits / total


@pytest.fixture(scope="module")
def synced(tmp_path_factory) -> tuple[dict, Path]:
    """The frozen app's demo: its embedded server, the first sync, the Home tab painted."""
    folder = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(folder / "data"),
           "CARNET_LOG_DIR": str(folder / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = frozen(env, "demo", "--screenshot", str(folder / "home.png"), "--lang", "en",
                  timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return env, folder


def frozen(env: dict, *argv: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(BUNDLE)), *argv], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_the_frozen_app_paints_the_demo_home_tab(synced, qapp):
    image = QImage(str(synced[1] / "home.png"))
    assert (image.width(), image.height()) == (1280, 800)
    for colour in (*KIND_COLOURS.values(), CLOSURE_DAY):  # HOME-3's colours, on the grid
        assert share_of(image, QColor(colour)) > 0.0005, colour


@pytest.mark.parametrize("tab", TABS[1:])
def test_every_tab_loads_in_the_bundle(synced, qapp, tab):
    """Each tab's module loads when it first shows: one the bundle left out fails here."""
    env, folder = synced
    picture = folder / f"{tab}.png"
    done = frozen(env, "--screenshot", str(picture), "--tab", tab)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert QImage(str(picture)).size().width() == 1280


def test_sealed_details_open_in_the_bundle(synced):
    """SINs are sealed in the store (libsodium): the export shows them, so the bundle opens
    them; the agenda reads the store offline."""
    env, folder = synced
    done = frozen(env, "export", "--json", str(folder / "export.json"))
    assert done.returncode == 0, done.stderr[-2000:]
    assert SIN_ETIENNE in (folder / "export.json").read_text(encoding="utf-8")
    agenda = frozen(env, "agenda", "--json")
    assert agenda.returncode == 0 and json.loads(agenda.stdout)["Entries"]


def test_the_bundle_knows_its_components_and_their_licences():
    """Help → About reads each component's metadata: the bundle must carry it."""
    done = frozen({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, "--version")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Carnet ") and lines[0] != "Carnet dev"
    listed = {line.split(" ")[0] for line in lines[2:] if "(" in line and not line.endswith("()")}
    assert listed == set(COMPONENTS)


def test_the_bundle_prints_the_calendar(synced):
    """Issue 17, item 4: the bundle carries QtPrintSupport (File ▸ Print… and its preview)
    with its printsupport plugins, and the frozen `export --pdf` paints the month, no display
    needed."""
    env, folder = synced
    inside = Path(BUNDLE).parent
    assert list(inside.rglob("QtPrintSupport*.so")) or list(inside.rglob("QtPrintSupport*.pyd"))
    assert [p for p in inside.rglob("printsupport") if p.is_dir()]
    pdf = folder / "month.pdf"
    done = frozen({k: v for k, v in env.items() if k != "DISPLAY"}, "--lang", "fr", "export",
                  "--pdf", str(pdf), "--view", "month")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 10_000


def _last_sync(store: Path) -> str | None:
    """When the store says a sync last reached the platform (read-only: the app has it open)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (LAST_SYNC,)).fetchone()
    except sqlite3.Error:  # not made yet
        return None
    return None if row is None else row[0]


def test_the_window_syncs_in_a_child_of_the_frozen_executable(tmp_path):
    """The window's sync runs in a process multiprocessing spawns from the frozen executable,
    beside its resource tracker, both diverted at their start (desktop.cli; PyInstaller's
    multiprocessing hook runs on first import: packaging/rth_deferred.py). `carnet demo`
    makes no sync of its own before the window: its first one is the child's."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_DATA_DIR": str(tmp_path / "data"),
           "CARNET_LOG_DIR": str(tmp_path / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    window = subprocess.Popen([str(Path(BUNDLE)), "demo", "--lang", "en"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _last_sync(tmp_path / "data" / "carnet.sqlite3") is None:
            assert window.poll() is None, window.stderr.read()[-2000:]
            assert time.monotonic() < deadline, "no sync in 120 s"
            time.sleep(0.25)
        children = subprocess.run(["ps", "-ww", "-o", "args=", "--ppid", str(window.pid)],
                                  capture_output=True, text=True).stdout
        assert "--multiprocessing-fork" in children and "resource_tracker" in children
    finally:
        os.killpg(window.pid, signal.SIGTERM)
        window.communicate(timeout=60)
    log = (tmp_path / "logs" / "carnet.log").read_text(encoding="utf-8")
    assert "sync process ended by itself" not in log and "Traceback" not in log
