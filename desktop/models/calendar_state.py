"""What the calendar shows: the period (month or week), the filters, and the entries by day.

Reads the store for the visible days only, on a background thread, and again only when a
change announced by the sync touches what a calendar shows. Recent periods are kept, and the
neighbouring ones read ahead, so next/previous shows at once.

A Find searches every entry of the store, whatever its date (issue 16, item 7): its matches,
and how many entries were searched, until it is cleared.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from desktop.changes import Changes
from desktop.collation import by_name, name_key
from desktop.tasks import Background
from services.domain.calendar import CalendarEntry
from services.store import reads
from services.store.calendar_reads import CalendarDays, calendar_days
from services.store.codec import from_iso, from_micros
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace

CACHED_PERIODS = 8
# Read the neighbouring periods this long after a period shows: not while it paints (the
# read would take the GIL from the paint), and well before anyone clicks "next".
PREFETCH_DELAY_MS = 150
CALENDAR_TYPES = frozenset({R.OCCURRENCE, R.CLOSURE, R.EVENT, R.REGISTRATION, R.ACTIVITY,
                            R.ORGANIZATION, R.PERSON})


def folded(text: str) -> str:
    """For a Find: case and accents left out (« ecole » finds « École »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def searched_text(entry: CalendarEntry) -> str:
    return folded(" ".join((entry.title, entry.person_name, entry.organization_name,
                            entry.location)))


def calendar_span(conn) -> tuple[date, date] | None:
    """The first and last local days any entry of the store covers (a day of slack for time
    zones), None when it has none."""
    days: list[date] = []
    for table in ("occurrences", "events"):
        low, high = reads.fetch(conn, 'min(start), max("end")', f"FROM {table}")[0]
        if low is not None:
            days += [from_micros(low).date(), from_micros(high).date()]
    low, high = reads.fetch(conn, "min(start_date), max(end_date)", "FROM closures")[0]
    if low is not None:
        days += [from_iso(low), from_iso(high)]
    if not days:
        return None
    return min(days) - timedelta(days=1), max(days) + timedelta(days=1)


def search_entries(conn, text: str, where: reads.CalendarFilter
                   ) -> tuple[list[CalendarEntry], int]:
    """Every entry of the store (through the filters) whose title, member, organization or
    place holds `text`; and how many entries there are in all."""
    span = calendar_span(conn)
    if span is None:
        return [], 0
    wanted = folded(text.strip())
    everything = calendar_days(conn, span[0], span[1], where).all()
    return [e for e in everything if wanted in searched_text(e)], len(everything)


class ViewMode(StrEnum):
    MONTH = "month"
    WEEK = "week"
    AGENDA = "agenda"


class CalendarState(QObject):
    changed = Signal()  # entries or period changed: views re-layout
    searched = Signal()  # a Find's matches arrived, or the Find was cleared

    SHOWN = CALENDAR_TYPES

    def __init__(self, workspace: Workspace, today: date, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self.today = today
        self.mode = ViewMode.MONTH
        self.anchor = today  # a day inside the shown period
        self.selected = today
        self.org_ids: set[int] | None = None
        self.person_ids: set[int] | None = None
        self._cache: dict[tuple, CalendarDays] = {}  # recent periods, oldest first
        self._asked: set[tuple] = set()  # being read
        # Bumped by each sync change: a read begun before it saw the store as it was.
        self._generation = 0
        self._wanted: tuple | None = None
        self.loading = False
        self.search_text = ""  # the Find on, if any
        self.found: list[CalendarEntry] | None = None  # its matches, once read
        self.searched_total = 0  # how many entries it looked at
        self._read_ahead = True  # the neighbours, once a period shows (not after a sync batch)
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        self._background.failed.connect(self._failed)
        self._search_background = Background(workspace.tasks, self)
        self._search_background.done.connect(self._found)
        self._search_background.failed.connect(
            lambda generation: self._found(generation, ([], 0)))  # said by the workspace
        self._search_generation = 0
        workspace.hub.changed.connect(self.on_changes)
        self._prefetch_timer = QTimer(self, singleShot=True, interval=PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self.week_start = QLocale().firstDayOfWeek().value - 1  # Monday = 0, as in Python
        self.days = CalendarDays(self.first_shown(), self.last_shown())  # what shows

    @property
    def entries(self) -> list[CalendarEntry]:
        """Every entry of the shown days (made on first use: the grid needs only a few)."""
        return self.days.all()

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
        """Another view of the same days: the week (or month) of the selected day."""
        self.mode = ViewMode(mode)
        self.anchor = self.selected
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
        if self.search_text:
            self.search(self.search_text, keep_shown=True)

    # --- Find --------------------------------------------------------------------------------

    def search(self, text: str, keep_shown: bool = False) -> None:
        """Find `text` in every entry, whatever its date; an empty text clears the Find.
        `keep_shown`: the matches shown stay until the new ones arrive (a sync's batch)."""
        self.search_text = text.strip()
        self._search_generation += 1
        if not self.search_text:
            self.found, self.searched_total = None, 0
            self.searched.emit()
            return
        store, where = self.store, reads.CalendarFilter(self.org_ids, self.person_ids)
        wanted = self.search_text
        if not keep_shown:
            self.found = None  # until read

        def read():
            with store.reader() as conn:
                return search_entries(conn, wanted, where)

        self._search_background.run(self._search_generation, read, "the calendar's search")

    def clear_search(self) -> None:
        if self.search_text:
            self.search("")

    def _found(self, generation: int, result) -> None:
        if generation == self._search_generation and self.search_text:
            self.found, self.searched_total = result
            self.searched.emit()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(CALENDAR_TYPES):
            self._generation += 1
            self._cache.clear()
            self._asked.clear()
            # Only what shows: a sync sends a batch every few tenths of a second, and reading
            # the neighbours each time would triple the reads competing with the window.
            self.refresh(read_ahead=False)
            if self.search_text:
                self.search(self.search_text, keep_shown=True)

    def _key(self, first: date, last: date) -> tuple:
        return (first, last, frozenset(self.org_ids or ()), self.org_ids is None,
                frozenset(self.person_ids or ()), self.person_ids is None)

    def _read(self, first: date, last: date, org_ids, person_ids) -> CalendarDays:
        """The entries of first..last by day (runs on the reader thread)."""
        where = reads.CalendarFilter(org_ids, person_ids)
        with self.store.reader() as conn:
            return calendar_days(conn, first, last, where)

    def _request(self, first: date, last: date) -> tuple:
        key = self._key(first, last)
        if key not in self._cache and key not in self._asked:
            self._asked.add(key)
            orgs, people = self.org_ids, self.person_ids
            self._background.run((self._generation, key),
                                 lambda: self._read(first, last, orgs, people), "calendar")
        return key

    def _loaded(self, tagged: tuple, result) -> None:
        generation, key = tagged
        if generation != self._generation:
            return  # read before a sync change: its own read is on the way
        self._asked.discard(key)
        self._cache[key] = result
        while len(self._cache) > CACHED_PERIODS:
            self._cache.pop(next(iter(self._cache)))
        if key == self._wanted:
            self._show(key)

    def _failed(self, tagged: tuple) -> None:
        """Said by the workspace; the period shows as it was, and is asked again next time."""
        self._asked.discard(tagged[1])
        if tagged[1] == self._wanted:
            self.loading = False

    def _show(self, key: tuple) -> None:
        self.days = self._cache[key]
        self.loading = False
        self.changed.emit()
        if self._read_ahead:
            self._prefetch_timer.start()

    def refresh(self, read_ahead: bool = True) -> None:
        """Show the current period: at once when it was read before, else when it is read
        (the grid shows the period empty meanwhile, for the tenth of a second it takes).

        After a sync's changes (read_ahead False) the same period stays shown until its new
        read arrives, without blanking: no flicker every batch."""
        same_period = self._wanted is not None and self._wanted[:2] == (
            self.first_shown(), self.last_shown())
        self._read_ahead = read_ahead
        self._wanted = self._request(self.first_shown(), self.last_shown())
        if self._wanted in self._cache:
            self._show(self._wanted)
            return
        self.loading = True
        if read_ahead or not same_period:
            self.days = CalendarDays(self.first_shown(), self.last_shown())
            self.changed.emit()

    def wait(self) -> None:
        """Until the current period (and a Find's matches) are shown (tests, screenshots);
        reads ahead may go on."""
        while self.loading or (self.search_text and self.found is None):
            self._background.wait(5)
            QCoreApplication.processEvents()

    def settle(self) -> None:
        """Read ahead now and wait for every read: the idle time between two clicks (tests,
        the bench)."""
        if self._prefetch_timer.isActive():
            self._prefetch_timer.stop()
            self._prefetch()
        self._background.wait()
        QCoreApplication.processEvents()

    def stop(self) -> None:
        """Drop the reads not started (the window closes; nobody will look at them)."""
        self._prefetch_timer.stop()
        self._background.tasks.reader.clear()

    def _prefetch(self) -> None:
        """The periods before and after, read while the user looks: next/previous is instant."""
        anchor = self.anchor
        for direction in (1, -1):
            self.anchor = self._neighbour(anchor, direction)
            self._request(self.first_shown(), self.last_shown())
        self.anchor = anchor

    def _neighbour(self, day: date, direction: int) -> date:
        if self.mode is ViewMode.WEEK:
            return day + timedelta(days=7 * direction)
        month = day.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
        return month.replace(day=min(self.selected.day, 28))


class FilterChoices(QObject):
    """HOME-3's filters: the members and the organizations to choose from, read again when a
    sync brings new ones."""

    SHOWN = frozenset({R.PERSON, R.ORGANIZATION})
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self.people: list[tuple[int, str]] = []
        self.organizations: list[tuple[int, str]] = []
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        workspace.hub.changed.connect(
            lambda changes: changes.touches(self.SHOWN) and self.refresh())

    def refresh(self) -> None:
        store = self.store

        def read() -> tuple[list, list]:
            with store.reader() as conn:
                people = reads.person_names(conn, name_key())
                orgs = by_name(((o.id, o.name) for o in reads.organizations(conn).values()),
                               lambda x: x[1])
            return people, orgs

        self._background.run("choices", read, "the calendar's filters")

    def _loaded(self, _key: str, found: tuple[list, list]) -> None:
        if found != (self.people, self.organizations):
            self.people, self.organizations = found
            self.changed.emit()
