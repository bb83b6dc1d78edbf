"""Issue 13's matrix: the project's fault proxy between Carnet and the platform, every fault
kind alone and all of them mixed, several seeds, over a seeded mix of offline creates, edits,
deletes and create-then-delete. Every edit must end applied exactly once in the user's final
value, or as a conflict with a change someone else made; nothing is lost silently, and the store
equals the platform's dataset after a clean sync. Then the same with three concurrent syncs."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest

from services.domain import entities as e
from services.sync import conflicts, outbox
from services.sync.session import Session
from tests.reference import connect, local_dataset, server_dataset
from tests.services.sync.test_exactly_once import retry_now, waiting

WRITES = {"POST", "PATCH", "PUT", "DELETE"}
KINDS = ["500", "503", "lost", "truncate", "malformed", "wrongtype", "slow", "timeout", "reset"]
SEEDS = [1, 2, 3]
RATE = 0.4  # of the matching requests that get a fault
ROUNDS = 12  # syncs under faults before the network is made clean


@dataclass
class Expected:
    """What the platform must hold once the network is clean: each edit's final value."""

    persons: dict[int, dict[str, Any]] = field(default_factory=dict)
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)
    removed: set[int] = field(default_factory=set)
    created: dict[str, dict[str, Any]] = field(default_factory=dict)  # by last name
    ghosts: set[str] = field(default_factory=set)  # created then removed offline
    subscriptions: dict[int, bool] = field(default_factory=dict)
    read: set[int] = field(default_factory=set)
    payment: Decimal | None = None
    conflict_on: int | None = None  # a person someone else changed too


def phones(number: str) -> list[dict]:
    return [{"Label": "Mobile", "Number": number}]


def offline_edits(session: Session, draw: random.Random, web) -> Expected:
    """A seeded mix of a dozen edits, made while the platform is not asked."""
    edits, want = session.edits, Expected()
    names = iter(f"Matrice{n}" for n in range(100))
    for _ in range(12):
        choice = draw.choice(["phone", "name", "contact", "create", "create-edit",
                              "create-delete", "subscription", "read"])
        if choice == "phone":
            person, number = draw.choice([201, 202]), f"+1450555{draw.randrange(10**4):04d}"
            edits.update_person(person, phones=phones(number))
            want.persons.setdefault(person, {})["Phones"] = phones(number)
        elif choice == "name":
            person, name = draw.choice([203, 204]), draw.choice(["Zoë", "Zoey", "Félicien"])
            edits.update_person(person, first_name=name)
            want.persons.setdefault(person, {})["FirstName"] = name
        elif choice == "contact" and 306 not in want.removed:
            note = f"Note {draw.randrange(1000)}"
            edits.update_contact(306, notes=note)
            want.contacts.setdefault(306, {})["Notes"] = note
        elif choice in ("create", "create-edit", "create-delete"):
            last = next(names)
            made = edits.add_contact(204, "Mamie", last, relationship="Grand-mère")
            want.created[last] = {"Relationship": "Grand-mère"}
            if choice == "create-edit":
                edits.update_contact(made.id, relationship="Voisine")
                want.created[last] = {"Relationship": "Voisine"}
            elif choice == "create-delete":
                edits.remove_contact(made.id)
                del want.created[last]
                want.ghosts.add(last)
        elif choice == "subscription":
            sub, on = draw.choice([1701, 1702, 1703]), draw.random() < 0.5
            edits.set_subscription(sub, emails=on)
            want.subscriptions[sub] = on
        elif choice == "read":
            email = draw.choice([1101, 1102])
            edits.mark_email_read(email)
            want.read.add(email)
    if 307 not in want.contacts:
        edits.remove_contact(307)
        want.removed.add(307)
    want.payment = Decimal(f"25.{draw.randrange(100):02d}")
    edits.pay(101, want.payment, 901)
    edits.update_person(205, gender="Male")  # and someone else, elsewhere, at once:
    assert web.patch("/me/persons/205", json={"Gender": "PreferNotToSay"}).status_code == 200
    want.conflict_on = 205
    return want


def settle_conflicts(session: Session, want: Expected) -> None:
    """The only conflict is the real one; the user keeps their own value."""
    found = conflicts.open_conflicts(session.store)
    assert [(c.resource_type, c.resource_id) for c in found] in ([], [("Person", 205)])
    for conflict in found:
        assert conflict.differences() == {"Gender": ("Male", "PreferNotToSay")}
        conflicts.resolve(session.store, conflict, keep="local")
    if found:
        want.persons.setdefault(205, {})["Gender"] = "Male"
        want.conflict_on = None


def sync_until_quiet(session: Session, rounds: int) -> None:
    for _ in range(rounds):
        retry_now(session)
        session.engine.sync()
        if all(w.state in (outbox.PARKED, outbox.CONFLICT) for w in waiting(session)):
            return  # nothing left to send


def converge(session: Session, proxy, want: Expected) -> None:
    """The network made clean: a few syncs finish the job, and nothing is left waiting."""
    proxy.clear()
    for _ in range(4):
        sync_until_quiet(session, 2)
        settle_conflicts(session, want)
    retry_now(session)
    assert session.engine.sync().ok
    left = [(w.state, w.request.method, w.request.path, w.error) for w in waiting(session)]
    assert left == [], "edits neither applied nor refused by the platform"
    assert want.conflict_on is None, "the concurrent change was never reported"


def platform_holds(web, want: Expected) -> None:
    for person, fields in want.persons.items():
        found = web.get(f"/me/persons/{person}").json()
        assert {k: found[k] for k in fields} == fields, person
    for contact, fields in want.contacts.items():
        found = web.get(f"/me/contacts/{contact}").json()
        assert {k: found[k] for k in fields} == fields, contact
    for contact in want.removed:
        assert web.get(f"/me/contacts/{contact}").status_code == 404
    by_last: dict[str, list[dict]] = {}
    for contact in web.items("/me/contacts"):
        by_last.setdefault(contact["LastName"], []).append(contact)
    for last, fields in want.created.items():
        [made] = by_last.get(last, [None])  # exactly once
        assert made is not None and {k: made[k] for k in fields} == fields, last
    assert not want.ghosts & set(by_last), "a contact created then removed offline stayed"
    for sub, on in want.subscriptions.items():
        assert web.get(f"/me/subscriptions/{sub}").json()["Emails"] is on
    for email in want.read:
        assert web.get(f"/me/emails/{email}").json()["IsRead"] is True
    paid = [t for t in web.items("/me/transactions")
            if t["Kind"] == "Payment" and Decimal(t["Amount"]) == want.payment]
    assert len(paid) == 1, "the payment went through exactly once"


def run_matrix(session: Session, proxy, web, admin, kinds: list[str], seed: int,
               methods: set[str] | None, concurrent: list[Session] = ()) -> None:
    draw = random.Random(seed)
    assert session.engine.sync().ok
    want = offline_edits(session, draw, web)
    proxy.randomly(kinds, RATE, seed, methods)
    if concurrent:
        threads = [threading.Thread(target=sync_until_quiet, args=(s, ROUNDS // 3))
                   for s in (session, *concurrent)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
    else:
        sync_until_quiet(session, ROUNDS)
    converge(session, proxy, want)
    platform_holds(web, want)
    with session.store.read() as conn:
        assert session.store.get(conn, e.Person, 205).gender == "Male"
    assert local_dataset(session) == server_dataset(admin)


@pytest.fixture
def quick(proxy, carnet_via_proxy) -> Session:
    """Short waits, so that a held answer costs a second, not thirty."""
    proxy.hold = 0.8
    carnet_via_proxy.client.timeout = (2.0, 0.5)
    return carnet_via_proxy


@pytest.mark.expect_log("sync stopped", logger="services.sync.engine")
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", KINDS)
def test_one_fault_kind(quick, proxy, web, admin, kind, seed):
    run_matrix(quick, proxy, web, admin, [kind], seed, WRITES)


@pytest.mark.expect_log("sync stopped", logger="services.sync.engine")
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_every_fault_kind_mixed_on_reads_too(quick, proxy, web, admin, seed):
    run_matrix(quick, proxy, web, admin, [*KINDS, "schema"], seed, None)


@pytest.mark.expect_log("sync stopped", logger="services.sync.engine")
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_three_concurrent_syncs_under_mixed_faults(quick, proxy, web, admin, tmp_path, seed):
    others = [connect(proxy.url, tmp_path / "client", remember=True, timeout=(2.0, 0.5))
              for _ in range(2)]
    try:
        run_matrix(quick, proxy, web, admin, KINDS, seed, WRITES, others)
    finally:
        for session in others:
            session.close()
