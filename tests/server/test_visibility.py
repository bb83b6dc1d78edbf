"""Visibility changes in the change feed (issue 13): an account sees an activity's occurrences
through its members' registrations, and an organization's closures through its own rows. A
registration added on the platform brings the activity, every occurrence (past and future) and,
when new to the account, the organization and its closures; a cancelled one takes them away."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services.domain.dataset import Dataset
from tests.reference import TODAY, Api, error_of
from tests.server.families import OTTAWA
from tests.server.test_feed import collect

SMITH_ACTIVITY, SMITH_CLOSURE = 9052, 9051
Key = tuple[str, int]


def mirror(state: dict[Key, dict], changes: list[dict]) -> dict[Key, dict]:
    """What a client holds after applying `changes` to `state`."""
    state = dict(state)
    for change in changes:
        key = (change["Type"], change["Id"])
        if change["Op"] == "Delete":
            assert change["Data"] is None
            state.pop(key, None)
        else:
            state[key] = change["Data"]
    return state


def exported(admin: Api, account: int = 1) -> dict[Key, dict]:
    """What the server says the account sees (docs/dataset.md)."""
    dataset = Dataset.from_json(admin.get(f"/admin/accounts/{account}/dataset").text)
    return {(type(r).__name__, r.id): r.wire()
            for r in [*dataset.org_resources(), *dataset.accounts[0].resources()]}


def synced(api: Api) -> tuple[dict[Key, dict], str]:
    items, cursor = collect(api)
    return mirror({}, items), cursor


def add_occurrences(admin: Api, activity: int, days: list[int]) -> list[int]:
    """Occurrences `days` from today (negative: past), as the organization publishes them."""
    ids = []
    for offset in days:
        start = f"{TODAY + timedelta(days=offset)}T18:00:00-05:00"
        end = f"{TODAY + timedelta(days=offset)}T19:00:00-05:00"
        added = admin.post("/admin/occurrences", json={"ActivityId": activity, "Start": start,
                                                       "End": end})
        assert added.status_code == 201, added.text
        ids.append(added.json()["Id"])
    return ids


def register(admin: Api, person: int, activity: int, role: str = "Participant") -> dict:
    added = admin.post("/admin/registrations", json={"PersonId": person, "ActivityId": activity,
                                                     "Role": role})
    assert added.status_code == 201, added.text
    return added.json()


def cancel(admin: Api, registration: int) -> dict:
    cancelled = admin.post(f"/admin/registrations/{registration}/cancel")
    assert cancelled.status_code == 200, cancelled.text
    return cancelled.json()


def of_activity(state: dict[Key, dict], activity: int) -> set[int]:
    return {ident for (kind, ident), data in state.items()
            if kind == "Occurrence" and data["ActivityId"] == activity}


def test_a_registration_at_a_new_organization_brings_everything_then_takes_it_away(
        family, smith, admin):
    add_occurrences(admin, SMITH_ACTIVITY, [-70, -7, 14, 90])
    state, cursor = synced(family)
    assert ("Organization", OTTAWA) not in state
    registration = register(admin, 205, SMITH_ACTIVITY)
    assert registration["IsCancelled"] is False and registration["Version"]
    changes, cursor = collect(family, cursor)
    state = mirror(state, changes)
    assert state == exported(admin)
    theirs = {o["Id"] for o in smith.items("/me/occurrences") if o["ActivityId"] == SMITH_ACTIVITY}
    assert of_activity(state, SMITH_ACTIVITY) == theirs and len(theirs) == 5
    assert {("Organization", OTTAWA), ("Closure", SMITH_CLOSURE), ("Activity", SMITH_ACTIVITY),
            ("Registration", registration["Id"])} <= set(state)
    assert all(c["Op"] == "Upsert" for c in changes)

    cancelled = cancel(admin, registration["Id"])
    assert cancelled["IsCancelled"] is True
    changes, cursor = collect(family, cursor)
    state = mirror(state, changes)
    assert state == exported(admin)
    gone = {(c["Type"], c["Id"]) for c in changes if c["Op"] == "Delete"}
    assert gone == {("Organization", OTTAWA), ("Closure", SMITH_CLOSURE),
                    ("Activity", SMITH_ACTIVITY)} | {("Occurrence", o) for o in theirs}
    assert state[("Registration", registration["Id"])]["IsCancelled"] is True
    assert family.get(f"/me/activities/{SMITH_ACTIVITY}").status_code == 404
    assert collect(family, cursor)[0] == []
    assert smith.get(f"/me/activities/{SMITH_ACTIVITY}").status_code == 200  # theirs stays


def test_a_cancelled_registration_no_longer_shows_its_activity(family, admin):
    state, cursor = synced(family)
    eveil = of_activity(state, 505)
    assert len(eveil) == 15
    cancel(admin, 608)  # Léa's only registration for Éveil musical
    assert family.get("/me/activities/505").status_code == 404
    changes, cursor = collect(family, cursor)
    state = mirror(state, changes)
    assert state == exported(admin)
    assert {(c["Type"], c["Id"]) for c in changes if c["Op"] == "Delete"} == \
        {("Activity", 505)} | {("Occurrence", o) for o in eveil}
    assert ("Organization", 103) in state  # the daycare is still dealt with (quick access…)
    again = register(admin, 205, 505)
    changes, _ = collect(family, cursor)
    state = mirror(state, changes)
    assert state == exported(admin) and of_activity(state, 505) == eveil
    assert ("Registration", again["Id"]) in state


def test_occurrences_changed_after_the_registration_come_once(family, admin):
    state, cursor = synced(family)
    register(admin, 201, SMITH_ACTIVITY)
    later = add_occurrences(admin, SMITH_ACTIVITY, [3])
    assert admin.patch("/admin/occurrences/9053", json={"State": "Cancelled"}).status_code == 200
    changes, _ = collect(family, cursor)
    keys = [(c["Type"], c["Id"]) for c in changes]
    assert len(keys) == len(set(keys))
    assert ("Occurrence", later[0]) in keys and ("Occurrence", 9053) in keys
    assert mirror(state, changes) == exported(admin)


def test_an_email_from_a_new_organization_brings_the_organization(family, admin):
    state, cursor = synced(family)
    sent = admin.post("/admin/emails", json={"AccountId": 1, "OrganizationId": OTTAWA,
                                             "Sender": "info@ottawa.example.ca",
                                             "Subject": "Bienvenue", "HtmlBody": "<p>x</p>"})
    assert sent.status_code == 201
    changes, _ = collect(family, cursor)
    state = mirror(state, changes)
    assert state == exported(admin)
    assert {("Organization", OTTAWA), ("Closure", SMITH_CLOSURE)} <= set(state)
    assert ("Activity", SMITH_ACTIVITY) not in state


@pytest.mark.parametrize("per_page", [1, 4, 7])
def test_pages_of_a_visibility_change(family, admin, per_page):
    add_occurrences(admin, SMITH_ACTIVITY, [-30, -1, 1, 30, 60])
    state, cursor = synced(family)
    register(admin, 205, SMITH_ACTIVITY)
    cancel(admin, 608)
    family.patch("/me/persons/205", json={"Gender": "PreferNotToSay"})
    whole, last = collect(family, cursor, per_page=1000)
    paged, last_paged = _pages(family, cursor, per_page)
    assert [(c["Type"], c["Id"], c["Op"]) for c in paged] == \
        [(c["Type"], c["Id"], c["Op"]) for c in whole]
    assert len({(c["Type"], c["Id"]) for c in paged}) == len(paged)
    assert mirror(state, paged) == exported(admin)
    assert last_paged == last


def _pages(api: Api, since: str, per_page: int) -> tuple[list[dict], str]:
    """Follow Next links; every page carries the same Cursor and the same TotalCount."""
    response = api.get("/me/changes", params={"since": since, "perPage": per_page}).json()
    items, cursors, totals = [], set(), set()
    while True:
        assert len(response["Items"]) <= per_page
        items += response["Items"]
        cursors.add(response["Cursor"])
        totals.add(response["Paging"]["TotalCount"])
        if not response["Paging"]["Next"]:
            break
        assert response["Items"], "a page before the last one is never empty"
        response = api.session.get(response["Paging"]["Next"], timeout=10).json()
    assert len(cursors) == 1 and totals == {len(items)}
    return items, cursors.pop()


def test_changes_while_paging_come_in_the_next_sync(family, admin):
    state, cursor = synced(family)
    first_reg = register(admin, 205, SMITH_ACTIVITY)
    first = family.get("/me/changes", params={"since": cursor, "perPage": 2}).json()
    cancel(admin, first_reg["Id"])  # during the paging: for the next sync
    cancel(admin, 608)
    items = list(first["Items"])
    response = first
    while response["Paging"]["Next"]:
        response = family.session.get(response["Paging"]["Next"], timeout=10).json()
        items += response["Items"]
    assert response["Cursor"] == first["Cursor"]
    rest, _ = collect(family, response["Cursor"])
    assert mirror(mirror(state, items), rest) == exported(admin)
    # A sync cut off after its first page starts again from the cursor it had: same end.
    again, _ = collect(family, cursor)
    assert mirror(mirror(state, first["Items"]), again) == exported(admin)


def test_other_accounts_see_nothing_of_it(family, smith, admin):
    _, cursor = synced(smith)
    register(admin, 205, 503)
    cancel(admin, 608)
    assert collect(smith, cursor)[0] == []


def test_registration_routes(admin, family):
    unknown = admin.post("/admin/registrations", json={"PersonId": 999, "ActivityId": 501,
                                                       "Role": "Participant"})
    assert unknown.status_code == 404 and error_of(unknown)["Code"] == "NotFound"
    no_activity = admin.post("/admin/registrations", json={"PersonId": 205, "ActivityId": 999,
                                                           "Role": "Participant"})
    assert no_activity.status_code == 404
    assert admin.post("/admin/registrations/999/cancel").status_code == 404
    staff = register(admin, 202, 505, "Staff")
    assert staff["Role"] == "Staff" and staff["PersonId"] == 202
    assert family.get(f"/me/registrations/{staff['Id']}").json() == staff
    assert cancel(admin, staff["Id"]) == cancel(admin, staff["Id"])  # cancelling twice: once
    refused = family.post("/admin/registrations", json={"PersonId": 205, "ActivityId": 505,
                                                        "Role": "Participant"})
    assert refused.status_code == 403


def test_registration_routes_are_declared(family, server):
    document = family.session.get(f"{server.url}/openapi.json", timeout=10).json()
    add = document["paths"]["/api/v3/{lang}/admin/registrations"]["post"]["responses"]
    cancel_ = document["paths"]["/api/v3/{lang}/admin/registrations/{id}/cancel"]["post"][
        "responses"]
    assert {"201", "404", "403"} <= set(add) and {"200", "404", "403"} <= set(cancel_)


def test_a_malformed_link_is_refused(family):
    _, cursor = synced(family)
    for bad in ("x", "Person.1.2", "Activity.a.1", "Activity.1"):
        response = family.get("/me/changes", params={"since": cursor, "upto": 10**6,
                                                     "scopeAfter": bad})
        assert response.status_code == 400 and error_of(response)["Code"] == "InvalidValue"
