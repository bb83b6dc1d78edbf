"""What the screens of one store are made of: the reader and writer threads, the change hub
and the typed operations. Models are made from a workspace (they read its store); views get
models and the operations, never the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.changes import ChangeHub
from desktop.tasks import Tasks

if TYPE_CHECKING:
    from desktop.operations import Operations
    from services.store.store import Store
    from services.sync.session import Session


class Workspace(QObject):
    def __init__(self, store: Store, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.tasks = Tasks(self)
        self.hub = ChangeHub(self)
        self._ops: Operations | None = None
        self.session: Session | None = None

    @property
    def ops(self) -> Operations:
        """The typed operations (made on first use: the first paint edits nothing)."""
        if self._ops is None:
            from desktop.operations import Operations

            self._ops = Operations(self.store, self.lang, self.hub, self.tasks, self)
            self._ops.session = self.session
        return self._ops

    def attach(self, session: Session | None) -> None:
        """Signed in: online actions go through `session` (local edits never need it)."""
        self.session = session
        if self._ops is not None:
            self._ops.session = session

    def wait(self) -> None:
        """Until every read and write asked is done and shown (tests, screenshots)."""
        self.tasks.wait()

    def stop(self) -> None:
        """The window is going away: no more gathered changes, no reads not yet started; the
        read running and every write asked finish first."""
        self.hub.stop()
        self.tasks.close()
