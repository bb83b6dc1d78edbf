"""Rows stored before repeats were merged (issue 13): an event listing a member twice still
shows one calendar entry per member, in the agenda and the upcoming list."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from services.domain import entities as e
from services.store import calendar_reads as cal
from services.store import reads as r


def _repeat_members(store, event_id: int, person_ids: list[int]) -> None:
    with store.write() as conn:  # as an older Carnet stored it, repeats and all
        conn.execute(text("UPDATE events SET person_ids = :ids WHERE id = :id"),
                     {"ids": str(person_ids), "id": event_id})


def test_an_event_stored_with_a_repeated_member_shows_once_per_member(demo_store, demo):
    event = next(ev for ev in demo.accounts[0].events if len(ev.person_ids) == 2)
    first, second = event.person_ids
    _repeat_members(demo_store, event.id, [first, second, first, second, first])
    day = event.start.date()
    with demo_store.reader() as conn:
        agenda = [x for x in cal.calendar_entries(conn, day - timedelta(1), day + timedelta(1))
                  if x.kind == "Event" and x.source_id == event.id]
        only_first = [x for x in cal.calendar_entries(
            conn, day - timedelta(1), day + timedelta(1), r.CalendarFilter(person_ids={first}))
            if x.source_id == event.id]
        upcoming = [x for x in cal.upcoming_entries(conn, event.start - timedelta(hours=1), 20)
                    if x.kind == "Event" and x.source_id == event.id]
    assert sorted(x.person_id for x in agenda) == sorted([first, second])
    assert [x.person_id for x in only_first] == [first]
    assert sorted(x.person_id for x in upcoming) == sorted([first, second])
    with demo_store.read() as conn:
        assert demo_store.get(conn, e.Event, event.id).person_ids == [first, second]
