"""An unexpected error: the traceback goes to the log (redacted, like every line there: see
desktop.logs) and the person sees a dialog saying where it is, instead of a vanished window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("carnet.crash")


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


def install(show: Callable[[str], None] | None = dialog) -> None:
    """From now on, an exception nobody caught (GUI slots included) is reported."""
    sys.excepthook = lambda kind, error, trace: report(kind, error, trace, show)
