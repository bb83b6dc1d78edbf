"""The log file: rotating, in the platform's log folder, owner-only, redacted (tokens, cards,
SIN, emails, and the store's private values: services.security.redact).

The file opens at the first record: a window that logs nothing while it starts does not load
logging.handlers (socket, pickle, queue: about 8 ms of the cold start)."""

from __future__ import annotations

import contextlib
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

        def _open(self):
            """Owner-only, the first file and each one after a rotation (the copies keep
            it); one an older version made readable by others is made owner-only."""
            paths.private_file(Path(self.baseFilename))
            return super()._open()

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
        paths.private_folder(folder)  # owner-only, like the store (issue 14)
    except OSError as error:
        unwritable = error
        return path
    unwritable = None
    _close_older(folder)
    root = logging.getLogger()
    if not any(isinstance(h, LogFile) and h.path == path for h in root.handlers):
        root.addHandler(LogFile(path))
    root.setLevel(min(root.level or level, level))
    return path


def _close_older(folder: Path) -> None:
    """The log files an older version left readable by others: owner-only now."""
    for index in range(BACKUPS + 1):
        older = folder / (f"{LOG_FILE}.{index}" if index else LOG_FILE)
        with contextlib.suppress(OSError):  # none there, or not ours to change
            paths.owner_only(older, 0o600)


def say_unwritable(error: OSError) -> None:
    import sys

    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "Cli", "Carnet cannot keep its log in %1 (%2); it goes on without it.")
    print(text.replace("%1", str(paths.log_dir())).replace("%2", error.strerror or ""),
          file=sys.stderr)
