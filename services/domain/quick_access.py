"""Quick-access cards and when one may be removed (SPEC HOME-1, HOME-2)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from services.domain.billing import pass_is_unused
from services.domain.errors import RuleViolation

if TYPE_CHECKING:  # any object with these attributes: the screens pass plain rows
    from services.domain.entities import Organization, Pass


def removal_blockers(
    organization: Organization,
    owed: Decimal,
    cart_items: int,
    unread_emails: int,
    passes: Iterable[Pass],
    today: date,
) -> list[RuleViolation]:
    """HOME-2: every criterion that keeps the card; an empty list means it shows an X."""
    blockers: list[RuleViolation] = []
    if owed > 0:
        blockers.append(RuleViolation("QuickAccessBalanceDue"))
    if cart_items > 0:
        blockers.append(RuleViolation("QuickAccessCartNotEmpty"))
    if unread_emails > 0:
        blockers.append(RuleViolation("QuickAccessUnreadEmails"))
    if any(p.organization_id == organization.id and pass_is_unused(p, today) for p in passes):
        blockers.append(RuleViolation("QuickAccessUnusedPass"))
    if organization.is_federation:
        blockers.append(RuleViolation("QuickAccessFederation"))
    return blockers
