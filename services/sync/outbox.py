"""The outbox: local edits waiting for the platform, in order, each with its Idempotency-Key.

A row's sealed payload holds the request to send and its local effects, the wire fields it
changed on which resources; a pull never overwrites those while the row is not done.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from services.store.reads import OPEN_OUTBOX
from services.store.schema import conflicts, outbox
from services.store.store import Store

# Named in the store, whose plain reads count them for the status area.
OPEN_STATES = PENDING, IN_FLIGHT, PARKED, CONFLICT = OPEN_OUTBOX


@dataclass
class Effect:
    """What an edit did locally: `fields` (wire names → values) of one resource."""

    type: str
    id: int
    fields: dict[str, Any]

    def wire(self) -> dict[str, Any]:
        return {"Type": self.type, "Id": self.id, "Fields": self.fields}


@dataclass
class Request:
    method: str
    path: str  # after /api/v3/{lang}
    body: Any = None
    effects: list[Effect] = field(default_factory=list)
    creates: str | None = None  # the type a POST creates under the first effect's (temp) id


@dataclass
class Entry:
    id: int
    state: str
    request: Request
    key: str
    base_version: str | None
    attempts: int
    error: dict[str, Any] | None


def enqueue(store: Store, conn: Connection, request: Request, base_version: str | None,
            now: datetime) -> int:
    main = request.effects[0] if request.effects else None
    if main is not None:
        _supersede(conn, main)
    payload = {"Method": request.method, "Path": request.path, "Body": request.body,
               "Effects": [e.wire() for e in request.effects], "Creates": request.creates}
    return conn.execute(outbox.insert().values(
        resource_type=main.type if main else "", resource_id=main.id if main else None,
        op=request.method, fields=sorted(main.fields) if main else [],
        payload=store.cipher.seal(payload), idempotency_key=str(uuid.uuid4()),
        base_version=base_version or None, state=PENDING, attempts=0, created_at=now,
    )).inserted_primary_key[0]


def _supersede(conn: Connection, main: Effect) -> None:
    """A new edit of fields the platform refused replaces the refused one: the refusal (and
    its value, which would otherwise mask the platform's) is done with."""
    refused = conn.execute(select(outbox.c.id, outbox.c.fields).where(
        outbox.c.state == PARKED, outbox.c.resource_type == main.type,
        outbox.c.resource_id == main.id)).all()
    for ident, fields in refused:
        if fields and set(fields) <= set(main.fields):
            done(conn, ident)


def _entry(store: Store, row) -> Entry:
    data = store.cipher.open(row.payload)
    request = Request(data["Method"], data["Path"], data["Body"],
                      [Effect(e["Type"], e["Id"], e["Fields"]) for e in data["Effects"]],
                      data.get("Creates"))
    return Entry(row.id, row.state, request, row.idempotency_key, row.base_version,
                 row.attempts, json.loads(row.error) if row.error else None)


def entries(store: Store, conn: Connection, states: Iterable[str] = OPEN_STATES) -> list[Entry]:
    rows = conn.execute(select(outbox).where(outbox.c.state.in_(list(states)))
                        .order_by(outbox.c.id))
    return [_entry(store, row) for row in rows]


def next_ready(store: Store, conn: Connection, now: datetime) -> Entry | None:
    row = conn.execute(select(outbox).where(
        outbox.c.state == PENDING,
        (outbox.c.next_try_at.is_(None)) | (outbox.c.next_try_at <= now),
    ).order_by(outbox.c.id).limit(1)).first()
    return None if row is None else _entry(store, row)


def set_state(conn: Connection, entry_id: int, state: str, **values: Any) -> None:
    conn.execute(update(outbox).where(outbox.c.id == entry_id).values(state=state, **values))


def recover(conn: Connection) -> int:
    """After a crash: rows left in flight go back to pending (their key makes a resend safe)."""
    return conn.execute(update(outbox).where(outbox.c.state == IN_FLIGHT)
                        .values(state=PENDING)).rowcount


def done(conn: Connection, entry_id: int) -> None:
    conn.execute(conflicts.delete().where(conflicts.c.outbox_id == entry_id))
    conn.execute(outbox.delete().where(outbox.c.id == entry_id))


def pending_fields(store: Store, conn: Connection) -> dict[tuple[str, int], dict[str, Any]]:
    """Every field with an edit not yet accepted, by resource: what a pull must not overwrite."""
    merged: dict[tuple[str, int], dict[str, Any]] = {}
    for entry in entries(store, conn):
        for effect in entry.request.effects:
            merged.setdefault((effect.type, effect.id), {}).update(effect.fields)
    return merged


def counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state))
    return dict(rows.all())


def rebase(conn: Connection, type_name: str, ident: int, old: str | None, new: str) -> None:
    """Our own edit was accepted: later edits of the same resource build on its new Version,
    not on the one the platform has just replaced (which would be a false conflict)."""
    conn.execute(update(outbox).where(
        outbox.c.resource_type == type_name, outbox.c.resource_id == ident,
        outbox.c.base_version == old, outbox.c.state == PENDING).values(base_version=new))


def rewrite(store: Store, conn: Connection, entry: Entry) -> None:
    """Save a changed request (ids remapped after a create)."""
    r = entry.request
    payload = {"Method": r.method, "Path": r.path, "Body": r.body,
               "Effects": [e.wire() for e in r.effects], "Creates": r.creates}
    main = r.effects[0] if r.effects else None
    conn.execute(update(outbox).where(outbox.c.id == entry.id).values(
        payload=store.cipher.seal(payload), resource_id=main.id if main else None))
