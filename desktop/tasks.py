"""The window's background work: reads on one reader thread, writes on one writer thread, each
in the order asked; what they give back is handed to the GUI thread.

Errors reach the caller: a write's `done` gets a Future whose `result()` raises what the work
raised; a failed read is logged (as an error, which fails a test) and said on the `failed`
signal, which the status bar shows — it never turns into an empty result.

One reader thread (not a pool of them): reads run in order, and the window's thread competes
with one reader for the GIL, not with several. One writer thread: local edits are written in
the order they were made, and the GUI thread never waits on SQLite's lock or the network.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class _Courier(QObject):
    """Carries what the worker threads hand back to the GUI thread: parcels (the work, its
    `done`, the Future) in a queue, and a queued signal that says one is there. The signal
    carries no Python object: a worker holds no reference once its parcel is posted, so the
    last reference to anything a job held (a model, a widget) is dropped on the GUI thread —
    a Qt object destroyed on a worker thread crashes (Shiboken)."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delivered = 0
        self.parcels: deque[tuple[Callable[[], Any], Callable[[Future], None], Future]] = (
            deque())
        self.ready.connect(self._run)

    def _run(self) -> None:
        while self.parcels:
            _work, done, outcome = self.parcels.popleft()
            self.delivered += 1
            done(outcome)


class _Lane:
    """One worker thread (plain Python: no Qt object is made or deleted on it) running jobs in
    the order given; each job's answer goes back to the GUI thread with every reference the
    job held, so that what the GUI drops meanwhile is destroyed there. The thread starts when
    a job comes and ends when none is left: an idle window (or a test's) holds no thread."""

    def __init__(self, name: str, courier: _Courier) -> None:
        self._name, self._courier = name, courier
        self._lock = threading.Lock()
        self._jobs: deque[Callable[[], None]] = deque()
        self._thread: threading.Thread | None = None
        self._closed = False  # the window is gone: nothing more starts (its folder may go)

    def start(self, work: Callable[[], Any], done: Callable[[Future], None]) -> None:
        holder: list[Any] = [work, done]  # emptied by the worker as it posts the answer
        parcels = self._courier.parcels

        def job() -> None:
            holder.append(Future())
            try:
                holder[2].set_result(holder[0]())
            except BaseException as error:  # handed to the caller, never lost
                holder[2].set_exception(error)
            # One statement: the parcel is in the queue before the worker lets go of its
            # references, and the worker keeps none after (see _Courier).
            parcels.append((holder.pop(0), holder.pop(0), holder.pop(0)))
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                self._courier.ready.emit()

        with self._lock:
            if self._closed:
                return
            self._jobs.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name,
                                                daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._thread = None
                    return
                job = self._jobs.popleft()
            job()

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def clear(self) -> None:
        """Drop the jobs not started yet."""
        with self._lock:
            self._jobs.clear()

    def close(self) -> None:
        """No job starts from now on."""
        with self._lock:
            self._closed = True

    def join(self, seconds: float | None = None) -> None:
        """Until the jobs asked are done (the window is closing: a write must not be cut)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(seconds)


class Tasks(QObject):
    failed = Signal(str)  # a read that failed, in the user's words (already logged)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._courier = _Courier(self)
        self.reader = _Lane("carnet-read", self._courier)
        self.writer = _Lane("carnet-write", self._courier)

    def read(self, work: Callable[[], Any], done: Callable[[Any], None],
             what: str = "", failed: Callable[[], None] | None = None) -> None:
        """`work()` on the reader thread, then `done(result)` on the GUI thread; on failure,
        logged and said (`what`: what was being read, for the log), then `failed()`."""
        def delivered(future: Future) -> None:
            try:
                result = future.result()
            except Exception as error:
                self.read_failed(what, error)
                if failed is not None:
                    failed()
                return
            done(result)

        self.reader.start(work, delivered)

    def write(self, work: Callable[[], Any], done: Callable[[Future], None]) -> None:
        """`work()` on the writer thread, then `done(future)` on the GUI thread."""
        self.writer.start(work, done)

    def close(self) -> None:
        """The window is going away: reads not started are dropped, the one running and
        every write asked are finished (its folder may be removed next: sign out)."""
        self.reader.close()
        self.reader.clear()
        self.reader.join()
        self.writer.join()
        self.writer.close()

    def read_failed(self, what: str, error: Exception) -> None:
        log.error("reading %s failed", what or "the store", exc_info=error)
        self.failed.emit(translate("Tasks", "Some of what this screen shows could not be "
                                   "read (%1). The details are in the log.")
                         .replace("%1", type(error).__name__))

    def wait(self, msecs: int = 10_000) -> bool:
        """Until both threads are idle and what they gave back is delivered (tests,
        screenshots): a delivery may start more work, so as many rounds as it takes."""
        from PySide6.QtCore import QDeadlineTimer, QThread

        deadline = QDeadlineTimer(msecs)
        while not deadline.hasExpired():
            before = self._courier.delivered
            QCoreApplication.processEvents()
            if not (self.reader.busy() or self.writer.busy()) and \
                    self._courier.delivered == before:
                QCoreApplication.processEvents()  # what the last job posted
                if self._courier.delivered == before:
                    return True
            QThread.msleep(1)
        return False


class Background(QObject):
    """A model's reads, keyed: `run(key, work)` reads on the workspace's reader thread and
    emits `done(key, result)` on the GUI thread — or, when the read failed (logged and said
    by Tasks), `failed(key)`, so the model can ask again later."""

    done = Signal(object, object)  # key, result
    failed = Signal(object)  # key

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks

    def run(self, key: Any, work: Callable[[], Any], what: str = "") -> None:
        def delivered(future: Future) -> None:
            try:
                result = future.result()
            except Exception as error:
                self.tasks.read_failed(what or str(key), error)
                self.failed.emit(key)
                return
            self.done.emit(key, result)

        self.tasks.reader.start(work, delivered)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.tasks.wait(msecs)
