"""What the status area shows of the store (SPEC): the last successful sync, the edits not yet
accepted by the platform and how many are conflicts — read off the GUI thread, again after each
local edit and each sync (not at every batch of one: a sync's own end says it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.changes import Changes
from desktop.tasks import Background
from services.store import reads

if TYPE_CHECKING:  # the sync's modules (SQLAlchemy) load after the first paint
    from desktop.workspace import Workspace
    from services.sync.conflicts import Conflict


@dataclass(frozen=True)
class Facts:
    last_sync: str | None = None  # ISO instant
    waiting: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class Pending:
    """An edit not yet accepted, as the pending list shows it."""

    request: str  # "PATCH /me/persons/203"
    error: str = ""  # the platform's refusal, if any


class StatusModel(QObject):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.store = workspace, workspace.store
        self.facts = Facts()
        self.reads = 0
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        workspace.hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is not None:  # a local edit: the outbox grew or shrank
            self.refresh()

    def refresh(self) -> None:
        store = self.store
        self.reads += 1

        def read() -> Facts:
            with store.reader() as conn:
                waiting, conflicts = reads.outbox_counts(conn)
                return Facts(reads.meta(conn, reads.LAST_SYNC), waiting, conflicts)

        self._background.run("facts", read, "the sync's status")

    def _loaded(self, _key: str, facts: Facts) -> None:
        self.facts = facts
        self.changed.emit()

    def read_pending(self, done: Callable[[list[Pending]], None]) -> None:
        """The edits waiting (their requests are sealed: read when the list opens)."""
        store = self.store

        def read() -> list[Pending]:
            from services.sync import outbox

            with store.read() as conn:
                entries = outbox.entries(store, conn)
            return [Pending(f"{e.request.method} {e.request.path}",
                            (e.error or {}).get("Message") or "") for e in entries]

        self.workspace.tasks.read(read, done, "the edits waiting")

    def read_conflicts(self, done: Callable[[list[Conflict]], None]) -> None:
        from services.sync.conflicts import open_conflicts

        store = self.store
        self.workspace.tasks.read(lambda: open_conflicts(store), done, "the conflicts")
