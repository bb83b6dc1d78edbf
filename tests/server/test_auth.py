from __future__ import annotations

import time

import pytest
import requests
from argon2 import extract_parameters
from argon2.profiles import CHEAPEST, RFC_9106_LOW_MEMORY
from sqlalchemy import select

from server.auth import hash_password, password_ok
from server.db import logins
from server.embedded import start
from server.settings import Settings
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.reference import TODAY, error_of, sign_in
from tests.server.families import two_families


def test_basic_to_bearer(family):
    assert family.get("/me/account").json()["Username"] == DEMO_USERNAME


def test_bad_password_then_throttled(server):
    url = f"{server.api('fr')}/authenticate"
    for _ in range(5):
        response = requests.get(url, auth=(DEMO_USERNAME, "wrong"), timeout=10)
        assert response.status_code == 401
        assert error_of(response)["Code"] == "BadCredentials"
    blocked = requests.get(url, auth=(DEMO_USERNAME, DEMO_PASSWORD), timeout=10)
    assert blocked.status_code == 429
    assert 0 < int(blocked.headers["Retry-After"]) <= 900
    assert error_of(blocked)["Code"] == "TooManyAttempts"
    assert "Réessayez" in error_of(blocked)["Message"]
    # Another account is not throttled by someone guessing this one.
    assert sign_in(server, "smith@example.ca", "Smith-password-1")


def test_success_resets_the_failure_count(server):
    url = f"{server.api()}/authenticate"
    for _ in range(3):
        requests.get(url, auth=(DEMO_USERNAME, "wrong"), timeout=10)
    sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)
    for _ in range(4):
        requests.get(url, auth=(DEMO_USERNAME, "wrong"), timeout=10)
    assert sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)


def test_missing_or_malformed_credentials(server):
    url = f"{server.api()}/authenticate"
    assert requests.get(url, timeout=10).status_code == 401
    bad = requests.get(url, headers={"Authorization": "Basic ***"}, timeout=10)
    assert bad.status_code == 401 and error_of(bad)["Code"] == "Unauthorized"


def test_tokens_required_and_checked(server, family):
    assert requests.get(f"{server.api()}/me/persons", timeout=10).status_code == 401
    forged = requests.get(f"{server.api()}/me/persons", timeout=10,
                          headers={"Authorization": "Bearer not-a-token"})
    assert forged.status_code == 401 and forged.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.server
def test_tokens_expire(tmp_path):
    with start(two_families(TODAY), folder=tmp_path, token_ttl_seconds=2,
               password_hashing=CHEAPEST) as server:
        api = sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)
        assert api.get("/me/account").status_code == 200
        time.sleep(2.1)
        expired = api.get("/me/account")
        assert expired.status_code == 401 and error_of(expired)["Code"] == "Unauthorized"


def test_passwords_are_argon2_hashes(server):
    with server.engine.connect() as conn:
        hashes = list(conn.scalars(select(logins.c.password_hash)))
    assert hashes and all(h.startswith("$argon2") for h in hashes)
    assert all(DEMO_PASSWORD not in h for h in hashes)


def test_family_token_cannot_do_organization_changes(family):
    response = family.post("/admin/purge-tombstones")
    assert response.status_code == 403 and error_of(response)["Code"] == "Forbidden"


class TestSignOut:
    """DELETE /authenticate revokes the token it is sent with (issue 14): `carnet logout`
    leaves nothing valid behind on the platform."""

    def test_revokes_that_token_only(self, server, family):
        other = sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)
        out = family.delete("/authenticate")
        assert out.status_code == 204 and out.content == b""
        gone = family.get("/me/account")
        assert gone.status_code == 401 and error_of(gone)["Code"] == "Unauthorized"
        assert other.get("/me/account").status_code == 200  # the other session goes on

    def test_twice_or_without_a_token_is_401(self, server, family):
        assert family.delete("/authenticate").status_code == 204
        again = family.delete("/authenticate")
        assert again.status_code == 401 and error_of(again)["Code"] == "Unauthorized"
        bare = requests.delete(f"{server.api()}/authenticate", timeout=10)
        assert bare.status_code == 401 and bare.headers["WWW-Authenticate"] == "Bearer"

    def test_with_an_idempotency_key(self, family):
        out = family.delete("/authenticate", headers={"Idempotency-Key": "k-sign-out"})
        assert out.status_code == 204
        assert family.delete("/authenticate",
                             headers={"Idempotency-Key": "k-sign-out"}).status_code == 401

    def test_the_client_signs_out(self, server):
        from services.api.client import ApiClient

        client = ApiClient(server.url, DEMO_USERNAME)
        client.sign_in(DEMO_PASSWORD)
        token = client.credentials.token
        assert client.sign_out() is True
        stale = requests.get(f"{server.api()}/me/account", timeout=10,
                             headers={"Authorization": f"Bearer {token}"})
        assert stale.status_code == 401


def test_password_change_revokes_every_token(server, family):
    others = [sign_in(server, DEMO_USERNAME, DEMO_PASSWORD) for _ in range(2)]
    smith = sign_in(server, "smith@example.ca", "Smith-password-1")
    changed = family.post("/me/account/password", json={"CurrentPassword": DEMO_PASSWORD,
                                                        "NewPassword": "une phrase de passe"})
    assert changed.status_code == 200
    for api in (family, *others):
        assert api.get("/me/account").status_code == 401
    assert smith.get("/me/account").status_code == 200  # another account's sessions stay


def test_a_server_hashes_at_argon2s_default_cost_unless_told():
    """Only the tests ask for cheap hashes (Settings.password_hashing)."""
    made = hash_password(DEMO_PASSWORD, Settings().password_hashing)
    assert extract_parameters(made) == RFC_9106_LOW_MEMORY
    assert password_ok(made, DEMO_PASSWORD) and not password_ok(made, "Carnet-demo-2027")
