"""A registration made on the platform after the first sync (issue 13): the next incremental
sync brings every occurrence of the activity, past and future; once it is cancelled, the next
one takes them all away. The real client against the real server."""

from __future__ import annotations

from datetime import datetime, timedelta

from services.domain import entities as e
from tests.reference import TODAY, local_dataset, server_dataset

OTTAWA_SWIM = 9052  # the Smiths' activity, at an organization the Tremblays never dealt with


def _publish(admin, activity: int, days: list[int]) -> None:
    for offset in days:
        day = TODAY + timedelta(days=offset)
        assert admin.post("/admin/occurrences", json={
            "ActivityId": activity, "Start": f"{day}T18:00:00-05:00",
            "End": f"{day}T19:00:00-05:00"}).status_code == 201


def _local_occurrences(carnet, activity: int) -> set[int]:
    with carnet.store.read() as conn:
        return {o.id for o in carnet.store.all(conn, e.Occurrence) if o.activity_id == activity}


def _platform_occurrences(web, activity: int) -> list[dict]:
    return [o for o in web.items("/me/occurrences") if o["ActivityId"] == activity]


def test_registration_added_then_cancelled_on_the_platform(carnet, admin, web):
    _publish(admin, OTTAWA_SWIM, [-80, -21, 0, 21, 120])
    assert carnet.engine.sync().ok
    assert _local_occurrences(carnet, OTTAWA_SWIM) == set()
    added = admin.post("/admin/registrations", json={"PersonId": 204, "ActivityId": OTTAWA_SWIM,
                                                     "Role": "Participant"})
    assert added.status_code == 201

    report = carnet.engine.sync()
    assert report.ok and not report.rebuilt
    platform = _platform_occurrences(web, OTTAWA_SWIM)
    starts = [datetime.fromisoformat(o["Start"]).date() for o in platform]
    assert min(starts) < TODAY < max(starts) and len(platform) == 6
    assert _local_occurrences(carnet, OTTAWA_SWIM) == {o["Id"] for o in platform}
    assert local_dataset(carnet) == server_dataset(admin)

    cancelled = admin.post(f"/admin/registrations/{added.json()['Id']}/cancel")
    assert cancelled.status_code == 200
    report = carnet.engine.sync()
    assert report.ok and not report.rebuilt
    assert _local_occurrences(carnet, OTTAWA_SWIM) == set()
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.Activity, OTTAWA_SWIM) is None
        assert carnet.store.get(conn, e.Organization, 150) is None
    assert local_dataset(carnet) == server_dataset(admin)
    assert carnet.engine.sync().pulled == 0


def test_cancelling_the_only_registration_of_a_known_activity(carnet, admin, web):
    assert carnet.engine.sync().ok
    before = _local_occurrences(carnet, 505)
    assert len(before) == 15
    assert admin.post("/admin/registrations/608/cancel").status_code == 200
    assert carnet.engine.sync().ok
    assert _local_occurrences(carnet, 505) == set()
    assert local_dataset(carnet) == server_dataset(admin)
    assert admin.post("/admin/registrations", json={"PersonId": 205, "ActivityId": 505,
                                                    "Role": "Participant"}).status_code == 201
    assert carnet.engine.sync().ok
    assert _local_occurrences(carnet, 505) == before == \
        {o["Id"] for o in _platform_occurrences(web, 505)}
    assert local_dataset(carnet) == server_dataset(admin)
