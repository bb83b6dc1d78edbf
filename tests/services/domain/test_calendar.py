from __future__ import annotations

from datetime import UTC, date, timedelta

from services.domain.calendar import (
    EntryKind,
    closure_entry,
    event_entries,
    occurrence_entries,
    overlaps,
    upcoming,
)
from services.domain.demo import at
from services.domain.entities import (
    Activity,
    Closure,
    Event,
    Occurrence,
    Organization,
    Person,
    Registration,
)

ORG = Organization(id=1, name="Ville", slug="ville", time_zone="America/Toronto")
ACT = Activity(id=10, organization_id=1, name="Soccer", location="Parc",
               registration_url="https://shop/10")
PERSONS = {i: Person(id=i, first_name=n, last_name="T", is_child=c)
           for i, n, c in ((1, "Papa", False), (2, "Félix", True), (3, "Zoé", True))}


def occ(state="Normal", start=None, **kw) -> Occurrence:
    start = start or at(date(2026, 11, 3), 18, 30)
    return Occurrence(id=100, activity_id=10, start=start, end=start + timedelta(hours=1),
                      state=state, **kw)


def reg(i: int, person: int, role="Participant", cancelled=False) -> Registration:
    return Registration(id=i, person_id=person, activity_id=10, role=role,
                        is_cancelled=cancelled)


class TestPerMember:
    def test_child_and_parent_on_one_occurrence(self):
        entries = occurrence_entries(occ(), ACT, ORG, [reg(1, 2), reg(2, 1)], PERSONS)
        assert [(e.person_name, e.is_staff) for e in entries] == [("Félix T", False),
                                                                  ("Papa T", False)]

    def test_staff_entry_is_marked(self):
        entries = occurrence_entries(occ(), ACT, ORG, [reg(1, 2), reg(2, 1, "Staff")], PERSONS)
        assert [(e.person_id, e.is_staff) for e in entries] == [(2, False), (1, True)]

    def test_two_children_two_entries(self):
        assert len(occurrence_entries(occ(), ACT, ORG, [reg(1, 2), reg(2, 3)], PERSONS)) == 2

    def test_cancelled_registration_and_other_activities_left_out(self):
        other = Registration(id=9, person_id=3, activity_id=11)
        assert occurrence_entries(occ(), ACT, ORG, [reg(1, 2, cancelled=True), other],
                                  PERSONS) == []

    def test_skipped_hidden_cancelled_kept_moved_at_new_time(self):
        assert occurrence_entries(occ("Skipped"), ACT, ORG, [reg(1, 2)], PERSONS) == []
        [cancelled] = occurrence_entries(occ("Cancelled"), ACT, ORG, [reg(1, 2)], PERSONS)
        assert cancelled.state == "Cancelled"
        new = at(date(2026, 11, 5), 18)
        [moved] = occurrence_entries(occ("Moved", start=new,
                                         original_start=at(date(2026, 11, 3), 18, 30)),
                                     ACT, ORG, [reg(1, 2)], PERSONS)
        assert moved.local_start.day == 5 and moved.local_start.hour == 18

    def test_events_one_entry_per_person(self):
        ev = Event(id=5, organization_id=1, person_ids=[1, 3], title="Soirée",
                   start=at(date(2026, 11, 9), 19), end=at(date(2026, 11, 9), 20))
        assert [e.person_id for e in event_entries(ev, ORG, PERSONS)] == [1, 3]


class TestUrls:
    """HOME-5: occurrences and online bookings open a page; closures and other events don't."""

    def test_targets(self):
        [entry] = occurrence_entries(occ(), ACT, ORG, [reg(1, 2)], PERSONS)
        assert entry.target_url == "https://shop/10"
        ev = Event(id=5, organization_id=1, person_ids=[1], title="Tennis", url="https://b/5",
                   start=at(date(2026, 11, 9), 19), end=at(date(2026, 11, 9), 20))
        assert event_entries(ev, ORG, PERSONS)[0].target_url is None
        booking = ev.model_copy(update={"is_online_booking": True})
        assert event_entries(booking, ORG, PERSONS)[0].target_url == "https://b/5"
        closure = Closure(id=1, organization_id=1, name="Noël", start_date=date(2026, 12, 24),
                          end_date=date(2026, 12, 31))
        assert closure_entry(closure, ORG).target_url is None


class TestDst:
    """America/Toronto leaves DST on 1 Nov 2026 and enters it on 14 Mar 2027."""

    def test_weekly_time_is_local_across_both_changes(self):
        for before, after in ((date(2026, 10, 27), date(2026, 11, 3)),
                              (date(2027, 3, 9), date(2027, 3, 16))):
            a, b = (occurrence_entries(occ(start=at(d, 18, 30)), ACT, ORG, [reg(1, 2)],
                                       PERSONS)[0] for d in (before, after))
            assert (a.local_start.hour, a.local_start.minute) == (18, 30)
            assert (b.local_start.hour, b.local_start.minute) == (18, 30)
            utc_gap = b.start.astimezone(UTC) - a.start.astimezone(UTC)
            assert utc_gap in (timedelta(days=7, hours=1), timedelta(days=7, hours=-1))

    def test_closure_on_the_change_day_covers_exactly_that_day(self):
        closure = Closure(id=1, organization_id=1, name="X", start_date=date(2026, 11, 1),
                          end_date=date(2026, 11, 1))
        entry = closure_entry(closure, ORG)
        assert entry.end.astimezone(UTC) - entry.start.astimezone(UTC) == timedelta(hours=25)
        assert (entry.first_day, entry.last_day) == (date(2026, 11, 1), date(2026, 11, 1))
        assert overlaps(entry, date(2026, 11, 1), date(2026, 11, 1))
        assert not overlaps(entry, date(2026, 11, 2), date(2026, 11, 30))
        assert entry.kind is EntryKind.CLOSURE and entry.all_day


def test_upcoming_soonest_first_without_cancelled_or_past():
    base = at(date(2026, 11, 2), 9)
    entries = []
    for day in range(10):
        state = "Cancelled" if day == 3 else "Normal"
        o = occ(state, start=base + timedelta(days=day)).model_copy(update={"id": day})
        entries += occurrence_entries(o, ACT, ORG, [reg(1, 2)], PERSONS)
    now = base + timedelta(days=1, minutes=30)  # day 1 still in progress
    got = upcoming(reversed(entries), now, 5)
    assert [e.source_id for e in got] == [1, 2, 4, 5, 6]
    assert upcoming(entries, now, 0) == []
    assert len(upcoming(entries, base - timedelta(days=1), 50)) == 9
