"""Who receives a participant's notifications (SPEC COMMS-3)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from services.domain.entities import Account, Contact, ContactRank, Person


class RecipientReason(StrEnum):
    PRIMARY_GUARDIAN = "PrimaryGuardian"
    CONTACT_EMAIL = "ContactEmail"
    USERNAME = "Username"


@dataclass(frozen=True, slots=True)
class Recipient:
    email: str
    reason: RecipientReason
    contact_id: int | None = None


def notification_recipient(
    person: Person, contacts: Iterable[Contact], account: Account
) -> Recipient:
    """COMMS-3: the primary legal guardian; else the contact email; else the login username.

    A primary guardian without an email address cannot receive anything, so the next rule applies.
    """
    for contact in contacts:
        if (
            contact.person_id == person.id
            and contact.is_legal_guardian
            and contact.rank is ContactRank.PRIMARY
            and contact.email
        ):
            return Recipient(contact.email, RecipientReason.PRIMARY_GUARDIAN, contact.id)
    if account.contact_email:
        return Recipient(account.contact_email, RecipientReason.CONTACT_EMAIL)
    return Recipient(account.username, RecipientReason.USERNAME)
