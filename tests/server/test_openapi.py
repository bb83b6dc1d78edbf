"""The OpenAPI document is served and checked in (server/openapi.json), and kept current."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

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


def test_carnet_server_loads_a_dataset_file_with_several_accounts(tmp_path):
    import requests

    from tests.conftest import TODAY
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
