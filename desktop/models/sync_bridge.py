"""The sync engine's callbacks (from its worker thread) as Qt signals on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the engine (and requests) load only when a session opens
    from services.api.errors import ApiError
    from services.sync.engine import State, SyncEngine


class SyncBridge(QObject):
    changes = Signal(dict)  # {type name: set of ids}; an empty set: any of that type
    progress = Signal(int, int)  # pages done, total
    state = Signal(str, str)  # state, error code ("" when none)

    def attach(self, engine: SyncEngine) -> None:
        # Emitting from the sync thread is safe: receivers in the GUI thread get it queued.
        engine.listeners.changes.append(self.changes.emit)
        engine.listeners.progress.append(self.progress.emit)
        engine.listeners.state.append(self._state)

    def _state(self, state: State, error: ApiError | None) -> None:
        self.state.emit(str(state), error.code if error else "")
