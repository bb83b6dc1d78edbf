"""The iCalendar builder (issue 17): what one entry becomes, read back by two parsers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from services.domain import ics
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.kinds import OccurrenceState
from services.store import calendar_reads
from tests.ics_readers import vobject_calendar

TZ = "America/Toronto"
STAMP = datetime(2026, 11, 27, 12, tzinfo=UTC)


def _entry(**fields) -> CalendarEntry:
    values = dict(kind=EntryKind.ACTIVITY, start=datetime(2026, 11, 3, 23, 30, tzinfo=UTC),
                  end=datetime(2026, 11, 4, 0, 30, tzinfo=UTC), title="Soccer U10",
                  organization_id=101, organization_name="Loisirs Beaumont", time_zone=TZ,
                  source_id=10006, person_id=201, person_name="Étienne Tremblay",
                  location="Centre sportif", url="https://boutique.example.ca/a/501")
    return CalendarEntry(**(values | fields))


def _events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_an_occurrence_for_staff_cancelled_and_sequenced():
    entry = _entry(is_staff=True, state=OccurrenceState.CANCELLED)
    data = ics.calendar_ics([entry], lang="en", name="Carnet", stamp=STAMP,
                            sequences={("Occurrence", 10006): 3})
    (event,) = _events(data)
    assert event["UID"] == "occurrence-10006-person-201@carnet"
    assert event["SUMMARY"] == "CANCELLED — Soccer U10 · Étienne Tremblay (staff)"
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 3
    assert event["LOCATION"] == "Centre sportif"
    assert event["URL"] == "https://boutique.example.ca/a/501"
    assert event["COLOR"] == "blue" and event.categories == ["Activity"]
    assert event.start == entry.start and event.end == entry.end
    assert str(event["DTSTART"].params["TZID"]) == TZ
    calendar = icalendar.Calendar.from_ical(data)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [TZ]
    assert calendar["X-WR-CALNAME"] == "Carnet"


def test_a_closure_is_all_day_transparent_and_pink_in_french():
    closure = _entry(kind=EntryKind.CLOSURE, title="Congé", source_id=3001, person_id=None,
                     person_name="", url=None, location="",
                     start=datetime(2026, 12, 24, 5, tzinfo=UTC),
                     end=datetime(2026, 12, 27, 5, tzinfo=UTC))
    (event,) = _events(ics.calendar_ics([closure], lang="fr", name="n", stamp=STAMP))
    assert event["UID"] == "closure-3001@carnet"
    assert event.start == date(2026, 12, 24) and event.end == date(2026, 12, 27)
    assert event["TRANSP"] == "TRANSPARENT" and event["COLOR"] == "pink"
    assert event["SUMMARY"] == "Fermé : Congé" and event.categories == ["Fermeture"]
    assert "URL" not in event  # HOME-5: a closure opens nothing
    assert event["SEQUENCE"] == 0


def test_an_event_is_purple_and_opens_its_page_only_when_booked_online():
    booked = _entry(kind=EntryKind.EVENT, source_id=7001, is_online_booking=True)
    other = _entry(kind=EntryKind.EVENT, source_id=7002, is_online_booking=False)
    one, two = _events(ics.calendar_ics([booked, other], lang="en", name="n", stamp=STAMP))
    assert one["COLOR"] == "purple" and one["URL"] == booked.url and "URL" not in two
    assert one["UID"] == "event-7001-person-201@carnet"


def test_the_repeated_hour_is_written_in_utc_so_it_names_the_right_instant():
    # 2026-11-01 01:30 happens twice in Toronto; a TZID time would mean the first one.
    second = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST, the second time
    entry = _entry(start=second, end=second + timedelta(hours=1))
    data = ics.calendar_ics([entry], lang="en", name="n", stamp=STAMP)
    (event,) = _events(data)
    assert event.start == second and event.end == second + timedelta(hours=1)
    parsed = vobject_calendar(data).vevent
    assert parsed.dtstart.value == second


def test_the_demo_month_read_back_by_two_parsers(demo_store):
    with demo_store.reader() as conn:
        entries = calendar_reads.calendar_entries(conn, date(2026, 10, 1), date(2026, 12, 31))
    assert {e.kind for e in entries} == set(EntryKind)
    data = ics.calendar_ics(entries, lang="fr", name=ics.calendar_name("fr"), stamp=STAMP)
    events = _events(data)
    assert [e["UID"] for e in events] == [ics.uid(e) for e in entries]
    assert len({e["UID"] for e in events}) == len(entries)
    other = vobject_calendar(data)
    assert len(other.vevent_list) == len(entries)
    for entry, event in zip(entries, other.vevent_list, strict=True):
        start = event.dtstart.value
        assert start == (entry.first_day if entry.all_day else entry.start), ics.uid(entry)


def test_chunks_hold_one_event_at_a_time():
    entries = (_entry(source_id=i) for i in range(3))
    chunks = list(ics.ics_chunks(entries, lang="en", name="n", zones=[TZ],
                                 first=date(2026, 11, 1), last=date(2026, 11, 30), stamp=STAMP))
    assert len(chunks) == 5 and chunks[-1] == b"END:VCALENDAR\r\n"
    assert all(c.startswith(b"BEGIN:VEVENT") for c in chunks[1:-1])
    assert len(_events(b"".join(chunks))) == 3
