"""The organization routes' OpenAPI document is checked in (server/openapi-org.json) and kept
current, and `carnet-server --demo` prints the demo organizations' API keys (issue 19)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from server.app import create_app
from server.db import make_engine
from server.openapi import CHECKED_IN_ORG, org_document
from server.settings import Settings
from services.domain.demo import DEMO_ORG_KEYS, DEMO_ORG_SECRET, SWIM

# docs/api-org.md section 6: every route of the contract's table.
CONTRACT = {"/programs", "/programs/{id}/activities", "/activities/{id}/occurrences",
            "/activities/{id}/persons", "/occurrences/{id}/persons", "/accounts",
            "/accounts/{id}", "/accounts/{id}/contacts", "/persons/{id}/registrations",
            "/registrations", "/closures", "/events"}
PREFIX = "/api/v3/{lang}/org/{org}"


def test_checked_in_org_document_is_current(tmp_path):
    app = create_app(Settings(), make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}"))
    assert CHECKED_IN_ORG.read_text(encoding="utf-8") == org_document(app), \
        "run: carnet-server --openapi-org server/openapi-org.json"


def test_the_org_document_holds_the_contract_and_only_it():
    doc = json.loads(CHECKED_IN_ORG.read_text(encoding="utf-8"))
    assert {path.removeprefix(PREFIX) for path in doc["paths"]} == CONTRACT
    refs = set()
    for item in doc["paths"].values():
        assert set(item) == {"get"}
        operation = item["get"]
        assert operation["security"] == [{"OrganizationToken": []}]
        assert {"200", "400", "401", "404", "429"} <= set(operation["responses"])
        assert "Retry-After" in operation["responses"]["429"]["headers"]
        refs |= {p["name"] for p in operation.get("parameters", [])}
    assert {"from", "to", "page", "perPage", "showMedicalInfo", "accountOwnerEmail"} <= refs
    text = json.dumps(doc["components"])
    for name in doc["components"]["schemas"]:  # every schema kept is used
        assert f"#/components/schemas/{name}" in json.dumps(doc["paths"]) + text
    occurrence = doc["components"]["schemas"]["OrgOccurrence"]["properties"]
    assert {"Id", "ActivityId", "Start", "End", "State", "Location"} <= set(occurrence)


@pytest.mark.process
def test_carnet_server_demo_prints_the_org_keys_and_they_sign_in(tmp_path):
    import requests

    script = Path(sys.executable).with_name("carnet-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with subprocess.Popen([str(script), "--demo", "--port", str(port), "--database",
                           f"sqlite:///{tmp_path / 'd.sqlite3'}"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            lines = [proc.stdout.readline() for _ in range(2 + len(DEMO_ORG_KEYS))]
            assert lines[0].startswith("Demo account: username famille.tremblay@example.ca")
            assert lines[1].startswith("Serving")
            keys = lines[2:]
            assert all(DEMO_ORG_SECRET in line for line in keys)
            assert [line.split("API key ")[1].split()[0] for line in keys] == \
                list(DEMO_ORG_KEYS.values())
            for _ in range(100):
                try:
                    reply = requests.get(f"http://127.0.0.1:{port}/api/v3/fr/authenticate",
                                         auth=(DEMO_ORG_KEYS[SWIM], DEMO_ORG_SECRET), timeout=2)
                    break
                except requests.ConnectionError:
                    time.sleep(0.05)
            assert reply.status_code == 200, reply.text
            programs = requests.get(f"http://127.0.0.1:{port}/api/v3/fr/org/marsouins/programs",
                                    headers={"Authorization": f"Bearer {reply.json()['Token']}"},
                                    timeout=10)
            assert programs.status_code == 200 and programs.json()["Paging"]["TotalCount"] == 2
        finally:
            proc.terminate()
            proc.wait(timeout=10)
