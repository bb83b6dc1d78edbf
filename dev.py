#!/usr/bin/env python3
"""The README's two commands, on any OS with Python 3.11+:

    python3 dev.py demo     set up .venv (first time), then run Carnet on the demo family
    python3 dev.py test     set up .venv (first time), then run every test, ruff and contracts
    python3 dev.py test --fast    only the tests that start no server and no process
    python3 dev.py bundle   build the double-clickable app in dist/ (PyInstaller, one folder)

After `test` (and `--fast`), any pytest argument: `python3 dev.py test --fast -x tests/server`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
MARKER = VENV / ".carnet-installed"
# The tests `test --fast` runs (tests/plugins/kinds.py marks them; its FAST is the same).
FAST = "not server and not process and not slow"


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_venv() -> None:
    """Create .venv and install the project (editable, with dev tools) when pyproject changes."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if MARKER.exists() and MARKER.read_text() == wanted:
        return
    if not _python().exists():
        print("Creating .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    pip = [str(_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    MARKER.write_text(wanted)


def pytest_args(rest: list[str]) -> list[str]:
    """`--fast` becomes a marker expression; the rest goes to pytest as given."""
    if "--fast" not in rest:
        return rest
    return ["-m", FAST, *(arg for arg in rest if arg != "--fast")]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test", "setup", "bundle"):
        print(__doc__)
        return 2
    ensure_venv()
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return 0
    if command == "bundle":
        return subprocess.call([str(_python()), str(ROOT / "packaging" / "build"), *rest],
                               cwd=ROOT)
    if command == "test":
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.call([str(_python()), "-m", "pytest", *pytest_args(rest)], cwd=ROOT,
                               env=env)
    carnet = str(BIN / "carnet")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not headless:
        return subprocess.call([carnet, "demo", *rest], cwd=ROOT)
    # No screen (a server, a container): show what the window would, as a picture and text.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    picture = ROOT / "carnet-demo.png"
    code = subprocess.call([carnet, "demo", "--screenshot", str(picture), *rest], cwd=ROOT,
                           env=env)
    if code == 0:
        print(f"No display here: the window's Home tab is in {picture}. The agenda:")
        code = subprocess.call([carnet, "agenda"], cwd=ROOT, env=env)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
