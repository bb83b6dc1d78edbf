"""Calendar entries: closures, occurrences per member, other events (SPEC HOME-3..6)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from services.domain.kinds import OccurrenceState, Role

if TYPE_CHECKING:  # the wire models are not needed to build entries (and cost a start-up)
    from services.domain.entities import (
        Activity,
        Closure,
        Event,
        Occurrence,
        Organization,
        Person,
        Registration,
    )


class EntryKind(StrEnum):
    """HOME-3 colours: closures pink, activity occurrences blue, other events purple."""

    CLOSURE = "Closure"
    ACTIVITY = "Activity"
    EVENT = "Event"


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    kind: EntryKind
    start: datetime  # aware; a closure starts at local midnight of its first day
    end: datetime  # aware; a closure ends at local midnight after its last day
    title: str
    organization_id: int
    organization_name: str
    time_zone: str
    source_id: int
    person_id: int | None = None
    person_name: str = ""
    is_staff: bool = False
    state: OccurrenceState = OccurrenceState.NORMAL
    location: str = ""
    url: str | None = None
    is_online_booking: bool = False
    # Local times and days, computed once: the calendar asks for them thousands of times.
    local_start: datetime = field(init=False, compare=False, repr=False)
    local_end: datetime = field(init=False, compare=False, repr=False)
    first_day: date = field(init=False, compare=False, repr=False)
    last_day: date = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        tz = zone(self.time_zone)
        start, end = self.start.astimezone(tz), self.end.astimezone(tz)
        first = start.date()
        # The last local day covered: an end at midnight belongs to the day before.
        last = (end - timedelta(microseconds=1)).date() \
            if end.time() == time(0) and end > start else end.date()
        for name, value in (("local_start", start), ("local_end", end), ("first_day", first),
                            ("last_day", max(last, first))):
            object.__setattr__(self, name, value)

    @property
    def all_day(self) -> bool:
        return self.kind is EntryKind.CLOSURE

    @property
    def target_url(self) -> str | None:
        """HOME-5: occurrences and online bookings open a registration page; nothing else does."""
        if self.kind is EntryKind.ACTIVITY or (
            self.kind is EntryKind.EVENT and self.is_online_booking
        ):
            return self.url or None
        return None

    def sort_key(self) -> tuple:
        return (self.start, _KIND_ORDER[self.kind], self.title, self.person_name, self.source_id)


_KIND_ORDER = {EntryKind.CLOSURE: 0, EntryKind.ACTIVITY: 1, EntryKind.EVENT: 2}


def closure_entry(closure: Closure, org: Organization) -> CalendarEntry:
    tz = zone(org.time_zone)
    return CalendarEntry(
        kind=EntryKind.CLOSURE,
        start=datetime.combine(closure.start_date, time(0), tz),
        end=datetime.combine(closure.end_date + timedelta(days=1), time(0), tz),
        title=closure.name,
        organization_id=org.id,
        organization_name=org.name,
        time_zone=org.time_zone,
        source_id=closure.id,
    )


def occurrence_entries(
    occurrence: Occurrence,
    activity: Activity,
    org: Organization,
    registrations: Iterable[Registration],
    persons: dict[int, Person],
) -> list[CalendarEntry]:
    """HOME-4: one entry per registered member (staff marked); Skipped occurrences show none."""
    if occurrence.state is OccurrenceState.SKIPPED:
        return []
    return [
        CalendarEntry(
            kind=EntryKind.ACTIVITY,
            start=occurrence.start,
            end=occurrence.end,
            title=activity.name,
            organization_id=org.id,
            organization_name=org.name,
            time_zone=org.time_zone,
            source_id=occurrence.id,
            person_id=reg.person_id,
            person_name=persons[reg.person_id].full_name if reg.person_id in persons else "",
            is_staff=reg.role is Role.STAFF,
            state=occurrence.state,
            location=occurrence.location or activity.location,
            url=activity.registration_url or None,
        )
        for reg in registrations
        if reg.activity_id == activity.id and not reg.is_cancelled
    ]


def event_entries(
    event: Event, org: Organization, persons: dict[int, Person]
) -> list[CalendarEntry]:
    """HOME-4 for purple items: one entry per member the event concerns."""
    return [
        CalendarEntry(
            kind=EntryKind.EVENT,
            start=event.start,
            end=event.end,
            title=event.title,
            organization_id=org.id,
            organization_name=org.name,
            time_zone=org.time_zone,
            source_id=event.id,
            person_id=person_id,
            person_name=persons[person_id].full_name if person_id in persons else "",
            location=event.location,
            url=event.url,
            is_online_booking=event.is_online_booking,
        )
        for person_id in dict.fromkeys(event.person_ids)  # once each, even if listed twice
    ]


def overlaps(entry: CalendarEntry, first: date, last: date) -> bool:
    """Whether the entry covers any local day from `first` to `last` inclusive."""
    return entry.first_day <= last and entry.last_day >= first


def upcoming(
    entries: Iterable[CalendarEntry], now: datetime, limit: int = 5
) -> list[CalendarEntry]:
    """HOME-6: up to `limit` entries not yet over, soonest first; cancelled ones are left out."""
    return sorted((e for e in entries if pending(e, now)), key=CalendarEntry.sort_key)[:limit]


def pending(entry: CalendarEntry, now: datetime) -> bool:
    """HOME-6: an entry the upcoming list can show: not over yet, and not cancelled."""
    return entry.end > now and entry.state is not OccurrenceState.CANCELLED
