"""SQLAlchemy Core schema: one table per API resource (derived from the entities) plus sync
bookkeeping. Change an entity and Alembic's autogenerate shows the migration to write.

Resource tables carry no foreign keys between each other on purpose: the change feed is
eventually consistent, so an occurrence may arrive in a page before its activity.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from pydantic import AwareDatetime
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)

from services.domain import entities as e
from services.store.tables import ResourceType
from services.store.types import Cents, UtcMicros

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

# Table name of each resource type: services.store.tables names them (the entity of each type
# is the domain's class of that name).
TABLE_NAMES: dict[type[e.Resource], str] = {
    e.RESOURCE_TYPES[kind.value]: kind.table for kind in ResourceType
}

# SPEC SYNC-5 / issue 2: encrypted at rest with the store key. Issue 14: every answer of an
# organization's form too (a family doctor, health answers).
SECRET_FIELDS: dict[type[e.Resource], frozenset[str]] = {
    e.Person: frozenset({"sin", "medical_information", "health_insurance"}),
    e.Contact: frozenset({"sin", "notes"}),
    e.OrgForm: frozenset({"answers"}),
}

# Sealed fields that older stores hold as plain JSON text (revision 0003 and before): read as
# such until the store's key is checked, which seals them all (Store.check_key). A sealed
# value starts with services.security.crypto.PREFIX; a JSON text never does.
PLAIN_BEFORE_0004: dict[type[e.Resource], frozenset[str]] = {
    e.OrgForm: frozenset({"answers"}),
}

INDEXES: dict[str, list[tuple[str, ...]]] = {
    # The calendar's range query checks "end" inside the index, without reading each row.
    "occurrences": [("start", "end"), ("activity_id",)],
    "registrations": [("activity_id",), ("person_id",)],
    "events": [("start",)],
    "closures": [("start_date", "end_date")],
    "contacts": [("person_id",)],
    "emails": [("organization_id", "sent_at")],
    "transactions": [("organization_id", "date")],
    "postdated_payments": [("status", "due_date")],
    "org_forms": [("person_id",)],
}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """How one entity field is stored: plain column, JSON text, or sealed (encrypted) text."""

    name: str
    kind: str  # "plain" | "json" | "secret"


def _column_type(annotation: object):
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
    if typing.get_origin(annotation) is typing.Annotated:
        base = typing.get_args(annotation)[0]
        return Cents() if base is Decimal else _column_type(base)
    if annotation is bool:
        return Boolean()
    if annotation is int:
        return Integer()
    if annotation is datetime or annotation is AwareDatetime:
        return UtcMicros()
    if annotation is date:
        return Date()
    if annotation is str or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return Text()
    return JSON()  # lists, dicts and nested value objects


def _is_optional(annotation: object) -> bool:
    return type(None) in typing.get_args(annotation)


def _resource_table(model: type[e.Resource], name: str) -> tuple[Table, tuple[FieldMap, ...]]:
    hints = typing.get_type_hints(model, include_extras=True)
    secrets = SECRET_FIELDS.get(model, frozenset())
    columns, fields = [], []
    for field in model.model_fields:
        hint = hints[field]
        if field in secrets:
            columns.append(Column(field, Text, nullable=True))
            fields.append(FieldMap(field, "secret"))
            continue
        kind = _column_type(hint)
        nullable = _is_optional(hint) or isinstance(kind, JSON)
        columns.append(Column(field, kind, primary_key=field == "id",
                              autoincrement=False, nullable=nullable))
        fields.append(FieldMap(field, "json" if isinstance(kind, JSON) else "plain"))
    table = Table(name, metadata, *columns)
    for cols in INDEXES.get(name, []):
        Index(None, *(table.c[c] for c in cols))
    if name == "occurrences":  # the longest occurrence in O(log n): calendar_reads' lower bound
        Index("ix_occurrences_span", table.c.end - table.c.start)
    return table, tuple(fields)


RESOURCE_TABLES: dict[type[e.Resource], Table] = {}
FIELD_MAPS: dict[type[e.Resource], tuple[FieldMap, ...]] = {}
for _model, _name in TABLE_NAMES.items():
    RESOURCE_TABLES[_model], FIELD_MAPS[_model] = _resource_table(_model, _name)

T = {model.__name__: table for model, table in RESOURCE_TABLES.items()}

# --- sync bookkeeping -------------------------------------------------------------------------

meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=True),
)

outbox = Table(
    "outbox", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("resource_type", Text, nullable=False),
    Column("resource_id", Integer, nullable=True),
    Column("op", Text, nullable=False),  # Create | Update | Delete | Action
    Column("fields", JSON, nullable=False),  # wire names of the fields the edit touches
    Column("payload", Text, nullable=True),  # sealed: may hold a SIN or medical data
    Column("idempotency_key", Text, nullable=False, unique=True),
    Column("base_version", Text, nullable=True),  # the Version the edit was made over
    Column("state", Text, nullable=False, default="pending"),  # services.sync.outbox
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text, nullable=True),
    Column("created_at", UtcMicros, nullable=False),
    Column("next_try_at", UtcMicros, nullable=True),
)
Index(None, outbox.c.state, outbox.c.id)

# SEQUENCE of the calendar files (issue 17): how many times the platform sent a new Version of
# a closure, occurrence or event the store already had (services/store/revisions.py).
calendar_revisions = Table(
    "calendar_revisions", metadata,
    Column("resource_type", Text, primary_key=True),
    Column("resource_id", Integer, primary_key=True, autoincrement=False),
    Column("sequence", Integer, nullable=False),
)

conflicts = Table(
    "conflicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("outbox_id", Integer, ForeignKey("outbox.id", ondelete="CASCADE"), nullable=False),
    Column("resource_type", Text, nullable=False),
    Column("resource_id", Integer, nullable=True),
    Column("local", Text, nullable=True),  # sealed
    Column("remote", Text, nullable=True),  # sealed
    Column("created_at", UtcMicros, nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
)
