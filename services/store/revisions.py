"""The SEQUENCE of calendar files (issue 17): how many times the platform changed a closure, an
occurrence or an event the store already had.

A Version is opaque (API.md): it says that a resource changed, not how often. So the sync
counts: each time a page (or a rebuild) brings a calendar resource whose Version differs from
the stored one, its count rises by one. A resource never changed has no row (SEQUENCE 0), so
the table holds only what the platform moved, cancelled or edited. Counts are never lowered:
a calendar app ignores an update whose SEQUENCE is not above the one it has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlalchemy import Connection, Table, select

from services.domain.entities import Resource
from services.store.schema import T

CALENDAR_TYPES = ("Closure", "Occurrence", "Event")  # services.domain.ics.RESOURCE
_CHUNK = 500  # ids per IN (…): under SQLite's variable limit
_BUMP = ("INSERT INTO calendar_revisions (resource_type, resource_id, sequence) VALUES (?, ?, 1)"
         " ON CONFLICT (resource_type, resource_id) DO UPDATE SET sequence = sequence + 1")


def _bump(conn: Connection, type_name: str, ids: Iterable[int]) -> None:
    rows = [(type_name, ident) for ident in ids]
    if rows:
        conn.exec_driver_sql(_BUMP, rows)


def count_changes(conn: Connection, upserts: Iterable[Resource]) -> None:
    """Before `upserts` replace the stored rows (in the caller's transaction): +1 for each
    calendar resource already stored under another Version."""
    incoming: dict[str, dict[int, str]] = {}
    for entity in upserts:
        name = type(entity).__name__
        if name in CALENDAR_TYPES:
            incoming.setdefault(name, {})[entity.id] = entity.version
    for name, versions in incoming.items():
        table = T[name]
        ids = list(versions)
        for at in range(0, len(ids), _CHUNK):
            stored = conn.execute(select(table.c.id, table.c.version)
                                  .where(table.c.id.in_(ids[at:at + _CHUNK])))
            _bump(conn, name, [ident for ident, version in stored
                               if version != versions[ident]])


def count_staged_changes(conn: Connection, staging: dict[str, Table]) -> None:
    """The same for a rebuild: the staged snapshot (by type name) against the stored rows."""
    for name in CALENDAR_TYPES:
        live, staged = T[name], staging[name]
        changed = conn.execute(select(live.c.id).join(staged, staged.c.id == live.c.id)
                               .where(staged.c.version != live.c.version)).scalars()
        _bump(conn, name, list(changed))


def sequences(conn: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """SEQUENCE by (resource type, id), for services.domain.ics: the changed ones only."""
    return {(kind, ident): seq for kind, ident, seq in conn.execute(
        "SELECT resource_type, resource_id, sequence FROM calendar_revisions")}
