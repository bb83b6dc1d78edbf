"""Everything the People tab shows, read at once: the members and their contacts, the forms,
which organizations keep RL-24 shares for whom, and where each edit stands with the platform
(waiting, refused with its messages, or in conflict)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.domain import entities as e
from services.domain.rl24 import rl24_applies
from services.store import queries
from services.store.store import Store


@dataclass
class PeopleData:
    account: e.Account | None = None
    people: list[tuple[e.Person, list[e.Contact]]] = field(default_factory=list)
    forms: dict[int, list[e.OrgForm]] = field(default_factory=dict)  # by person
    org_names: dict[int, str] = field(default_factory=dict)
    rl24: set[int] = field(default_factory=set)  # persons registered with an RL-24 org
    waiting: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    refused: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)  # Fields
    conflicts: list[Any] = field(default_factory=list)  # services.sync.conflicts.Conflict

    def person(self, person_id: int) -> tuple[e.Person, list[e.Contact]] | None:
        return next(((p, c) for p, c in self.people if p.id == person_id), None)

    @property
    def holder(self) -> e.Person | None:
        if self.account is None:
            return None
        found = self.person(self.account.holder_person_id)
        return found[0] if found else None

    def conflicts_of(self, type_name: str, ident: int) -> list[Any]:
        return [c for c in self.conflicts if (c.resource_type, c.resource_id) == (type_name,
                                                                                  ident)]


def read_people(store: Store) -> PeopleData:
    from services.sync import conflicts, outbox

    with store.read() as conn:
        accounts = store.all(conn, e.Account)
        if not accounts:
            return PeopleData()
        organizations = {o.id: o for o in store.all(conn, e.Organization)}
        activities = {a.id: a.organization_id for a in store.all(conn, e.Activity)}
        data = PeopleData(accounts[0], queries.people_with_contacts(store, conn))
        for form in store.all(conn, e.OrgForm):
            data.forms.setdefault(form.person_id, []).append(form)
        data.org_names = {ident: org.name for ident, org in organizations.items()}
        for registration in store.all(conn, e.Registration):
            org = organizations.get(activities.get(registration.activity_id, -1))
            if org is not None and not registration.is_cancelled and rl24_applies(org):
                data.rl24.add(registration.person_id)
        data.waiting = outbox.pending_fields(store, conn)
        for entry in outbox.entries(store, conn, [outbox.PARKED]):
            error = entry.error or {}
            for effect in entry.request.effects:
                fields = error.get("Fields") or {"": error.get("Message") or error.get("Code")}
                data.refused.setdefault((effect.type, effect.id), {}).update(fields)
    data.conflicts = conflicts.open_conflicts(store)
    return data
