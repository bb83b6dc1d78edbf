"""A dataset whose event lists a member twice (issue 13): the server merges the repeat on
load, and its API, change feed and export show each member once."""

from __future__ import annotations

import json

import pytest
from argon2.profiles import CHEAPEST

from server.embedded import start
from server.loader import read_dataset
from services.domain.dataset import Dataset
from tests.reference import TODAY, sign_in
from tests.server.families import two_families
from tests.server.test_feed import collect


@pytest.mark.server
def test_a_member_listed_twice_is_merged_on_load(tmp_path):
    data = json.loads(two_families(TODAY).to_json())
    event = next(ev for ev in data["Accounts"][0]["Events"] if len(ev["PersonIds"]) == 2)
    first, second = event["PersonIds"]
    event["PersonIds"] = [first, second, first]
    path = tmp_path / "families.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with start(read_dataset(path), folder=tmp_path / "server", password_hashing=CHEAPEST) as server:
        family = sign_in(server, data["Accounts"][0]["Account"]["Username"],
                         data["Accounts"][0]["Password"])
        assert family.get(f"/me/events/{event['Id']}").json()["PersonIds"] == [first, second]
        items, _ = collect(family)
        fed = next(i for i in items if i["Type"] == "Event" and i["Id"] == event["Id"])
        assert fed["Data"]["PersonIds"] == [first, second]
        admin = family.session.get(f"{server.api()}/admin/accounts/1/dataset", timeout=10,
                                   headers={"Authorization": f"Bearer {server.admin_token}"})
        exported = Dataset.from_json(admin.text).accounts[0].events
        assert next(ev for ev in exported if ev.id == event["Id"]).person_ids == [first, second]
        assert '"PersonIds":[' + f"{first},{second}]" in admin.text.replace(" ", "").replace(
            "\n", "")
