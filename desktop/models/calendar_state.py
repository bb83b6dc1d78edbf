"""What the calendar shows: the period (month or week), the filters, and the entries by day.

Queries the store for the visible days only, and again only when a change announced by the
sync touches what a calendar shows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from services.domain.calendar import CalendarEntry
from services.store import queries
from services.store.store import Store

CACHED_PERIODS = 8
CALENDAR_TYPES = frozenset({"Occurrence", "Closure", "Event", "Registration", "Activity",
                            "Organization", "Person"})


class ViewMode(StrEnum):
    MONTH = "month"
    WEEK = "week"
    AGENDA = "agenda"


class CalendarState(QObject):
    changed = Signal()  # entries or period changed: views re-layout

    def __init__(self, store: Store, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.mode = ViewMode.MONTH
        self.anchor = today  # a day inside the shown period
        self.selected = today
        self.org_ids: set[int] | None = None
        self.person_ids: set[int] | None = None
        self.days: dict[date, list[CalendarEntry]] = {}
        self._cache: dict[tuple, tuple[list, dict]] = {}  # recent periods, oldest first
        self.entries: list[CalendarEntry] = []
        self.week_start = QLocale().firstDayOfWeek().value - 1  # Monday = 0, as in Python

    # --- the period --------------------------------------------------------------------------

    def first_shown(self) -> date:
        if self.mode is ViewMode.WEEK:
            return self.anchor - timedelta(days=(self.anchor.weekday() - self.week_start) % 7)
        first = self.anchor.replace(day=1)
        return first - timedelta(days=(first.weekday() - self.week_start) % 7)

    def last_shown(self) -> date:
        return self.first_shown() + timedelta(days=6 if self.mode is ViewMode.WEEK else 41)

    def period(self) -> tuple[date, date]:
        """The days the period is about (a month's own days for month and agenda)."""
        if self.mode is ViewMode.WEEK:
            return self.first_shown(), self.last_shown()
        first = self.anchor.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    # --- changes -----------------------------------------------------------------------------

    def set_mode(self, mode: ViewMode) -> None:
        self.mode = ViewMode(mode)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = self.selected = day
        self.refresh()

    def step(self, direction: int) -> None:
        """Next (+1) or previous (-1) period."""
        self.go_to(self._neighbour(self.anchor, direction))

    def select(self, day: date) -> None:
        if self.first_shown() <= day <= self.last_shown():
            self.selected = day
            self.changed.emit()
        else:
            self.go_to(day)

    def set_filters(self, org_ids: set[int] | None, person_ids: set[int] | None) -> None:
        self.org_ids, self.person_ids = org_ids, person_ids
        self.refresh()

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        if CALENDAR_TYPES & set(changed):
            self._cache.clear()
            self.refresh()

    def _key(self, first: date, last: date) -> tuple:
        return (first, last, frozenset(self.org_ids or ()), self.org_ids is None,
                frozenset(self.person_ids or ()), self.person_ids is None)

    def _load(self, first: date, last: date) -> tuple[list, dict]:
        key = self._key(first, last)
        if key not in self._cache:
            where = queries.CalendarFilter(self.org_ids, self.person_ids)
            with self.store.read() as conn:
                entries = queries.calendar_entries(self.store, conn, first, last, where)
            days: dict[date, list[CalendarEntry]] = defaultdict(list)
            for entry in entries:
                day = max(entry.first_day, first)
                while day <= min(entry.last_day, last):
                    days[day].append(entry)
                    day += timedelta(days=1)
            self._cache[key] = (entries, dict(days))
            while len(self._cache) > CACHED_PERIODS:
                self._cache.pop(next(iter(self._cache)))
        return self._cache[key]

    def refresh(self) -> None:
        self.entries, self.days = self._load(self.first_shown(), self.last_shown())
        self.changed.emit()
        QTimer.singleShot(0, self._prefetch)

    def _prefetch(self) -> None:
        """The periods before and after, read while the user looks: next/previous is instant."""
        anchor, selected = self.anchor, self.selected
        for direction in (1, -1):
            self.anchor = self._neighbour(anchor, direction)
            self._load(self.first_shown(), self.last_shown())
        self.anchor, self.selected = anchor, selected

    def _neighbour(self, day: date, direction: int) -> date:
        if self.mode is ViewMode.WEEK:
            return day + timedelta(days=7 * direction)
        month = day.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
        return month.replace(day=min(self.selected.day, 28))
