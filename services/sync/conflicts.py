"""Conflicts (SPEC SYNC-4): the platform changed what the user edited offline. Both versions
are kept until the user chooses; nothing is overwritten silently."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, select

from services.api import schemas
from services.domain import entities as e
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
    # The records both name by id, as the screens name them: ("PaymentMethod", 902) → its name.
    names: dict[tuple[str, int], str] = field(default_factory=dict, compare=False, hash=False)

    def differences(self) -> dict[str, tuple[Any, Any]]:
        """Field → (the user's value, the platform's value), where they differ."""
        return {k: (v, self.remote.get(k)) for k, v in self.local.items()
                if self.remote.get(k) != v}


def open_conflicts(store: Store) -> list[Conflict]:
    with store.read() as conn:
        rows = conn.execute(select(conflicts).where(conflicts.c.resolved.is_(False))
                            .order_by(conflicts.c.id)).all()
        found = []
        for r in rows:
            local, remote = store.cipher.open(r.local), store.cipher.open(r.remote)
            found.append(Conflict(r.id, r.outbox_id, r.resource_type, r.resource_id, local,
                                  remote, names_of(store, conn, local, remote)))
    return found


# Wire fields holding ids → the type they name.
ID_FIELDS = {"PaymentMethodId": "PaymentMethod", "OrganizationId": "Organization",
             "AuthorizedOrganizationIds": "Organization", "PersonId": "Person"}


def name_of(entity: e.Resource) -> str:
    """A record as the screens name it (a person, an organization, a payment method)."""
    if isinstance(entity, e.PaymentMethod):
        return f"{entity.name or entity.brand or ''} ****{entity.last4}".strip()
    if isinstance(entity, e.Person | e.Contact):
        return f"{entity.first_name} {entity.last_name}"
    return str(getattr(entity, "name", None) or getattr(entity, "title", None) or entity.id)


def names_of(store: Store, conn: Connection, *fields: dict[str, Any]
             ) -> dict[tuple[str, int], str]:
    """The names of the records these wire fields name by id (the ones still in the store)."""
    models = {"PaymentMethod": e.PaymentMethod, "Organization": e.Organization,
              "Person": e.Person}
    wanted: set[tuple[str, int]] = set()
    for values in fields:
        for key, value in values.items():
            kind = ID_FIELDS.get(key)
            ids = value if isinstance(value, list) else [value]
            wanted |= {(kind, i) for i in ids if kind and isinstance(i, int)}
    names = {}
    for kind, ident in wanted:
        entity = store.get(conn, models[kind], ident)
        if entity is not None:
            names[(kind, ident)] = name_of(entity)
    return names


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
