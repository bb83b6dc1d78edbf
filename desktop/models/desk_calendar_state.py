"""Front desk's Calendar: an organization's month — closures pink, sessions blue, events
purple — for the app's month grid (desktop.views.calendar_grid.CalendarGrid), which reads it
as it reads the family's CalendarState: the period, the days and their entries."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QObject, Signal

from desktop import desk_orgs
from desktop.models.calendar_state import ViewMode
from desktop.models.desk_session import DeskSession
from desktop.tasks import Background
from services.domain.calendar import CalendarEntry, EntryKind
from services.store.calendar_reads import CalendarDays
from services.store.codec import to_micros

_ORDER = {EntryKind.CLOSURE: 0, EntryKind.ACTIVITY: 1, EntryKind.EVENT: 2}


def days_of(first: date, last: date, entries: list[CalendarEntry]) -> CalendarDays:
    rows = [(to_micros(e.start), _ORDER[e.kind], e.title, "", e.source_id, to_micros(e.end),
             e.time_zone, e.kind, e) for e in entries]
    return CalendarDays(first, last, rows, lambda row: row[-1])


class DeskCalendarState(QObject):
    changed = Signal()
    searched = Signal()

    mode = ViewMode.MONTH
    search_text = ""
    found = None
    org_ids = person_ids = None

    def __init__(self, session: DeskSession, today: date, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = self.anchor = self.selected = today
        self.week_start = QLocale().firstDayOfWeek().value - 1
        self.days = CalendarDays(self.first_shown(), self.last_shown())
        self.loading = False
        # Read only while the calendar page shows: a month of a large organization is
        # ~200,000 sessions (3 s), which the Today page at start must not wait behind.
        self.active = False
        self.stale = True
        self._background = Background(session.tasks, self)
        self._background.done.connect(self._loaded)
        self._background.failed.connect(lambda _key: setattr(self, "loading", False))
        session.changed.connect(self.refresh)

    @property
    def entries(self) -> list[CalendarEntry]:
        return self.days.all()

    def first_shown(self) -> date:
        first = self.anchor.replace(day=1)
        return first - timedelta(days=(first.weekday() - self.week_start) % 7)

    def last_shown(self) -> date:
        return self.first_shown() + timedelta(days=41)

    def period(self) -> tuple[date, date]:
        first = self.anchor.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    def go_to(self, day: date) -> None:
        self.anchor = self.selected = day
        self.refresh()

    def step(self, direction: int) -> None:
        month = self.anchor.replace(day=1)
        month = (month + timedelta(days=32)).replace(day=1) if direction > 0 else (
            month - timedelta(days=1)).replace(day=1)
        self.go_to(month.replace(day=min(self.selected.day, 28)))

    def select(self, day: date) -> None:
        if self.first_shown() <= day <= self.last_shown():
            self.selected = day
            self.changed.emit()
        else:
            self.go_to(day)

    def set_mode(self, mode) -> None:  # the desk shows months only
        self.refresh()

    def activate(self, shown: bool = True) -> None:
        """The calendar page shown (read now if something changed) or hidden (reads wait)."""
        self.active = shown
        if shown and self.stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.active:
            self.stale = True
            return
        self.stale = False
        first, last = self.first_shown(), self.last_shown()
        store, name = self.session.store, self.session.title
        self.loading = True
        self._background.run((first, last), lambda: days_of(
            first, last, desk_orgs.month_entries(store, first, last, name)),
            "the organization's calendar")

    def _loaded(self, key: tuple, days: CalendarDays) -> None:
        if key != (self.first_shown(), self.last_shown()):
            return
        self.days = days
        self.loading = False
        self.changed.emit()

    def kinds(self) -> set[EntryKind]:
        return {e.kind for e in self.entries}
