"""Issue 16: `carnet demo` as a real window — Xvfb at the most common laptop size with the
openbox window manager, real key presses (XTEST) switching tabs and views — stays inside the
screen and says where it is in its title (what a screen reader announces first)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.desktop.xserver import missing_tools, start_display

pytestmark = [
    pytest.mark.process,
    pytest.mark.skipif(bool(missing_tools()) or not sys.platform.startswith("linux"),
                       reason=f"needs {', '.join(missing_tools())} (.ci/run installs them)"),
]


@pytest.fixture
def display():
    started = start_display(1366, 768)
    yield started
    started.close()


def inside_screen(display, frame: tuple[int, int, int, int]) -> bool:
    x, y, width, height = frame
    return x >= 0 and y >= 0 and x + width <= display.width and y + height <= display.height


def test_the_demo_is_a_real_window_driven_by_real_keys(display, tmp_path):
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--data-dir", str(tmp_path / "data"),
         "--lang", "en", "demo"],
        env=display.env(CARNET_LOG_DIR=str(tmp_path / "logs")),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = display.window("Carnet$")
        display.wait_title(window, "Home")
        frame = display.frame(window)
        assert inside_screen(display, frame), frame
        assert frame[2] >= 0.8 * display.width and frame[3] >= 0.75 * display.height, frame
        display.tool("windowactivate", "--sync", window)
        steps = [("ctrl+2", "People"), ("ctrl+Tab", "Billing"), ("ctrl+1", "Home"),
                 ("ctrl+alt+2", "Week"), ("ctrl+alt+3", "Agenda"), ("ctrl+alt+1", "Month"),
                 ("ctrl+6", "Settings"), ("ctrl+1", "Home")]
        for keys, wanted in steps:
            display.tool("key", "--clearmodifiers", keys)
            display.wait_title(window, wanted)
            assert inside_screen(display, display.frame(window)), (keys, display.frame(window))
        display.tool("key", "--clearmodifiers", "ctrl+q")
        _, err = app.communicate(timeout=60)
        assert app.returncode == 0, err
        assert "Traceback" not in err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
