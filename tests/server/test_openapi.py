"""The OpenAPI document is served and checked in (server/openapi.json), and kept current."""

from __future__ import annotations

import subprocess
import sys
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
