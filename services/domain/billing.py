"""Balances, passes and online payment (SPEC BILL-1, BILL-2, HOME-2)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, NamedTuple

from services.domain.errors import RuleViolation
from services.domain.kinds import CENT, PaymentMode, TransactionKind
from services.domain.validators import format_phone

if TYPE_CHECKING:
    from services.domain.entities import Organization, Pass, Transaction

# What each kind of transaction does to the amount the family owes.
_SIGN = {
    TransactionKind.INVOICE: Decimal(1),
    TransactionKind.REFUND: Decimal(1),
    TransactionKind.PAYMENT: Decimal(-1),
    TransactionKind.CREDIT: Decimal(-1),
}
ZERO = Decimal("0.00")


def balance(transactions: Iterable[Transaction]) -> Decimal:
    """BILL-1: what the family owes one organization (positive = due, negative = credit)."""
    return sum((_SIGN[t.kind] * t.amount for t in transactions), ZERO).quantize(CENT)


def pass_is_unused(item: Pass, today: date) -> bool:
    """A pass still valid today with tokens left (or unlimited) counts as unused (HOME-2)."""
    if item.valid_to < today:
        return False
    return item.has_unlimited_tokens or (item.tokens_left or 0) > 0


class PaymentOffer(NamedTuple):
    """BILL-2: the amounts an online payment may take."""

    minimum: Decimal
    maximum: Decimal

    @property
    def full_only(self) -> bool:
        return self.minimum == self.maximum


def payment_offer(organization: Organization, owed: Decimal) -> PaymentOffer | None:
    """BILL-2: offered only when the org allows online payment and a balance is owed.

    None means "pay by phone" (the org's Phone). Partial mode sets a minimum, never above the
    balance itself.
    """
    if not organization.allows_online_payment or owed <= ZERO:
        return None
    if organization.payment_mode is PaymentMode.FULL:
        return PaymentOffer(owed, owed)
    minimum = min(organization.minimum_payment or CENT, owed)
    return PaymentOffer(max(minimum, CENT), owed)


def parse_amount(text: str, field: str = "Amount") -> Decimal:
    """A user-typed amount: positive, at most two decimals."""
    try:
        amount = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError) as exc:
        raise RuleViolation("AmountInvalid", field) from exc
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(CENT):
        raise RuleViolation("AmountInvalid", field)
    return amount.quantize(CENT)


def check_payment(
    organization: Organization, owed: Decimal, amount: Decimal, field: str = "Amount"
) -> None:
    """BILL-2: the amount of an online payment must fit the organization's offer."""
    offer = payment_offer(organization, owed)
    if offer is None:
        phone = format_phone(organization.phone) if organization.phone else ""
        raise RuleViolation("PaymentNotOffered", field, phone=phone)
    check_offer(offer, amount, field)


def check_offer(offer: PaymentOffer, amount: Decimal, field: str = "Amount") -> None:
    """BILL-2: an amount within the offer (the balance in full, or from its minimum up to the
    balance). Amounts travel as values: whoever shows the message formats them."""
    if amount <= 0 or amount != amount.quantize(CENT):
        raise RuleViolation("AmountInvalid", field)
    if offer.full_only and amount != offer.maximum:
        raise RuleViolation("PaymentMustBeFull", field, balance=offer.maximum)
    if amount < offer.minimum:
        raise RuleViolation("PaymentBelowMinimum", field, minimum=offer.minimum)
    if amount > offer.maximum:
        raise RuleViolation("PaymentAboveBalance", field, balance=offer.maximum)
