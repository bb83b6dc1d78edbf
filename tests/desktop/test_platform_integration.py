"""Platform integration (issue 8): a second launch hands over to the running window; a crash
is logged, redacted, and shown."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from desktop import crash, logs
from desktop.single_instance import InstanceServer, hand_over, server_name
from services.domain.demo import DEMO_USERNAME
from services.store import paths
from services.store.store import Store
from services.sync.session import bind_account

SECRETS = ("abc.DEF-123-token", "4111 1111 1111 1111", "046 454 286",
           "famille.tremblay@example.ca")


def carnet(*args: str, **kw) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", *args]


def listening(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    up = socket.waitForConnected(200)
    socket.abort()
    return up


@pytest.mark.process
def test_a_second_launch_hands_over_to_the_first(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run(carnet("demo-data"), env=env, check=True, capture_output=True, timeout=120)
    store = Store.open(paths.data_dir())  # signed in before, on a platform now unreachable
    bind_account(store, "http://127.0.0.1:9", DEMO_USERNAME, "en")
    store.close()
    name = server_name(paths.data_dir())
    first = subprocess.Popen(carnet(), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not listening(name):
            assert first.poll() is None, "the first window ended"
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.1)
        began = time.monotonic()
        second = subprocess.run(carnet(), env=env, capture_output=True, timeout=60)
        assert second.returncode == 0 and time.monotonic() - began < 20
        assert first.poll() is None  # still running, now in front
        log = (paths.log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
        assert "brought forward" in log and "asked this window to come forward" in log
    finally:
        first.terminate()
        first.wait(20)


def test_nobody_listening_means_this_launch_opens_the_window(qtbot):
    assert not hand_over("carnet-nobody-listens", 200)
    name = f"carnet-test-{os.getpid()}"
    left_behind = InstanceServer(name)  # as if its process had crashed without closing it
    again = InstanceServer(name)
    try:
        assert again.server.isListening()
    finally:
        again.close()
        left_behind.close()


@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_a_crash_is_logged_redacted_and_shown(tmp_path, monkeypatch):
    logs.setup()
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install(show=shown.append)
    try:
        raise RuntimeError("sync failed: Authorization: Bearer abc.DEF-123-token card "
                           "4111 1111 1111 1111 sin 046 454 286 for famille.tremblay@example.ca")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    text = (paths.log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error" in text and "RuntimeError: sync failed" in text
    assert "test_a_crash_is_logged_redacted_and_shown" in text  # the traceback is there
    for secret in SECRETS:
        assert secret not in text
    assert shown and "RuntimeError" in shown[0]


@pytest.fixture(autouse=True)
def _quiet_root_logger():
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent == \
                paths.log_dir():
            root.removeHandler(handler)
            handler.close()


def test_the_instance_name_is_the_one_older_versions_use(tmp_path):
    """A window an older Carnet opened on this folder is found by the new one (the name is
    SHA-256 of the user and the folder, now taken without loading OpenSSL)."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}\0{tmp_path.resolve()}"
    assert server_name(tmp_path) == "carnet-" + hashlib.sha256(key.encode()).hexdigest()[:20]
