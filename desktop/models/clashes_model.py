"""ASSIST-3: the family's clashes (two places at once, an activity on a closed day, a member
booked twice) from this month to a year ahead, without the dismissed ones; and the calendar
entries they concern, which the calendar marks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal

from desktop.changes import Watches
from desktop.formatting import day_and_time
from desktop.models import roles
from desktop.models.calendar_state import CALENDAR_TYPES
from desktop.models.rows_model import RowsModel
from desktop.tasks import Background
from services.domain import clock
from services.domain.clashes import Clash, ClashKind, entry_mark
from services.store import clash_reads

if TYPE_CHECKING:
    from desktop.operations import Pending
    from desktop.workspace import Workspace

translate = QCoreApplication.translate
WHEN, KIND, WHO, WHAT = range(4)
AHEAD = timedelta(days=366)


def kind_label(kind: ClashKind) -> str:
    return {
        ClashKind.TWO_PLACES: translate("Clashes", "Two places at once"),
        ClashKind.CLOSED: translate("Clashes", "Held on a closed day"),
        ClashKind.DOUBLE_BOOKED: translate("Clashes", "Booked twice"),
    }[ClashKind(kind)]


def what_of(clash: Clash) -> str:
    titles = " / ".join(dict.fromkeys(e.title for e in clash.entries))
    if clash.closure is not None:
        return translate("Clashes", "%1 — %2 is closed (%3)").replace("%1", titles).replace(
            "%2", clash.entries[0].organization_name).replace("%3", clash.closure.title)
    places = " / ".join(dict.fromkeys(e.location for e in clash.entries if e.location))
    return f"{titles} ({places})" if clash.kind is ClashKind.TWO_PLACES and places else titles


class ClashesModel(Watches, RowsModel):
    SHOWN = CALENDAR_TYPES
    marksChanged = Signal()  # `marks` changed: the calendar paints its marks again

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.workspace = workspace.store, workspace
        self.marks: frozenset[tuple[str, int, int | None]] = frozenset()
        self.reads = 0
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        self.watch(workspace.hub)

    def period(self) -> tuple[date, date]:
        first = clock.today().replace(day=1)
        return first, first + AHEAD

    def refresh(self) -> None:
        store, (first, last) = self.store, self.period()
        self.reads += 1

        def read() -> list[Clash]:
            with store.reader() as conn:
                return clash_reads.clashes(conn, first, last).shown()

        self._background.run("clashes", read, "the clashes")

    def _loaded(self, _key: str, clashes: list[Clash]) -> None:
        if clashes != self._rows:
            self.set_rows(clashes)
        marks = frozenset(entry_mark(e) for c in clashes for e in c.entries)
        if marks != self.marks:
            self.marks = marks
            self.marksChanged.emit()

    def dismiss(self, row: int) -> Pending:
        """Dismissed on this computer (never sent); read again once saved."""
        clash = self.row(row)
        return self.workspace.ops.dismiss_clash(clash.key, initiator=self).then(
            lambda outcome: self.refresh() if outcome.ok else None)

    def titles(self) -> tuple[str, ...]:
        return (translate("Clashes", "When"), translate("Clashes", "Clash"),
                translate("Clashes", "Who"), translate("Clashes", "What"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        clash: Clash | None = self.row(index)
        if clash is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            local = clash.start.astimezone(clash.entries[0].local_start.tzinfo)
            names = ", ".join(dict.fromkeys(e.person_name.split(" ")[0]
                                            for e in clash.entries if e.person_name))
            return (day_and_time(local), kind_label(clash.kind),
                    names, what_of(clash))[column]
        if role == roles.SORT:
            return (clash.start.timestamp(), str(clash.kind), "", what_of(clash))[column]
        if role == roles.KIND:
            return str(clash.kind)
        if role == roles.ENTRY:
            return clash
        return None
