"""The calendar's reads (HOME-3/4/6), in plain sqlite3: closures, an entry per member for each
occurrence and event, by local day.

A month at a front desk holds thousands of entries, and the grid shows a few per day. So the
rows are sorted and placed on their local days with integer arithmetic (each time zone's
midnights computed once), and a `CalendarEntry` — local times, time-zone conversions — is
made only for the rows someone looks at: the chips that fit, a day's list, the agenda.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from services.domain.calendar import CalendarEntry, EntryKind, closure_entry, pending, zone
from services.domain.kinds import OccurrenceState, Role
from services.store.codec import from_iso, from_micros, to_micros
from services.store.reads import (
    CalendarFilter,
    Org,
    fetch,
    in_clause,
    organizations,
    person_names,
)

# How far an entry can stray from its local day in UTC, both ways.
_ZONE_SLACK = timedelta(days=1)
_ORDER = {EntryKind.CLOSURE: 0, EntryKind.ACTIVITY: 1, EntryKind.EVENT: 2}  # as sort_key
# A row: the sort key (CalendarEntry.sort_key with UTC micros for the start), then what
# placing it on days and making its entry need.
START, END, ZONE, KIND, RAW = 0, 5, 6, 7, 8
_SORT_KEY = itemgetter(0, 1, 2, 3, 4)
_ALL = CalendarFilter()
Row = tuple  # (start, kind order, title, person name, source id, end, time zone, kind, raw)


class _Closure(NamedTuple):
    id: int
    name: str
    start_date: date
    end_date: date


def _utc_bounds(first: date, last: date) -> tuple[int, int]:
    return (
        to_micros(datetime.combine(first, time(0), UTC) - _ZONE_SLACK),
        to_micros(datetime.combine(last + timedelta(days=1), time(0), UTC) + _ZONE_SLACK),
    )


def _midnight(day: date, time_zone: str) -> int:
    return to_micros(datetime.combine(day, time(0), zone(time_zone)))


def _occurrence_rows(conn: sqlite3.Connection, lo: int, hi: int, orgs: dict[int, Org],
                     names: dict[int, str], where: CalendarFilter) -> list[Row]:
    """HOME-4 in SQL: a row per non-cancelled registration; Skipped occurrences left out.

    Kept equal to services.domain.calendar.occurrence_entries by a test.
    """
    sql = ("FROM occurrences o JOIN activities a ON a.id = o.activity_id"
           " JOIN registrations r ON r.activity_id = a.id"
           " WHERE o.start < ? AND o.start >= ? - (SELECT coalesce(max(\"end\" - start), 0)"
           ' FROM occurrences) AND o."end" > ? AND o.state != ? AND NOT r.is_cancelled')
    # The lower bound on start (by the longest occurrence, indexed) keeps the index scan to
    # the period: without it, every occurrence since the first is looked at.
    params: list = [hi, lo, lo, OccurrenceState.SKIPPED.value]
    for column, values in (("a.organization_id", where.org_ids),
                           ("r.person_id", where.person_ids)):
        if values is not None:
            clause, more = in_clause(column, values)
            sql, params = f"{sql} AND {clause}", params + more
    activity = EntryKind.ACTIVITY
    columns = ('o.id, o.start, o."end", o.state, coalesce(nullif(o.location, \'\'), a.location),'
               " a.name, a.organization_id, a.registration_url, r.person_id, r.role")
    return [(raw[1], 1, raw[5], names.get(raw[8], ""), raw[0], raw[2], orgs[raw[6]].time_zone,
             activity, raw) for raw in fetch(conn, columns, sql, params)]


def _event_rows(conn: sqlite3.Connection, lo: int, hi: int, orgs: dict[int, Org],
                names: dict[int, str], where: CalendarFilter) -> list[Row]:
    sql = 'FROM events WHERE start < ? AND "end" > ?'
    params: list = [hi, lo]
    if where.org_ids is not None:
        clause, more = in_clause("organization_id", where.org_ids)
        sql, params = f"{sql} AND {clause}", params + more
    rows = []
    columns = ('id, organization_id, person_ids, title, start, "end", location,'
               " is_online_booking, url")
    for raw in fetch(conn, columns, sql, params):
        # Once per member: rows stored before repeats were merged may list one twice.
        for person_id in dict.fromkeys(json.loads(raw[2] or "[]")):
            if where.person_ids is None or person_id in where.person_ids:
                rows.append((raw[4], 2, raw[3], names.get(person_id, ""), raw[0], raw[5],
                             orgs[raw[1]].time_zone, EntryKind.EVENT, (person_id, raw)))
    return rows


def _closure_rows(conn: sqlite3.Connection, first: date, last: date, orgs: dict[int, Org],
                  where: CalendarFilter) -> list[Row]:
    wanted = set(orgs) if where.org_ids is None else set(where.org_ids) & set(orgs)
    if where.person_ids is not None:  # closures of the organizations where they are registered
        clause, params = in_clause("r.person_id", where.person_ids)
        wanted &= {org for (org,) in fetch(
            conn, "a.organization_id", "FROM activities a JOIN registrations r"
            f" ON r.activity_id = a.id WHERE {clause} AND NOT r.is_cancelled", params)}
    clause, params = in_clause("organization_id", wanted)
    rows = []
    for raw in fetch(conn, "id, organization_id, name, start_date, end_date",
                     f"FROM closures WHERE start_date <= ? AND end_date >= ? AND {clause}",
                     [last.isoformat(), first.isoformat(), *params]):
        time_zone = orgs[raw[1]].time_zone
        start = _midnight(from_iso(raw[3]), time_zone)
        end = _midnight(from_iso(raw[4]) + timedelta(days=1), time_zone)
        rows.append((start, 0, raw[2], "", raw[0], end, time_zone, EntryKind.CLOSURE, raw))
    return rows


def _maker(orgs: dict[int, Org]) -> Callable[[Row], CalendarEntry]:
    states = {state.value: state for state in OccurrenceState}
    staff = Role.STAFF.value

    def make(row: Row) -> CalendarEntry:
        kind, raw = row[KIND], row[RAW]
        if kind is EntryKind.ACTIVITY:
            ident, start, end, state, location, title, org_id, url, person_id, role = raw
            org = orgs[org_id]
            return CalendarEntry(kind, from_micros(start), from_micros(end), title, org_id,
                                 org.name, org.time_zone, ident, person_id, row[3],
                                 role == staff, states[state], location or "", url or None)
        if kind is EntryKind.EVENT:
            person_id, (ident, org_id, _, title, start, end, location, online, url) = raw
            org = orgs[org_id]
            return CalendarEntry(kind, from_micros(start), from_micros(end), title, org_id,
                                 org.name, org.time_zone, ident, person_id, row[3],
                                 location=location, url=url, is_online_booking=bool(online))
        ident, org_id, name, start, end = raw
        return closure_entry(_Closure(ident, name, from_iso(start), from_iso(end)), orgs[org_id])

    return make


class CalendarDays:
    """The entries of local days first..last, sorted as CalendarEntry.sort_key, made on demand
    (and once: a closure spanning days is the same entry on each)."""

    def __init__(self, first: date, last: date, rows: list[Row] = (),
                 make: Callable[[Row], CalendarEntry] | None = None) -> None:
        self.first, self.last = first, last
        self._make = make
        count = (last - first).days + 1
        self._days: list[list[int]] = [[] for _ in range(count)]  # row indexes per day
        self._rows = sorted(rows, key=_SORT_KEY)
        self._made: dict[int, CalendarEntry] = {}
        self._closed: set[date] = set()
        midnights: dict[str, list[int]] = {}
        for index, row in enumerate(self._rows):
            edges = midnights.get(row[ZONE])
            if edges is None:
                edges = midnights[row[ZONE]] = [
                    _midnight(first + timedelta(days=k), row[ZONE]) for k in range(count + 1)]
            start, end = row[START], row[END]
            first_day = bisect_right(edges, start) - 1
            last_day = max(first_day, bisect_right(edges, end - 1) - 1) if end > start \
                else first_day
            if first_day >= count or last_day < 0:
                continue
            for day in range(max(first_day, 0), min(last_day, count - 1) + 1):
                self._days[day].append(index)
                if row[KIND] is EntryKind.CLOSURE:
                    self._closed.add(first + timedelta(days=day))

    def _slot(self, day: date) -> list[int]:
        offset = (day - self.first).days
        return self._days[offset] if 0 <= offset < len(self._days) else []

    def count(self, day: date) -> int:
        return len(self._slot(day))

    def closed(self, day: date) -> bool:
        """A closure covers the day (HOME-3: painted pink)."""
        return day in self._closed

    def entries(self, day: date, limit: int | None = None) -> list[CalendarEntry]:
        return [self._entry(i) for i in self._slot(day)[:limit]]

    def all(self) -> list[CalendarEntry]:
        """Every entry of the period, once, in order."""
        return list(self.each())

    def each(self) -> Iterator[CalendarEntry]:
        """The same, made one at a time: a caller that stops early makes no more."""
        for index in sorted({i for slot in self._days for i in slot}):
            yield self._entry(index)

    def _entry(self, index: int) -> CalendarEntry:
        entry = self._made.get(index)
        if entry is None:
            entry = self._made[index] = self._make(self._rows[index])
        return entry


def calendar_days(conn: sqlite3.Connection, first: date, last: date,
                  where: CalendarFilter = _ALL) -> CalendarDays:
    """HOME-3/4: closures, occurrences per member and events covering local days first..last."""
    orgs = organizations(conn)
    names = dict(person_names(conn))
    lo, hi = _utc_bounds(first, last)
    rows = [
        *_closure_rows(conn, first, last, orgs, where),
        *_occurrence_rows(conn, lo, hi, orgs, names, where),
        *_event_rows(conn, lo, hi, orgs, names, where),
    ]
    return CalendarDays(first, last, rows, _maker(orgs))


def calendar_entries(conn: sqlite3.Connection, first: date, last: date,
                     where: CalendarFilter = _ALL) -> list[CalendarEntry]:
    """Every entry covering local days first..last, sorted (the agenda, the command line)."""
    return calendar_days(conn, first, last, where).all()


def upcoming_entries(conn: sqlite3.Connection, now: datetime, limit: int = 5,
                     where: CalendarFilter = _ALL) -> list[CalendarEntry]:
    """HOME-6: the next `limit` entries, looking further ahead only when needed."""
    today = now.astimezone(UTC).date() - timedelta(days=1)
    for days in (3, 14, 60, 366, 3660):
        entries = calendar_days(conn, today, today + timedelta(days=days), where).each()
        found = list(islice((e for e in entries if pending(e, now)), limit))  # sorted already
        if len(found) >= limit:
            break
    return found
