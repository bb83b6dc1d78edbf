"""The outbox: local edits waiting for the platform, a per-record ordered log.

Each entry is one request with its Idempotency-Key and the Version of the record it was made
over. Its outcome is explicit: applied (the entry leaves the outbox), refused (parked, with the
platform's reason), conflict (a real concurrent change, for the user to settle) or unknown (sent,
but no answer was understood: resent with the same key until one is). A later entry of a record
never overtakes an earlier one that has not been applied; entries of other records may.

A row's sealed payload holds the request and its local effects, the wire fields it changed on
which resources; a pull never overwrites those while the entry is open.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from services.store.reads import OPEN_OUTBOX
from services.store.schema import conflicts, outbox
from services.store.store import Store

# Named in the store, whose plain reads count them for the status area.
OPEN_STATES = PENDING, IN_FLIGHT, UNKNOWN, PARKED, CONFLICT = OPEN_OUTBOX
SENDABLE = (PENDING, UNKNOWN)
# A refusal is final: later entries of its record go on. Anything else holds them back.
HOLDS_BACK = (PENDING, IN_FLIGHT, UNKNOWN, CONFLICT)

Record = tuple[str, int]
NEW = "new"  # records named by a temporary id: ("new", -3), whatever the type


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
    if_match: bool = True  # send the base Version as If-Match (actions need not)

    def payload(self) -> dict[str, Any]:
        return {"Method": self.method, "Path": self.path, "Body": self.body,
                "Effects": [e.wire() for e in self.effects], "Creates": self.creates,
                "IfMatch": self.if_match}

    def temp_ids(self) -> set[int]:
        """Temporary ids (< 0) of local creations this request names anywhere."""
        found = {int(part) for part in self.path.split("/") if part.lstrip("-").isdigit()
                 and int(part) < 0}
        found |= {e.id for e in self.effects if e.id < 0}
        return found | set(_negative_ids(self.body)) | {
            i for e in self.effects for i in _negative_ids(e.fields)}


def _negative_ids(value: Any, key: str = "") -> Iterator[int]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k.lstrip("-").isdigit() and int(k) < 0:  # {"Shares": {"-3": 50}}
                yield int(k)
            yield from _negative_ids(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _negative_ids(v, key)
    elif isinstance(value, int) and not isinstance(value, bool) and value < 0 and \
            key.endswith(("Id", "Ids")):
        yield value


@dataclass
class Entry:
    id: int
    state: str
    request: Request
    key: str
    base_version: str | None
    attempts: int
    error: dict[str, Any] | None
    next_try_at: datetime | None = None

    def records(self) -> set[Record]:
        """The records this entry must wait for: the ones it changes, and each local creation
        it names (an invitation of a person not yet on the platform waits for that person)."""
        return {(e.type, e.id) for e in self.request.effects} | {
            (NEW, ident) for ident in self.request.temp_ids()}

    def due(self, now: datetime) -> bool:
        return self.state in SENDABLE and (self.next_try_at is None or self.next_try_at <= now)


def enqueue(store: Store, conn: Connection, request: Request, base_version: str | None,
            now: datetime) -> int:
    """Queue `request`, made over the record's `base_version` (the one it had when edited)."""
    main = request.effects[0] if request.effects else None
    if main is not None:
        _supersede(conn, main)
    return conn.execute(outbox.insert().values(
        resource_type=main.type if main else "", resource_id=main.id if main else None,
        op=request.method, fields=sorted(main.fields) if main else [],
        payload=store.cipher.seal(request.payload()), idempotency_key=new_key(),
        base_version=base_version or None, state=PENDING, attempts=0, created_at=now,
    )).inserted_primary_key[0]


def new_key() -> str:
    return str(uuid.uuid4())


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
                      data.get("Creates"), data.get("IfMatch", True))
    return Entry(row.id, row.state, request, row.idempotency_key, row.base_version,
                 row.attempts, json.loads(row.error) if row.error else None, row.next_try_at)


def entries(store: Store, conn: Connection, states: Iterable[str] = OPEN_STATES) -> list[Entry]:
    rows = conn.execute(select(outbox).where(outbox.c.state.in_(list(states)))
                        .order_by(outbox.c.id))
    return [_entry(store, row) for row in rows]


def get(store: Store, conn: Connection, entry_id: int) -> Entry | None:
    row = conn.execute(select(outbox).where(outbox.c.id == entry_id)).first()
    return None if row is None else _entry(store, row)


class Plan:
    """One pass over the queue, in order: the entries that may go now — due, and no earlier
    entry holding back one of their records. Tell it of each sent entry that did not end
    applied (`held`): its records are then held back for the rest of the pass."""

    def __init__(self, queue: list[Entry], now: datetime) -> None:
        self.queue, self.now = queue, now
        self.blocked: set[Record] = set()

    def __iter__(self) -> Iterator[Entry]:
        for entry in self.queue:
            if entry.records() & self.blocked or not entry.due(self.now):
                if entry.state in HOLDS_BACK:
                    self.held(entry)
                continue
            yield entry

    def held(self, entry: Entry) -> None:
        self.blocked |= entry.records()


def set_state(conn: Connection, entry_id: int, state: str, **values: Any) -> None:
    conn.execute(update(outbox).where(outbox.c.id == entry_id).values(state=state, **values))


def recover(conn: Connection) -> int:
    """Entries left in flight by a pusher that died: sent or not, nobody knows. Called with the
    store's push lock held, so no live pusher is sending them."""
    return conn.execute(update(outbox).where(outbox.c.state == IN_FLIGHT)
                        .values(state=UNKNOWN)).rowcount


def done(conn: Connection, entry_id: int) -> None:
    conn.execute(conflicts.delete().where(conflicts.c.outbox_id == entry_id))
    conn.execute(outbox.delete().where(outbox.c.id == entry_id))


def pending_fields(store: Store, conn: Connection) -> dict[Record, dict[str, Any]]:
    """Every field with an edit not yet accepted, by resource: what a pull must not overwrite."""
    merged: dict[Record, dict[str, Any]] = {}
    for entry in entries(store, conn):
        for effect in entry.request.effects:
            merged.setdefault((effect.type, effect.id), {}).update(effect.fields)
    return merged


def counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(outbox.c.state, func.count()).group_by(outbox.c.state))
    return dict(rows.all())


def rebase(conn: Connection, type_name: str, ident: int, over: set[str | None],
           new: str) -> None:
    """Our own edit, made over one of the Versions `over`, was applied as `new`: later edits of
    the record made over those build on `new` (not on the Version it replaced, which would be
    a false conflict). Only entries never sent: one already sent is resent as it was."""
    known = [v for v in over if v is not None]
    same_base = outbox.c.base_version.in_(known)
    if None in over:
        same_base = same_base | outbox.c.base_version.is_(None)
    conn.execute(update(outbox).where(
        outbox.c.resource_type == type_name, outbox.c.resource_id == ident, same_base,
        outbox.c.state == PENDING).values(base_version=new))


def rewrite(store: Store, conn: Connection, entry: Entry) -> None:
    """Save a changed request (ids remapped after a create)."""
    main = entry.request.effects[0] if entry.request.effects else None
    conn.execute(update(outbox).where(outbox.c.id == entry.id).values(
        payload=store.cipher.seal(entry.request.payload()),
        resource_id=main.id if main else None))


def cancel_unsent_creation(store: Store, conn: Connection, temp: int) -> bool:
    """A record created and removed before the platform heard of it: drop its creation and
    every entry waiting for it, rather than create it and delete it. Not once its creation
    may have been sent (then the platform may have it: the removal must follow it there), nor
    when an entry waiting for it also changes other records."""
    waiting = [e for e in entries(store, conn) if (NEW, temp) in e.records()]
    creation = next((e for e in waiting if e.request.creates
                     and e.request.effects[0].id == temp), None)
    if creation is None or creation.state != PENDING or creation.attempts:
        return False
    if any(e.records() - {(NEW, temp), (e.request.effects[0].type, temp)} for e in waiting):
        return False
    for entry in waiting:
        done(conn, entry.id)
    return True
