"""What the status area shows of the store (SPEC): the last successful sync, the edits not yet
accepted by the platform and how many are conflicts — read off the GUI thread, again after each
local edit and each sync (not at every batch of one: a sync's own end says it)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.changes import Changes
from desktop.formatting import money
from desktop.models import fields
from desktop.tasks import Background
from services.store import reads

if TYPE_CHECKING:  # the sync's modules (SQLAlchemy) load after the first paint
    from desktop.workspace import Workspace
    from services.sync.conflicts import Conflict
    from services.sync.outbox import Request

translate = QCoreApplication.translate
Find = Callable[[str, int], Any]  # a record of the store by type name and id, or None


class Facts(NamedTuple):
    last_sync: str | None = None  # ISO instant
    waiting: int = 0
    conflicts: int = 0


class Pending(NamedTuple):
    """An edit not yet accepted, as the pending list shows it (SYNC-2)."""

    text: str  # what it changes, in words: "Zoé Tremblay — medical information"
    error: str = ""  # the platform's refusal, if any

    @property
    def request(self) -> str:  # its former name
        return self.text


def _name(entity: Any) -> str:
    from services.sync.conflicts import name_of

    return name_of(entity)


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe(request: Request, find: Find) -> str:
    """A waiting edit said as what it changes, in the interface's language: whose record,
    which fields (the editors' labels) — never its HTTP request."""
    if not request.effects:
        return translate("Edits", "An edit")
    main = request.effects[0]
    kind, changed = main.type, main.fields
    found = find(kind, main.id)

    def person(ident: Any) -> str:
        entity = find("Person", ident) if isinstance(ident, int) else None
        return _name(entity) if entity is not None else translate("Edits", "someone")

    def organization(ident: Any) -> str:
        entity = find("Organization", ident) if isinstance(ident, int) else None
        return entity.name if entity is not None else \
            translate("Comms", "The platform's notifications")

    what = ", ".join(fields.in_sentence(fields.label(kind, f)) for f in changed)
    if request.method == "POST" and request.creates:
        full = f"{changed.get('FirstName', '')} {changed.get('LastName', '')}".strip()
        if kind == "Person":
            return translate("Edits", "New person: %1").replace("%1", full)
        if kind == "Contact":
            return translate("Edits", "New contact for %1: %2").replace(
                "%1", person(changed.get("PersonId"))).replace("%2", full)
        if kind == "Invitation":
            return translate("Edits", "Invitation of %1 (%2)").replace(
                "%1", person(changed.get("PersonId"))).replace("%2", str(changed.get("Email")))
        if kind == "Transaction":
            try:
                amount = money(Decimal(str(changed.get("Amount"))))
            except InvalidOperation:
                amount = str(changed.get("Amount"))
            return translate("Edits", "Payment of %1 to %2").replace("%1", amount).replace(
                "%2", organization(changed.get("OrganizationId")))
    if kind == "QuickAccess":
        org = organization(found.organization_id) if found is not None else ""
        return translate("Edits", "%1 removed from quick access").replace("%1", org)
    if kind == "Email":
        subject = found.subject if found is not None else ""
        return translate("Edits", "Email marked as read: %1").replace("%1", subject)
    if request.method == "DELETE":
        if kind == "Contact":
            return translate("Edits", "Contact removed") if found is None else \
                translate("Edits", "Contact removed: %1").replace("%1", _name(found))
        if kind == "PaymentMethod":
            return translate("Edits", "Payment method removed") if found is None else \
                translate("Edits", "Payment method removed: %1").replace("%1", _name(found))
    if kind == "Contact" and request.method == "PUT":  # several guardians' shares at once
        owner = person(found.person_id) if found is not None else person(None)
        return translate("Edits", "%1 — RL-24 shares").replace("%1", owner)
    if kind == "Person":
        return translate("Edits", "%1 — %2").replace("%1", person(main.id)).replace("%2", what)
    if kind == "Contact" and found is not None:
        return translate("Edits", "%1 (contact of %2) — %3").replace(
            "%1", _name(found)).replace("%2", person(found.person_id)).replace("%3", what)
    if kind == "PostdatedPayment" and found is not None:
        return translate("Edits", "%1 of the postdated payment of %2 due on %3 — %4").replace(
            "%1", _sentence_start(what)).replace("%2", money(found.amount)).replace(
            "%3", fields.value(kind, "DueDate", found.due_date)).replace(
            "%4", organization(found.organization_id))
    if kind == "PaymentMethod" and found is not None:
        return translate("Edits", "%1 — %2").replace("%1", _name(found)).replace("%2", what)
    if kind == "Subscription" and found is not None:
        return translate("Edits", "Subscription to %1 — %2").replace(
            "%1", organization(found.organization_id)).replace("%2", what)
    if kind == "OrgForm" and found is not None:
        return translate("Edits", "Form “%1” of %2").replace("%1", found.title).replace(
            "%2", person(found.person_id))
    if kind == "Account":
        return translate("Edits", "Account — %1").replace("%1", what)
    return _sentence_start(what) if what else translate("Edits", "An edit")


class StatusModel(QObject):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.store = workspace, workspace.store
        self.facts = Facts()
        self.reads = 0
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        workspace.hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is not None:  # a local edit: the outbox grew or shrank
            self.refresh()

    def refresh(self) -> None:
        store = self.store
        self.reads += 1

        def read() -> Facts:
            with store.reader() as conn:
                waiting, conflicts = reads.outbox_counts(conn)
                return Facts(reads.meta(conn, reads.LAST_SYNC), waiting, conflicts)

        self._background.run("facts", read, "the sync's status")

    def _loaded(self, _key: str, facts: Facts) -> None:
        self.facts = facts
        self.changed.emit()

    def read_pending(self, done: Callable[[list[Pending]], None]) -> None:
        """The edits waiting (their requests are sealed: read when the list opens)."""
        store = self.store

        def read() -> list[Pending]:
            from services.domain import entities
            from services.sync import outbox

            with store.read() as conn:
                def find(kind: str, ident: int) -> Any:
                    model = getattr(entities, kind, None)
                    if not isinstance(model, type) or not issubclass(model, entities.Resource):
                        return None
                    return store.get(conn, model, ident)

                return [Pending(describe(e.request, find), (e.error or {}).get("Message") or "")
                        for e in outbox.entries(store, conn)]

        self.workspace.tasks.read(read, done, "the edits waiting")

    def read_conflicts(self, done: Callable[[list[Conflict]], None]) -> None:
        from services.sync.conflicts import open_conflicts

        store = self.store
        self.workspace.tasks.read(lambda: open_conflicts(store), done, "the conflicts")
