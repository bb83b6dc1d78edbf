"""What a printout of the calendar shows (issue 17, item 4), read from the store: the entries
of the period under the filters (the calendar's own reads, services/store/calendar_reads), the
filters' names and the last sync. `read_printout` is what `carnet export --pdf` calls; the
window asks `PrintModel`, which reads on the workspace's reader thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.collation import by_name
from desktop.tasks import Background
from services.domain import clock
from services.domain.calendar import CalendarEntry
from services.store import calendar_reads, reads

if TYPE_CHECKING:
    from desktop.workspace import Workspace


@dataclass(frozen=True)
class Printout:
    """What a printout shows: the view, its days (first..last, inclusive: whole months for the
    month, whole weeks for the week), their entries (sorted, as the calendar reads them), the
    filters' names (empty: everyone, every organization), when the store last synced."""

    view: str
    first: date
    last: date
    entries: Sequence[CalendarEntry]
    printed: datetime  # aware
    people: Sequence[str] = ()
    organizations: Sequence[str] = ()
    last_sync: datetime | None = None  # aware
    week_start: int = 6  # as Python counts weekdays (Monday 0): Sunday in Canada

    def on(self, first: date, last: date) -> dict[date, list[CalendarEntry]]:
        """The entries of each day of first..last (a closure on each day it covers)."""
        days: dict[date, list[CalendarEntry]] = {}
        for entry in self.entries:
            day = max(entry.first_day, first, self.first)
            end = min(entry.last_day, last, self.last)
            while day <= end:
                days.setdefault(day, []).append(entry)
                day += timedelta(days=1)
        return days


def months(first: date, last: date) -> Iterator[date]:
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def month_end(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def week_of(day: date, week_start: int) -> date:
    return day - timedelta(days=(day.weekday() - week_start) % 7)


@dataclass(frozen=True)
class PrintRequest:
    """A view of the calendar to print: month, week or agenda; the days it is about (the
    month's and the week's are made whole); the filters (None: all)."""

    view: str
    first: date
    last: date
    org_ids: Collection[int] | None = None
    person_ids: Collection[int] | None = None
    week_start: int = 6  # Monday 0, as Python counts

    def days(self) -> tuple[date, date]:
        if self.view == "month":
            return self.first.replace(day=1), month_end(self.last)
        if self.view == "week":
            first = week_of(self.first, self.week_start)
            return first, max(week_of(self.last, self.week_start), first) + timedelta(days=6)
        return self.first, self.last


def read_printout(conn: sqlite3.Connection, request: PrintRequest,
                  printed: datetime | None = None) -> Printout:
    first, last = request.days()
    where = reads.CalendarFilter(request.org_ids, request.person_ids)
    entries = calendar_reads.calendar_entries(conn, first, last, where)
    people = [name for ident, name in reads.person_names(conn)
              if request.person_ids is not None and ident in request.person_ids]
    orgs = by_name([o.name for o in reads.organizations(conn).values()
                    if request.org_ids is not None and o.id in request.org_ids], str)
    synced = reads.meta(conn, reads.LAST_SYNC)
    return Printout(request.view, first, last, entries, printed or clock.now(), people, orgs,
                    datetime.fromisoformat(synced) if synced else None, request.week_start)


class PrintModel(QObject):
    """The window's printouts: `read(request)`, then `ready(tag, Printout)` on the GUI thread
    (or `failed(tag)`, said in the status bar by the workspace)."""

    ready = Signal(object, object)  # the caller's tag, a Printout
    failed = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self.ready)
        self._background.failed.connect(self.failed)

    def read(self, tag: object, request: PrintRequest) -> None:
        store = self.store

        def work() -> Printout:
            with store.reader() as conn:
                return read_printout(conn, request)

        self._background.run(tag, work, "the printout")

    def wait(self) -> None:
        self._background.wait()
