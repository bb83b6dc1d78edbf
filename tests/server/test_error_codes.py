"""Error codes the other server tests leave out, and a guard: every code the API can answer
with is exercised by some test."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from argon2.profiles import CHEAPEST

from server.embedded import start
from services.domain import entities as e
from services.domain.demo import DAYCARE, DEMO_PASSWORD, DEMO_USERNAME
from services.domain.messages import MESSAGES
from tests.reference import TODAY, error_of, sign_in
from tests.server.families import two_families

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.server
def test_full_payment_mode(tmp_path):
    """The daycare takes full payments only (BILL-2); give it a balance to pay."""
    data = two_families(TODAY)
    bill = e.Transaction(id=8801, organization_id=DAYCARE, kind="Invoice", date=TODAY,
                         amount=Decimal("99.99"))
    account = data.accounts[0]
    data = data.model_copy(update={"accounts": [account.model_copy(update={
        "transactions": [*account.transactions, bill]}), data.accounts[1]]})
    with start(data, folder=tmp_path, password_hashing=CHEAPEST) as server:
        api = sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)
        partial = api.post("/me/payments", json={"OrganizationId": DAYCARE, "Amount": "50.00",
                                                 "PaymentMethodId": 903})
        assert partial.status_code == 422 and error_of(partial)["Code"] == "PaymentMustBeFull"
        full = api.post("/me/payments", json={"OrganizationId": DAYCARE, "Amount": "99.99",
                                              "PaymentMethodId": 903})
        assert full.status_code == 201


def test_ten_bank_accounts_at_most(family):
    bank = {"InstitutionNumber": "815", "TransitNumber": "12345", "AccountNumber": "1234567"}
    for _ in range(9):  # the demo has one
        assert family.post("/me/payment-methods",
                           json={"Kind": "BankAccount", "Bank": bank}).status_code == 201
    last = family.post("/me/payment-methods", json={"Kind": "BankAccount", "Bank": bank})
    assert error_of(last)["Code"] == "BankAccountLimitReached"


@pytest.mark.parametrize("answers,expected", [
    ({"shirt": "S", "swims": True, "tetanus": "hier"}, "FormDateInvalid"),
    ({"shirt": "S", "swims": True, "siblings": "deux"}, "FormNumberInvalid"),
    ({"shirt": "S", "swims": True, "doctor": 12}, "FormTextInvalid"),
])
def test_form_field_types(family, answers, expected):
    response = family.patch("/me/org-forms/1201", json={"Answers": answers})
    assert error_of(response)["Code"] == expected


def test_swim_club_card_blockers(family):
    blocked = family.delete("/me/quick-access/1502")
    assert set(blocked.json()["Blockers"]) == {"QuickAccessBalanceDue",
                                               "QuickAccessUnreadEmails",
                                               "QuickAccessUnusedPass"}


def test_method_not_allowed_and_bad_cursor_codes(family):
    assert error_of(family.call("PUT", "/me/emails"))["Code"] == "MethodNotAllowed"
    assert error_of(family.get("/me/changes", params={"since": "x"}))["Code"] == "InvalidValue"


@pytest.mark.server
def test_embedded_server_stops_cleanly(tmp_path):
    import requests

    with start(two_families(TODAY), folder=tmp_path) as server:
        url = server.url
    assert not server._thread.is_alive()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/openapi.json", timeout=2)


# Codes a test cannot provoke on purpose.
UNREACHABLE = {"InternalError"}


def test_every_error_code_is_exercised():
    """A code added to messages.py without a test that provokes it fails here."""
    folders = ("tests/server", "tests/services/domain", "tests/services/sync",
               "tests/services/api", "tests/desktop")  # the last: codes the client words
    tests = "".join(p.read_text(encoding="utf-8") for folder in folders
                    for p in (ROOT / folder).glob("test_*.py") if p.name != Path(__file__).name)
    tests += Path(__file__).read_text(encoding="utf-8").split("# Codes a test")[0]
    missing = [code for code in MESSAGES
               if code not in UNREACHABLE and not re.search(rf'"{code}"', tests)]
    assert missing == []
