"""Issue 16, item 11: on Linux with a display, Qt's xcb plugin needs libxcb-cursor0. Without
it, Qt aborts with its own "could not load the Qt platform plugin"; Carnet says, in the user's
language, what to install, and exits non-zero without a traceback."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys

import pytest

from desktop import display

# The real `carnet` command, with only the library lookup telling it xcb-cursor is absent (the
# loader's cache left empty: each library is then looked up by find_library).
MISSING = """
import ctypes.util, sys
real = ctypes.util.find_library
ctypes.util.find_library = lambda name: None if name == "xcb-cursor" else real(name)
from desktop import display
display.loader_cache = lambda: b""
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def on_x11(**more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "DISPLAY": ":97", **more}


@pytest.mark.process
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
@pytest.mark.parametrize("lang, words", [
    ("en", "Carnet cannot open its window"),
    ("fr", "Carnet ne peut pas ouvrir sa fenêtre"),
])
def test_a_missing_xcb_cursor_library_is_said_with_what_to_install(tmp_path, lang, words):
    done = subprocess.run(
        [sys.executable, "-c", MISSING, "--data-dir", str(tmp_path), "--lang", lang, "demo"],
        env=on_x11(CARNET_LOG_DIR=str(tmp_path / "log")), capture_output=True, text=True,
        timeout=60)
    assert done.returncode != 0
    assert words in done.stderr
    assert "sudo apt install libxcb-cursor0" in done.stderr
    assert "Traceback" not in done.stderr and "Qt platform plugin" not in done.stderr


def test_the_check_applies_only_where_qt_would_use_xcb(monkeypatch):
    monkeypatch.setattr(display, "loader_cache", lambda: b"")  # find_library says it all
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: None if name == "xcb-cursor" else f"lib{name}.so.0")
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert display.missing_libraries() == ["libxcb-cursor0"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert display.missing_libraries() == ["libxcb-cursor0"]
    for name, value in (("QT_QPA_PLATFORM", "offscreen"), ("QT_QPA_PLATFORM", "wayland"),
                        ("WAYLAND_DISPLAY", "wayland-0")):
        with monkeypatch.context() as local:
            local.setenv(name, value)
            local.delenv("QT_QPA_PLATFORM" if name == "WAYLAND_DISPLAY" else "DISPLAY",
                         raising=False)
            assert display.missing_libraries() == [], (name, value)
    monkeypatch.delenv("DISPLAY")
    assert display.missing_libraries() == []  # no display: offscreen, as dev.py does
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sys, "platform", "darwin")
    assert display.missing_libraries() == []
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"lib{name}.so.0")
    assert display.missing_libraries() == []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)  # the cursor's first
    assert display.missing_libraries()[0] == "libxcb-cursor0"


@pytest.mark.process  # ldconfig
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldconfig is Linux's")
def test_the_loader_cache_is_read_once_and_find_library_asked_only_for_what_it_lacks(
        monkeypatch):
    """`ldconfig -p` once for the 14 libraries (find_library runs it for each: 56 ms of an X11
    start); find_library looks further only for one it does not list."""
    assert b"libc.so.6" in display.loader_cache()  # the real one reads
    abi = b"libc6,x86-64" if os.uname().machine == "x86_64" else b"libc6"
    listed = b"".join(b"\tlib%s.so.1 (%s) => /usr/lib/lib%s.so.1\n"
                      % (name.encode(), abi, name.encode())
                      for name, _ in display.XCB_LIBRARIES if name != "xcb-cursor")
    reads, asked = [], []
    monkeypatch.setattr(display, "loader_cache", lambda: reads.append(1) or listed)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name))
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert display.missing_libraries() == ["libxcb-cursor0"]
    assert reads == [1] and asked == ["xcb-cursor"]
