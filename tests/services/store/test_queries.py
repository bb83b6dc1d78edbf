from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from services.domain.calendar import (
    CalendarEntry,
    closure_entry,
    event_entries,
    occurrence_entries,
    overlaps,
)
from services.domain.demo import CITY, ETIENNE, FELIX, LEA, SWIM, ZOE
from services.store import calendar_reads as cal
from services.store import queries as q
from services.store import reads as r

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def domain_entries(demo, first, last) -> list[CalendarEntry]:
    """The same month built by the domain rules alone, the specification of the SQL."""
    account = demo.accounts[0]
    persons = {p.id: p for p in account.persons}
    acts = {a.id: a for a in demo.activities}
    orgs = {o.id: o for o in demo.organizations}
    entries = [closure_entry(c, orgs[c.organization_id]) for c in demo.closures]
    for o in demo.occurrences:
        act = acts[o.activity_id]
        entries += occurrence_entries(o, act, orgs[act.organization_id], account.registrations,
                                      persons)
    for ev in account.events:
        entries += event_entries(ev, orgs[ev.organization_id], persons)
    return sorted((e for e in entries if overlaps(e, first, last)), key=CalendarEntry.sort_key)


def test_sql_calendar_equals_the_domain_rules(demo_store, demo):
    for first, last in (NOV, (date(2026, 10, 1), date(2027, 1, 15)), (date(2026, 12, 31),
                                                                        date(2026, 12, 31))):
        with demo_store.reader() as conn:
            got = cal.calendar_entries(conn, first, last)
        assert got == domain_entries(demo, first, last)


@pytest.mark.parametrize("first, last", [
    (date(2026, 10, 26), date(2026, 12, 6)),  # six weeks with the change from daylight time
    (date(2026, 11, 30), date(2027, 1, 10)),  # with the holidays' eight-day closure
])
def test_days_place_each_entry_on_every_local_day_it_covers(demo_store, demo, first, last):
    with demo_store.reader() as conn:
        days = cal.calendar_days(conn, first, last)
    everything = days.all()
    assert everything == sorted(everything, key=CalendarEntry.sort_key)
    assert everything == domain_entries(demo, first, last)
    day = first
    while day <= last:
        covering = [e for e in everything if e.first_day <= day <= e.last_day]
        assert days.entries(day) == covering and days.count(day) == len(covering)
        assert days.entries(day, 2) == covering[:2]
        assert days.closed(day) == any(e.kind == "Closure" for e in covering)
        day += timedelta(days=1)
    for spanning in (e for e in everything if e.last_day > max(e.first_day, first)):
        # One entry on each of its days (made once), whether the period cuts it or not.
        on_last = days.entries(min(spanning.last_day, last))
        assert any(e is spanning for e in on_last)
    assert days.count(last + timedelta(days=1)) == 0 and days.entries(first - timedelta(1)) == []


def test_month_has_every_kind_and_state(demo_store):
    with demo_store.reader() as conn:
        entries = cal.calendar_entries(conn, *NOV)
    assert {e.kind for e in entries} == {"Closure", "Activity", "Event"}
    assert {e.state for e in entries} == {"Normal", "Cancelled", "Moved"}
    assert any(e.is_staff and e.person_id == ETIENNE for e in entries)


def test_filters(demo_store):
    with demo_store.reader() as conn:
        felix = cal.calendar_entries(conn, *NOV, r.CalendarFilter(person_ids={FELIX}))
        swim = cal.calendar_entries(conn, *NOV, r.CalendarFilter(org_ids={SWIM}))
        both = cal.calendar_entries(conn, *NOV,
                                    r.CalendarFilter(org_ids={CITY}, person_ids={ZOE, LEA}))
    assert felix and all(e.person_id in (FELIX, None) for e in felix)
    # Félix is registered with the city only, so only the city's closures concern him.
    assert {e.organization_id for e in felix if e.person_id is None} == {CITY}
    assert swim and all(e.organization_id == SWIM for e in swim)
    assert {e.person_id for e in both if e.person_id} == {ZOE}


def test_upcoming(demo_store):
    now = datetime(2026, 11, 27, 17, tzinfo=UTC)
    with demo_store.reader() as conn:
        got = cal.upcoming_entries(conn, now)
        later = cal.upcoming_entries(conn, datetime(2027, 1, 10, tzinfo=UTC), 5)
    assert len(got) == 5 and all(e.end > now for e in got)
    assert [e.start for e in got] == sorted(e.start for e in got)
    assert len(later) < 5  # the season ends: fewer than five left, and no error


def test_balances_and_cards(demo_store):
    with demo_store.reader() as conn:
        owed = r.balances(conn)
        cards = {c.organization.slug: c for c in r.quick_access_cards(conn, date(2026, 11, 27))}
    assert owed[CITY] == Decimal("140.00") and owed[SWIM] == Decimal("185.50")
    assert [slug for slug, c in cards.items() if c.removable] == ["petits-explorateurs"]
    assert cards["marsouins"].unread_emails == 1
    assert {v.code for v in cards["gymnastique-qc"].blockers} >= {"QuickAccessFederation"}


def test_postdated_by_status(demo_store):
    with demo_store.reader() as conn:
        every = r.postdated_payments(conn)
        some = r.postdated_payments(conn, {"Scheduled", "Refused"})
    assert [p.due_date for p in every] == sorted(p.due_date for p in every)
    assert {p.status for p in some} == {"Scheduled", "Refused"} and len(some) == 3


def test_people_holder_first_with_contacts(demo_store):
    with demo_store.read() as conn:
        people = q.people_with_contacts(demo_store, conn)
    with demo_store.reader() as conn:
        names = r.person_names(conn)
    assert [p.first_name for p, _ in people] == ["Étienne", "Geneviève", "Zoé", "Félix", "Léa"]
    assert names == [(p.id, p.full_name) for p, _ in people]  # the filters' order too
    lea_contacts = dict((p.id, c) for p, c in people)[LEA]
    assert sorted(c.rl24_percent or 0 for c in lea_contacts) == [0, 50, 50]


def test_emails_by_org_newest_first(demo_store):
    with demo_store.read() as conn:
        every = q.emails(demo_store, conn)
        platform = q.emails(demo_store, conn, {None})
        swim_and_platform = q.emails(demo_store, conn, {SWIM, None})
    assert [m.sent_at for m in every] == sorted((m.sent_at for m in every), reverse=True)
    assert [m.organization_id for m in platform] == [None]
    assert {m.organization_id for m in swim_and_platform} == {SWIM, None}


def test_fetch_returns_what_execute_does(demo_store):
    """One JSON array instead of a step per row: the same values (integers, NULL, text with
    accents, a JSON column as its text)."""
    columns, rest = 'id, start, "end", location, person_ids, title', "FROM events"
    with demo_store.reader() as conn:
        direct = sorted(conn.execute(f"SELECT {columns} {rest}"))
        fetched = sorted(tuple(row) for row in r.fetch(conn, columns, rest))
        nothing = r.fetch(conn, "id", "FROM events WHERE id < ?", [0])
    assert direct and fetched == direct and nothing == []
    assert all(type(row[1]) is int for row in fetched)  # microseconds stay exact integers
