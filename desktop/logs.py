"""The log file: rotating, in the platform's log folder, redacted (tokens, cards, SIN, emails)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from services.security.redact import RedactingFilter
from services.store import paths

LOG_FILE = "carnet.log"


def setup(level: int = logging.INFO) -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
           for h in root.handlers):
        return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
