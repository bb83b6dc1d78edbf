"""ASSIST-1: the reminders' rules, with a clock that is only an argument."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace

from services.domain.calendar import CalendarEntry, EntryKind, zone
from services.domain.kinds import OccurrenceState, PaymentStatus
from services.domain.reminders import (
    EmailItem,
    ReminderKind,
    Settings,
    State,
    due,
    reminders,
    schedule,
)

TZ = zone("America/Toronto")
QUIET = Settings(quiet_start=time(22), quiet_end=time(7))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


def soccer(start: datetime, state: OccurrenceState = OccurrenceState.NORMAL,
           person: int = 204) -> CalendarEntry:
    return CalendarEntry(kind=EntryKind.ACTIVITY, start=start, end=start + timedelta(hours=1),
                         title="Soccer", organization_id=101, organization_name="Ville",
                         time_zone="America/Toronto", source_id=10_008, person_id=person,
                         person_name="Félix", state=state, url="https://x/501")


def closure(day: date) -> CalendarEntry:
    return CalendarEntry(kind=EntryKind.CLOSURE, start=datetime.combine(day, time(0), TZ),
                         end=datetime.combine(day + timedelta(days=1), time(0), TZ),
                         title="Fermé", organization_id=101, organization_name="Ville",
                         time_zone="America/Toronto", source_id=401)


def walk(found, state, first: datetime, last: datetime, settings=QUIET):
    """A check every minute from first to last: (minute, key) of what is shown."""
    shown, now = [], first
    while now <= last:
        shown += [(now, r.key) for r in due(found, state, now, settings)]
        now += timedelta(minutes=1)
    return shown


def test_before_an_activity_default_and_per_member_minutes():
    entries = [soccer(at(17, 18, 30)), soccer(at(17, 18, 30), person=201)]
    settings = Settings(minutes={EntryKind.ACTIVITY: 30},
                        per_member={(201, EntryKind.ACTIVITY): 90})
    shown = walk(reminders(entries, [], [], settings), State(), at(17, 12), at(17, 20), settings)
    assert shown == [(at(17, 17), "occ:10008:201"), (at(17, 18), "occ:10008:204")]
    assert walk(reminders(entries[:1], [], [], Settings()), State(), at(17, 12),
                at(17, 20), Settings()) == [(at(17, 17, 30), "occ:10008:204")]


def test_never_twice_across_a_restart_or_the_same_change_twice():
    state = State()
    found = reminders([soccer(at(17, 18, 30))], [], [], Settings())
    assert walk(found, state, at(17, 17), at(17, 17, 40)) == [(at(17, 17, 30), "occ:10008:204")]
    again = State.loads(state.dumps())  # the window restarts
    assert walk(found + found, again, at(17, 17, 40), at(17, 18, 20)) == []


def test_a_moved_occurrence_is_reminded_at_its_new_time():
    state = State()
    walk(reminders([soccer(at(17, 18, 30))], [], [], Settings()), state, at(17, 17), at(17, 17, 40))
    moved = reminders([soccer(at(18, 18), OccurrenceState.MOVED)], [], [], Settings())
    assert walk(moved, state, at(17, 17, 41), at(18, 20)) == [(at(18, 17), "occ:10008:204")]
    assert moved[0].moved


def test_a_cancelled_occurrence_is_withdrawn_and_said_once():
    state = State()
    walk(reminders([soccer(at(17, 18, 30))], [], [], Settings()), state, at(17, 17), at(17, 17, 40))
    cancelled = reminders([soccer(at(17, 18, 30), OccurrenceState.CANCELLED)], [], [], Settings())
    assert [r.kind for r in cancelled] == [ReminderKind.CANCELLED]
    assert walk(cancelled, state, at(17, 17, 41), at(17, 20)) == [(at(17, 17, 41),
                                                                   "cancel:10008:204")]
    # cancelled before its reminder: said when the reminder would have been
    assert walk(cancelled, State(primed=True), at(17, 12), at(17, 20)) == [
        (at(17, 17, 30), "cancel:10008:204")]


def test_quiet_hours_hold_a_reminder_until_they_end():
    early = soccer(at(18, 7, 30))
    shown = walk(reminders([early], [], [], Settings()), State(primed=True), at(18, 5), at(18, 8))
    assert shown == [(at(18, 7), "occ:10008:204")]
    assert QUIET.held_until(at(17, 23)) == at(18, 7)
    assert not Settings().quiet(at(17, 23))


def test_payments_emails_and_closures():
    payments = [SimpleNamespace(id=951, organization_name="Ville", due_date=date(2026, 11, 20),
                                amount=Decimal("70.00"), status=PaymentStatus.SCHEDULED,
                                description="Versement 2"),
                SimpleNamespace(id=955, organization_name="Piscine", due_date=date(2026, 11, 17),
                                amount=Decimal("92.75"), status=PaymentStatus.REFUSED,
                                description="Versement 1")]
    email = EmailItem(1101, 102, "Piscine", "Horaire", at(17, 16))
    state = State()
    # what was already there the first time is known; later arrivals are reminded
    assert walk(reminders([], payments[:1], [], Settings()), state, at(17, 12),
                at(17, 12)) == []
    found = reminders([soccer(at(17, 18, 30)), closure(date(2026, 11, 17))], payments, [email],
                      Settings())
    shown = walk(found, state, at(17, 13), at(19, 10))
    assert shown == [(at(17, 13), "closure:401:2026-11-17:204"), (at(17, 13), "refused:955"),
                     (at(17, 16), "email:1101"), (at(17, 17, 30), "occ:10008:204"),
                     (at(19, 9), "pay:951")]
    assert not [r for r in found if r.kind is ReminderKind.BEFORE and r.person_id is None]


def test_the_schedule_is_what_a_walk_shows():
    entries = [soccer(at(17, 18, 30)), soccer(at(18, 7, 15), person=201),
               replace(soccer(at(19, 18, 30)), source_id=10_009)]
    found = reminders(entries, [], [EmailItem(1, 102, "Piscine", "Tard", at(17, 23))], Settings())
    state = State(primed=True)
    planned = [(when, r.key) for when, r in schedule(found, state, at(17, 12), at(20, 0), QUIET)]
    assert planned == walk(found, State(primed=True), at(17, 12), at(20, 0))
    assert (at(18, 7), "email:1") in planned
    assert state.shown == {}  # the schedule only looks


def test_an_unreadable_state_starts_again():
    assert State.loads("{nope") == State()
    assert State.loads(None) == State()
