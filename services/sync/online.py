"""Writes that happen only while the platform answers, never queued: a full card number
(WALLET-3: it goes to the platform once and is kept nowhere), a new username with its
confirmation code, a password (SET-1). Checked here first, with the rules the platform uses.

Each returns {} when done, or {field: message} in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import requests

from services.api import schemas
from services.api.errors import ApiError, Offline, Rejected, TooManyAttempts
from services.domain import clock
from services.domain import entities as e
from services.domain.errors import RuleViolation
from services.domain.messages import message
from services.domain.validators import normalize_email
from services.domain.wallet import (
    card_brand,
    check_authorizations,
    check_can_add,
    check_card_expiry,
)
from services.security import redact
from services.store.reads import USERNAME
from services.sync.session import Session

NEEDS_PLATFORM = "NeedsPlatform"


def _refused(error: ApiError, lang: str) -> dict[str, str]:
    """The platform's field messages (already in the user's language), or its code's."""
    if isinstance(error, TooManyAttempts):
        return {"": message(error.code, lang, seconds=round(error.retry_after or 0))}
    if not isinstance(error, Rejected):  # offline, server trouble, unreadable answer
        return {"": message(NEEDS_PLATFORM if isinstance(error, Offline) else error.code, lang)}
    if error.fields:
        return {field: message(text, lang) if text.isidentifier() else text
                for field, text in error.fields.items()}
    return {"": error.message or message(error.code, lang)}


def _call(session: Session, method: str, path: str, body: Any) -> tuple[Any, dict[str, str]]:
    lang = session.client.lang
    try:
        return session.client.request(method, path, json=body), {}
    except ApiError as error:
        return None, _refused(error, lang)
    except requests.RequestException:  # TLS and the like: not sent either
        return None, {"": message(NEEDS_PLATFORM, lang)}


def _keep(session: Session, answer: dict, type_name: str) -> None:
    resource = schemas.resource(type_name, answer)
    with session.store.write() as conn:
        session.store.upsert(conn, [resource])
    for listener in session.engine.listeners.changes:
        listener({type_name: {resource.id}})


def card(session: Session, number: str, month: int, year: int, cvc: str = "",
         billing_address: e.Address | None = None, organizations: list[int] | None = None,
         replace: int | None = None) -> dict[str, str]:
    """Add a card (or replace method `replace`'s card): only its brand, last 4 digits and
    expiry come back and are stored."""
    lang = session.client.lang
    try:
        card_brand(number)
        check_card_expiry(month, year, clock.today())
        if replace is None:
            with session.store.read() as conn:
                check_can_add(session.store.all(conn, e.PaymentMethod), e.PaymentMethodKind.CARD)
                check_authorizations(organizations or [],
                                     (o.id for o in session.store.all(conn, e.Organization)))
    except RuleViolation as violation:
        return {violation.field or "": violation.message(lang)}
    details = {"Number": number, "ExpiryMonth": month, "ExpiryYear": year, "Cvc": cvc}
    return _save_method(session, replace, "Card", details,
                        {"Kind": "Card"}, billing_address, organizations)


def _save_method(session: Session, replace: int | None, wire: str, details: dict,
                 new: dict, billing_address: e.Address | None,
                 organizations: list[int] | None) -> dict[str, str]:
    """A card's or a bank account's numbers: method `replace`'s replaced, or a new method
    (`new` its kind and name) with its authorizations and billing address; the platform's
    answer (last 4 digits only) kept."""
    if replace is not None:
        answer, errors = _call(session, "PUT", f"/me/payment-methods/{replace}",
                               {wire: details})
    else:
        body = {**new, wire: details, "AuthorizedOrganizationIds": organizations or [],
                "BillingAddress": billing_address.wire() if billing_address else None}
        answer, errors = _call(session, "POST", "/me/payment-methods", body)
    if not errors:
        _keep(session, answer, "PaymentMethod")
    return errors


def bank_account(session: Session, institution: str, transit: str, account: str,
                 name: str = "", billing_address: e.Address | None = None,
                 organizations: list[int] | None = None, replace: int | None = None
                 ) -> dict[str, str]:
    """WALLET-1: add a bank account (named), or replace method `replace`'s account numbers;
    like a card's number, the account's goes to the platform once: only its last 4 digits
    come back and are stored."""
    lang = session.client.lang
    numbers = {"InstitutionNumber": (institution.strip(), r"\d{3}"),
               "TransitNumber": (transit.strip(), r"\d{5}"),
               "AccountNumber": (account.strip(), r"\d{7,12}")}
    try:
        for field, (digits, pattern) in numbers.items():
            if not re.fullmatch(pattern, digits):
                raise RuleViolation("BankAccountInvalid", field)
        if replace is None:
            with session.store.read() as conn:
                check_can_add(session.store.all(conn, e.PaymentMethod),
                              e.PaymentMethodKind.BANK_ACCOUNT)
                check_authorizations(organizations or [],
                                     (o.id for o in session.store.all(conn, e.Organization)))
    except RuleViolation as violation:
        return {violation.field or "": violation.message(lang)}
    details = {field: digits for field, (digits, _) in numbers.items()}
    return _save_method(session, replace, "Bank", details,
                        {"Kind": "BankAccount", "Name": name.strip() or None},
                        billing_address, organizations)


def ask_username_change(session: Session, new_username: str) -> dict[str, str]:
    """SET-1, first step: the platform sends a code to the new address."""
    try:
        address = normalize_email(new_username, "NewUsername")
    except RuleViolation as violation:
        return {violation.field: violation.message(session.client.lang)}
    return _call(session, "POST", "/me/account/username", {"NewUsername": address})[1]


def confirm_username_change(session: Session, code: str) -> dict[str, str]:
    """SET-1, second step: the code; the account (and the sign-in name) change."""
    answer, errors = _call(session, "POST", "/me/account/username/confirm",
                           {"Code": code.strip()})
    if not errors:
        _keep(session, answer, "Account")
        _renamed(session, answer["Username"])
    return errors


def _renamed(session: Session, username: str) -> None:
    """Sign-in goes on under the new name: the folder's account, and the token and remembered
    password moved to the new name in the keychain. (A running sync process keeps the token it
    has; the next one starts with the new name.)"""
    client = session.client
    old = client.credentials
    new = type(old)(client.server, username)
    for kind in ("token", "password"):
        if (value := old.get(kind)) is not None:
            new.set(kind, value)
    old.forget()
    client.credentials, client.username = new, username
    with session.store.write() as conn:
        session.store.set_meta(conn, USERNAME, username)


def change_password(session: Session, current: str, new: str) -> dict[str, str]:
    return _call(session, "POST", "/me/account/password",
                 {"CurrentPassword": current, "NewPassword": new})[1]


# --- the calendar subscription (issue 17, OUT-2) ----------------------------------------------

FEED_LINK = "calendar_feed.link"  # meta: the link the platform gave, sealed with the store key


@dataclass(frozen=True)
class CalendarFeed:
    """The account's subscription link as this computer knows it. The platform keeps only a
    hash of its secret, so the link is the one it answered when it was made here; `url` is
    None when there is none (`active` false: revoked or never made) or when the live one was
    made elsewhere (another computer, before this one signed in)."""

    active: bool
    url: str | None = None

    @property
    def webcal(self) -> str | None:
        """The link as calendar apps open it: webcal:// for the feed's http(s) URL."""
        if self.url is None:
            return None
        return "webcal://" + self.url.split("://", 1)[-1]


def _kept_link(session: Session) -> dict | None:
    with session.store.read() as conn:
        sealed = session.store.get_meta(conn, FEED_LINK)
    if sealed is None:
        return None
    link = session.store.cipher.open(sealed)
    redact.remember([link["Url"]])
    return link


def _keep_link(session: Session, link: dict | None) -> None:
    if link is not None:
        redact.remember([link["Url"]])
    with session.store.write() as conn:
        session.store.set_meta(conn, FEED_LINK, session.store.cipher.seal(link))


def calendar_feed(session: Session) -> tuple[CalendarFeed | None, dict[str, str]]:
    """Whether the link this computer keeps is still the live one (the platform says which
    link is, by its fingerprint); a revoked one is forgotten."""
    state, errors = _call(session, "GET", "/me/calendar-feed", None)
    if errors:
        return None, errors
    kept = _kept_link(session)
    if not state.get("Active"):
        if kept is not None:
            _keep_link(session, None)
        return CalendarFeed(False), {}
    if kept is not None and kept.get("Fingerprint") == state.get("Fingerprint"):
        return CalendarFeed(True, kept["Url"]), {}
    return CalendarFeed(True), {}


def regenerate_calendar_feed(session: Session) -> tuple[CalendarFeed | None, dict[str, str]]:
    """A new link; the old one (wherever it was made) stops working at once."""
    answer, errors = _call(session, "POST", "/me/calendar-feed", None)
    if errors:
        return None, errors
    _keep_link(session, {"Url": answer["Url"], "Fingerprint": answer["Fingerprint"]})
    return CalendarFeed(True, answer["Url"]), {}


def revoke_calendar_feed(session: Session) -> tuple[CalendarFeed | None, dict[str, str]]:
    """No link any more: calendars subscribed to it stop updating."""
    _, errors = _call(session, "DELETE", "/me/calendar-feed", None)
    if errors:
        return None, errors
    _keep_link(session, None)
    return CalendarFeed(False), {}
