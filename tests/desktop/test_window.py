"""The window around the Home tab: sign-in, F5 with a live sync, remembered geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage, QKeySequence

from desktop.app import attach_session, build
from desktop.launch import sign_in
from desktop.views.sign_in import SignInDialog
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.store.store import Store
from tests.desktop.tabs import modules_at_first_paint


def test_sign_in_says_why_in_the_users_language(qapp, tmp_path, platform):
    store = Store.open(tmp_path / "s")
    try:
        refused = sign_in(store, "fr", platform.url, DEMO_USERNAME, "nope", False)
        assert refused == "Nom d'utilisateur ou mot de passe incorrect."
        bad_url = sign_in(store, "en", "http://platform.example.ca", DEMO_USERNAME, "x", False)
        assert isinstance(bad_url, str)
        session = sign_in(store, "en", platform.url, DEMO_USERNAME, DEMO_PASSWORD, False)
        assert not isinstance(session, str) and session.engine.sync().ok
        session.client.close()
    finally:
        store.close()


def test_dialog_keeps_what_was_typed_but_the_password(qtbot):
    dialog = SignInDialog(username="famille.tremblay@example.ca")
    qtbot.addWidget(dialog)
    dialog.password.setText("secret")
    dialog.show_error("Wrong username or password.")
    assert dialog.username.text() == "famille.tremblay@example.ca"
    assert dialog.password.text() == "" and dialog.error.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


@pytest.mark.process
def test_f5_syncs_on_the_worker_and_the_window_follows(qtbot, tmp_path,
                                                       platform):
    store = Store.open(tmp_path / "live")
    session = sign_in(store, "en", platform.url, DEMO_USERNAME, DEMO_PASSWORD, False)
    app = build(store, "en", DEMO_USERNAME)
    qtbot.addWidget(app.window)
    states = []
    app.bridge.state.connect(lambda state, code: states.append(state))
    attach_session(app, session)  # the scheduler syncs at start
    try:
        qtbot.waitUntil(lambda: states.count("idle") >= 1, timeout=10_000)
        qtbot.waitUntil(lambda: app.quick.rowCount() == 4, timeout=5_000)  # refreshed by sync
        refresh = app.window.actions_by_name["refresh"]
        assert refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
        refresh.trigger()
        qtbot.waitUntil(lambda: states.count("idle") >= 2, timeout=10_000)
        assert app.window.status.connection.text() == "Online"
    finally:
        app.sync.stop()
        session.client.close()
        store.close()


def test_geometry_is_remembered(qtbot, tmp_path, demo_store):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = build(demo_store, "en", "x", settings)
    qtbot.addWidget(first.window)
    first.window.resize(700, 470)  # the offscreen screen is 800x600; widths clamp to the minimum
    first.window.show()
    chosen = first.window.size()
    first.window.close()
    fresh = build(demo_store, "en", "x")
    qtbot.addWidget(fresh.window)
    # Widths clamp to the 800-pixel offscreen screen; the height tells the story.
    assert fresh.window.height() != chosen.height()
    again = build(demo_store, "en", "x", settings)
    qtbot.addWidget(again.window)
    assert again.window.height() == chosen.height() == 470


def test_signing_out_leaves_no_credentials_and_keeps_the_copy(tmp_path, platform):
    from desktop.launch import has_credentials
    from services.sync.session import sign_out

    store = Store.open(tmp_path / "kept")
    session = sign_in(store, "en", platform.url, DEMO_USERNAME, DEMO_PASSWORD, True)
    session.engine.sync()
    assert has_credentials(store)
    session.client.close()
    store.close()
    sign_out(tmp_path / "kept", forget_data=False)
    again = Store.open(tmp_path / "kept")
    try:
        assert not has_credentials(again)  # next launch offers to sign in, the copy stays
        from services.store import reads

        with again.reader() as conn:
            assert reads.signed_in(conn) and reads.account_name(conn) == DEMO_USERNAME
    finally:
        again.close()


def test_after_a_sign_out_that_kept_the_data_sign_in_is_offered_over_the_painted_window(
        qapp, demo, monkeypatch):
    """The keychain and the session stack load after the first paint: the window is already
    up when the dialog offers to sign in again; declined, the copy opens offline."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from desktop import launch
    from desktop.views.main_window import MainWindow
    from services.store import dataset_io, paths
    from services.sync.session import bind_account

    kept = Store.open(paths.data_dir())
    dataset_io.load(kept, demo)
    bind_account(kept, "http://127.0.0.1:9", DEMO_USERNAME, "en")  # no token in the keychain
    kept.close()
    seen = []

    def offered(store, lang):
        seen.append([w.isVisible() for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow)])
        return None  # declined

    def attached(app, session, **_):
        seen.append(session.client.credentials.token)
        session.close()
        app.stop()
        app.window.close()  # the last window: exec() returns

    monkeypatch.setattr(launch, "_sign_in", offered)
    monkeypatch.setattr(launch, "attach_session", attached)
    args = argparse.Namespace(data_dir=None, lang="en", screenshot=None, tab="home",
                              size="1280x800")
    assert launch.run(args) == 0
    assert seen == [[True], None]


def test_signing_out_with_the_data_leaves_no_folder_behind(qapp, demo, monkeypatch):
    """The window writes its geometry as it closes: not into the folder being removed."""
    import argparse

    from desktop import launch
    from services.store import dataset_io, paths
    from services.sync.session import bind_account

    kept = Store.open(paths.data_dir())
    dataset_io.load(kept, demo)
    bind_account(kept, "http://127.0.0.1:9", DEMO_USERNAME, "en")
    kept.close()

    def sign_out_and_remove(app, session, **_):
        session.close()
        app.stop()
        app.signing_out = True  # Settings → Sign out, removing the data
        app.window.close()

    monkeypatch.setattr(launch, "_sign_in", lambda store, lang: None)
    monkeypatch.setattr(launch, "attach_session", sign_out_and_remove)
    args = argparse.Namespace(data_dir=None, lang="en", screenshot=None, tab="home",
                              size="1280x800")
    assert launch.run(args) == 0
    import gc

    gc.collect()  # whatever the window held is gone, as at the process's end
    assert not paths.data_dir().exists()


HEAVY = ("sqlalchemy", "pydantic", "keyring", "requests", "services.security.keys",
         "services.store.schema", "services.domain.entities",
         # the commands' parsers (desktop.cli._parse): 15 ms of the window's start
         "desktop.cli.org", "desktop.cli.account_parsers",
         # File ▸ Print…'s and Edit ▸ Search everything…'s models: made when first used
         "desktop.models.print_model", "desktop.models.search_model",
         # the sync process's (after the paint); html's entities, for one escaped name
         "multiprocessing", "html",
         # OpenSSL, which clash keys do not need (services.domain.digest)
         "hashlib",
         # classes PySide makes once Python gets an event as a plain QEvent (an event(),
         # changeEvent() or eventFilter() written in Python): some fifty, 3 ms
         # (desktop.views.calendar_grid.ChipFonts.following)
         "QGraphicsSceneEvent", "QTabletEvent", "QNativeGestureEvent",
         # dialogs only an action opens (PySide makes a class when first imported)
         "QMessageBox", "QFileDialog", "QInputDialog")


@pytest.mark.process
def test_the_first_paint_loads_no_heavy_module(tmp_path, demo):
    """README: the first paint loads no SQLAlchemy, pydantic, keychain or network code (each
    costs tens of milliseconds of a cold start; the key is checked just after the paint)."""

    import keyring
    import keyring.backends.fail

    from services.store import dataset_io
    from services.store.store import Store

    keyring.set_keyring(keyring.backends.fail.Keyring())  # store.key, which the child reads
    folder = tmp_path / "data"
    store = Store.open(folder)
    dataset_io.load(store, demo)
    store.close()
    last, output = modules_at_first_paint(
        ["--data-dir", str(folder), "--screenshot", str(tmp_path / "home.png")], HEAVY)
    assert last == "0 []", output


@pytest.mark.process
def test_a_screenshot_run_as_the_program_ends_at_once_with_everything_on_disk(tmp_path, demo):
    """`carnet --screenshot` ends with os._exit once the PNG is written (desktop.cli._end_now):
    no teardown (an atexit callback does not run), yet the picture is whole, the store closed
    with its WAL checkpointed, and the log has its lines. A caller passing argv gets the code
    back (the other tests here)."""
    import os
    import subprocess
    import sys

    import keyring
    import keyring.backends.fail

    from services.store import dataset_io
    from services.store.store import Store

    keyring.set_keyring(keyring.backends.fail.Keyring())
    folder, logs, shot = tmp_path / "data", tmp_path / "logs", tmp_path / "home.png"
    store = Store.open(folder)
    dataset_io.load(store, demo)
    store.close()
    logs.mkdir()
    (logs / "crash.log").write_text("Fatal Python error: a probe's", encoding="utf-8")
    probe = ("import atexit, sys\nfrom desktop.cli import main\n"
             "atexit.register(lambda: print('torn down', flush=True))\n"
             f"sys.argv = ['carnet', '--data-dir', {str(folder)!r}, '--screenshot', "
             f"{str(shot)!r}]\nsys.exit(main())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CARNET_LOG_DIR": str(logs),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "torn down" not in done.stdout  # ended at once
    picture = QImage(str(shot))
    assert not picture.isNull() and picture.size() == QSize(1280, 800)
    wal = folder / "carnet.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed as the store closed
    assert "a probe's" in (logs / "carnet.log").read_text(encoding="utf-8")


def test_the_first_window_reads_the_sync_status_once(carnet):
    """desktop.app.build asks for the status bar's facts before making the widgets (they read
    while the modules load); the status bar does not ask again (issue 20: no work twice before
    the first paint). A sync that ends asks again."""
    assert carnet.status.reads == 1
    carnet.window.status.set_state("idle", "")
    assert carnet.status.reads == 2
