"""Settings ▸ Start Carnet when I log in (ASSIST-1): an XDG autostart entry on Linux, a Run
value under HKEY_CURRENT_USER on Windows, a LaunchAgent on macOS — each naming the command that
starts this Carnet (the bundle's executable, or this Python with `-m desktop.cli`)."""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

from services.store.paths import replace_atomically

NAME = "Carnet"
LABEL = "ca.carnet.desktop"
RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def command() -> list[str]:
    """What starts this Carnet: the frozen app itself, else its Python and module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop.cli"]


def linux_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / "carnet.desktop"


def mac_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def _quoted(argument: str) -> str:
    """An Exec= argument as the desktop entry spec quotes it."""
    if not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace(
        "$", "\\$")
    return f'"{escaped}"'


def linux_entry(argv: list[str]) -> str:
    return ("[Desktop Entry]\nType=Application\nName=Carnet\n"
            f"Exec={' '.join(_quoted(a) for a in argv)}\n"
            "X-GNOME-Autostart-enabled=true\nTerminal=false\n")


def mac_agent(argv: list[str]) -> bytes:
    return plistlib.dumps({"Label": LABEL, "ProgramArguments": argv, "RunAtLoad": True})


def windows_value(argv: list[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(argv)


def enabled() -> bool:
    if sys.platform == "win32":
        from PySide6.QtCore import QSettings

        return QSettings(RUN_KEY, QSettings.Format.NativeFormat).contains(NAME)
    return (mac_agent_path() if sys.platform == "darwin" else linux_entry_path()).exists()


def set_enabled(on: bool, argv: list[str] | None = None) -> None:
    """The entry written (or removed) for this user; OSError when the folder cannot be."""
    argv = argv or command()
    if sys.platform == "win32":
        from PySide6.QtCore import QSettings

        run = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
        if on:
            run.setValue(NAME, windows_value(argv))
        else:
            run.remove(NAME)
        return
    if sys.platform == "darwin":
        path, data = mac_agent_path(), mac_agent(argv)
    else:
        path, data = linux_entry_path(), linux_entry(argv).encode("utf-8")
    if not on:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, [data])
