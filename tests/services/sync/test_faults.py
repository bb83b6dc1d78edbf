"""Faults between Carnet and the platform (a fault-injecting proxy on loopback): no crash, a
clear message, nothing lost, and the next sync converges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.domain.messages import message
from services.sync import outbox
from tests.reference import local_dataset, server_dataset


def waiting(session) -> list[outbox.Entry]:
    with session.store.read() as conn:
        return outbox.entries(session.store, conn)


def retry_now(session) -> None:
    with session.store.write() as conn:
        for entry in outbox.entries(session.store, conn):
            outbox.set_state(conn, entry.id, entry.state, next_try_at=None)


def converges(session, admin, web) -> None:
    retry_now(session)
    report = session.engine.sync()
    assert report.ok, report.error
    assert waiting(session) == []
    assert local_dataset(session) == server_dataset(admin)
    assert sum(t["Kind"] == "Payment" and t["OrganizationId"] == 101
               for t in web.items("/me/transactions")) == 2  # the edit below, exactly once


@pytest.fixture
def edited(carnet_via_proxy):
    """A synced client with one offline edit waiting (a payment: must never be doubled)."""
    assert carnet_via_proxy.engine.sync().ok
    carnet_via_proxy.edits.pay(101, Decimal("25.00"), 901)
    return carnet_via_proxy


@pytest.mark.expect_log("sync stopped", logger="services.sync.engine")
@pytest.mark.parametrize("kind,method,path,code", [
    ("500", "POST", "/me/payments", "ServerUnavailable"),
    ("503", "POST", "/me/payments", "ServerUnavailable"),
    ("timeout", "POST", "/me/payments", "Offline"),
    ("reset", "POST", "/me/payments", "Offline"),
    ("lost", "POST", "/me/payments", "Offline"),
    ("truncate", "POST", "/me/payments", "Offline"),
])
def test_push_faults(edited, proxy, admin, web, kind, method, path, code):
    proxy.fail(kind, method, path)
    states = []
    edited.engine.listeners.state.append(lambda state, error: states.append(state))
    report = edited.engine.sync()
    assert report.error is not None and report.error.code == code
    assert message(code, "fr") and message(code, "en")
    assert states[-1] in ("offline", "error")
    assert len(waiting(edited)) == 1  # kept, to try again
    converges(edited, admin, web)


@pytest.mark.parametrize("kind", ["malformed", "wrongtype"])
def test_an_unreadable_answer_is_resent_with_its_key(edited, proxy, admin, web, kind):
    """Not understood is not applied: the same key again, and the platform's first answer
    (replayed) tells the new payment's id."""
    proxy.fail(kind, "POST", "/me/payments")
    report = edited.engine.sync()
    assert report.ok and report.pushed == 1
    sent = [k for m, p, k in proxy.seen if m == "POST" and p.endswith("/me/payments")]
    assert sent == [kind, "forwarded"]
    converges(edited, admin, web)


def test_an_answer_unreadable_every_time_stays_waiting(edited, proxy, admin, web):
    proxy.fail("malformed", "POST", "/me/payments", times=3)
    report = edited.engine.sync()
    [entry] = waiting(edited)
    assert entry.state == outbox.UNKNOWN and entry.next_try_at is not None  # backoff now
    assert report.pushed == 0
    converges(edited, admin, web)


@pytest.mark.expect_log("sync stopped", logger="services.sync.engine")
@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
@pytest.mark.parametrize("kind,code", [
    ("500", "ServerUnavailable"), ("503", "ServerUnavailable"), ("reset", "Offline"),
    ("truncate", "Offline"), ("malformed", "ServerDataInvalid"), ("schema", "ServerDataInvalid"),
    ("timeout", "Offline"),
])
def test_pull_faults(edited, proxy, admin, web, kind, code):
    admin.post("/admin/closures", json={"OrganizationId": 101, "Name": "Panne",
                                        "StartDate": "2026-12-09", "EndDate": "2026-12-09"})
    with edited.store.read() as conn:
        cursor = edited.store.get_meta(conn, "sync.cursor")
    # urllib3 retries reads up to three times: fail every try of this sync.
    proxy.fail(kind, "GET", "/me/changes", times=4)
    report = edited.engine.sync()
    assert report.pushed == 1  # the push went first and got through
    assert report.error is not None and report.error.code == code
    with edited.store.read() as conn:
        assert edited.store.get_meta(conn, "sync.cursor") == cursor  # nothing half-applied
    proxy.clear()
    converges(edited, admin, web)


@pytest.mark.expect_log("sync stopped: ServerDataInvalid", logger="services.sync.engine")
def test_schema_error_names_the_resource_and_field(edited, proxy, admin):
    admin.patch("/admin/occurrences/10003", json={"State": "Cancelled"})
    proxy.fail("schema", "GET", "/me/changes", times=4)
    report = edited.engine.sync()
    assert "Occurrence 10003" in str(report.error) and "Id" in str(report.error)


def test_503_with_retry_after_is_honoured(edited, proxy, admin, web):
    proxy.fail("503", "GET", "/me/changes", times=1)  # urllib3 waits Retry-After, then retries
    report = edited.engine.sync()
    assert report.ok
    assert [k for m, p, k in proxy.seen if "/me/changes" in p][-2:] == ["503", "forwarded"]
    converges(edited, admin, web)


def test_401_mid_sync_signs_in_again(edited, proxy, admin, web):
    proxy.fail("401", "GET", "/me/changes")
    report = edited.engine.sync()
    assert report.ok, report.error
    assert any("/authenticate" in p for _, p, _ in proxy.seen)
    converges(edited, admin, web)


@pytest.mark.expect_log("sync stopped: SignInAgain", logger="services.sync.engine")
def test_401_without_a_remembered_password_asks_to_sign_in(edited, proxy, admin, web):
    edited.client.credentials.forget("password")
    proxy.fail("401", "POST", "/me/payments")
    report = edited.engine.sync()
    assert report.error.code == "SignInAgain"
    assert "Sign in again" in message("SignInAgain", "en")
    assert len(waiting(edited)) == 1 and waiting(edited)[0].state == outbox.PENDING
    assert waiting(edited)[0].attempts == 0  # refused unheard: as it was
    edited.client.sign_in("Carnet-demo-2026", remember=True)
    converges(edited, admin, web)


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
def test_unreachable_platform(edited, proxy, admin, web):
    proxy.fail("reset", times=50)
    report = edited.engine.sync()
    assert report.error.code == "Offline" and edited.engine.state == "offline"
    assert len(waiting(edited)) == 1
    proxy.clear()
    converges(edited, admin, web)
