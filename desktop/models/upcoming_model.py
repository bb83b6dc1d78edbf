"""HOME-6: the next few entries of the calendar, soonest first, read again when the
calendar's resources change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.changes import Watches
from desktop.models.calendar_state import CALENDAR_TYPES
from desktop.models.entry_list_model import EntryListModel
from desktop.tasks import Background
from services.domain import clock
from services.domain.calendar import CalendarEntry
from services.store import calendar_reads

if TYPE_CHECKING:
    from desktop.workspace import Workspace


class UpcomingModel(Watches, EntryListModel):
    SHOWN = CALENDAR_TYPES

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(lambda _key, entries: self.set_entries(entries))
        self.watch(workspace.hub)

    def refresh(self) -> None:
        store = self.store

        def read() -> list[CalendarEntry]:
            with store.reader() as conn:
                return calendar_reads.upcoming_entries(conn, clock.now())

        self._background.run("upcoming", read, "the upcoming entries")
