"""An unexpected error: the traceback goes to the log (redacted, like every line there: see
desktop.logs) and the person sees a dialog saying where it is, instead of a vanished window.

A native crash (a segmentation fault, an abort: no Python exception to catch) is written by
faulthandler to crash.log in the log folder — the Python traceback of every thread, file names,
lines and function names only, no values. The next start finds it and logs one entry with it:
from then on it is in carnet.log, and in the next problem report (desktop.problem_report)."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

log = logging.getLogger("carnet.crash")
CRASH_FILE = "crash.log"
_native: TextIO | None = None  # faulthandler's file, open for the process's life


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None,
           show: Callable[[str], None] | None = None) -> None:
    text = "".join(traceback.format_exception(kind, error, trace))
    log.critical("unexpected error:\n%s", text)
    for handler in logging.getLogger().handlers:
        handler.flush()
    if show is not None:
        show(text)


def dialog(text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.logs import LOG_FILE
    from services.store import paths

    if not isinstance(QApplication.instance(), QApplication):
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Crash", "Carnet ran into a problem"), QCoreApplication.translate(
        "Crash", "Something unexpected happened. Your saved data is safe. The details were "
        "written to %1; you can send that file to support.").replace(
        "%1", str(paths.log_dir() / LOG_FILE)))
    box.exec()


def install(show: Callable[[str], None] | None = dialog, log_dir: Path | None = None) -> None:
    """From now on, an exception nobody caught (GUI slots included) is reported, and a native
    crash written to crash.log in `log_dir` (default: the log folder); the last run's native
    crash, if it left one, is logged first."""
    sys.excepthook = lambda kind, error, trace: report(kind, error, trace, show)
    if log_dir is None:
        from services.store import paths

        log_dir = paths.log_dir()
    native(log_dir)


def native(log_dir: Path) -> Path | None:
    """faulthandler on, into crash.log (owner-only) in `log_dir`, after logging what the last
    run left there. Once per process; None when the folder or the file cannot be written (the
    log said so already: desktop.logs.setup), or when faulthandler was on already — asked for
    by whoever started Python (PYTHONFAULTHANDLER, -X faulthandler, a test runner): theirs."""
    global _native
    path = log_dir / CRASH_FILE
    if _native is not None:
        return path
    noticed(path)
    if faulthandler.is_enabled():
        return None
    from services.store import paths

    try:
        paths.private_folder(log_dir)
        paths.private_file(path)
        handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 — open until the process ends
    except OSError:
        return None
    faulthandler.enable(handle, all_threads=True)
    _native = handle
    return path


def noticed(path: Path) -> str | None:
    """The native crash a run left in `path`, logged once (a warning: the run before stopped
    without a word), then the file emptied. None when there was none."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:  # none there: no crash, or a first run
        return None
    if not text:
        return None
    log.warning("the last run stopped on a native crash (%s):\n%s", path.name, text)
    with contextlib.suppress(OSError):
        path.write_text("", encoding="utf-8")
    return text
