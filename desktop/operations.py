"""Typed operations: one method per local edit and per action that needs the platform, run in
order on the window's writer thread, each answering a typed `Outcome` on the GUI thread.

A local edit is checked by the domain rules and saved with its outbox entry in one
transaction (services.sync.operations); the sync sends it. An online action (a card, the
username, the password) waits for the platform — on the writer thread, never on the GUI's.
While the sync process holds the store's write lock, an edit waits its turn (LOCK_PATIENCE)
instead of failing with "database is locked".

    ops.update_person(203, {"first_name": "Zoë"}, initiator=self).then(self.saved)

What an edit changed is published on the change hub with its initiator; then `then`'s callback
gets the outcome.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.changes import ChangeHub, Changes
from desktop.formatting import money_format, violation_text
from desktop.store_problems import describe
from desktop.tasks import Tasks
from services.domain.errors import RuleViolation, ValidationFailed
from services.domain.messages import message
from services.store.errors import StoreError

if TYPE_CHECKING:
    from services.domain import entities as e
    from services.store.store import Store
    from services.sync.conflicts import Conflict
    from services.sync.operations import LocalEdits
    from services.sync.session import Session

log = logging.getLogger(__name__)
LOCK_PATIENCE = 120.0  # seconds an edit waits for another process's write to end
NEEDS_PLATFORM = "NeedsPlatform"


class Result(StrEnum):
    APPLIED = "applied"  # saved (locally; the sync sends it) or done on the platform
    REFUSED = "refused"  # by the rules, the platform or the store: `errors` says why
    CONFLICT = "conflict"  # someone changed it meanwhile: the user chooses
    NEEDS_PLATFORM = "needs_platform"  # online only, and the platform is out of reach


@dataclass(frozen=True)
class Outcome:
    result: Result
    value: Any = None  # what the edit made (a new person, a payment…)
    errors: Mapping[str, str] = field(default_factory=dict)  # field → message ("": general)

    @property
    def ok(self) -> bool:
        return self.result is Result.APPLIED


class Pending:
    """An operation on its way: `then(callback)` gets its Outcome on the GUI thread (at once
    if it is already there)."""

    def __init__(self) -> None:
        self.outcome: Outcome | None = None
        self._callbacks: list[Callable[[Outcome], None]] = []

    def then(self, callback: Callable[[Outcome], None]) -> Pending:
        if self.outcome is not None:
            callback(self.outcome)
        else:
            self._callbacks.append(callback)
        return self

    def resolve(self, outcome: Outcome) -> None:
        self.outcome = outcome
        for callback in self._callbacks:
            callback(outcome)
        self._callbacks.clear()


def _busy(error: BaseException) -> bool:
    """SQLite's "database is locked": another process (the sync) is writing."""
    found = error if isinstance(error, sqlite3.Error) else getattr(error, "orig", None)
    code = getattr(found, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return isinstance(found, sqlite3.OperationalError) and "locked" in str(found)


def patiently(call: Callable[[], Any], patience: float = LOCK_PATIENCE) -> Any:
    """`call()`, again while the store is locked by another writer, for up to `patience` s."""
    deadline = time.monotonic() + patience
    pause = 0.05
    while True:
        try:
            return call()
        except Exception as error:
            if not _busy(error) or time.monotonic() > deadline:
                raise
            log.info("the store is busy (another process writes): the edit waits")
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


class Operations(QObject):
    def __init__(self, store: Store, lang: str, hub: ChangeHub, tasks: Tasks,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang, self.hub, self.tasks = store, lang, hub, tasks
        self.session: Session | None = None  # set when signed in: online actions need it
        self.after_edit: Callable[[], None] | None = None  # the sync process's "edited"

    # --- running -------------------------------------------------------------------------------

    def _local(self, call: Callable[[LocalEdits], Any], initiator: object) -> Pending:
        """A local edit on the writer thread: saved, then its changes told, then the outcome."""
        pending = Pending()
        store = self.store
        changed: dict[str, set[int]] = {}

        def work() -> Any:
            from services.sync.operations import LocalEdits

            edits = LocalEdits(store, notify=lambda ids: _add(changed, ids))
            return patiently(lambda: call(edits))

        def done(future: Future) -> None:
            outcome = self._outcome(future)
            if outcome.ok:
                self.hub.publish(Changes.of(changed, initiator))
                if self.after_edit is not None:
                    self.after_edit()
            pending.resolve(outcome)

        self.tasks.write(work, done)
        return pending

    def _outcome(self, future: Future) -> Outcome:
        try:
            return Outcome(Result.APPLIED, future.result())
        except ValidationFailed as failed:  # amounts in them written as the window does
            return Outcome(Result.REFUSED, errors=failed.fields(self.lang,
                                                                money_format(self.lang)))
        except RuleViolation as violation:
            return Outcome(Result.REFUSED, errors={violation.field or "":
                                                   violation_text(violation, self.lang)})
        except LookupError:  # gone meanwhile (a sync deleted it), or no account synced yet
            return Outcome(Result.REFUSED, errors={"": message("NotFound", self.lang)})
        except StoreError as error:  # a full disk, a folder made read-only: nothing was saved
            log.error("store problem: %s at %s during an edit", error.problem, error.path)
            return Outcome(Result.REFUSED, errors={"": describe(error.problem, error.path,
                                                                error.detail)})

    def _online(self, call: Callable[[Session], Any],
                changed: Mapping[str, Any] | None = None) -> Pending:
        """An action that needs the platform, on the writer thread (it may wait 30 s). `call`
        answers its errors ({field: message}), or (what it got, its errors)."""
        pending = Pending()
        if self.session is None:
            pending.resolve(Outcome(Result.NEEDS_PLATFORM,
                                    errors={"": message(NEEDS_PLATFORM, self.lang)}))
            return pending
        from dataclasses import replace

        watched = _Watched(self.session.client)
        session = replace(self.session, client=watched)

        def work() -> Any:
            return call(session)

        def done(future: Future) -> None:
            answer = future.result()
            value, errors = answer if isinstance(answer, tuple) else (None, answer)
            pending.resolve(self._online_outcome(watched, errors, changed, value))

        self.tasks.write(work, done)
        return pending

    def _online_outcome(self, watched: _Watched, errors: dict[str, str],
                        changed: Mapping[str, Any] | None, value: Any = None) -> Outcome:
        from desktop.formatting import lockout

        if watched.lockout is not None:
            return Outcome(Result.REFUSED, errors={"": lockout(watched.lockout.retry_after,
                                                               self.lang)})
        if watched.unreachable:
            return Outcome(Result.NEEDS_PLATFORM, errors=errors)
        if errors:
            return Outcome(Result.REFUSED, errors=errors)
        if changed:
            self.hub.publish(Changes.of(changed))
        return Outcome(Result.APPLIED, value)

    # --- people (PEOPLE-1..8) ------------------------------------------------------------------

    def add_person(self, first_name: str, last_name: str, is_child: bool,
                   date_of_birth: date | None, *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.add_person(first_name, last_name, is_child,
                                                          date_of_birth), initiator)

    def update_person(self, person_id: int, changes: Mapping[str, Any], *,
                      initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.update_person(person_id, **changes), initiator)

    def invite(self, person_id: int, email: str, *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.invite(person_id, email), initiator)

    def add_contact(self, person_id: int, first_name: str, last_name: str,
                    more: Mapping[str, Any], *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.add_contact(person_id, first_name, last_name,
                                                           **more), initiator)

    def update_contact(self, contact_id: int, changes: Mapping[str, Any], *,
                       initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.update_contact(contact_id, **changes),
                           initiator)

    def remove_contact(self, contact_id: int, *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.remove_contact(contact_id), initiator)

    def set_rl24_shares(self, person_id: int, shares: Mapping[int, int | None], *,
                        initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.set_rl24_shares(person_id, dict(shares)),
                           initiator)

    def answer_form(self, form_id: int, answers: Mapping[str, Any], *,
                    initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.answer_form(form_id, dict(answers)), initiator)

    # --- communications, quick access, account -------------------------------------------------

    def set_subscription(self, subscription_id: int, *, emails: bool | None = None,
                         calendar_invitations: bool | None = None,
                         initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.set_subscription(
            subscription_id, emails=emails, calendar_invitations=calendar_invitations),
            initiator)

    def mark_email_read(self, email_id: int, *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.mark_email_read(email_id), initiator)

    def remove_quick_access(self, quick_access_id: int, *, initiator: object = None
                            ) -> Pending:
        return self._local(lambda edits: edits.remove_quick_access(quick_access_id),
                           initiator)

    def resolve_conflict(self, conflict: Conflict, keep: str, *,
                         initiator: object = None) -> Pending:
        """SYNC-4: keep the user's edit (sent again) or the platform's version."""
        return self._local(lambda edits: edits.resolve_conflict(conflict, keep), initiator)

    def dismiss_clash(self, key: str, dismissed: bool = True, *,
                      initiator: object = None) -> Pending:
        """ASSIST-3: local only (no outbox entry); the clashes' model reads again on the
        outcome, since no platform resource changed."""
        return self._local(lambda edits: edits.dismiss_clash(key, dismissed), initiator)

    # --- money (BILL-2, WALLET-1/2) ------------------------------------------------------------

    def pay(self, organization_id: int, amount: Decimal, payment_method_id: int, *,
            initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.pay(organization_id, amount,
                                                   payment_method_id), initiator)

    def change_postdated_method(self, payment_id: int, method_id: int, *,
                                initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.change_postdated_method(payment_id, method_id),
                           initiator)

    def update_payment_method(self, method_id: int, changes: Mapping[str, Any], *,
                              initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.update_payment_method(method_id, **changes),
                           initiator)

    def delete_payment_method(self, method_id: int, *, initiator: object = None) -> Pending:
        return self._local(lambda edits: edits.delete_payment_method(method_id), initiator)

    # --- online only (WALLET-3, SET-1) ---------------------------------------------------------

    def save_card(self, number: str, month: int, year: int, cvc: str = "",
                  billing_address: e.Address | None = None,
                  organizations: list[int] | None = None, replace: int | None = None
                  ) -> Pending:
        """A new card, or method `replace`'s card: the number goes to the platform only."""
        from services.sync import online

        return self._online(lambda session: online.card(
            session, number, month, year, cvc, billing_address, organizations, replace),
            {"PaymentMethod": set()})

    def save_bank_account(self, institution: str, transit: str, account: str, name: str = "",
                          billing_address: e.Address | None = None,
                          organizations: list[int] | None = None, replace: int | None = None
                          ) -> Pending:
        """WALLET-1: a new bank account, or method `replace`'s numbers: they go to the
        platform only (like a card's), never queued."""
        from services.sync import online

        return self._online(lambda session: online.bank_account(
            session, institution, transit, account, name, billing_address, organizations,
            replace), {"PaymentMethod": set()})

    def ask_username_change(self, new_username: str) -> Pending:
        from services.sync import online

        return self._online(lambda session: online.ask_username_change(session,
                                                                       new_username))

    def confirm_username_change(self, code: str) -> Pending:
        from services.sync import online

        return self._online(lambda session: online.confirm_username_change(session, code),
                            {"Account": set()})

    def change_password(self, current: str, new: str) -> Pending:
        from services.sync import online

        return self._online(lambda session: online.change_password(session, current, new))

    # --- the calendar subscription (OUT-2): its value is an online.CalendarFeed --------------

    def calendar_feed(self) -> Pending:
        """The subscription link this computer keeps, if it is still the live one."""
        from services.sync import online

        return self._online(online.calendar_feed)

    def regenerate_calendar_feed(self) -> Pending:
        """A new link; the old one stops working."""
        from services.sync import online

        return self._online(online.regenerate_calendar_feed)

    def revoke_calendar_feed(self) -> Pending:
        from services.sync import online

        return self._online(online.revoke_calendar_feed)

    def wait(self) -> None:
        """Until every operation asked is done and told (tests, screenshots)."""
        self.tasks.wait()


def _add(into: dict[str, set[int]], changed: Mapping[str, Any]) -> None:
    for name, ids in changed.items():
        into.setdefault(name, set()).update(ids)


class _Watched:
    """The session's API client as services.sync.online uses it, noting a lockout and an
    unreachable platform: online makes every refusal a message, and these two need more (a
    lockout's Retry-After to say when it ends; out of reach is not a refusal)."""

    def __init__(self, client: Any) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "lockout", None)
        object.__setattr__(self, "unreachable", False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def __setattr__(self, name: str, value: Any) -> None:  # a new username, its credentials
        setattr(self._client, name, value)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        from services.api.errors import Offline, TooManyAttempts

        try:
            return self._client.request(*args, **kwargs)
        except TooManyAttempts as error:
            object.__setattr__(self, "lockout", error)
            raise
        except Offline:
            object.__setattr__(self, "unreachable", True)
            raise
