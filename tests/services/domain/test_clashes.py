"""ASSIST-3 (issue 18 item 3): clashes found in the calendar's entries, with stable keys."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.clashes import (
    ClashKind,
    dismissed_keys,
    find_clashes,
    with_dismissal,
)
from services.domain.demo import demo_dataset
from services.domain.kinds import OccurrenceState
from services.store import calendar_reads, dataset_io
from services.store.reads import CalendarFilter

TZ = ZoneInfo("America/Toronto")


def entry(source: int, person: int | None, hour: float, hours: float = 1, place: str = "A",
          kind: EntryKind = EntryKind.ACTIVITY, org: int = 1, day: int = 3,
          state: OccurrenceState = OccurrenceState.NORMAL) -> CalendarEntry:
    start = datetime(2026, 11, day, tzinfo=TZ) + timedelta(hours=hour)
    return CalendarEntry(kind=kind, start=start, end=start + timedelta(hours=hours),
                         title=f"t{source}", organization_id=org, organization_name="O",
                         time_zone="America/Toronto", source_id=source, person_id=person,
                         person_name=f"P{person}", location=place, state=state)


def closure(source: int, org: int, day: int) -> CalendarEntry:
    start = datetime(2026, 11, day, tzinfo=TZ)
    return CalendarEntry(kind=EntryKind.CLOSURE, start=start, end=start + timedelta(days=1),
                         title="closed", organization_id=org, organization_name="O",
                         time_zone="America/Toronto", source_id=source)


def test_two_members_at_two_places_at_once():
    found = find_clashes([entry(1, 10, 18, place="Arena"), entry(2, 11, 18.5, place="Pool")])
    assert [c.kind for c in found] == [ClashKind.TWO_PLACES]
    assert found[0].start == datetime(2026, 11, 3, 18, 30, tzinfo=TZ)
    assert found[0].day == date(2026, 11, 3)


def test_no_clash_at_the_same_place_one_after_the_other_or_cancelled():
    assert find_clashes([entry(1, 10, 18, place="Pool"), entry(2, 11, 18.5, place=" pool ")]) \
        == []
    assert find_clashes([entry(1, 10, 18, place="Arena"), entry(2, 11, 19, place="Pool")]) == []
    assert find_clashes([entry(1, 10, 18, place="Arena"),
                         entry(2, 11, 18, place="Pool",
                               state=OccurrenceState.CANCELLED)]) == []
    # Two members of one occurrence (a child plays, a parent coaches) are together.
    assert find_clashes([entry(1, 10, 18), entry(1, 11, 18)]) == []


def test_one_member_twice_and_an_activity_on_a_closed_day():
    found = find_clashes([entry(1, 10, 9, 2), entry(2, 10, 10, place="Elsewhere",
                                                       kind=EntryKind.EVENT),
                          closure(5, 2, 4), entry(3, 12, 9, org=2, day=4)])
    assert [c.kind for c in found] == [ClashKind.DOUBLE_BOOKED, ClashKind.CLOSED]
    assert found[1].closure.source_id == 5 and found[1].person_ids == (12,)


def test_a_key_is_stable_and_a_moved_occurrence_is_a_new_clash():
    a, b = entry(1, 10, 18, place="Arena"), entry(2, 11, 18.5, place="Pool")
    key = find_clashes([a, b])[0].key
    assert find_clashes([b, a])[0].key == key
    moved = replace(b, start=b.start + timedelta(minutes=15), end=b.end + timedelta(minutes=15))
    assert find_clashes([a, moved])[0].key != key


def test_dismissals_are_compact_json():
    text = with_dismissal(with_dismissal(None, "b"), "a")
    assert text == '["a","b"]'
    assert dismissed_keys(with_dismissal(text, "b", dismissed=False)) == {"a"}
    assert dismissed_keys("not json") == frozenset()


@pytest.mark.parametrize("today", [date(2026, 11, 27), date(2027, 1, 1), date(2027, 2, 3),
                                   date(2028, 2, 29), date(2027, 6, 30), date(2027, 12, 15)])
def test_the_demo_family_has_a_clash_of_each_kind_this_month(today, store):
    dataset_io.load(store, demo_dataset(today))
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    with store.reader() as conn:
        entries = calendar_reads.calendar_entries(conn, first, last, CalendarFilter())
    found = find_clashes(entries)
    kinds = Counter(c.kind for c in found)
    assert set(kinds) == set(ClashKind), kinds
    closed = next(c for c in found if c.kind is ClashKind.CLOSED)
    assert closed.entries[0].title == "Natation — Junior 3"
    assert closed.closure.title.startswith("Fermeture imprévue")
    assert len({c.key for c in found}) == len(found)
