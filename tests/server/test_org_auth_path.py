"""The platform's documented sign-in address, `GET /api/v3/authenticate` (no language; its pages
also spell it `/api/V3/`), answered by the reference server with the same handler and the same
throttle as `/api/v3/{lang}/authenticate` (docs/api-org.md section 6); front desk's client
signs in there and nowhere else; the family client's address is unchanged."""

from __future__ import annotations

import pytest
import requests

from server.embedded import RunningServer
from services.api.client import ApiClient
from services.domain.demo import (
    CITY,
    DEMO_ORG_KEYS,
    DEMO_ORG_SECRET,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    SWIM,
)
from services.org.client import OrgClient
from services.security.credentials import MemoryCredentials
from tests.reference import error_of

SWIM_KEY, CITY_KEY = DEMO_ORG_KEYS[SWIM], DEMO_ORG_KEYS[CITY]
ADDRESSES = ("/api/v3/authenticate", "/api/V3/authenticate")


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_org_key_signs_in_at_the_documented_address(server: RunningServer, address):
    answer = requests.get(f"{server.url}{address}", auth=(SWIM_KEY, DEMO_ORG_SECRET),
                          timeout=10)
    assert answer.status_code == 200 and set(answer.json()) == {"Token"}
    token = answer.json()["Token"]
    programs = requests.get(f"{server.api()}/org/marsouins/programs",
                            headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert programs.status_code == 200 and programs.json()["Items"]


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_family_signs_in_there_too(server: RunningServer, address):
    answer = requests.get(f"{server.url}{address}", auth=(DEMO_USERNAME, DEMO_PASSWORD),
                          timeout=10)
    assert answer.status_code == 200
    me = requests.get(f"{server.api()}/me/persons", timeout=10,
                      headers={"Authorization": f"Bearer {answer.json()['Token']}"})
    assert me.status_code == 200


@pytest.mark.parametrize("address", ADDRESSES)
def test_refusals_are_in_english_in_the_api_shape(server: RunningServer, address):
    wrong = requests.get(f"{server.url}{address}", auth=(SWIM_KEY, "not the secret"),
                         timeout=10)
    assert wrong.status_code == 401
    error = error_of(wrong)
    assert error["Code"] == "BadCredentials" and error["Message"] == "Wrong username or password."
    bare = requests.get(f"{server.url}{address}", timeout=10)
    assert bare.status_code == 401 and error_of(bare)["Code"] == "Unauthorized"


def test_the_throttle_is_shared_with_the_language_address(server: RunningServer):
    for attempt, address in enumerate(["/api/v3/authenticate", "/api/V3/authenticate",
                                       "/api/v3/fr/authenticate", "/api/v3/authenticate",
                                       "/api/v3/en/authenticate"]):
        requests.get(f"{server.url}{address}", auth=(CITY_KEY, f"guess {attempt}"), timeout=10)
    for address in ("/api/v3/authenticate", "/api/v3/fr/authenticate"):
        locked = requests.get(f"{server.url}{address}", auth=(CITY_KEY, DEMO_ORG_SECRET),
                              timeout=10)
        assert locked.status_code == 429 and error_of(locked)["Code"] == "TooManyAttempts"
        assert int(locked.headers["Retry-After"]) >= 1
    french = requests.get(f"{server.api('fr')}/authenticate", auth=(CITY_KEY, "x"), timeout=10)
    english = requests.get(f"{server.url}/api/v3/authenticate", auth=(CITY_KEY, "x"),
                           timeout=10)
    assert error_of(french)["Message"].startswith("Trop de tentatives")
    assert error_of(english)["Message"].startswith("Too many attempts")


def test_sign_out_and_other_routes_still_need_the_language(server: RunningServer):
    assert requests.delete(f"{server.url}/api/v3/authenticate", timeout=10).status_code in (
        404, 405)
    assert requests.get(f"{server.url}/api/v3/me/persons", timeout=10).status_code == 404


def test_the_org_client_signs_in_at_the_documented_address_only(server: RunningServer):
    api = OrgClient(server.url, "marsouins", SWIM_KEY, "fr",
                    MemoryCredentials(server.url, SWIM_KEY), timeout=(2.0, 5.0))
    seen: list[str] = []
    api.session.hooks["response"].append(lambda response, *a, **k: seen.append(response.url))
    api.sign_in(DEMO_ORG_SECRET)
    assert seen == [f"{server.url}/api/v3/authenticate"]
    assert [p["Id"] for p in api.pages("/programs")]
    assert all(url.startswith(f"{server.url}/api/v3/fr/org/marsouins/") for url in seen[1:])


def test_the_family_client_still_signs_in_with_its_language(server: RunningServer):
    api = ApiClient(server.url, DEMO_USERNAME, "fr", MemoryCredentials(server.url, DEMO_USERNAME))
    seen: list[str] = []
    api.session.hooks["response"].append(lambda response, *a, **k: seen.append(response.url))
    api.sign_in(DEMO_PASSWORD)
    assert seen == [f"{server.url}/api/v3/fr/authenticate"]


def test_the_document_shows_the_documented_address(server: RunningServer):
    doc = requests.get(f"{server.url}/openapi.json", timeout=10).json()
    operation = doc["paths"]["/api/v3/authenticate"]["get"]
    assert operation["security"] == [{"SignIn": []}]
    assert {"200", "401", "429"} <= set(operation["responses"])
    assert "/api/V3/authenticate" not in doc["paths"]  # the same route, spelled the other way
