"""An event that lists one member twice is one entry per member (issue 13): the entity merges
repeats (so the server's load and API and the client's wire parsing all do), and the calendar
never repeats a member even for an event built without validation."""

from __future__ import annotations

from datetime import UTC, datetime

from services.domain import entities as e
from services.domain.calendar import event_entries

WHEN = datetime(2026, 11, 28, 14, tzinfo=UTC)


def _wire(person_ids: list[int]) -> dict:
    return {"Id": 703, "OrganizationId": 103, "PersonIds": person_ids, "Title": "Spectacle",
            "Start": WHEN.isoformat(), "End": WHEN.replace(hour=15).isoformat()}


def test_repeated_members_are_merged_in_their_first_order():
    assert e.Event.model_validate(_wire([201, 206, 201])).person_ids == [201, 206]
    assert e.Event.model_validate(_wire([5, 3, 5, 3, 9])).person_ids == [5, 3, 9]
    assert e.Event.model_validate(_wire([])).person_ids == []
    made = e.Event(id=1, organization_id=103, person_ids=[2, 2], title="x", start=WHEN, end=WHEN)
    assert made.person_ids == [2]
    assert made.wire()["PersonIds"] == [2]


def test_calendar_entries_once_per_member_even_unvalidated():
    event = e.Event.model_construct(**{**e.Event.model_validate(_wire([201])).__dict__,
                                       "person_ids": [201, 206, 201]})
    org = e.Organization(id=103, name="CPE", slug="cpe", province="QC")
    entries = event_entries(event, org, {})
    assert [entry.person_id for entry in entries] == [201, 206]
