"""A real X display for the tests that need one: Xvfb with the openbox window manager, driven
with real input events (xdotool sends them through XTEST, as a keyboard would). `.ci/run`
installs xvfb, openbox, xdotool and Qt's xcb libraries."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field

TOOLS = ("Xvfb", "openbox", "xdotool")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class Display:
    name: str  # ":N"
    width: int
    height: int
    processes: list[subprocess.Popen] = field(default_factory=list)

    def env(self, **more: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb", **more)
        return env

    def tool(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def window(self, name: str, timeout: float = 60) -> str:
        """The id of the first visible window whose title matches `name` (a regex)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                found = self.tool("search", "--onlyvisible", "--name", name).split()
            except RuntimeError:
                found = []
            if found:
                return found[0]
            time.sleep(0.2)
        raise TimeoutError(f"no window named {name!r} within {timeout} s")

    def title(self, window: str) -> str:
        return self.tool("getwindowname", window).strip()

    def frame(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of the window as placed on the screen."""
        values = dict(line.split("=", 1) for line in
                      self.tool("getwindowgeometry", "--shell", window).split())
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                int(values["HEIGHT"]))

    def wait_title(self, window: str, wanted: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        seen = ""
        while time.monotonic() < deadline:
            seen = self.title(window)
            if wanted in seen:
                return seen
            time.sleep(0.1)
        raise TimeoutError(f"the title stayed {seen!r}, never with {wanted!r}")

    def close(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def start_display(width: int = 1366, height: int = 768) -> Display:
    """Xvfb on a free display number (it picks and tells: -displayfd), then openbox on it."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               f"{width}x{height}x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as told:
        number = told.readline().strip()
    display = Display(f":{number}", width, height, [server])
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=display.env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    display.processes.append(manager)
    time.sleep(0.5)  # openbox takes the screen before the first window maps
    return display
