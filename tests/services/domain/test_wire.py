from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from services.domain.dataset import Dataset
from services.domain.entities import RESOURCE_TYPES, Occurrence, Person, Transaction

TX = {"Id": 1, "OrganizationId": 2, "Kind": "Invoice", "Date": "2026-01-02", "Amount": "12.50"}


def test_pascal_case_both_ways():
    tx = Transaction.model_validate(TX)
    assert tx.organization_id == 2 and tx.amount == Decimal("12.50")
    assert tx.wire()["Amount"] == "12.50" and tx.wire()["OrganizationId"] == 2


@pytest.mark.parametrize("amount", [12.5, True, "abc", "Infinity", None])
def test_money_is_never_a_float(amount):
    with pytest.raises(ValidationError):
        Transaction.model_validate({**TX, "Amount": amount})


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2))
def test_money_round_trip(value):
    tx = Transaction.model_validate({**TX, "Amount": str(value)})
    assert Transaction.model_validate(tx.wire()).amount == value


def test_unknown_fields_and_naive_instants_refused():
    with pytest.raises(ValidationError, match="Nickname"):
        Person.model_validate({"Id": 1, "FirstName": "a", "LastName": "b", "IsChild": False,
                               "Nickname": "x"})
    with pytest.raises(ValidationError, match="Start"):
        Occurrence.model_validate({"Id": 1, "ActivityId": 1, "Start": "2026-09-14T18:30:00",
                                   "End": "2026-09-14T19:30:00-04:00"})


def test_every_resource_has_id_and_version():
    for name, model in RESOURCE_TYPES.items():
        assert {"id", "version"} <= set(model.model_fields), name


def test_dataset_json_round_trip(demo):
    text = demo.to_json()
    assert '"Format": "carnet-dataset"' in text and '"PostdatedPayments"' in text
    assert Dataset.from_json(text) == demo


def test_dates_are_iso(demo):
    person = demo.accounts[0].persons[0].wire()
    assert date.fromisoformat(person["DateOfBirth"])


@pytest.mark.parametrize("amount", ["1e30", 10**30, "-9" * 15, "NaN", "Infinity"])
def test_an_amount_past_the_cents_is_a_validation_error(amount):
    """A hostile answer's amount is refused as invalid, never an ArithmeticError escaping
    validation (the client's schemas turn a ValidationError into a clear SchemaError)."""
    from services.api import schemas
    from services.api.errors import SchemaError

    data = {"Id": 1, "Version": "1", "OrganizationId": 101, "Kind": "Payment",
            "Date": "2026-11-27", "Amount": amount}
    with pytest.raises(ValidationError):
        Transaction.model_validate(data)
    with pytest.raises(SchemaError):
        schemas.resource("Transaction", data)
