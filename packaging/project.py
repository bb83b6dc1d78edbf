"""What the packaging scripts share: the checkout's root and pyproject's version."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version() -> str:
    """pyproject.toml's version: the one a build is stamped with unless told otherwise."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.M).group(1)
