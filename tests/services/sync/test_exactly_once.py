"""Issue 13's scenarios, one test each: edits reach the platform exactly once and in order
whatever the network does between Carnet and the platform (the fault proxy on loopback)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from services.domain import entities as e
from services.sync import conflicts, outbox
from services.sync.session import Session
from tests.reference import connect, local_dataset, server_dataset

CARNET = Path(sys.executable).with_name("carnet")


def phone(number: str) -> list[e.Phone]:
    return [e.Phone(label="Mobile", number=number)]


def retry_now(session: Session) -> None:
    """Skip the backoff: the next sync tries every waiting entry."""
    with session.store.write() as conn:
        for entry in outbox.entries(session.store, conn):
            outbox.set_state(conn, entry.id, entry.state, next_try_at=None)


def waiting(session: Session) -> list[outbox.Entry]:
    with session.store.read() as conn:
        return outbox.entries(session.store, conn)


def settle(session: Session, proxy, admin) -> None:
    """A clean network and as many syncs as it takes (a few at most): nothing waits, nothing
    was refused or turned into a conflict, and the store is the platform's dataset."""
    proxy.clear()
    for _ in range(4):
        retry_now(session)
        report = session.engine.sync()
        if report.ok and not waiting(session):
            break
    assert [(w.state, w.error) for w in waiting(session)] == []
    assert conflicts.open_conflicts(session.store) == []
    assert local_dataset(session) == server_dataset(admin)


@pytest.fixture
def synced(carnet_via_proxy: Session) -> Session:
    assert carnet_via_proxy.engine.sync().ok
    return carnet_via_proxy


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
@pytest.mark.parametrize("fault", ["lost", "truncate", "malformed", "wrongtype", "slow"])
def test_an_applied_edit_whose_answer_was_not_understood_is_not_refused_or_a_conflict(
        synced, proxy, web, admin, fault):
    synced.edits.update_person(201, phones=phone("+14505550101"))
    synced.edits.update_person(201, email="etienne@example.ca")  # queued behind it
    proxy.fail(fault, "PATCH", "/me/persons/201")
    synced.engine.sync()
    assert web.get("/me/persons/201").json()["Phones"][0]["Number"] == "+14505550101"
    synced.engine.sync()  # at once: the first one's retry delay still runs
    settle(synced, proxy, admin)
    person = web.get("/me/persons/201").json()
    assert (person["Phones"][0]["Number"], person["Email"]) == (
        "+14505550101", "etienne@example.ca")


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
def test_a_delete_whose_answer_was_lost_is_done_when_resent(synced, proxy, web, admin):
    synced.edits.remove_contact(307)
    proxy.fail("lost", "DELETE", "/me/contacts/307")
    synced.engine.sync()
    assert web.get("/me/contacts/307").status_code == 404  # the platform applied it
    settle(synced, proxy, admin)


@pytest.mark.expect_log("sync stopped: ServerUnavailable", logger="services.sync.engine")
def test_two_edits_of_one_field_end_with_the_newer_value(synced, proxy, web, admin):
    synced.edits.update_person(203, first_name="Zoë")
    synced.edits.update_person(203, first_name="Zoey")
    proxy.fail("500", "PATCH", "/me/persons/203")
    synced.engine.sync()
    synced.engine.sync()  # at once: the first one's retry delay still runs
    settle(synced, proxy, admin)
    assert web.get("/me/persons/203").json()["FirstName"] == "Zoey"


@pytest.mark.expect_log("sync stopped: ServerUnavailable", logger="services.sync.engine")
def test_a_phone_set_twice_around_a_500_keeps_the_second(synced, proxy, web, admin):
    """The silent loss seen once: 0101 answered 500, 0102 set and synced at once."""
    synced.edits.update_person(202, phones=phone("+14505550101"))
    proxy.fail("500", "PATCH", "/me/persons/202")
    synced.engine.sync()
    synced.edits.update_person(202, phones=phone("+14505550102"))
    synced.engine.sync()
    settle(synced, proxy, admin)
    assert web.get("/me/persons/202").json()["Phones"][0]["Number"] == "+14505550102"
    with synced.store.read() as conn:
        assert synced.store.get(conn, e.Person, 202).phones[0].number == "+14505550102"


@pytest.mark.expect_log("sync stopped: ServerUnavailable", logger="services.sync.engine")
def test_an_edit_of_a_new_record_waits_for_its_creation(synced, proxy, web, admin):
    contact = synced.edits.add_contact(204, "Mamie", "Roy", phones=phone("+14505550110"))
    synced.edits.update_contact(contact.id, notes="Allergique aux arachides")
    proxy.fail("503", "POST", "/me/contacts")  # with Retry-After
    synced.engine.sync()
    synced.engine.sync()  # at once: Retry-After has not passed
    settle(synced, proxy, admin)
    [roy] = [c for c in web.items("/me/contacts") if c["LastName"] == "Roy"]
    assert roy["Notes"] == "Allergique aux arachides"


@pytest.mark.parametrize("fault", ["malformed", "lost", "wrongtype"])
def test_a_record_created_then_deleted_offline_leaves_no_ghost(synced, proxy, web, admin,
                                                                 fault):
    contact = synced.edits.add_contact(204, "Fantôme", "Roy")
    synced.edits.remove_contact(contact.id)
    proxy.fail(fault, "POST", "/me/contacts")
    synced.engine.sync()
    synced.engine.sync()
    settle(synced, proxy, admin)
    assert [c for c in web.items("/me/contacts") if c["LastName"] == "Roy"] == []


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
def test_a_created_record_whose_answer_was_lost_is_created_once(synced, proxy, web, admin):
    contact = synced.edits.add_contact(204, "Mamie", "Roy")
    synced.edits.update_contact(contact.id, relationship="Grand-mère")
    proxy.fail("lost", "POST", "/me/contacts")
    synced.engine.sync()
    synced.engine.sync()
    settle(synced, proxy, admin)
    roys = [c for c in web.items("/me/contacts") if c["LastName"] == "Roy"]
    assert [c["Relationship"] for c in roys] == ["Grand-mère"]


def test_three_syncs_at_once_park_nothing(platform, proxy, web, admin, tmp_path):
    """The window, `carnet sync` and the scheduler on one folder, each starting while another
    is pushing: one pusher at a time."""
    folder = tmp_path / "client"
    first = connect(proxy.url, folder, remember=True)
    assert first.engine.sync().ok
    for n in range(6):
        first.edits.update_person(201 + n % 2, first_name=f"Prénom {n}")
    contact = first.edits.add_contact(204, "Mamie", "Roy")
    first.edits.update_contact(contact.id, relationship="Grand-mère")
    for n in range(4):
        first.edits.update_contact(contact.id, notes=f"Note {n}")
    proxy.latency = 0.05
    others: list[Session] = []

    def run(delay: float) -> None:
        threading.Event().wait(delay)
        session = connect(proxy.url, folder, remember=True)
        others.append(session)
        session.engine.sync()

    threads = [threading.Thread(target=first.engine.sync),
               *(threading.Thread(target=run, args=(d,)) for d in (0.12, 0.3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        proxy.latency = 0.0
        settle(first, proxy, admin)
        assert [web.get(f"/me/persons/{p}").json()["FirstName"] for p in (201, 202)] == [
            "Prénom 4", "Prénom 5"]
        assert [(c["Relationship"], c["Notes"]) for c in web.items("/me/contacts")
                if c["LastName"] == "Roy"] == [("Grand-mère", "Note 3")]
    finally:
        for session in others:
            session.close()


@pytest.mark.process
@pytest.mark.skipif(os.name != "posix", reason="the kill tests' way of starting `carnet`")
def test_syncs_in_three_processes_park_nothing(platform, proxy, web, admin, tmp_path):
    """Two `carnet sync` processes and this one on the same folder: the lock is the
    processes' own (a file beside the store), not a thread lock."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the children read the key file
    folder = tmp_path / "client"
    session = connect(proxy.url, folder, remember=True)
    assert session.engine.sync().ok
    contact = session.edits.add_contact(204, "Mamie", "Roy")
    for n in range(16):  # a push of three seconds or so: the children start during it
        session.edits.update_contact(contact.id, notes=f"Note {n}")
        session.edits.update_person(201 + n % 2, first_name=f"Prénom {n}")
    proxy.latency = 0.1
    env = {**os.environ, "CARNET_PASSWORD": "Carnet-demo-2026", "QT_QPA_PLATFORM": "offscreen"}
    children = [subprocess.Popen([str(CARNET), "--data-dir", str(folder), "--lang", "en",
                                  "sync"], env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    session.engine.sync()
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    try:
        proxy.latency = 0.0
        settle(session, proxy, admin)
        assert [web.get(f"/me/persons/{p}").json()["FirstName"] for p in (201, 202)] == [
            "Prénom 14", "Prénom 15"]
        assert [c["Notes"] for c in web.items("/me/contacts") if c["LastName"] == "Roy"] == [
            "Note 15"]
    finally:
        session.close()


def test_a_save_that_fails_after_the_platform_answered_is_resent_once(synced, proxy, web,
                                                                     admin, monkeypatch):
    """A full disk just as the answer is saved: the entry stays in flight in the store; the
    next sync takes it as an unknown outcome and sends it again with its key."""
    from services.store.errors import Problem, StoreError
    from services.sync.engine import SyncEngine

    synced.edits.pay(101, Decimal("31.00"), 901)
    synced.edits.update_person(203, first_name="Zoë")
    original = SyncEngine._accepted

    def full_disk(self, *args, **kw):
        monkeypatch.setattr(SyncEngine, "_accepted", original)  # once
        raise StoreError(Problem.FULL, synced.store.path, "database or disk is full")

    monkeypatch.setattr(SyncEngine, "_accepted", full_disk)
    states = []
    synced.engine.listeners.state.append(lambda state, error: states.append(state))
    with pytest.raises(StoreError):
        synced.engine.sync()
    assert states[-1] == "error"
    assert [t["Amount"] for t in web.items("/me/transactions")].count("31.00") == 1
    assert [w.state for w in waiting(synced)] == [outbox.IN_FLIGHT, outbox.PENDING]
    settle(synced, proxy, admin)
    assert [t["Amount"] for t in web.items("/me/transactions")].count("31.00") == 1
    assert web.get("/me/persons/203").json()["FirstName"] == "Zoë"
