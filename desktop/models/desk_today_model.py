"""Front desk's Today page: the sessions under way and later today, with their counts
(registered, present, absent). When nothing is left today, the next day with sessions, so the
desk is never an empty page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from desktop import desk_orgs
from desktop.formatting import time_of
from desktop.models import roles
from desktop.models.desk_session import DeskSession
from desktop.models.rows_model import RowsModel
from desktop.tasks import Background
from services.org import reads

TIME, ACTIVITY, LOCATION, REGISTERED, PRESENT, ABSENT = range(6)
UNDER_WAY = Qt.ItemDataRole.UserRole + 60  # True for a session under way


@dataclass(frozen=True)
class DeskDay:
    day: date
    is_today: bool
    now: list[reads.Session]
    next: list[reads.Session]


def read_day(store, now: datetime) -> DeskDay:
    """Today's sessions; none left today: the next day's (runs on the reader thread)."""
    found = reads.today(store, now)
    if found.now or found.next:
        return DeskDay(now.date(), True, found.now, found.next)
    later = desk_orgs.next_day(store, now.date())
    if later is None:
        return DeskDay(now.date(), True, [], [])
    that = reads.today(store, desk_orgs.day_start(later))
    return DeskDay(later, False, [], [*that.now, *that.next])


def when(session: reads.Session) -> str:
    start, end = datetime.fromisoformat(session.start), datetime.fromisoformat(session.end)
    return f"{time_of(start)}–{time_of(end)}"


class TodayModel(RowsModel):
    loaded = Signal()

    def __init__(self, session: DeskSession, now=desk_orgs.local_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self._now = session, now
        self.day: DeskDay | None = None
        self._background = Background(session.tasks, self)
        self._background.done.connect(self._delivered)
        session.changed.connect(self.refresh)

    def refresh(self) -> None:
        store, now = self.session.store, self._now()
        self._background.run("today", lambda: read_day(store, now), "today's sessions")

    def _delivered(self, _key: str, day: DeskDay) -> None:
        self.day = day
        self.set_rows([(s, True) for s in day.now] + [(s, False) for s in day.next])
        self.loaded.emit()

    def sessions(self) -> list[reads.Session]:
        return [s for s, _ in self._rows]

    # --- Qt ------------------------------------------------------------------------------------

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Activity"), self.tr("Location"),
                self.tr("Registered"), self.tr("Present"), self.tr("Absent"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row(index)
        if found is None:
            return None
        session, under_way = found
        column = index.column()
        if role == roles.ENTRY:
            return session
        if role == UNDER_WAY:
            return under_way
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                now = self.tr("Now")
                return f"{now} · {when(session)}" if under_way else when(session)
            if column == ACTIVITY:
                cancelled = {"Cancelled": self.tr("cancelled"), "Skipped": self.tr("skipped"),
                             "Moved": self.tr("moved")}.get(session.state)
                return f"{session.activity} ({cancelled})" if cancelled else session.activity
            if column == LOCATION:
                return session.location or ""
            return (session.registered, session.present, session.absent)[column - REGISTERED]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= REGISTERED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and under_way:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTIVITY:
            return session.program
        return None
