"""The served OpenAPI fuzzed against the real embedded server (schemathesis, issue 14).

Every operation is tried with the demo family's token (the admin token on organization-side
routes): schema examples, boundary values (coverage) and generated inputs, valid and not. No
answer may be a server error, have a status the document does not declare, or break the
response schema it declares. The seed is fixed and the budget bounded, so a run is the same
every time and fits in the test command.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from server.embedded import start
from server.openapi import CHECKED_IN
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.reference import BACKENDS, POSTGRES, TEST_SETTINGS, TODAY
from tests.server.families import two_families

SEED = 20261127
EXAMPLES = 12  # generated cases per operation, on top of examples and boundary values
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
# Ids of each collection: the demo family's, and one of the Smiths' (which must stay 404).
# Generated ids alone would almost never name a resource, leaving its answers untried.
KNOWN_IDS: dict[str, list[int]] = {
    "persons": [201, 203, 204, 9002], "contacts": [301, 302, 9101], "invitations": [1301],
    "organizations": [101, 102, 150], "quick-access": [1501, 1502, 9301],
    "closures": [401, 9051], "activities": [501, 503, 9052], "occurrences": [10001, 9053],
    "registrations": [601, 9401], "events": [701, 9501], "transactions": [801, 9601],
    "passes": [851, 9701], "carts": [1501, 9801], "postdated-payments": [951, 953, 9901],
    "payment-methods": [901, 903, 9951], "emails": [1101, 9961],
    "subscriptions": [1600, 1701, 9971], "org-forms": [1201, 9981], "accounts": [1, 2],
}
WRONG_IDS = [1, 2, 9001]

# The checked-in document, loaded at import so that each operation is a test of its own; the
# `target` fixture checks that the server serves exactly this one. (Loading from the served URL
# inside a fixture, schemathesis.pytest.from_fixture, breaks on pytest 9.2: it sets
# `node._nodeid`, which pytest no longer has.)
schema = schemathesis.openapi.from_path(CHECKED_IN, config=schemathesis.Config.from_dict({
    "seed": SEED,
    # Hypothesis's health checks time the generation: on a busy 2-core machine they would
    # fail the run for slowness, not for anything the server did.
    "suppress-health-check": ["all"],
    "generation": {"max-examples": EXAMPLES, "database": "none"},
    "phases": {"stateful": {"enabled": False}},
}))


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    """Half of the ids drawn name a resource of that collection (or another account's)."""
    if "id" not in (path_parameters or {}):
        return st.just(path_parameters)
    collection = context.operation.path.split("/{id}")[0].rsplit("/", 1)[-1]
    known = st.sampled_from(KNOWN_IDS.get(collection, WRONG_IDS))
    return st.one_of(st.just(path_parameters),
                     known.map(lambda ident: {**path_parameters, "id": ident}))


@dataclass(frozen=True)
class Target:
    url: str
    family: str  # Authorization header values
    admin: str

    def sign_in(self, lang: str = "en") -> str:
        token = requests.get(f"{self.url}/api/v3/{lang}/authenticate", timeout=10,
                             auth=(DEMO_USERNAME, DEMO_PASSWORD)).json()["Token"]
        return f"Bearer {token}"

    def authorization(self, case) -> str:
        """The admin token on organization-side routes; the demo password to sign in; a
        session of its own to sign out (the family's must live through the whole run)."""
        if "/admin/" in case.path:
            return self.admin
        if case.path.endswith("/authenticate"):
            if case.method == "GET":
                return requests.auth._basic_auth_str(DEMO_USERNAME, DEMO_PASSWORD)
            return self.sign_in()
        return self.family


@pytest.fixture(scope="module", params=BACKENDS)
def target(request, tmp_path_factory) -> Iterator[Target]:
    database = POSTGRES if request.param == "postgresql" else None
    folder = tmp_path_factory.mktemp("fuzz")
    with start(two_families(TODAY), database=database, folder=folder,
               **TEST_SETTINGS) as server:
        served = requests.get(f"{server.url}/openapi.json", timeout=10)
        assert served.json() == json.loads(CHECKED_IN.read_text(encoding="utf-8"))
        target = Target(server.url, "", f"Bearer {server.admin_token}")
        yield Target(server.url, target.sign_in(), target.admin)


@schema.parametrize()
@pytest.mark.server
def test_no_server_error_undeclared_status_or_schema_violation(case, target):
    case.call_and_validate(base_url=target.url, checks=CHECKS,
                           headers={"Authorization": target.authorization(case)})
