"""When to sync: at start, every few minutes, on demand, and shortly after a local edit.

One worker thread runs the syncs, so they never overlap and never block the caller (the GUI
thread): callers only set flags.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, run: Callable[[], object], every: float = 300.0,
                 after_edit: float = 2.0) -> None:
        self._run, self.every, self.after_edit = run, every, after_edit
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._due = time.monotonic()  # at start
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="carnet-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def request(self) -> None:
        """On demand (F5, a "Sync now" button): as soon as the worker is free."""
        self._set_due(time.monotonic())

    def edited(self) -> None:
        """A local edit: sync shortly, so a burst of edits goes out together."""
        self._set_due(time.monotonic() + self.after_edit, only_sooner=True)

    def _set_due(self, when: float, only_sooner: bool = False) -> None:
        with self._lock:
            if not only_sooner or when < self._due:
                self._due = when
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                wait = self._due - time.monotonic()
            if wait > 0:
                self._wake.wait(wait)
                self._wake.clear()
                continue
            with self._lock:
                self._due = time.monotonic() + self.every
            try:
                self._run()
            except Exception:  # a bug must not kill the worker: log it and go on
                log.exception("sync failed")
