"""Reads that need whole entities, secrets opened (People, Communications, the CLI); the
screens' other reads are plain sqlite3, in services.store.reads."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import Any

from sqlalchemy import Connection, or_, select

from services.domain import entities as e
from services.store.schema import T
from services.store.store import Store


def people_with_contacts(
    store: Store, conn: Connection, name_key: Callable[[str], Any] = str
) -> list[tuple[e.Person, list[e.Contact]]]:
    """PEOPLE-1: the holder first, then adults, then children oldest first; names in
    `name_key`'s order (the window's: the language's collation)."""
    holder = conn.scalar(select(T["Account"].c.holder_person_id))
    contacts: dict[int, list[e.Contact]] = {}
    for contact in store.all(conn, e.Contact):
        contacts.setdefault(contact.person_id, []).append(contact)
    persons = store.all(conn, e.Person)
    persons.sort(key=lambda p: (p.id != holder, p.is_child,
                                p.date_of_birth or date.max, name_key(p.last_name),
                                name_key(p.first_name)))
    return [(person, contacts.get(person.id, [])) for person in persons]


def emails(
    store: Store, conn: Connection, org_ids: Collection[int | None] | None = None
) -> list[e.Email]:
    """COMMS-1: newest first; `org_ids` may hold None for the platform's own emails."""
    m = T["Email"]
    where = []
    if org_ids is not None:
        ids = [i for i in org_ids if i is not None]
        clauses = [m.c.organization_id.in_(ids)]
        if None in org_ids:
            clauses.append(m.c.organization_id.is_(None))
        where.append(or_(*clauses))
    return store.all(conn, e.Email, *where, order_by=(m.c.sent_at.desc(), m.c.id.desc()))
