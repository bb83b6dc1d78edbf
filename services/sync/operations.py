"""Local edits (what the views call): validate with the domain rules, then write the row and
its outbox entry in one transaction. Saved at once, sent when the platform is reachable.

Writes that carry a full card number or a password never go through here: they are sent
directly and only while online (WALLET-3, SYNC-5).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Connection

from services.domain import clock
from services.domain import entities as e
from services.domain.billing import check_payment
from services.domain.errors import RuleViolation, raise_if_any
from services.domain.forms import answer_violations
from services.domain.people import (
    contact_violations,
    normalize_contact,
    normalize_person,
    person_violations,
)
from services.domain.rl24 import share_violations
from services.domain.validators import normalize_email, normalize_postal_code
from services.domain.wallet import (
    check_authorizations,
    check_postdated_edit,
    payments_using,
)
from services.store import reads
from services.store.schema import T
from services.store.store import Store
from services.sync import conflicts, outbox
from services.sync.apply import ChangeSet
from services.sync.conflicts import Conflict
from services.sync.outbox import Effect, Request

TEMP_IDS = "sync.next_temp_id"


class NotFound(LookupError):
    """The resource is not in the local store (deleted meanwhile, or never synced)."""


def _diff(before: e.Resource | None, after: e.Resource) -> dict[str, Any]:
    """The wire fields `after` changes (all of them for a new resource), without Id/Version."""
    new = after.wire()
    old = before.wire() if before is not None else {}
    return {k: v for k, v in new.items() if k not in ("Id", "Version") and old.get(k) != v}


class LocalEdits:
    def __init__(self, store: Store, notify: Callable[[ChangeSet], None] | None = None,
                 today: Callable[[], date] = clock.today) -> None:
        self.store, self._notify, self._today = store, notify, today

    # --- plumbing ------------------------------------------------------------------------------

    def _get(self, conn: Connection, model: type[e.Resource], ident: int):
        found = self.store.get(conn, model, ident)
        if found is None:
            raise NotFound(f"{model.__name__} {ident}")
        return found

    def _account(self, conn: Connection) -> e.Account:
        return self.store.all(conn, e.Account)[0]

    def _temp_id(self, conn: Connection) -> int:
        """Negative ids for local creations until the platform gives the real one."""
        current = int(self.store.get_meta(conn, TEMP_IDS) or 0) - 1
        self.store.set_meta(conn, TEMP_IDS, str(current))
        return current

    def _save(self, conn: Connection, rows: list[e.Resource], request: Request,
              base_version: str | None) -> None:
        self.store.upsert(conn, rows)
        outbox.enqueue(self.store, conn, request, base_version, clock.now())

    def _done(self, changed: ChangeSet) -> None:
        if self._notify is not None:
            self._notify(changed)

    def _edit(self, model: type[e.Resource], ident: int, changes: dict[str, Any],
              check: Callable[[Connection, e.Resource, e.Resource], e.Resource] | None = None,
              path: str | None = None) -> e.Resource:
        """PATCH-like edit: `changes` (Python field names) applied, checked, saved, queued."""
        with self.store.write() as conn:
            before = self._get(conn, model, ident)
            after = model.model_validate({**before.model_dump(), **changes})
            if check is not None:
                after = check(conn, before, after)
            fields = _diff(before, after)
            if not fields:
                return before
            self._save(conn, [after], Request(
                "PATCH", path or f"/me/{_path(model)}/{ident}", fields,
                [Effect(model.__name__, ident, fields)]), before.version)
        self._done({model.__name__: {ident}})
        return after

    def _create(self, entity_of: Callable[[int], e.Resource], path: str,
                body: Callable[[e.Resource], Any],
                check: Callable[[Connection, e.Resource], e.Resource] | None = None
                ) -> e.Resource:
        with self.store.write() as conn:
            entity = entity_of(self._temp_id(conn))
            if check is not None:
                entity = check(conn, entity)
            name = type(entity).__name__
            self._save(conn, [entity], Request("POST", path, body(entity),
                                               [Effect(name, entity.id, _diff(None, entity))],
                                               creates=name), None)
        self._done({name: {entity.id}})
        return entity

    # --- local only: nothing goes to the platform, no outbox entry --------------------------

    def dismiss_clash(self, key: str, dismissed: bool = True) -> None:
        """ASSIST-3: a clash dismissed (or shown again) on this computer only; its key is
        kept in the store's meta, so the next sync finding the same clash leaves it dismissed."""
        from services.domain.clashes import DISMISSED, with_dismissal

        with self.store.write() as conn:
            self.store.set_meta(conn, DISMISSED,
                                with_dismissal(self.store.get_meta(conn, DISMISSED), key,
                                               dismissed))

    # --- people (PEOPLE-1..8) ------------------------------------------------------------------

    def _check_person(self, conn: Connection, before: e.Person | None,
                      after: e.Person) -> e.Person:
        raise_if_any(person_violations(after, self._account(conn), self._today(), before))
        return normalize_person(after)

    def add_person(self, first_name: str, last_name: str, is_child: bool,
                   date_of_birth: date | None, **more: Any) -> e.Person:
        def body(p: e.Person) -> dict:
            return {k: v for k, v in p.wire().items() if k not in ("Id", "Version")}

        return self._create(
            lambda i: e.Person(id=i, first_name=first_name, last_name=last_name,
                               is_child=is_child, date_of_birth=date_of_birth, **more),
            "/me/persons", body, lambda conn, p: self._check_person(conn, None, p))

    def update_person(self, person_id: int, **changes: Any) -> e.Person:
        return self._edit(e.Person, person_id, changes, self._check_person)

    def invite(self, person_id: int, email: str) -> e.Invitation:
        address = normalize_email(email)
        with self.store.read() as conn:
            self._get(conn, e.Person, person_id)
        return self._create(
            lambda i: e.Invitation(id=i, person_id=person_id, email=address,
                                   sent_at=clock.now()),
            f"/me/persons/{person_id}/invitations", lambda inv: {"Email": inv.email})

    def _siblings(self, conn: Connection, person_id: int) -> list[e.Contact]:
        return self.store.all(conn, e.Contact, T["Contact"].c.person_id == person_id)

    def _check_contact(self, conn: Connection, before: e.Contact | None,
                       after: e.Contact) -> e.Contact:
        self._get(conn, e.Person, after.person_id)
        found = contact_violations(after, self._siblings(conn, after.person_id),
                                   self._account(conn).province)
        raise_if_any(found)
        return normalize_contact(after)

    def add_contact(self, person_id: int, first_name: str, last_name: str,
                    **more: Any) -> e.Contact:
        def body(c: e.Contact) -> dict:
            return {k: v for k, v in c.wire().items() if k not in ("Id", "Version")}

        return self._create(
            lambda i: e.Contact(id=i, person_id=person_id, first_name=first_name,
                                last_name=last_name, **more),
            "/me/contacts", body, lambda conn, c: self._check_contact(conn, None, c))

    def update_contact(self, contact_id: int, **changes: Any) -> e.Contact:
        return self._edit(e.Contact, contact_id, changes, self._check_contact)

    def remove_contact(self, contact_id: int) -> None:
        with self.store.write() as conn:
            contact = self._get(conn, e.Contact, contact_id)
            rest = [c for c in self._siblings(conn, contact.person_id) if c.id != contact_id]
            raise_if_any(share_violations(rest))
            self.store.delete(conn, e.Contact, [contact_id])
            if contact_id > 0 or not outbox.cancel_unsent_creation(self.store, conn, contact_id):
                outbox.enqueue(self.store, conn, Request(
                    "DELETE", f"/me/contacts/{contact_id}", None,
                    [Effect("Contact", contact_id, {})]), contact.version, clock.now())
        self._done({"Contact": {contact_id}})

    def set_rl24_shares(self, person_id: int, shares: dict[int, int | None]) -> None:
        """PEOPLE-8: several guardians' shares at once, so 50/50 → 100/0 is one valid step."""
        with self.store.write() as conn:
            contacts = {c.id: c for c in self._siblings(conn, person_id)}
            if any(cid not in contacts for cid in shares):
                raise RuleViolation("ContactNotOfPerson", "Shares")
            updated = [c.model_copy(update={"rl24_percent": shares[c.id]})
                       if c.id in shares else c for c in contacts.values()]
            raise_if_any(share_violations(updated))
            changed = [c for c in updated if c.id in shares]
            self._save(conn, changed, Request(
                "PUT", f"/me/persons/{person_id}/rl24-shares",
                {"Shares": {str(k): v for k, v in shares.items()}},
                [Effect("Contact", c.id, {"Rl24Percent": c.rl24_percent}) for c in changed]),
                None)
        self._done({"Contact": set(shares)})

    def answer_form(self, form_id: int, answers: dict[str, Any]) -> e.OrgForm:
        def check(conn: Connection, before: e.OrgForm, after: e.OrgForm) -> e.OrgForm:
            raise_if_any(answer_violations(after.fields, after.answers))
            return after

        return self._edit(e.OrgForm, form_id, {"answers": answers}, check)

    # --- communications (COMMS-1/2/3) and quick access (HOME-2) -------------------------------

    def set_subscription(self, subscription_id: int, emails: bool | None = None,
                         calendar_invitations: bool | None = None) -> e.Subscription:
        changes = {k: v for k, v in (("emails", emails),
                                     ("calendar_invitations", calendar_invitations))
                   if v is not None}
        return self._edit(e.Subscription, subscription_id, changes)

    def mark_email_read(self, email_id: int) -> e.Email:
        return self._action(e.Email, email_id, {"is_read": True},
                            Request("POST", f"/me/emails/{email_id}/read"))

    def remove_quick_access(self, quick_access_id: int) -> e.QuickAccess:
        with self.store.reader() as conn:
            card = next((c for c in reads.quick_access_cards(conn, self._today())
                         if c.quick_access_id == quick_access_id), None)
        if card is None:
            raise NotFound(f"QuickAccess {quick_access_id}")
        if card.blockers:
            raise card.blockers[0]
        return self._action(e.QuickAccess, quick_access_id, {"removed": True},
                            Request("DELETE", f"/me/quick-access/{quick_access_id}"))

    def set_contact_email(self, email: str | None) -> e.Account:
        address = normalize_email(email, "ContactEmail") if email else None
        with self.store.read() as conn:
            account = self._account(conn)
        return self._edit(e.Account, account.id, {"contact_email": address},
                          path="/me/account")

    def _action(self, model: type[e.Resource], ident: int, changes: dict[str, Any],
                request: Request) -> e.Resource:
        """A POST/DELETE action whose local effect is a few changed fields."""
        with self.store.write() as conn:
            before = self._get(conn, model, ident)
            after = before.model_copy(update=changes)
            fields = _diff(before, after)
            request.effects = [Effect(model.__name__, ident, fields)]
            request.if_match = False  # repeating it is harmless, whatever changed meanwhile
            self._save(conn, [after], request, before.version)
        self._done({model.__name__: {ident}})
        return after

    def resolve_conflict(self, conflict: Conflict, keep: Literal["local", "remote"]) -> None:
        """SYNC-4: the user's edit sent again over the platform's version, or the platform's."""
        conflicts.resolve(self.store, conflict, keep)
        if conflict.resource_id is not None:
            self._done({conflict.resource_type: {conflict.resource_id}})

    # --- money (BILL-2, WALLET-1/2) ------------------------------------------------------------

    def pay(self, organization_id: int, amount: Decimal, payment_method_id: int
            ) -> e.Transaction:
        """BILL-2 with a saved method (a new card is online only, it is never stored)."""
        with self.store.read() as conn:
            org = self._get(conn, e.Organization, organization_id)
            self._get(conn, e.PaymentMethod, payment_method_id)
            owed = reads.balances(reads.plain(conn)).get(organization_id, Decimal("0.00"))
        check_payment(org, owed, amount)
        return self._create(
            lambda i: e.Transaction(id=i, organization_id=organization_id,
                                    kind=e.TransactionKind.PAYMENT, date=self._today(),
                                    amount=amount, description=""),
            "/me/payments",
            lambda t: {"OrganizationId": organization_id, "Amount": f"{amount:.2f}",
                       "PaymentMethodId": payment_method_id})

    def change_postdated_method(self, payment_id: int, method_id: int) -> e.PostdatedPayment:
        def check(conn: Connection, before: e.PostdatedPayment,
                  after: e.PostdatedPayment) -> e.PostdatedPayment:
            check_postdated_edit(before, after)
            self._get(conn, e.PaymentMethod, method_id)
            return after

        return self._edit(e.PostdatedPayment, payment_id, {"payment_method_id": method_id},
                          check)

    def update_payment_method(self, method_id: int, **changes: Any) -> e.PaymentMethod:
        allowed = {"name", "billing_address", "authorized_organization_ids"}
        if set(changes) - allowed:
            raise ValueError(f"only {sorted(allowed)} change here")

        def check(conn: Connection, before: e.PaymentMethod,
                  after: e.PaymentMethod) -> e.PaymentMethod:
            check_authorizations(after.authorized_organization_ids,
                                 (o.id for o in self.store.all(conn, e.Organization)))
            address = after.billing_address
            if address is None:
                return after
            code = normalize_postal_code(address.postal_code, "BillingAddress.PostalCode")
            return after.model_copy(update={
                "billing_address": address.model_copy(update={"postal_code": code})})

        return self._edit(e.PaymentMethod, method_id, changes, check)

    def delete_payment_method(self, method_id: int) -> list[e.PostdatedPayment]:
        """WALLET-1: returns the postdated payments that still use it (they stay scheduled)."""
        with self.store.write() as conn:
            method = self._get(conn, e.PaymentMethod, method_id)
            still = payments_using(method_id, self.store.all(conn, e.PostdatedPayment))
            self.store.delete(conn, e.PaymentMethod, [method_id])
            outbox.enqueue(self.store, conn, Request(
                "DELETE", f"/me/payment-methods/{method_id}", None,
                [Effect("PaymentMethod", method_id, {})]), method.version, clock.now())
        self._done({"PaymentMethod": {method_id}})
        return still


_PATHS = {
    e.Person: "persons", e.Contact: "contacts", e.OrgForm: "org-forms",
    e.Subscription: "subscriptions", e.PostdatedPayment: "postdated-payments",
    e.PaymentMethod: "payment-methods",
}


def _path(model: type[e.Resource]) -> str:
    return _PATHS[model]
