"""What a tab's model shares: it reads its own data off the GUI thread, again when a change
touches what it shows (desktop.changes.Watches), and counts its reads (a test counts them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.changes import Watches
from desktop.tasks import Background

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store


class ReadsItself(Watches):
    """Mixed into a QObject model: `reading(workspace, read, what)` in its constructor, then
    `refresh()` runs `read(store)` on the reader thread and hands the result to `show`."""

    reads = 0

    def reading(self, workspace: Workspace, read: Callable[[Store], Any], what: str) -> None:
        self.store = workspace.store
        self._read, self._what = read, what
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._delivered)
        self.watch(workspace.hub)

    def refresh(self) -> None:
        store, read = self.store, self._read
        self.reads += 1
        self._background.run(self._what, lambda: read(store), self._what)

    def _delivered(self, _key: str, data: Any) -> None:
        self.show(data)

    def show(self, data: Any) -> None:
        raise NotImplementedError
