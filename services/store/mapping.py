"""Entity ⇄ row conversion, sealing the secret fields on the way in and opening them out.

Writes go straight to the driver (`to_db` gives each row ready for sqlite3, in column order):
a full sync writes 100,000 rows, and SQLAlchemy's per-value bind processing was a third of it.
Reads go through SQLAlchemy's column types.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, Date, Row, Table

from services.domain.entities import Resource
from services.security.crypto import PREFIX, DecryptionError, FieldCipher
from services.store import private
from services.store.codec import to_cents, to_micros
from services.store.schema import FIELD_MAPS, PLAIN_BEFORE_0004, RESOURCE_TABLES
from services.store.types import Cents, UtcMicros


def _micros(value: datetime | None) -> int | None:
    return None if value is None else to_micros(value)


def _cents(value: Decimal | None) -> int | None:
    return None if value is None else to_cents(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _plain(value: Any) -> Any:
    return value


@cache
def _converters(model: type[Resource]) -> tuple[tuple[str, str, Callable], ...]:
    table = RESOURCE_TABLES[model]
    out = []
    for field in FIELD_MAPS[model]:
        kind = table.c[field.name].type
        convert = (_micros if isinstance(kind, UtcMicros) else _cents if isinstance(kind, Cents)
                   else _iso if isinstance(kind, Date) else _plain)
        out.append((field.name, "json" if isinstance(kind, JSON) and field.kind != "secret"
                    else field.kind, convert))
    return tuple(out)


def to_db(entity: Resource, cipher: FieldCipher) -> tuple:
    """One row for the driver, in the table's column order. A private value (sealed, or a
    person's name) is handed to the log's redaction on its way (services.store.private)."""
    if type(entity) in private.KINDS:
        private.remember((entity,))
    converters = _converters(type(entity))
    complex_names = {name for name, kind, _ in converters if kind != "plain"}
    dumped = entity.model_dump(mode="json", include=complex_names) if complex_names else {}
    values = []
    for name, kind, convert in converters:
        if kind == "plain":
            values.append(convert(getattr(entity, name)))
        elif kind == "json":
            value = dumped[name]
            values.append(None if value is None else json.dumps(value, ensure_ascii=False))
        else:
            values.append(cipher.seal(dumped[name]))
    return tuple(values)


@cache
def upsert_sql(table: Table) -> str:
    names = [c.name for c in table.c]
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    return (f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks}) '
            f"ON CONFLICT (id) DO UPDATE SET {updates}")


def open_field(model: type[Resource], name: str, value: str | None, cipher: FieldCipher) -> Any:
    """A sealed column's value; the plain JSON an older store still holds in a column sealed
    since (schema.PLAIN_BEFORE_0004) is read as it is, until the key check seals it."""
    if value is not None and not value.startswith(PREFIX) \
            and name in PLAIN_BEFORE_0004.get(model, ()):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise DecryptionError("stored value is not in this store's format") from exc
    return cipher.open(value)


def from_row(model: type[Resource], row: Row | dict[str, Any], cipher: FieldCipher) -> Resource:
    data = dict(row._mapping) if isinstance(row, Row) else dict(row)
    for f in FIELD_MAPS[model]:
        if f.kind == "secret":
            data[f.name] = open_field(model, f.name, data[f.name], cipher)
    return model.model_validate(data)
