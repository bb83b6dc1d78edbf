"""The sync's own process: the scheduler and the engine, driven by the window over pipes.

In the window's process, the sync's Python (parsing pages, validating, writing rows) competed
with the GUI thread for the GIL and froze the window for 200 ms at a time. Here it has its own
interpreter. Secrets come through the pipe, never argv or the environment, and a token the
engine gets by signing in again goes back the same way, so only the window touches the keychain.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from services.security.credentials import MemoryCredentials
from services.security.keys import StoreKey
from services.store.errors import StoreError

log = logging.getLogger(__name__)
NICENESS = 10  # POSIX: well below the window, still ahead of idle tasks
BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' equivalent


@dataclass(frozen=True)
class WorkerConfig:
    data_dir: Path
    key: StoreKey
    secrets: dict[str, str]  # token, remembered password: what the window's credentials hold
    lang: str
    ca_bundle: str | None = None
    every: float = 300.0
    after_edit: float = 2.0


class RelayedCredentials(MemoryCredentials):
    """In memory here; what changes is told to the window, which keeps it (keychain)."""

    def __init__(self, server: str, username: str, secrets: dict[str, str],
                 send: callable) -> None:
        super().__init__(server, username)
        self._memory.update(secrets)
        self._send = send

    def set(self, kind: str, value: str) -> None:
        super().set(kind, value)
        self._send(("secret", kind, value))

    def forget(self, kind: str | None = None) -> None:
        super().forget(kind)
        self._send(("forget", kind))


def _yield_to_the_window() -> None:
    """Run below the window's priority: on a busy machine the scheduler gives the window its
    frames first, and the sync the rest (it is never in a hurry)."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)
        else:
            os.nice(NICENESS)
    except (OSError, AttributeError):  # not allowed, or no such call: sync at the same priority
        log.info("could not lower the sync process's priority")


def _store_problem(error: StoreError, send: Callable[[tuple], None]) -> None:
    """A store problem (full disk, damaged file, folder made read-only) told to the window,
    which says it; the scheduler tries again later, the store as it was before the write."""
    log.error("store problem: %s at %s during a sync (%s)", error.problem, error.path,
              error.detail)
    send(("store", str(error.problem), str(error.path), error.detail))


def _guarded(sync: Callable[[], object], send: Callable[[tuple], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            sync()
        except StoreError as error:
            _store_problem(error, send)

    return run


def run(config: WorkerConfig, commands: Connection, events: Connection) -> None:
    """The child's main: sync as the scheduler says until told to stop or the window is gone.
    A store it cannot open is told to the window, and the child ends."""
    _yield_to_the_window()
    try:
        _serve(config, commands, events)
    except StoreError as error:
        _store_problem(error, events.send)
    finally:
        events.close()


def _serve(config: WorkerConfig, commands: Connection, events: Connection) -> None:
    from services.store.store import Store
    from services.sync.scheduler import Scheduler
    from services.sync.session import open_session, saved_account

    store = Store.open(config.data_dir, config.key)
    server, username, _ = saved_account(store)
    credentials = RelayedCredentials(server or "", username or "", config.secrets, events.send)
    session = open_session(store=store, credentials=credentials, lang=config.lang,
                           ca_bundle=config.ca_bundle)
    listeners = session.engine.listeners
    listeners.changes.append(lambda changed: events.send(("changes", changed)))
    listeners.progress.append(lambda done, total: events.send(("progress", done, total)))
    listeners.state.append(lambda state, error: events.send(
        ("state", str(state), error.code if error else "")))
    scheduler = Scheduler(_guarded(session.engine.sync, events.send), config.every,
                          config.after_edit)
    scheduler.start()
    try:
        while True:
            try:
                command = commands.recv()
            except (EOFError, OSError):  # the window is gone
                break
            if command == "stop":
                break
            {"request": scheduler.request, "edited": scheduler.edited}[command]()
    finally:
        scheduler.stop()
        session.close()
