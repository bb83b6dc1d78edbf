"""Store reads off the GUI thread: the window stays responsive while a query runs.

`Background.run(key, work)` runs `work()` on a thread pool and emits `done(key, result)` on
the GUI thread. Only the latest result per key matters to the callers. The window's readers
share one pool of one thread (`reader_pool`): reads run in order, and the window's thread
competes with one reader for the GIL, not with several.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Task(QRunnable):
    def __init__(self, owner: Background, key: Any, work: Callable[[], Any]) -> None:
        super().__init__()
        self.owner, self.key, self.work = owner, key, work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception:  # a failed read must not kill the pool's thread: log, report None
            log.exception("background read failed")
            result = None
        # RuntimeError: the window closed while this read ran; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self.owner.done.emit(self.key, result)  # queued to the GUI thread


def reader_pool(parent: QObject | None = None) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)  # reads in order; the store has one file anyway
    return pool


class Background(QObject):
    done = Signal(object, object)  # key, result

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or reader_pool(self)

    def run(self, key: Any, work: Callable[[], Any]) -> None:
        self.pool.start(_Task(self, key, work))

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
