"""Online-only writes (services/sync/online.py): checked here first, never queued, and a
platform out of reach is said plainly."""

from __future__ import annotations

import pytest

from services.domain.demo import DEMO_USERNAME
from services.domain.messages import message
from services.security.credentials import MemoryCredentials
from services.sync import online, outbox
from services.sync.session import bind_account, open_session

UNREACHABLE = "http://127.0.0.1:9"


def session_on(store):
    bind_account(store, UNREACHABLE, DEMO_USERNAME, "en")
    credentials = MemoryCredentials(UNREACHABLE, DEMO_USERNAME)
    credentials.set("token", "a-token")
    session = open_session(store=store, credentials=credentials, lang="en")
    session.client.timeout = (0.5, 0.5)
    return session


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_out_of_reach_says_so_and_queues_nothing(demo_store):
    session = session_on(demo_store)
    errors = online.card(session, "4111 1111 1111 1111", 12, 2030)
    assert errors == {"": message("NeedsPlatform", "en")}
    assert online.ask_username_change(session, "new@example.ca") == {
        "": message("NeedsPlatform", "en")}
    with demo_store.read() as conn:
        assert outbox.entries(demo_store, conn) == []


def test_bad_card_and_address_are_refused_before_sending(demo_store):
    session = session_on(demo_store)
    assert "Number" in online.card(session, "4111 1111 1111 1112", 12, 2030)
    assert "Expiry" in online.card(session, "4111 1111 1111 1111", 1, 2020)
    assert "NewUsername" in online.ask_username_change(session, "pas-un-courriel")
