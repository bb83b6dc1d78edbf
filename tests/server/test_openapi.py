"""The OpenAPI document is served and checked in (server/openapi.json), and kept current."""

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
from server.openapi import CHECKED_IN, document
from server.settings import Settings


def test_checked_in_document_is_current(tmp_path):
    app = create_app(Settings(), make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}"))
    assert CHECKED_IN.read_text(encoding="utf-8") == document(app), \
        "run: carnet-server --openapi server/openapi.json"


def test_served(server, family):
    served = family.session.get(f"{server.url}/openapi.json", timeout=10).json()
    assert served["info"]["title"] == "Carnet account API"
    assert "/api/v3/{lang}/me/changes" in served["paths"]


@pytest.mark.process
def test_carnet_server_demo_prints_the_login(tmp_path):
    script = Path(sys.executable).with_name("carnet-server")
    with subprocess.Popen([str(script), "--demo", "--port", "0", "--database",
                           f"sqlite:///{tmp_path / 'd.sqlite3'}"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            line = proc.stdout.readline()
            assert "famille.tremblay@example.ca" in line and "Carnet-demo-2026" in line
            assert "Serving http://127.0.0.1:0/api/v3/fr" in proc.stdout.readline()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.mark.process
def test_carnet_server_loads_a_dataset_file_with_several_accounts(tmp_path):
    import requests

    from tests.reference import TODAY
    from tests.server.families import two_families

    path = tmp_path / "families.json"
    path.write_text(two_families(TODAY).to_json(), encoding="utf-8")
    script = Path(sys.executable).with_name("carnet-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with subprocess.Popen([str(script), "--load", str(path), "--port", str(port), "--database",
                           f"sqlite:///{tmp_path / 'l.sqlite3'}"], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            assert "Serving" in proc.stdout.readline()
            for _ in range(100):
                try:
                    reply = requests.get(f"http://127.0.0.1:{port}/api/v3/en/authenticate",
                                         auth=("smith@example.ca", "Smith-password-1"), timeout=2)
                    break
                except requests.ConnectionError:
                    time.sleep(0.05)
            assert reply.status_code == 200 and reply.json()["Token"]
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _operations(doc: dict):
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            yield path.removeprefix("/api/v3/{lang}"), method.upper(), operation


def _error_schema(doc: dict, answer: dict) -> dict:
    ref = answer["content"]["application/json"]["schema"]["$ref"]
    return doc["components"]["schemas"][ref.rsplit("/", 1)[1]]


def test_every_status_a_route_can_answer_is_declared_with_the_error_shape():
    """Issue 14: the fuzz met 68 answers whose status the document did not declare."""
    doc = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    assert "HTTPValidationError" not in json.dumps(doc)  # FastAPI's shape, not ours
    for path, method, operation in _operations(doc):
        answers = operation["responses"]
        wanted = {"422"}  # {lang} itself
        if path.startswith("/me/") or (path == "/authenticate" and method == "DELETE"):
            wanted |= {"401"}
        if path.startswith("/admin/"):
            wanted |= {"401", "403"}
        if "{id}" in path:
            wanted |= {"404"}
        if "requestBody" in operation:
            wanted |= {"400", "413"}
        assert wanted <= set(answers), (method, path, sorted(answers))
        for status, answer in answers.items():
            if status.startswith(("4", "5")):
                error = _error_schema(doc, answer)
                assert error["required"] == ["Error"], (method, path, status)


@pytest.mark.parametrize("method,path,statuses", [
    ("GET", "/authenticate", {"200", "401", "429"}),
    ("DELETE", "/authenticate", {"204", "401"}),
    ("POST", "/me/account/password", {"200", "429"}),
    ("POST", "/me/account/username/confirm", {"200", "409", "429"}),
    ("POST", "/me/account/username", {"202", "409"}),
    ("GET", "/me/changes", {"200", "400", "410"}),
    ("POST", "/me/payments", {"201", "402"}),
    ("PATCH", "/me/persons/{id}", {"200", "412"}),
    ("DELETE", "/me/persons/{id}", {"409"}),
    ("DELETE", "/me/quick-access/{id}", {"409", "412"}),
    ("POST", "/admin/registrations", {"201", "403", "404"}),
])
def test_route_specific_statuses(method, path, statuses):
    doc = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    operation = doc["paths"][f"/api/v3/{{lang}}{path}"][method.lower()]
    assert statuses <= set(operation["responses"])


def test_resource_answers_have_real_schemas():
    """So the fuzz's response-schema check means something: no `{}` where a resource comes."""
    doc = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    for path, method, operation in _operations(doc):
        for status, answer in operation["responses"].items():
            if status.startswith("2") and status != "204":
                # JSON, or the calendar feed's text/calendar (a string)
                for content in answer["content"].values():
                    schema = content["schema"]
                    assert schema not in ({}, {"type": "object"}), (method, path, status)
    person = doc["paths"]["/api/v3/{lang}/me/persons/{id}"]["get"]["responses"]["200"]
    assert person["content"]["application/json"]["schema"]["$ref"].endswith("/Person")
    persons = doc["paths"]["/api/v3/{lang}/me/persons"]["get"]["responses"]["200"]
    listed = persons["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert set(doc["components"]["schemas"][listed]["properties"]) == {"Items", "Paging"}


def test_sign_in_schemes_are_declared():
    doc = json.loads(CHECKED_IN.read_text(encoding="utf-8"))
    schemes = doc["components"]["securitySchemes"]
    assert {s["scheme"] for s in schemes.values()} == {"basic", "bearer"}
    persons = doc["paths"]["/api/v3/{lang}/me/persons"]["get"]
    assert persons["security"] and not any(
        p["name"].lower() == "authorization" for p in persons.get("parameters", []))
