from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.domain.billing import (
    balance,
    check_payment,
    parse_amount,
    pass_is_unused,
    payment_offer,
)
from services.domain.entities import Organization, Pass, PaymentMode, Transaction
from services.domain.errors import RuleViolation

D = Decimal
ORG = Organization(id=1, name="Ville", slug="ville", phone="+14505550100",
                   allows_online_payment=True, payment_mode=PaymentMode.PARTIAL,
                   minimum_payment=D("25.00"))


def tx(kind: str, amount: str) -> Transaction:
    return Transaction(id=1, organization_id=1, kind=kind, date=date(2026, 1, 1), amount=amount)


def test_balance_signs():
    assert balance([tx("Invoice", "240.00"), tx("Payment", "100.00"), tx("Credit", "15.50"),
                    tx("Refund", "5.25")]) == D("129.75")
    assert balance([]) == D("0.00")


@given(st.lists(st.tuples(st.sampled_from(["Invoice", "Payment", "Credit", "Refund"]),
                          st.decimals(min_value=0, max_value=10_000, places=2))))
def test_balance_is_exact_and_order_free(items):
    txs = [tx(kind, str(amount)) for kind, amount in items]
    assert balance(txs) == balance(list(reversed(txs)))
    assert balance(txs) == balance(txs).quantize(D("0.01"))


class TestOffer:
    def test_partial_with_minimum(self):
        offer = payment_offer(ORG, D("140.00"))
        assert (offer.minimum, offer.maximum, offer.full_only) == (D("25.00"), D("140.00"), False)

    def test_minimum_never_above_balance(self):
        assert payment_offer(ORG, D("10.00")).minimum == D("10.00")

    def test_full_mode(self):
        offer = payment_offer(ORG.model_copy(update={"payment_mode": PaymentMode.FULL}),
                              D("99.99"))
        assert offer.full_only and offer.minimum == D("99.99")

    @pytest.mark.parametrize("owed", ["0.00", "-5.00"])
    def test_nothing_owed(self, owed):
        assert payment_offer(ORG, D(owed)) is None

    def test_org_without_online_payment(self):
        phone_only = ORG.model_copy(update={"allows_online_payment": False})
        assert payment_offer(phone_only, D("185.50")) is None
        with pytest.raises(RuleViolation) as err:
            check_payment(phone_only, D("185.50"), D("185.50"))
        assert err.value.code == "PaymentNotOffered"
        assert "(450) 555-0100" in err.value.message("en")  # as the editor shows phones


class TestCheckPayment:
    @pytest.mark.parametrize("amount", ["25.00", "100.00", "140.00"])
    def test_accepted(self, amount):
        check_payment(ORG, D("140.00"), D(amount))

    @pytest.mark.parametrize("amount,code", [("24.99", "PaymentBelowMinimum"),
                                             ("140.01", "PaymentAboveBalance"),
                                             ("0", "AmountInvalid"),
                                             ("30.001", "AmountInvalid")])
    def test_refused(self, amount, code):
        with pytest.raises(RuleViolation) as err:
            check_payment(ORG, D("140.00"), D(amount))
        assert err.value.code == code and err.value.field == "Amount"

    def test_full_mode_needs_the_balance(self):
        full = ORG.model_copy(update={"payment_mode": PaymentMode.FULL})
        check_payment(full, D("99.99"), D("99.99"))
        with pytest.raises(RuleViolation) as err:
            check_payment(full, D("99.99"), D("50.00"))
        assert err.value.code == "PaymentMustBeFull"


@pytest.mark.parametrize("text,value", [("12", "12.00"), ("12,5", "12.50"), (" 0.01 ", "0.01")])
def test_parse_amount(text, value):
    assert parse_amount(text) == D(value)


@pytest.mark.parametrize("text", ["", "abc", "-1", "0", "1.234", "NaN", "Infinity"])
def test_parse_amount_refuses(text):
    with pytest.raises(RuleViolation):
        parse_amount(text)


def test_unused_pass():
    today = date(2026, 11, 27)
    p = Pass(id=1, organization_id=1, name="P", tokens_left=3, valid_from=date(2026, 1, 1),
             valid_to=today)
    assert pass_is_unused(p, today)
    assert not pass_is_unused(p.model_copy(update={"tokens_left": 0}), today)
    assert not pass_is_unused(p, date(2026, 11, 28))
    assert pass_is_unused(p.model_copy(update={"tokens_left": None,
                                               "has_unlimited_tokens": True}), today)
