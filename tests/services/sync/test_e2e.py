"""Sync against the real reference server on loopback (SPEC SYNC-1..4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.domain import entities as e
from services.store.schema import RESOURCE_TABLES
from services.sync import conflicts, outbox
from services.sync.engine import Report
from tests.reference import local_dataset, server_dataset, stored_records


def payments_on(api, org: int) -> list[dict]:
    return [t for t in api.items("/me/transactions") if t["Kind"] == "Payment"
            and t["OrganizationId"] == org]


def test_fresh_sync_equals_the_server_dataset(carnet, admin):
    progress = []
    carnet.engine.listeners.progress.append(lambda done, total: progress.append((done, total)))
    carnet.engine.per_page = 40
    report = carnet.engine.sync()
    assert report.ok and report.pulled == stored_records(carnet.store) and not report.rebuilt
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert local_dataset(carnet) == server_dataset(admin)


def test_incremental_upserts_and_deletes(carnet, admin, web):
    carnet.engine.sync()
    changed = []
    carnet.engine.listeners.changes.append(changed.append)
    admin.post("/admin/closures", json={"OrganizationId": 101, "Name": "Tempête de neige",
                                        "StartDate": "2026-12-02", "EndDate": "2026-12-02"})
    admin.patch("/admin/occurrences/10003", json={"State": "Cancelled"})
    admin.delete("/admin/occurrences/10004")
    web.patch("/me/persons/205", json={"Gender": "PreferNotToSay"})
    web.delete("/me/contacts/307")
    report = carnet.engine.sync()
    assert report.ok and report.pulled == 5
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.Occurrence, 10003).state == "Cancelled"
        assert carnet.store.get(conn, e.Occurrence, 10004) is None
        assert carnet.store.get(conn, e.Contact, 307) is None
        assert carnet.store.get(conn, e.Person, 205).gender == "PreferNotToSay"
    assert {"Occurrence", "Contact", "Person", "Closure"} <= {k for c in changed for k in c}
    assert local_dataset(carnet) == server_dataset(admin)
    assert carnet.engine.sync().pulled == 0


def test_offline_edits_go_out_in_order_once(carnet, admin, web):
    carnet.engine.sync()
    carnet.edits.update_person(203, first_name="Zoë")
    carnet.edits.update_person(203, email="zoe@example.ca")
    carnet.edits.pay(101, Decimal("30.00"), 901)
    carnet.edits.mark_email_read(1101)
    carnet.edits.set_subscription(1702, emails=False)
    with carnet.store.read() as conn:
        assert len(outbox.entries(carnet.store, conn)) == 5
    report = carnet.engine.sync()
    assert report.ok and report.pushed == 5
    zoe = web.get("/me/persons/203").json()
    assert (zoe["FirstName"], zoe["Email"]) == ("Zoë", "zoe@example.ca")
    assert len(payments_on(web, 101)) == 2
    assert web.get("/me/emails/1101").json()["IsRead"] is True
    assert local_dataset(carnet) == server_dataset(admin)
    with carnet.store.read() as conn:
        assert outbox.entries(carnet.store, conn) == []


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
def test_a_lost_answer_is_resent_and_applied_once(carnet_via_proxy, proxy, web, admin):
    carnet = carnet_via_proxy
    assert carnet.engine.sync().ok
    carnet.edits.pay(101, Decimal("30.00"), 901)
    proxy.fail("lost", method="POST", path="/me/payments")
    first = carnet.engine.sync()
    assert not first.ok and first.error.code == "Offline"
    assert len(payments_on(web, 101)) == 2  # the platform did apply it
    with carnet.store.write() as conn:
        [entry] = outbox.entries(carnet.store, conn)
        assert entry.state == outbox.UNKNOWN and entry.attempts == 1  # sent, answer lost
        outbox.set_state(conn, entry.id, outbox.UNKNOWN, next_try_at=None)  # skip the backoff
    second = carnet.engine.sync()
    assert second.ok and second.pushed == 1
    assert len(payments_on(web, 101)) == 2  # replayed, not paid twice
    assert local_dataset(carnet) == server_dataset(admin)
    with carnet.store.read() as conn:
        assert all(min(conn.execute(t.select()).all() or [(1,)], key=lambda r: r[0])[0] > 0
                   for t in RESOURCE_TABLES.values())  # no temporary id left


def test_concurrent_change_is_a_conflict_and_the_user_chooses(carnet, web, admin):
    carnet.engine.sync()
    carnet.edits.update_person(203, first_name="Zoë")
    web.patch("/me/persons/203", json={"FirstName": "Zoey"})
    report = carnet.engine.sync()
    assert report.conflicts == 1 and report.ok
    [conflict] = conflicts.open_conflicts(carnet.store)
    assert conflict.differences() == {"FirstName": ("Zoë", "Zoey")}
    with carnet.store.read() as conn:  # nothing overwritten silently: the user's value stays
        assert carnet.store.get(conn, e.Person, 203).first_name == "Zoë"
    conflicts.resolve(carnet.store, conflict, keep="local")
    assert carnet.engine.sync().pushed == 1
    assert web.get("/me/persons/203").json()["FirstName"] == "Zoë"
    assert local_dataset(carnet) == server_dataset(admin)


def test_keeping_the_platform_version(carnet, web, admin):
    carnet.engine.sync()
    carnet.edits.update_person(203, first_name="Zoë")
    web.patch("/me/persons/203", json={"FirstName": "Zoey"})
    carnet.engine.sync()
    [conflict] = conflicts.open_conflicts(carnet.store)
    conflicts.resolve(carnet.store, conflict, keep="remote")
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.Person, 203).first_name == "Zoey"
        assert outbox.entries(carnet.store, conn) == []
    carnet.engine.sync()
    assert local_dataset(carnet) == server_dataset(admin)


def test_refused_edit_is_parked_with_the_platforms_message(carnet, admin):
    carnet.engine.sync()
    carnet.edits.remove_quick_access(1503)  # removable here, as far as Carnet knows
    admin.post("/admin/emails", json={"AccountId": 1, "OrganizationId": 103, "Sender": "a@b.ca",
                                      "Subject": "Nouveau", "HtmlBody": "<p>x</p>"})
    report = carnet.engine.sync()
    assert report.ok and report.parked == 1
    with carnet.store.read() as conn:
        [entry] = outbox.entries(carnet.store, conn)
        qa = carnet.store.get(conn, e.QuickAccess, 1503)
    assert entry.state == outbox.PARKED and entry.error["Code"] == "QuickAccessNotRemovable"
    assert "unread emails" in entry.error["Message"]
    assert qa.removed  # the edit stays visible, marked as refused, until the user acts


def test_pull_never_overwrites_a_pending_field(carnet, web):
    carnet.engine.sync()
    carnet.edits.update_person(203, first_name="Zoë")
    web.patch("/me/persons/203", json={"Gender": "Female", "LastName": "Tremblay-Gagnon"})
    carnet.engine.pull(Report())
    with carnet.store.read() as conn:
        zoe = carnet.store.get(conn, e.Person, 203)
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Tremblay-Gagnon")


def test_410_rebuild_keeps_pending_edits(carnet, web, admin):
    carnet.engine.sync()
    carnet.edits.update_person(204, first_name="Félix-Antoine")
    carnet.edits.add_person("Noé", "Tremblay", True, date(2024, 5, 1))
    web.delete("/me/contacts/307")
    admin.post("/admin/purge-tombstones")
    report = Report()
    carnet.engine.pull(report)  # only pull: the edits are still waiting
    assert report.rebuilt
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.Person, 204).first_name == "Félix-Antoine"
        assert carnet.store.get(conn, e.Contact, 307) is None
        assert [p.first_name for p in carnet.store.all(conn, e.Person) if p.id < 0] == ["Noé"]
        assert len(outbox.entries(carnet.store, conn)) == 2
    assert carnet.engine.sync().pushed == 2
    assert local_dataset(carnet) == server_dataset(admin)


def test_created_then_edited_offline(carnet, web, admin):
    carnet.engine.sync()
    noe = carnet.edits.add_person("Noé", "Tremblay", True, date(2024, 5, 1))
    carnet.edits.update_person(noe.id, gender="Male")
    guardian = carnet.edits.add_contact(noe.id, "Geneviève", "Gagnon", is_legal_guardian=True,
                                        rank="Primary")
    assert noe.id < 0 and guardian.person_id == noe.id
    report = carnet.engine.sync()
    assert report.ok and report.pushed == 3
    server_noe = next(p for p in web.items("/me/persons") if p["FirstName"] == "Noé")
    assert server_noe["Gender"] == "Male"
    assert any(c["PersonId"] == server_noe["Id"] for c in web.items("/me/contacts"))
    assert local_dataset(carnet) == server_dataset(admin)


def test_successive_edits_of_one_resource_are_not_conflicts(carnet, admin):
    carnet.engine.sync()
    carnet.edits.set_rl24_shares(205, {301: 100, 302: 0})
    carnet.edits.update_contact(301, relationship="Papa")
    carnet.edits.update_contact(302, phones=[{"Label": "Travail", "Number": "514 555 0101"}])
    report = carnet.engine.sync()
    assert report.ok and report.pushed == 3 and report.conflicts == 0
    assert local_dataset(carnet) == server_dataset(admin)
