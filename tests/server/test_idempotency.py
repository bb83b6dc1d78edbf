"""Idempotency-Key (issue 13): a repeat replays the first answer on every write route, before
the ownership check and the body, even when the two copies arrive together; keys expire after
the stated horizon."""

from __future__ import annotations

import threading
import uuid

from fastapi.routing import APIRoute
from sqlalchemy import func, select, update

from server.app import create_app
from server.db import idempotency, make_engine
from server.idempotency import IdempotentRoute
from server.settings import Settings
from tests.reference import error_of, sign_in
from tests.server.test_feed import collect

WRITES = {"POST", "PATCH", "PUT", "DELETE"}


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def same_answer(first, again) -> None:
    assert again.status_code == first.status_code, again.text
    assert again.json() == first.json()
    assert again.headers.get("ETag") == first.headers.get("ETag")
    assert again.headers["Idempotent-Replay"] == "true"


def test_every_family_write_route_replays(tmp_path):
    """The replay lives in the route class: a write route without it would skip it."""
    app = create_app(Settings(), make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}"))
    routes = [r for r in _leaves(app.routes)
              if r.path.startswith("/me/") and set(r.methods) & WRITES]
    assert len(routes) >= 20
    assert all(isinstance(r, IdempotentRoute) for r in routes), \
        [r.path for r in routes if not isinstance(r, IdempotentRoute)]


def _leaves(routes: list) -> list[APIRoute]:
    """The API routes under included routers (FastAPI keeps them nested)."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif (inner := getattr(route, "original_router", None)) is not None:
            found += _leaves(inner.routes)
    return found


def test_a_delete_whose_answer_was_lost_replays_instead_of_404(family):
    headers = key()
    first = family.delete("/me/contacts/307", headers=headers)
    assert first.status_code == 200 and first.json()["Deleted"] is True
    same_answer(first, family.delete("/me/contacts/307", headers=headers))
    method = key()
    gone = family.delete("/me/payment-methods/903", headers=method)
    assert gone.status_code == 200
    same_answer(gone, family.delete("/me/payment-methods/903", headers=method))
    assert family.delete("/me/contacts/307", headers=key()).status_code == 404  # a new key


def test_an_edit_replays_after_its_resource_is_gone(family):
    headers = key()
    first = family.patch("/me/contacts/307", json={"Notes": "Voisine"}, headers=headers)
    assert first.status_code == 200
    assert family.delete("/me/contacts/307").status_code == 200
    same_answer(first, family.patch("/me/contacts/307", json={"Notes": "Voisine"},
                                    headers=headers))


def test_replay_survives_a_new_token_and_the_other_language(server, family):
    headers = key()
    first = family.post("/me/emails/1103/read", headers=headers)
    assert first.status_code == 200
    again = sign_in(server, *_demo_login(), lang="fr").post("/me/emails/1103/read",
                                                             headers=headers)
    same_answer(first, again)


def _demo_login() -> tuple[str, str]:
    from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME

    return DEMO_USERNAME, DEMO_PASSWORD


def test_a_reused_key_on_another_request_is_refused_first(family):
    headers = key()
    assert family.delete("/me/contacts/307", headers=headers).status_code == 200
    # Another route, another account's id, a body that would not validate: the key speaks first.
    for method, path, body in (("PATCH", "/me/persons/203", {"Gender": "Female"}),
                               ("DELETE", "/me/contacts/9101", None),
                               ("PATCH", "/me/persons/203", {"Nickname": "Zo"})):
        reused = family.call(method, path, json=body, headers=headers)
        assert reused.status_code == 422 and error_of(reused)["Code"] == "IdempotencyKeyReused"


def test_refusals_are_evaluated_again(family):
    old = family.get("/me/persons/203").headers["ETag"]
    assert family.patch("/me/persons/203", json={"Gender": "Female"}).status_code == 200
    headers = key()
    stale = family.patch("/me/persons/203", json={"FirstName": "Zoë"},
                         headers={**headers, "If-Match": old})
    assert stale.status_code == 412
    fresh = family.patch("/me/persons/203", json={"FirstName": "Zoë"},
                         headers={**headers, "If-Match": stale.headers["ETag"]})
    assert fresh.status_code == 200 and "Idempotent-Replay" not in fresh.headers
    assert fresh.json()["FirstName"] == "Zoë"


def _together(count: int, send) -> list:
    """`count` copies of one request, released at the same instant."""
    barrier, answers = threading.Barrier(count), [None] * count

    def run(index: int) -> None:
        barrier.wait()
        answers[index] = send()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


def test_copies_arriving_together_apply_once_and_answer_alike(server, family):
    _, cursor = collect(family)
    apis = [sign_in(server, *_demo_login()) for _ in range(8)]  # one connection each
    headers = key()
    sent = iter(range(8))
    answers = _together(8, lambda: apis[next(sent)].delete("/me/contacts/307",
                                                           headers=headers))
    assert {a.status_code for a in answers} == {200}, [a.text for a in answers]
    assert len({a.text for a in answers}) == 1
    assert sum(a.headers.get("Idempotent-Replay") == "true" for a in answers) == 7
    paid = key()
    body = {"OrganizationId": 101, "Amount": "30.00", "PaymentMethodId": 901}
    sent = iter(range(8))
    answers = _together(8, lambda: apis[next(sent)].post("/me/payments", json=body,
                                                         headers=paid))
    assert {a.status_code for a in answers} == {201}, [a.text for a in answers]
    changes, _ = collect(family, cursor)
    assert [(c["Type"], c["Op"]) for c in changes] == [("Contact", "Delete"),
                                                       ("Transaction", "Upsert")]


def _age_keys(server, seconds: int) -> None:
    with server.engine.begin() as conn:
        conn.execute(update(idempotency).values(created_at=idempotency.c.created_at - seconds))


def _kept(server) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(idempotency))


def test_keys_are_kept_for_the_horizon_then_forgotten(server, family):
    horizon = server.settings.idempotency_ttl_seconds
    assert horizon >= 30 * 24 * 3600  # docs/api.md: covers a month offline
    headers = key()
    body = {"OrganizationId": 101, "Amount": "30.00", "PaymentMethodId": 901}
    first = family.post("/me/payments", json=body, headers=headers)
    _age_keys(server, horizon - 60)
    same_answer(first, family.post("/me/payments", json=body, headers=headers))
    _age_keys(server, 120)  # now past the horizon: a new request like any other
    later = family.post("/me/payments", json=body, headers=headers)
    assert later.status_code == 201 and "Idempotent-Replay" not in later.headers
    assert later.json()["Id"] != first.json()["Id"]
    assert _kept(server) == 1  # the old record was purged by that write


def test_without_a_key_nothing_is_kept(server, family):
    assert family.post("/me/emails/1103/read").status_code == 200
    assert _kept(server) == 0
