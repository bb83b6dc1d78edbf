"""The window's handle on the sync process (services.sync.worker): the scheduler's verbs
(start, request, edited, stop) and the engine's listeners, fed from the child's reports."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
from collections.abc import Callable

from services.api.errors import ApiError
from services.sync.engine import Listeners, State
from services.sync.session import Session
from services.sync.worker import WorkerConfig, run

log = logging.getLogger(__name__)
STOPPED = "SyncStopped"  # the child died: told to the person, who can restart with F5


class SyncProcess:
    def __init__(self, session: Session, every: float = 300.0, after_edit: float = 2.0,
                 ca_bundle: str | None = None) -> None:
        self.session = session
        self.listeners = Listeners()
        # A store problem the child met (code, path, detail): a full disk, a damaged file.
        self.problems: list[Callable[[str, str, str], None]] = []
        self._problem = ""  # the last one, until the next state report
        self._every, self._after_edit, self._ca_bundle = every, after_edit, ca_bundle
        self._process: multiprocessing.process.BaseProcess | None = None
        self._commands = self._reader = None
        self._stopping = False

    def start(self) -> None:
        """Spawn the child (a fresh interpreter on every platform, frozen apps included)."""
        context = multiprocessing.get_context("spawn")
        commands_in, commands_out = context.Pipe(duplex=False)
        events_in, events_out = context.Pipe(duplex=False)
        store, client = self.session.store, self.session.client
        secrets = {kind: value for kind in ("token", "password")
                   if (value := client.credentials.get(kind))}
        config = WorkerConfig(store.path.parent, store.key, secrets, client.lang,
                              self._ca_bundle, self._every, self._after_edit)
        self._process = context.Process(target=run, args=(config, commands_in, events_out),
                                        name="carnet-sync", daemon=True)
        self._stopping = False
        self._process.start()
        commands_in.close()
        events_out.close()  # so the reader sees the end when the child is gone
        self._commands = commands_out
        self._reader = threading.Thread(target=self._read, args=(events_in,),
                                        name="carnet-sync-reports", daemon=True)
        self._reader.start()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def request(self) -> None:
        """Sync now (F5); starts a new child if the last one died."""
        if not self.running:
            self.start()
        self._send("request")

    def edited(self) -> None:
        self._send("edited")

    def stop(self, timeout: float = 10.0) -> None:
        if self._process is None:
            return
        self._stopping = True
        self._send("stop")
        self._process.join(timeout)
        if self._process.is_alive():  # a sync stuck on the network: its writes are atomic
            self._process.terminate()
            self._process.join(timeout)
        self._reader.join(timeout)
        self._commands.close()

    def _send(self, command: str) -> None:
        # Not started, or gone: the next start sees to it.
        with contextlib.suppress(OSError, AttributeError):
            self._commands.send(command)

    def _read(self, events) -> None:
        while True:
            try:
                report = events.recv()
            except (EOFError, OSError):
                break
            self._dispatch(report)
        events.close()
        if self._process is not None:  # the pipe closes a moment before the child is reaped
            self._process.join(5)
        if not self._stopping and not self._problem:  # else it ended on what it told
            log.warning("the sync process ended by itself (exit code %s)",
                        self._process.exitcode if self._process else None)
            for listener in self.listeners.state:
                listener(State.ERROR, ApiError(code=STOPPED))

    def _dispatch(self, report: tuple) -> None:
        kind, *args = report
        if kind == "changes":
            for listener in self.listeners.changes:
                listener(args[0])
        elif kind == "progress":
            for listener in self.listeners.progress:
                listener(*args)
        elif kind == "state":
            state, code = State(args[0]), args[1]
            self._problem = ""
            for listener in self.listeners.state:
                listener(state, ApiError(code=code) if code else None)
        elif kind == "store":
            self._problem = args[0]
            for listener in self.listeners.state:
                listener(State.ERROR, None)
            for problem in self.problems:
                problem(*args)
        elif kind == "secret":
            self.session.client.credentials.set(*args)
        elif kind == "forget":
            self.session.client.credentials.forget(*args)
