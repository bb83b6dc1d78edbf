"""Carnet's own version: the one a bundle was stamped with (packaging/carnet.spec writes
desktop/VERSION into it), else the installed package's, else "dev" in a bare source tree.
Cheap to import (no Qt): `carnet --version`, About, the problem report and the updater use it."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def version() -> str:
    stamp = Path(getattr(sys, "_MEIPASS", "")) / "desktop" / "VERSION"
    if getattr(sys, "frozen", False) and stamp.is_file():
        return stamp.read_text(encoding="utf-8").strip()
    from importlib import metadata  # ~17 ms frozen: only where there is no stamp

    try:
        return metadata.version("carnet")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "dev"
