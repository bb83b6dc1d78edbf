"""Clashes (ASSIST-3, issue 18 item 3): what a family cannot do at once, found in its entries.

Three kinds, each over the entries that will take place (a cancelled occurrence clashes with
nothing; a skipped one has no entry):

- TwoPlaces: two members are expected at two different places at overlapping times (a parent
  cannot drive to both);
- Closed: an activity is held on a day its own organization is closed (a closure the platform
  has not cancelled the occurrence for yet);
- DoubleBooked: one member is in two overlapping activities or events.

Each clash has a stable key made of what it is about (its kind, its occurrences, events and
closure with their times, its members): the same clash found by the next sync has the same key,
so a dismissed one stays dismissed; a moved occurrence makes a new clash (new times, new key).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from services.domain import digest
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.kinds import OccurrenceState


class ClashKind(StrEnum):
    TWO_PLACES = "TwoPlaces"
    CLOSED = "Closed"
    DOUBLE_BOOKED = "DoubleBooked"


@dataclass(frozen=True, slots=True)
class Clash:
    kind: ClashKind
    key: str
    start: datetime  # when the clash begins (aware)
    end: datetime
    entries: tuple[CalendarEntry, ...]  # the members' entries concerned, by start
    closure: CalendarEntry | None = None  # Closed: the closure

    @property
    def day(self) -> date:
        """The local day the clash begins on (the day the window shows for it)."""
        return self.start.astimezone(self.entries[0].local_start.tzinfo).date()

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(e.person_id for e in self.entries
                                   if e.person_id is not None))


def entry_mark(entry: CalendarEntry) -> tuple[str, int, int | None]:
    """What identifies an entry on the calendar: a clash marks its entries by this."""
    return entry.kind.value, entry.source_id, entry.person_id


class _Slot(NamedTuple):
    """One occurrence or event: its members' entries together."""

    entries: tuple[CalendarEntry, ...]

    @property
    def first(self) -> CalendarEntry:
        return self.entries[0]

    @property
    def persons(self) -> frozenset[int]:
        return frozenset(e.person_id for e in self.entries if e.person_id is not None)


def _place(entry: CalendarEntry) -> str:
    return " ".join(entry.location.casefold().split())


def _key(kind: ClashKind, entries: Iterable[CalendarEntry],
         closure: CalendarEntry | None = None) -> str:
    parts = sorted({(e.kind.value, e.source_id, e.start.isoformat(), e.end.isoformat(),
                     e.person_id or 0) for e in entries})
    if closure is not None:
        parts.append((closure.kind.value, closure.source_id, closure.first_day.isoformat(),
                      closure.last_day.isoformat(), 0))
    text = json.dumps([kind.value, parts], separators=(",", ":"))
    return digest.hexdigest(text, 8)


def _held(entry: CalendarEntry) -> bool:
    return entry.kind is not EntryKind.CLOSURE and entry.state is not OccurrenceState.CANCELLED \
        and entry.person_id is not None


def find_clashes(entries: Iterable[CalendarEntry]) -> list[Clash]:
    """Every clash among `entries` (a period's calendar entries), by start then kind."""
    entries = list(entries)
    grouped: dict[tuple[str, int], list[CalendarEntry]] = {}
    for entry in entries:
        if _held(entry):
            grouped.setdefault((entry.kind.value, entry.source_id), []).append(entry)
    slots = sorted((_Slot(tuple(sorted(es, key=CalendarEntry.sort_key)))
                    for es in grouped.values()),
                   key=lambda s: (s.first.start, s.first.kind.value, s.first.source_id))
    found: list[Clash] = []
    for index, a in enumerate(slots):
        for b in slots[index + 1:]:
            if b.first.start >= a.first.end:
                break  # sorted by start: no later slot overlaps a
            if b.first.end <= a.first.start:
                continue
            start, end = max(a.first.start, b.first.start), min(a.first.end, b.first.end)
            common = a.persons & b.persons
            if common:
                concerned = tuple(e for s in (a, b) for e in s.entries if e.person_id in common)
                found.append(Clash(ClashKind.DOUBLE_BOOKED,
                                   _key(ClashKind.DOUBLE_BOOKED, concerned), start, end,
                                   concerned))
            elif _place(a.first) and _place(b.first) and _place(a.first) != _place(b.first):
                concerned = a.entries + b.entries
                found.append(Clash(ClashKind.TWO_PLACES, _key(ClashKind.TWO_PLACES, concerned),
                                   start, end, concerned))
    closures = [e for e in entries if e.kind is EntryKind.CLOSURE]
    for slot in slots:
        entry = slot.first
        if entry.kind is not EntryKind.ACTIVITY:
            continue
        for closure in closures:
            if closure.organization_id == entry.organization_id and \
                    closure.first_day <= entry.last_day and entry.first_day <= closure.last_day:
                found.append(Clash(ClashKind.CLOSED, _key(ClashKind.CLOSED, slot.entries,
                                                          closure),
                                   entry.start, entry.end, slot.entries, closure))
    found.sort(key=lambda c: (c.start, list(ClashKind).index(c.kind), c.key))
    return found


# --- dismissals: a compact JSON list of keys, in the store's meta (desktop and CLI alike) ----

DISMISSED = "clashes.dismissed"


def dismissed_keys(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    try:
        keys = json.loads(text)
    except ValueError:
        return frozenset()
    return frozenset(k for k in keys if isinstance(k, str)) if isinstance(keys, list) \
        else frozenset()


def with_dismissal(text: str | None, key: str, dismissed: bool = True) -> str:
    keys = set(dismissed_keys(text))
    (keys.add if dismissed else keys.discard)(key)
    return json.dumps(sorted(keys), separators=(",", ":"))
