"""Issue 14: every file Carnet writes is owner-only, like the store — window.ini, the log
folder, carnet.log and its rotated copies — and so are those an older version left open."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from desktop import crash, launch, logs
from services.domain.demo import DEMO_USERNAME
from services.store import paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def loose(*roots: Path) -> list[str]:
    """Whatever under `roots` (themselves included) others may read, write or enter."""
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if mode & 0o077:
                found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


def window_start(run_window, folder: Path, monkeypatch) -> None:
    """The window on the folder: painted, its session opened, then closed (window.ini)."""
    def attached(app, session, **_):
        app.wait()
        session.close()
        app.stop()
        app.window.close()

    monkeypatch.setattr(launch, "_sign_in", lambda store, lang: None)
    monkeypatch.setattr(launch, "attach_session", attached)
    assert run_window(folder) == 0


def a_crash() -> None:
    try:
        raise RuntimeError("something unexpected")
    except RuntimeError as error:
        crash.report(type(error), error, error.__traceback__)


@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_everything_carnet_writes_is_owner_only(run_window, cli, tmp_path, platform,
                                                monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 4_000)  # rotated copies too
    folder = tmp_path / "data"
    code, _, err = cli(folder, "login", "--server", platform.url, "--username", DEMO_USERNAME)
    assert code == 0, err
    window_start(run_window, folder, monkeypatch)
    assert cli(folder, "status")[0] == 0
    for _ in range(40):
        a_crash()
    assert (folder / "window.ini").is_file()
    assert (paths.log_dir() / f"{logs.LOG_FILE}.1").is_file()
    assert loose(folder, paths.log_dir()) == []


@pytest.mark.expect_log("a line", logger="carnet.test")
def test_what_an_older_version_left_open_is_closed(run_window, cli, tmp_path, demo,
                                                    monkeypatch):
    from services.store import dataset_io
    from services.store.store import Store
    from services.sync.session import bind_account

    folder = tmp_path / "data"
    store = Store.open(folder)
    dataset_io.load(store, demo)
    bind_account(store, "http://127.0.0.1:9", DEMO_USERNAME, "en")
    store.close()
    log_dir = paths.log_dir()
    log_dir.mkdir(parents=True)
    for path, text in ((folder / "window.ini", "[ui]\nlang=en\n"),
                       (log_dir / logs.LOG_FILE, "an older line\n"),
                       (log_dir / f"{logs.LOG_FILE}.1", "an older rotated line\n")):
        path.write_text(text, encoding="utf-8")
        path.chmod(0o644)
    log_dir.chmod(0o755)
    assert cli(folder, "agenda")[0] == 0
    logging.getLogger("carnet.test").warning("a line")
    window_start(run_window, folder, monkeypatch)
    assert loose(folder, log_dir) == []
