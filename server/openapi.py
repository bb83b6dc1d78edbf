"""The OpenAPI document, checked in as server/openapi.json (a test keeps it current)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI

CHECKED_IN = Path(__file__).with_name("openapi.json")


def document(app: FastAPI) -> str:
    return json.dumps(app.openapi(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write(app: FastAPI, path: Path = CHECKED_IN) -> None:
    path.write_text(document(app), encoding="utf-8")
