"""Entity ⇄ row conversion, sealing the secret fields on the way in and opening them out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row

from services.domain.entities import Resource
from services.security.crypto import FieldCipher
from services.store.schema import FIELD_MAPS


def to_row(entity: Resource, cipher: FieldCipher) -> dict[str, Any]:
    fields = FIELD_MAPS[type(entity)]
    row = {f.name: getattr(entity, f.name) for f in fields if f.kind == "plain"}
    complex_names = {f.name for f in fields if f.kind != "plain"}
    if complex_names:
        dumped = entity.model_dump(mode="json", include=complex_names)
        for f in fields:
            if f.kind == "json":
                row[f.name] = dumped[f.name]
            elif f.kind == "secret":
                row[f.name] = cipher.seal(dumped[f.name])
    return row


def from_row(model: type[Resource], row: Row | dict[str, Any], cipher: FieldCipher) -> Resource:
    data = dict(row._mapping) if isinstance(row, Row) else dict(row)
    for f in FIELD_MAPS[model]:
        if f.kind == "secret":
            data[f.name] = cipher.open(data[f.name])
    return model.model_validate(data)
