"""ETag / If-Match, Idempotency-Key, and bad input answered in the error shape, never 500."""

from __future__ import annotations

import uuid

import pytest

from services.domain.messages import message
from tests.reference import error_of


def test_etag_is_the_version(family):
    response = family.get("/me/persons/203")
    assert response.headers["ETag"] == f'"{response.json()["Version"]}"'


def test_if_match_mismatch_is_412_with_the_current_resource(family):
    old = family.get("/me/persons/203").headers["ETag"]
    assert family.patch("/me/persons/203", json={"Gender": "Female"},
                        headers={"If-Match": old}).status_code == 200
    stale = family.patch("/me/persons/203", json={"FirstName": "Zoë"},
                         headers={"If-Match": old})
    assert stale.status_code == 412 and error_of(stale)["Code"] == "PreconditionFailed"
    current = stale.json()["Current"]
    assert current["FirstName"] == "Zoé" and f'"{current["Version"]}"' == stale.headers["ETag"]
    fresh = family.patch("/me/persons/203", json={"FirstName": "Zoë"},
                         headers={"If-Match": stale.headers["ETag"]})
    assert fresh.status_code == 200 and fresh.json()["FirstName"] == "Zoë"


def test_idempotent_replay_changes_nothing(family):
    key = str(uuid.uuid4())
    body = {"OrganizationId": 101, "Amount": "30.00", "PaymentMethodId": 901}
    first = family.post("/me/payments", json=body, headers={"Idempotency-Key": key})
    again = family.post("/me/payments", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() and again.headers["Idempotent-Replay"] == "true"
    payments = [t for t in family.items("/me/transactions") if t["Kind"] == "Payment"
                and t["OrganizationId"] == 101]
    assert len(payments) == 2  # the demo's earlier payment and this one, once
    other = family.post("/me/payments", json={**body, "Amount": "31.00"},
                        headers={"Idempotency-Key": key})
    assert other.status_code == 422 and error_of(other)["Code"] == "IdempotencyKeyReused"


def test_keys_are_per_account(family, smith):
    key = str(uuid.uuid4())
    assert family.post("/me/emails/1101/read", headers={"Idempotency-Key": key}).ok
    assert smith.post("/me/emails/9961/read", headers={"Idempotency-Key": key}).ok
    assert smith.get("/me/emails/9961").json()["IsRead"]


@pytest.mark.parametrize("data,status,code", [
    (b"{not json", 400, "InvalidJson"),
    (b'{"FirstName": 12}', 422, "ValidationFailed"),
    (b'{"Nickname": "Zo"}', 422, "ValidationFailed"),
    (b'{"DateOfBirth": "2026-02-30"}', 422, "ValidationFailed"),
    (b"[]", 422, "ValidationFailed"),
    (b'"text"', 422, "ValidationFailed"),
])
def test_bad_bodies(family, data, status, code):
    response = family.patch("/me/persons/205", data=data,
                            headers={"Content-Type": "application/json"})
    assert response.status_code == status and error_of(response)["Code"] == code


def test_unknown_field_named(family):
    response = family.patch("/me/persons/205", json={"Nickname": "x"})
    assert error_of(response)["Fields"] == {"Nickname": message("UnknownField", "en")}


def test_wrong_types_in_query_and_path(family):
    assert family.get("/me/persons/abc").status_code == 422
    assert family.get("/me/persons", params={"perPage": "many"}).status_code == 422
    assert family.get("/me/changes", params={"since": "garbage"}).status_code == 400


def test_bodies_over_one_megabyte(family):
    big = b'{"FirstName": "' + b"x" * (1024 * 1024) + b'"}'
    declared = family.patch("/me/persons/205", data=big,
                            headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and error_of(declared)["Code"] == "BodyTooLarge"

    def chunks():  # no Content-Length: the limit applies while streaming
        for _ in range(20):
            yield b"x" * 65536

    streamed = family.patch("/me/persons/205", data=chunks(),
                            headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413 and error_of(streamed)["Code"] == "BodyTooLarge"


def test_unknown_routes_and_methods(family, server):
    assert error_of(family.get("/me/nothing"))["Code"] == "NotFound"
    assert family.call("PUT", "/me/emails").status_code == 405
    german = family.session.get(f"{server.url}/api/v3/de/me/persons", timeout=10)
    assert german.status_code == 422 and "lang" in error_of(german)["Fields"]


def test_messages_follow_the_language(family, famille):
    en = family.patch("/me/persons/203", json={"DateOfBirth": "2000-01-01"})
    fr = famille.patch("/me/persons/203", json={"DateOfBirth": "2000-01-01"})
    assert error_of(en)["Code"] == error_of(fr)["Code"] == "DateOfBirthLocked"
    assert "only once" in error_of(en)["Message"]
    assert "qu'une fois" in error_of(fr)["Fields"]["DateOfBirth"]
