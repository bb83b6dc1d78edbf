"""The calendar as an iCalendar file (RFC 5545, issue 17): the export, the live file and the
platform's subscription feed are all made here, with the icalendar library.

One VEVENT per entry the calendar shows (HOME-3/4: a closure, an occurrence or an event per
member), a VTIMEZONE per organization zone (generated from zoneinfo for the period), a UID that
names the entry (resource, id, member), so it stays the same across exports and syncs, and a
SEQUENCE the caller counts: how many times the platform changed the entry's resource (a new
Version) — `sequences` maps `source_key(entry)` to it (see services/store/revisions.py).

The file is made one event at a time (`ics_chunks`), so a ten-year export needs the memory of
one event, not of the year: each component is serialized by icalendar, and only the order of
the pieces is ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, Timezone

from services.domain.calendar import CalendarEntry, EntryKind, zone
from services.domain.kinds import OccurrenceState

MEDIA_TYPE = "text/calendar"
PRODID = "-//Carnet//Carnet calendar//EN"
UID_DOMAIN = "carnet"
_END = b"END:VCALENDAR\r\n"

# The resource an entry comes from: the change feed's type name (and a UID's first word).
RESOURCE = {EntryKind.CLOSURE: "Closure", EntryKind.ACTIVITY: "Occurrence",
            EntryKind.EVENT: "Event"}
# HOME-3's colours as RFC 7986 COLOR (CSS3 colour names).
COLOR = {EntryKind.CLOSURE: "pink", EntryKind.ACTIVITY: "blue", EntryKind.EVENT: "purple"}

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "Closure": "Closure", "Activity": "Activity", "Event": "Event",
        "closure_summary": "Closed: {title}", "staff": "(staff)", "cancelled": "CANCELLED",
        "moved": "Moved by the organization.", "calendar": "Carnet — family calendar",
        "calendar_of": "Carnet — {name}",
    },
    "fr": {
        "Closure": "Fermeture", "Activity": "Activité", "Event": "Événement",
        "closure_summary": "Fermé : {title}", "staff": "(personnel)", "cancelled": "ANNULÉ",
        "moved": "Déplacé par l’organisation.", "calendar": "Carnet — calendrier de la famille",
        "calendar_of": "Carnet — {name}",
    },
}


def _texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["fr"])


def calendar_name(lang: str, person: str | None = None) -> str:
    """X-WR-CALNAME in the user's language: the family's calendar, or one member's."""
    texts = _texts(lang)
    return texts["calendar_of"].format(name=person) if person else texts["calendar"]


def source_key(entry: CalendarEntry) -> tuple[str, int]:
    """The resource an entry shows, as (type name, id): what its SEQUENCE counts changes of."""
    return RESOURCE[entry.kind], entry.source_id


def uid(entry: CalendarEntry) -> str:
    """Stable: the same closure, or the same occurrence or event for the same member, has the
    same UID in every export, feed and sync."""
    kind, ident = source_key(entry)
    member = f"-person-{entry.person_id}" if entry.person_id is not None else ""
    return f"{kind.lower()}-{ident}{member}@{UID_DOMAIN}"


def summary(entry: CalendarEntry, lang: str) -> str:
    texts = _texts(lang)
    if entry.kind is EntryKind.CLOSURE:
        return texts["closure_summary"].format(title=entry.title)
    who = entry.person_name
    if entry.is_staff:
        who = f"{who} {texts['staff']}".strip()
    text = f"{entry.title} · {who}" if who else entry.title
    if entry.state is OccurrenceState.CANCELLED:
        text = f"{texts['cancelled']} — {text}"
    return text


def _instant(moment: datetime, time_zone: str) -> datetime:
    """The local time with its TZID, or UTC where the local time names two instants (the hour
    repeated when daylight saving time ends): a TZID time there means the first one."""
    local = moment.astimezone(zone(time_zone))
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return moment.astimezone(UTC)
    return local


def vevent(entry: CalendarEntry, *, lang: str, stamp: datetime, sequence: int = 0) -> Event:
    """The entry as one VEVENT."""
    texts = _texts(lang)
    event = Event()
    event.add("uid", uid(entry))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("summary", summary(entry, lang))
    if entry.all_day:
        event.add("dtstart", entry.first_day)
        event.add("dtend", entry.last_day + timedelta(days=1))  # exclusive
        event.add("transp", "TRANSPARENT")
    else:
        event.add("dtstart", _instant(entry.start, entry.time_zone))
        event.add("dtend", _instant(entry.end, entry.time_zone))
        event.add("transp", "OPAQUE")
    cancelled = entry.state is OccurrenceState.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if entry.location:
        event.add("location", entry.location)
    if entry.target_url:
        event.add("url", entry.target_url)
    event.add("categories", [texts[str(entry.kind)]])
    event.add("color", COLOR[entry.kind])
    lines = [entry.organization_name]
    if entry.state is OccurrenceState.MOVED:
        lines.append(texts["moved"])
    event.add("description", "\n".join(lines))
    return event


def _shell(name: str, zones: Iterable[str], first: date, last: date) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)  # RFC 7986
    calendar.add("x-wr-calname", name)
    for time_zone in sorted(set(zones)):
        # Transitions from a day before the period to a day after: enough for every entry in it.
        calendar.add_component(Timezone.from_tzid(
            time_zone, first_date=first - timedelta(days=1), last_date=last + timedelta(days=2)))
    return calendar.to_ical()


def ics_chunks(entries: Iterable[CalendarEntry], *, lang: str, name: str, zones: Iterable[str],
               first: date, last: date, sequences: Mapping[tuple[str, int], int] | None = None,
               stamp: datetime | None = None) -> Iterator[bytes]:
    """The file, piece by piece: the calendar's head with a VTIMEZONE for each of `zones`
    (covering local days first..last), then one VEVENT per entry as `entries` yields them,
    then its end. Nothing but the current entry is held."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequences = sequences or {}
    head = _shell(name, zones, first, last)
    assert head.endswith(_END)
    yield head[: -len(_END)]
    for entry in entries:
        yield vevent(entry, lang=lang, stamp=stamp,
                     sequence=sequences.get(source_key(entry), 0)).to_ical()
    yield _END


def calendar_ics(entries: Iterable[CalendarEntry], *, lang: str, name: str,
                 sequences: Mapping[tuple[str, int], int] | None = None,
                 stamp: datetime | None = None) -> bytes:
    """The whole file at once (a feed, a test): the zones and the period from the entries."""
    entries = list(entries)
    if entries:
        first = min(e.first_day for e in entries)
        last = max(e.last_day for e in entries)
    else:
        first = last = (stamp or datetime.now(UTC)).date()
    return b"".join(ics_chunks(entries, lang=lang, name=name,
                               zones={e.time_zone for e in entries}, first=first, last=last,
                               sequences=sequences, stamp=stamp))
