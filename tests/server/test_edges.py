"""No input gets a server error (issue 14): bounds and types are checked at the edge — path and
query parameters, bodies, headers — and refused with a 4xx in the error shape. The fuzz
(test_fuzz.py) sweeps the whole document; these name the inputs it first found, one by one."""

from __future__ import annotations

import logging

import pytest
import requests

from server import repo
from tests.reference import error_of

TOO_BIG = 2**63  # one past the largest signed 64-bit integer (SQLite, PostgreSQL bigint)
HUGE = 10**30


def refused(response: requests.Response, status: int = 422) -> dict:
    assert response.status_code == status, (response.status_code, response.text)
    return error_of(response)


@pytest.mark.parametrize("ident", [TOO_BIG, HUGE, 0, -1])
@pytest.mark.parametrize("path", ["/me/persons/{}", "/me/payment-methods/{}",
                                  "/me/org-forms/{}"])
def test_ids_out_of_range_in_paths(family, path, ident):
    error = refused(family.get(path.format(ident)))
    assert error["Code"] == "ValidationFailed" and "id" in error["Fields"]


def test_ids_out_of_range_on_writes_and_admin_routes(family, admin):
    assert "id" in refused(family.patch(f"/me/persons/{TOO_BIG}", json={}))["Fields"]
    assert "id" in refused(family.delete(f"/me/contacts/{TOO_BIG}"))["Fields"]
    assert "id" in refused(admin.patch(f"/admin/occurrences/{TOO_BIG}", json={}))["Fields"]
    assert "id" in refused(admin.get(f"/admin/accounts/{TOO_BIG}/dataset"))["Fields"]


@pytest.mark.parametrize("params,field", [
    ({"page": TOO_BIG}, "page"), ({"page": HUGE}, "page"),
])
def test_list_paging_out_of_range(family, params, field):
    assert field in refused(family.get("/me/persons", params=params))["Fields"]


@pytest.mark.parametrize("params", [
    {"after": 2**64}, {"upto": 2**64}, {"total": 2**64}, {"after": -1},
])
def test_feed_link_parameters_out_of_range(family, params):
    refused(family.get("/me/changes", params=params))


@pytest.mark.parametrize("since", ["c1.1.99999999999999999999999", "c1.1.²", "c1.٣.5",
                                   "c1.1.-5", "c1.1."])
def test_malformed_cursors_are_400(family, since):
    assert "since" in refused(family.get("/me/changes", params={"since": since}), 400)["Fields"]


@pytest.mark.parametrize("scope_after", [f"Activity.{TOO_BIG}.1", f"Organization.1.{HUGE}",
                                         "Activity.².1"])
def test_malformed_scope_positions_are_400(family, scope_after):
    cursor = family.get("/me/changes", params={"perPage": 1}).json()["Cursor"]
    answer = family.get("/me/changes", params={"since": cursor, "scopeAfter": scope_after})
    assert "scopeAfter" in refused(answer, 400)["Fields"]


@pytest.mark.parametrize("body,field", [
    ({"PersonId": TOO_BIG, "FirstName": "A", "LastName": "B"}, "PersonId"),
    ({"PersonId": 0, "FirstName": "A", "LastName": "B"}, "PersonId"),
])
def test_ids_out_of_range_in_bodies(family, body, field):
    assert field in refused(family.post("/me/contacts", json=body))["Fields"]


@pytest.mark.parametrize("body,field", [
    ({"OrganizationId": TOO_BIG, "Amount": "1.00", "PaymentMethodId": 903}, "OrganizationId"),
    ({"OrganizationId": 101, "Amount": "1.00", "PaymentMethodId": TOO_BIG}, "PaymentMethodId"),
    ({"OrganizationId": 101, "Amount": "1e30", "PaymentMethodId": 903}, "Amount"),
    ({"OrganizationId": 101, "Amount": HUGE, "PaymentMethodId": 903}, "Amount"),
    ({"OrganizationId": 101, "Amount": "99999999999.00", "PaymentMethodId": 903}, "Amount"),
    ({"OrganizationId": 101, "Amount": None, "PaymentMethodId": 903}, "Amount"),
])
def test_payments_out_of_range(family, body, field):
    assert field in refused(family.post("/me/payments", json=body))["Fields"]


def test_authorized_organization_ids_out_of_range(family):
    error = refused(family.patch("/me/payment-methods/901",
                                 json={"AuthorizedOrganizationIds": [101, TOO_BIG]}))
    assert "AuthorizedOrganizationIds.1" in error["Fields"]


def test_rl24_share_keys_out_of_range(family):
    refused(family.put("/me/persons/204/rl24-shares", json={"Shares": {str(TOO_BIG): 100}}))


@pytest.mark.parametrize("path,body,field", [
    ("/me/postdated-payments/951", {"Amount": None}, "Amount"),
    ("/me/postdated-payments/951", {"DueDate": None}, "DueDate"),
    ("/me/persons/203", {"FirstName": None}, "FirstName"),
    ("/me/persons/203", {"IsChild": None}, "IsChild"),
    ("/me/contacts/301", {"LastName": None}, "LastName"),
    ("/me/subscriptions/1600", {"Emails": None}, "Emails"),
])
def test_nulls_the_entity_cannot_hold(family, path, body, field):
    """The PATCH body takes null (a field left as is, or cleared), but the entity built from it
    does not: that is the caller's mistake (422), not the server's (500)."""
    assert field in refused(family.patch(path, json=body))["Fields"]


def test_admin_nulls_the_entity_cannot_hold(admin):
    occurrence = admin.patch("/admin/occurrences/10001", json={"Start": None})
    assert occurrence.status_code in (200, 422), occurrence.text
    refused(admin.patch("/admin/occurrences/10001", json={"State": None, "End": None}))


LONE = '"\\ud800"'  # JSON text for a lone surrogate: valid JSON, not a Unicode string


@pytest.mark.parametrize("path,method,raw,field", [
    ("/me/persons", "POST", '{"FirstName": @, "LastName": "X", "IsChild": false, '
     '"DateOfBirth": "1990-01-01"}', "FirstName"),
    ("/me/persons/203", "PATCH", '{"MedicalInformation": {"Allergies": @}}',
     "MedicalInformation.Allergies"),
    ("/me/account/password", "POST", '{"CurrentPassword": @, "NewPassword": "0123456789ab"}',
     "CurrentPassword"),
    ("/me/account/username/confirm", "POST", '{"Code": @}', "Code"),
    ("/me/org-forms/1201", "PATCH", '{"Answers": {@: "x"}}', "Answers"),
])
def test_strings_that_are_not_unicode(family, path, method, raw, field):
    answer = family.call(method, path, data=raw.replace("@", LONE).encode(),
                         headers={"Content-Type": "application/json"})
    assert field in refused(answer)["Fields"]


def test_overlong_strings(family):
    body = {"FirstName": "x" * 20_000, "LastName": "X", "IsChild": False,
            "DateOfBirth": "1990-01-01"}
    assert "FirstName" in refused(family.post("/me/persons", json=body))["Fields"]


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_json_does_not_have(family, literal):
    raw = '{"Answers": {"shirt": "S", "swims": true, "siblings": @}}'.replace("@", literal)
    answer = family.patch("/me/org-forms/1201", data=raw.encode(),
                          headers={"Content-Type": "application/json"})
    refused(answer)


@pytest.mark.parametrize("token", ["é", "ü" * 40, "\u00ff"])
def test_admin_token_that_is_not_ascii(server, token):
    answer = requests.post(f"{server.api()}/admin/purge-tombstones", timeout=10,
                           headers={"Authorization": f"Bearer {token}".encode("latin-1")})
    assert refused(answer, 403)["Code"] == "Forbidden"


def test_admin_token_missing(server):
    answer = requests.post(f"{server.api()}/admin/purge-tombstones", timeout=10)
    assert refused(answer, 401)["Code"] == "Unauthorized"


def test_overlong_idempotency_key(family):
    answer = family.post("/me/emails/1101/read", headers={"Idempotency-Key": "k" * 1000})
    assert "Idempotency-Key" in refused(answer)["Fields"]


@pytest.mark.expect_log("unexpected error on GET", logger="carnet.server")
@pytest.mark.expect_log("Exception in ASGI application", logger="uvicorn.error")
def test_an_unexpected_error_is_500_in_the_error_shape_and_logged(family, monkeypatch,
                                                                    caplog):
    def broken(*_args, **_kw):
        raise RuntimeError("a bug")

    monkeypatch.setattr(repo, "page_of", broken)
    with caplog.at_level(logging.ERROR, logger="carnet.server"):
        answer = family.get("/me/persons")
    assert refused(answer, 500)["Code"] == "InternalError"
    assert any("unexpected error" in r.getMessage() and r.exc_info for r in caplog.records)
