"""The sync's callbacks (from a worker or reader thread) as Qt signals on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the engine (and requests) load only when a session opens
    from services.api.errors import ApiError
    from services.sync.engine import Listeners, State


class SyncBridge(QObject):
    changes = Signal(dict)  # {type name: set of ids}; an empty set: any of that type
    progress = Signal(int, int)  # pages done, total
    state = Signal(str, str)  # state, error code ("" when none)
    problem = Signal(str, str, str)  # a store problem the sync met: code, path, detail

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The latest of each: a status bar built again (language switch) starts from them.
        self.last_state: tuple[str, str] = ("offline", "")
        self.last_progress: tuple[int, int] = (0, 0)

    def attach(self, listeners: Listeners) -> None:
        """An engine's listeners, or the sync process's. Emitting from another thread is
        safe: receivers in the GUI thread get the signal queued."""
        listeners.changes.append(self.changes.emit)
        listeners.progress.append(self._progress)
        listeners.state.append(self._state)

    def attach_problems(self, problems: list) -> None:
        """The sync process's store problems (services.sync.remote.SyncProcess.problems)."""
        problems.append(self.problem.emit)

    def _state(self, state: State, error: ApiError | None) -> None:
        self.last_state = (str(state), error.code if error else "")
        self.state.emit(*self.last_state)

    def _progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self.progress.emit(done, total)
