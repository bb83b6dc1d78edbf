"""Organization-side changes (admin token): what happens on the platform while a family is
offline; each shows in the family's change feed."""

from __future__ import annotations

from tests.reference import error_of
from tests.server.test_feed import collect


def test_add_cancel_move_and_delete_occurrences(family, admin):
    _, cursor = collect(family)
    added = admin.post("/admin/occurrences", json={
        "ActivityId": 501, "Start": "2026-12-08T18:30:00-05:00",
        "End": "2026-12-08T19:30:00-05:00"})
    assert added.status_code == 201
    oid = added.json()["Id"]
    assert admin.patch(f"/admin/occurrences/{oid}", json={"State": "Cancelled"}).json()[
        "State"] == "Cancelled"
    moved = admin.patch("/admin/occurrences/10001",
                        json={"Start": "2026-10-01T19:00:00-04:00",
                              "End": "2026-10-01T20:00:00-04:00"}).json()
    assert moved["State"] == "Moved" and moved["OriginalStart"]
    assert admin.delete("/admin/occurrences/10002").status_code == 200
    changes, _ = collect(family, cursor)
    assert [(c["Type"], c["Id"], c["Op"]) for c in changes] == [
        ("Occurrence", oid, "Upsert"), ("Occurrence", 10001, "Upsert"),
        ("Occurrence", 10002, "Delete")]
    assert changes[0]["Data"]["State"] == "Cancelled"


def test_email_and_postdated_status(family, admin):
    sent = admin.post("/admin/emails", json={"AccountId": 1, "OrganizationId": 102,
                                             "Sender": "info@marsouins.example.ca",
                                             "Subject": "Annulation", "HtmlBody": "<p>x</p>"})
    assert sent.status_code == 201
    assert family.get(f"/me/emails/{sent.json()['Id']}").json()["IsRead"] is False
    refused = admin.patch("/admin/postdated-payments/951",
                          json={"Status": "Refused", "FailureReason": "Fonds insuffisants"})
    assert refused.json()["Status"] == "Refused"
    assert family.get("/me/postdated-payments/951").json()["FailureReason"] == \
        "Fonds insuffisants"


def test_closure_for_unknown_org(admin):
    response = admin.post("/admin/closures", json={"OrganizationId": 999, "Name": "x",
                                                   "StartDate": "2026-12-01",
                                                   "EndDate": "2026-12-01"})
    assert response.status_code == 404 and error_of(response)["Code"] == "NotFound"


def test_admin_needs_the_admin_token(server):
    import requests

    response = requests.post(f"{server.api()}/admin/purge-tombstones", timeout=10,
                             headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 403
