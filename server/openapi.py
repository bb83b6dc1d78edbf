"""The OpenAPI document, checked in as server/openapi.json, and its organization routes alone
as server/openapi-org.json (docs/api-org.md section 6); tests keep both current."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI

CHECKED_IN = Path(__file__).with_name("openapi.json")
CHECKED_IN_ORG = Path(__file__).with_name("openapi-org.json")
ORG_PREFIX = "/api/v3/{lang}/org/"


def _text(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def document(app: FastAPI) -> str:
    return _text(app.openapi())


def org_document(app: FastAPI) -> str:
    """The app's document cut to the organization routes, with only the schemas and security
    schemes they use."""
    whole = app.openapi()
    doc: dict[str, Any] = {key: value for key, value in whole.items()
                           if key not in ("paths", "components")}
    doc["info"] = {**whole["info"], "title": "Carnet organization API",
                   "description": "The organization routes of the reference server "
                                  "(docs/api-org.md section 6)."}
    doc["paths"] = {path: item for path, item in whole["paths"].items()
                    if path.startswith(ORG_PREFIX)}
    components = whole.get("components", {})
    schemas = components.get("schemas", {})
    wanted: set[str] = set()
    todo = _refs(doc["paths"])
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo |= _refs(schemas[name])
    used_schemes = {name for item in doc["paths"].values() for operation in item.values()
                    for requirement in operation.get("security", []) for name in requirement}
    doc["components"] = {
        "schemas": {name: schemas[name] for name in sorted(wanted)},
        "securitySchemes": {name: scheme for name, scheme in
                            components.get("securitySchemes", {}).items()
                            if name in used_schemes | {"SignIn"}},
    }
    return _text(doc)


def _refs(value: Any) -> set[str]:
    text = json.dumps(value)
    marker = '"#/components/schemas/'
    found, start = set(), text.find(marker)
    while start >= 0:
        end = text.index('"', start + len(marker))
        found.add(text[start + len(marker):end])
        start = text.find(marker, end)
    return found


def write(app: FastAPI, path: Path = CHECKED_IN) -> None:
    path.write_text(document(app), encoding="utf-8")


def write_org(app: FastAPI, path: Path = CHECKED_IN_ORG) -> None:
    path.write_text(org_document(app), encoding="utf-8")
