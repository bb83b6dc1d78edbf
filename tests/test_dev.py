"""README command 1 on a machine without a screen: a picture of the window and the agenda."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="headless Linux fallback")
def test_dev_demo_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["CARNET_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "dev.py", "demo", "--lang", "en"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "No display here" in done.stdout and "Soccer intérieur U10" in done.stdout
    assert (ROOT / "carnet-demo.png").stat().st_size > 10_000
