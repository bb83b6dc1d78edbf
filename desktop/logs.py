"""The log file: rotating, in the platform's log folder, redacted (tokens, cards, SIN, emails).

The file opens at the first record: a window that logs nothing while it starts does not load
logging.handlers (socket, pickle, queue: about 8 ms of the cold start)."""

from __future__ import annotations

import logging
from pathlib import Path

from services.store import paths

LOG_FILE = "carnet.log"
MAX_BYTES, BACKUPS = 1_000_000, 3
unwritable: OSError | None = None  # why the last setup() could not make the log folder


class LogFile(logging.Handler):
    """carnet.log, through a RotatingFileHandler made when the first record arrives."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self._broken = False  # the file could not be opened: the lines are lost, not the run

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            if self._broken:
                return
            try:
                self._file = _rotating(self.path)
            except OSError:
                self._broken = True
                return
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

    class Quiet(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            """A full disk or a vanished folder loses the line, and prints no traceback."""

    handler = Quiet(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    return handler


def setup(level: int = logging.INFO) -> Path:
    """The log file's handler on the root logger. A log folder that cannot be made (a file
    there, read-only) is kept in `unwritable`, for the caller to say once translations are
    installed (say_unwritable): the command goes on without a log file."""
    global unwritable
    folder = paths.log_dir()
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        unwritable = error
        return path
    unwritable = None
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) and h.path == path for h in root.handlers):
        root.addHandler(LogFile(path))
    root.setLevel(min(root.level or level, level))
    return path


def say_unwritable(error: OSError) -> None:
    import sys

    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "Cli", "Carnet cannot keep its log in %1 (%2); it goes on without it.")
    print(text.replace("%1", str(paths.log_dir())).replace("%2", error.strerror or ""),
          file=sys.stderr)
