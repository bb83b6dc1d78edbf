"""RL-24, the Québec childcare tax slip (SPEC PEOPLE-7, PEOPLE-8)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from services.domain.entities import Address, Contact, ContactRank, Organization, Person
from services.domain.errors import RuleViolation
from services.domain.validators import QUEBEC, is_quebec_postal_code, luhn_ok


def rl24_applies(organization: Organization) -> bool:
    """PEOPLE-8: shares are kept for organizations based in Québec that offer childcare."""
    return organization.offers_childcare and organization.province.upper() == QUEBEC


def share_violations(contacts: Iterable[Contact]) -> list[RuleViolation]:
    """PEOPLE-8: whole percents, legal guardians only, summing to 100 once any share is set.

    `contacts` are one child's contacts; None means "no share given".
    """
    found: list[RuleViolation] = []
    total = 0
    any_share = False
    for contact in contacts:
        share = contact.rl24_percent
        if share is None:
            continue
        any_share = True
        if not contact.is_legal_guardian:
            found.append(RuleViolation("Rl24NotGuardian", "Rl24Percent"))
        if isinstance(share, bool) or not isinstance(share, int) or not 0 <= share <= 100:
            found.append(RuleViolation("Rl24NotWholePercent", "Rl24Percent"))
            continue
        total += share
    if any_share and total != 100 and not found:
        found.append(RuleViolation("Rl24SumNot100", "Rl24Percent", total=total))
    return found


def rank_violations(contacts: Sequence[Contact]) -> list[RuleViolation]:
    """PEOPLE-7: at most one primary and one secondary guardian, and only guardians ranked."""
    found: list[RuleViolation] = []
    seen: set[ContactRank] = set()
    for contact in contacts:
        if contact.rank is None:
            continue
        if not contact.is_legal_guardian:
            found.append(RuleViolation("RankNotGuardian", "Rank"))
        elif contact.rank in seen:
            found.append(RuleViolation("RankTaken", "Rank"))
        seen.add(contact.rank)
    return found


def full_quebec_address(address: Address | None) -> bool:
    return (
        address is not None
        and bool(address.line1.strip())
        and bool(address.city.strip())
        and address.province.upper() == QUEBEC
        and is_quebec_postal_code(address.postal_code)
    )


def readiness(
    child: Person, contacts: Sequence[Contact], holder_address: Address | None
) -> list[RuleViolation]:
    """PEOPLE-8: what is still missing before `child`'s RL-24 can be issued (empty = ready).

    A guardian without an address of their own is taken to share the holder's address.
    """
    missing: list[RuleViolation] = []
    if not child.first_name.strip() or not child.last_name.strip():
        missing.append(RuleViolation("Rl24ChildNameMissing", "FirstName"))
    guardians = [c for c in contacts if c.person_id == child.id and c.is_legal_guardian]
    if not guardians:
        return [*missing, RuleViolation("Rl24NoGuardian", "Contacts", child=child.full_name)]
    missing.extend(share_violations(guardians))
    if not any(g.rl24_percent for g in guardians):
        missing.append(RuleViolation("Rl24SumNot100", "Rl24Percent", total=0))
    for guardian in guardians:
        if guardian.rl24_percent == 0:
            continue  # a 100/0 split: the 0 % guardian gets no slip
        if not guardian.sin or not luhn_ok(guardian.sin):
            missing.append(
                RuleViolation("Rl24GuardianSinMissing", "Sin", guardian=guardian.full_name)
            )
        if not full_quebec_address(guardian.address or holder_address):
            missing.append(
                RuleViolation("Rl24AddressIncomplete", "Address", guardian=guardian.full_name)
            )
    return missing
