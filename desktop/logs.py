"""The log file: rotating, in the platform's log folder, redacted (tokens, cards, SIN, emails).

The file opens at the first record: a window that logs nothing while it starts does not load
logging.handlers (socket, pickle, queue: about 8 ms of the cold start)."""

from __future__ import annotations

import logging
from pathlib import Path

from services.store import paths

LOG_FILE = "carnet.log"
MAX_BYTES, BACKUPS = 1_000_000, 3


class LogFile(logging.Handler):
    """carnet.log, through a RotatingFileHandler made when the first record arrives."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _rotating(self.path)
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _rotating(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    from services.security.redact import RedactingFilter

    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    return handler


def setup(level: int = logging.INFO) -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) and h.path == path for h in root.handlers):
        root.addHandler(LogFile(path))
    root.setLevel(min(root.level or level, level))
    return path
