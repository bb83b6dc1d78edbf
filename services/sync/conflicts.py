"""Conflicts (SPEC SYNC-4): the platform changed what the user edited offline. Both versions
are kept until the user chooses; nothing is overwritten silently."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from services.api import schemas
from services.store.schema import conflicts
from services.store.store import Store
from services.sync import apply, outbox


@dataclass(frozen=True)
class Conflict:
    id: int
    outbox_id: int
    resource_type: str
    resource_id: int | None
    local: dict[str, Any]  # the fields the user set (wire names)
    remote: dict[str, Any]  # the platform's whole resource now

    def differences(self) -> dict[str, tuple[Any, Any]]:
        """Field → (the user's value, the platform's value), where they differ."""
        return {k: (v, self.remote.get(k)) for k, v in self.local.items()
                if self.remote.get(k) != v}


def open_conflicts(store: Store) -> list[Conflict]:
    with store.read() as conn:
        rows = conn.execute(select(conflicts).where(conflicts.c.resolved.is_(False))
                            .order_by(conflicts.c.id)).all()
    return [Conflict(r.id, r.outbox_id, r.resource_type, r.resource_id,
                     store.cipher.open(r.local), store.cipher.open(r.remote)) for r in rows]


def resolve(store: Store, conflict: Conflict, keep: Literal["local", "remote"]) -> None:
    """Keep the user's edit (sent again over the platform's version) or the platform's."""
    with store.write() as conn:
        conn.execute(conflicts.delete().where(conflicts.c.id == conflict.id))
        if keep == "local":  # a new request (over the platform's Version): a new key
            outbox.set_state(conn, conflict.outbox_id, outbox.PENDING, error=None,
                             base_version=str(conflict.remote.get("Version", "")) or None,
                             next_try_at=None, attempts=0, idempotency_key=outbox.new_key())
            return
        outbox.done(conn, conflict.outbox_id)
        entity = schemas.resource(conflict.resource_type, conflict.remote)
        pending = outbox.pending_fields(store, conn).get(
            (conflict.resource_type, entity.id))
        store.upsert(conn, [apply.merge(entity, pending)])
