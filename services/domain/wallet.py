"""Payment methods and postdated payments (SPEC WALLET-1, WALLET-2, WALLET-3)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from services.domain.entities import (
    PaymentMethod,
    PaymentMethodKind,
    PaymentStatus,
    PostdatedPayment,
)
from services.domain.errors import RuleViolation
from services.domain.validators import luhn_ok

MAX_CARDS = 10
MAX_BANK_ACCOUNTS = 10
EDITABLE_STATUSES = frozenset({PaymentStatus.SCHEDULED, PaymentStatus.REFUSED})

# Leading digits of the brands a Canadian platform takes.
_BRANDS = (
    ("Amex", re.compile(r"^3[47]\d{13}$")),
    ("Visa", re.compile(r"^4\d{12}(\d{3}){0,2}$")),
    ("Mastercard", re.compile(r"^(5[1-5]\d{14}|2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12})$")),
    ("Discover", re.compile(r"^6(011|5\d\d)\d{12}$")),
)


def check_can_add(methods: Iterable[PaymentMethod], kind: PaymentMethodKind) -> None:
    """WALLET-1: up to 10 cards and 10 bank accounts."""
    kind = PaymentMethodKind(kind)
    count = sum(1 for m in methods if m.kind == kind)
    if kind is PaymentMethodKind.CARD and count >= MAX_CARDS:
        raise RuleViolation("CardLimitReached", "Kind", limit=MAX_CARDS)
    if kind is PaymentMethodKind.BANK_ACCOUNT and count >= MAX_BANK_ACCOUNTS:
        raise RuleViolation("BankAccountLimitReached", "Kind", limit=MAX_BANK_ACCOUNTS)


def check_authorizations(org_ids: Iterable[int], known: Iterable[int]) -> None:
    """WALLET-1: a method is authorized for organizations the account deals with, no other
    (another family's private organization is not one to name)."""
    if set(org_ids) - set(known):
        raise RuleViolation("OrganizationUnknown", "AuthorizedOrganizationIds")


def card_brand(number: str) -> str:
    """The brand of a full card number (spaces allowed); raises when the number is not valid."""
    digits = re.sub(r"[\s-]", "", number)
    if not luhn_ok(digits):
        raise RuleViolation("CardNumberInvalid", "Number")
    for brand, pattern in _BRANDS:
        if pattern.match(digits):
            return brand
    raise RuleViolation("CardNumberInvalid", "Number")


def check_card_expiry(month: int, year: int, today: date) -> None:
    if not 1 <= month <= 12 or (year, month) < (today.year, today.month):
        raise RuleViolation("CardExpired", "Expiry")


def payments_using(
    method_id: int, payments: Iterable[PostdatedPayment]
) -> list[PostdatedPayment]:
    """WALLET-1: deleting a method does not cancel these; the client warns about them."""
    return [
        p for p in payments
        if p.payment_method_id == method_id and p.status in EDITABLE_STATUSES
    ]


def check_postdated_edit(before: PostdatedPayment, after: PostdatedPayment) -> None:
    """WALLET-2: only the payment method of a postdated payment changes; never the date."""
    if before.status not in EDITABLE_STATUSES:
        raise RuleViolation("PostdatedNotEditable", "Status")
    if after.model_copy(update={"payment_method_id": before.payment_method_id}) != before:
        changed = next(
            name
            for name in type(before).model_fields
            if name != "payment_method_id" and getattr(before, name) != getattr(after, name)
        )
        field = type(before).model_fields[changed].alias or changed
        raise RuleViolation("PostdatedOnlyMethod", field)
