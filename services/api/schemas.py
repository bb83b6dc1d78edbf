"""Wire schemas of API responses, so a bad payload fails loudly and precisely."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from services.api.errors import SchemaError
from services.domain.entities import RESOURCE_TYPES, Resource


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Paging(_Wire):
    TotalCount: int
    Next: str


class Change(_Wire):
    Type: str
    Id: int
    Op: Literal["Upsert", "Delete"]
    Version: str
    Data: dict[str, Any] | None


class ChangePage(_Wire):
    Items: list[Change]
    Paging: Paging
    Cursor: str


class ListPage(_Wire):
    Items: list[dict[str, Any]]
    Paging: Paging


def _where(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(p) for p in first.get("loc", ())) or "(body)"
    return f"{field}: {first.get('msg', 'invalid')}"


def parse(model: type[_Wire], payload: Any, what: str) -> Any:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise SchemaError(f"{what}: {_where(exc)}") from exc


def resource(type_name: str, data: Any, ident: int | None = None) -> Resource:
    """One resource of the feed or of an answer, validated against its entity."""
    model = RESOURCE_TYPES.get(type_name)
    label = f"{type_name} {ident}" if ident is not None else type_name
    if model is None:
        raise SchemaError(f"{label}: unknown resource type")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise SchemaError(f"{label}: {_where(exc)}") from exc
