"""A session's roster at the front desk: its participants in the language's alphabetical
order, with their attendance (present, absent, not taken)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from desktop.collation import name_key
from desktop.models import roles
from desktop.models.desk_session import DeskSession
from desktop.models.rows_model import RowsModel
from desktop.tasks import Background
from services.org import reads

NAME, ATTENDANCE, STATUS = range(3)


def attendance_text(mark: int) -> str:
    from PySide6.QtCore import QCoreApplication

    if mark == 1:
        return QCoreApplication.translate("RosterModel", "Present")
    if mark == 2:
        return QCoreApplication.translate("RosterModel", "Absent")
    return QCoreApplication.translate("RosterModel", "Not taken")


class RosterModel(RowsModel):
    loaded = Signal()

    def __init__(self, session: DeskSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.occurrence_id: int | None = None
        self.roster: reads.Roster | None = None
        self._background = Background(session.tasks, self)
        self._background.done.connect(self._delivered)
        self._background.failed.connect(lambda _key: self.show(None))
        session.changed.connect(self.refresh)

    def show(self, occurrence_id: int | None) -> None:
        self.occurrence_id = occurrence_id
        if occurrence_id is None:
            self._delivered(None, None)
            return
        self.refresh()

    def refresh(self) -> None:
        wanted, store = self.occurrence_id, self.session.store
        if wanted is None:
            return

        def read() -> reads.Roster | None:
            try:
                return reads.roster(store, wanted)
            except reads.NotFound:  # gone with a sync
                return None

        self._background.run(wanted, read, "a roster")

    def _delivered(self, key: int | None, roster: reads.Roster | None) -> None:
        if key != self.occurrence_id:
            return  # an older choice's answer
        key_of = name_key()
        self.roster = roster
        self.set_rows(sorted(roster.participants if roster else [],
                             key=lambda p: (key_of(p.last_name), key_of(p.first_name),
                                            p.person_id)))
        self.loaded.emit()

    def participants(self) -> list[reads.Participant]:
        return list(self._rows)

    # --- Qt ------------------------------------------------------------------------------------

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Participant"), self.tr("Attendance"), self.tr("Status"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.row(index)
        if person is None:
            return None
        if role == roles.ENTRY:
            return person
        if role == roles.STATUS:
            return person.attendance
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return f"{person.first_name} {person.last_name}".strip()
            if index.column() == ATTENDANCE:
                return attendance_text(person.attendance)
            return self.tr("Drop-in") if person.status == "DropIn" else self.tr("Registered")
        return None
