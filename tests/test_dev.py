"""README command 1 on a machine without a screen: a picture of the window and the agenda; and
`dev.py test --fast`, the tests that start no server and no process."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.plugins import kinds

ROOT = Path(__file__).resolve().parent.parent
# Each package is tried by some fast test (the server's through in-process ASGI calls).
PACKAGES = ["desktop", "services/domain", "services/store", "services/sync", "services/api",
            "services/security", "server"]


@pytest.mark.process
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="headless Linux fallback")
def test_dev_demo_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["CARNET_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "dev.py", "demo", "--lang", "en"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "No display here" in done.stdout and "Soccer intérieur U10" in done.stdout
    assert (ROOT / "carnet-demo.png").stat().st_size > 10_000


def test_fast_is_the_plugins_selection():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    assert dev.FAST == kinds.FAST
    assert dev.pytest_args(["--fast", "-x", "tests/server"]) == ["-m", kinds.FAST, "-x",
                                                                  "tests/server"]
    assert dev.pytest_args(["-x"]) == ["-x"]


@pytest.mark.process
def test_fast_leaves_out_servers_and_processes_and_tries_every_package():
    done = subprocess.run([sys.executable, "dev.py", "test", "--fast", "--collect-only", "-q",
                           "-p", "no:cacheprovider"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    tests = [line for line in done.stdout.splitlines() if "::" in line]
    for package in PACKAGES:
        assert any(line.startswith(f"tests/{package}/") for line in tests), package
    for elsewhere in ("tests/services/sync/test_fault_matrix.py", "tests/packaging/",
                      "tests/bench/", "tests/server/test_rules.py"):
        assert not any(line.startswith(elsewhere) for line in tests), elsewhere
