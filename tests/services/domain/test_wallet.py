from __future__ import annotations

from datetime import date

import pytest

from services.domain.entities import PaymentMethod, PostdatedPayment
from services.domain.errors import RuleViolation
from services.domain.wallet import (
    MAX_BANK_ACCOUNTS,
    MAX_CARDS,
    card_brand,
    check_can_add,
    check_card_expiry,
    check_postdated_edit,
    payments_using,
)


def method(i: int, kind: str = "Card") -> PaymentMethod:
    return PaymentMethod(id=i, kind=kind, last4="4242")


def test_limits_per_kind():
    nine = [method(i) for i in range(MAX_CARDS - 1)]
    check_can_add(nine, "Card")
    with pytest.raises(RuleViolation) as err:
        check_can_add([*nine, method(99)], "Card")
    assert err.value.code == "CardLimitReached"
    banks = [method(i, "BankAccount") for i in range(MAX_BANK_ACCOUNTS)]
    check_can_add(banks, "Card")
    with pytest.raises(RuleViolation) as err:
        check_can_add(banks, "BankAccount")
    assert err.value.code == "BankAccountLimitReached"


@pytest.mark.parametrize("number,brand", [("4242 4242 4242 4242", "Visa"),
                                          ("5555555555554444", "Mastercard"),
                                          ("2223003122003222", "Mastercard"),
                                          ("378282246310005", "Amex"),
                                          ("6011111111111117", "Discover")])
def test_card_brands(number, brand):
    assert card_brand(number) == brand


@pytest.mark.parametrize("bad", ["4242 4242 4242 4241", "1234", "", "9999999999999995"])
def test_invalid_cards(bad):
    with pytest.raises(RuleViolation) as err:
        card_brand(bad)
    assert err.value.code == "CardNumberInvalid"


def test_expiry():
    check_card_expiry(11, 2026, date(2026, 11, 27))
    for month, year in ((10, 2026), (13, 2027), (0, 2027)):
        with pytest.raises(RuleViolation):
            check_card_expiry(month, year, date(2026, 11, 27))


PAYMENT = PostdatedPayment(id=1, organization_id=1, due_date=date(2026, 12, 17), amount="70.00",
                           status="Scheduled", payment_method_id=901)


def test_postdated_method_change_allowed():
    check_postdated_edit(PAYMENT, PAYMENT.model_copy(update={"payment_method_id": 902}))


@pytest.mark.parametrize("change,field", [({"due_date": date(2026, 12, 30)}, "DueDate"),
                                          ({"amount": "10.00"}, "Amount")])
def test_postdated_anything_else_refused(change, field):
    after = PostdatedPayment.model_validate({**PAYMENT.model_dump(), **change})
    with pytest.raises(RuleViolation) as err:
        check_postdated_edit(PAYMENT, after)
    assert (err.value.code, err.value.field) == ("PostdatedOnlyMethod", field)
    assert "organization" in err.value.message("en")


@pytest.mark.parametrize("status", ["Processing", "Accepted"])
def test_postdated_locked_once_processing(status):
    before = PAYMENT.model_copy(update={"status": status})
    with pytest.raises(RuleViolation) as err:
        check_postdated_edit(before, before.model_copy(update={"payment_method_id": 902}))
    assert err.value.code == "PostdatedNotEditable"


def test_deleting_a_method_warns_about_its_payments():
    accepted = PAYMENT.model_copy(update={"id": 2, "status": "Accepted"})
    other = PAYMENT.model_copy(update={"id": 3, "payment_method_id": 902})
    assert [p.id for p in payments_using(901, [PAYMENT, accepted, other])] == [1]
