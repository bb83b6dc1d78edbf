from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.domain.entities import Organization, Pass
from services.domain.quick_access import removal_blockers

TODAY = date(2026, 11, 27)
ORG = Organization(id=1, name="CPE", slug="cpe")
PASS = Pass(id=1, organization_id=1, name="P", tokens_left=1, valid_from=date(2026, 1, 1),
            valid_to=date(2027, 1, 1))


def codes(org=ORG, owed="0.00", cart=0, unread=0, passes=()) -> list[str]:
    return [v.code for v in removal_blockers(org, Decimal(owed), cart, unread, passes, TODAY)]


def test_removable_when_every_criterion_holds():
    assert codes() == []
    assert codes(owed="-10.00") == []  # a credit is not a balance due
    assert codes(passes=[PASS.model_copy(update={"organization_id": 2})]) == []


def test_each_criterion_blocks_alone():
    assert codes(owed="0.01") == ["QuickAccessBalanceDue"]
    assert codes(cart=1) == ["QuickAccessCartNotEmpty"]
    assert codes(unread=2) == ["QuickAccessUnreadEmails"]
    assert codes(passes=[PASS]) == ["QuickAccessUnusedPass"]
    assert codes(org=ORG.model_copy(update={"is_federation": True})) == ["QuickAccessFederation"]


def test_all_blockers_are_listed():
    assert len(codes(org=ORG.model_copy(update={"is_federation": True}), owed="5", cart=1,
                     unread=1, passes=[PASS])) == 5
