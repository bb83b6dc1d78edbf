"""The closed vocabularies of API.md (states, roles, kinds) and the cent: plain Python, so the
screens' first paint can use them without loading the wire models."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

CENT = Decimal("0.01")


class Gender(StrEnum):
    NOT_SPECIFIED = "NotSpecified"
    MALE = "Male"
    FEMALE = "Female"
    PREFER_NOT_TO_SAY = "PreferNotToSay"


class OccurrenceState(StrEnum):
    NORMAL = "Normal"
    SKIPPED = "Skipped"
    MOVED = "Moved"
    CANCELLED = "Cancelled"


class Role(StrEnum):
    PARTICIPANT = "Participant"
    STAFF = "Staff"


class ContactRank(StrEnum):
    PRIMARY = "Primary"
    SECONDARY = "Secondary"


class PaymentStatus(StrEnum):
    SCHEDULED = "Scheduled"
    PROCESSING = "Processing"
    ACCEPTED = "Accepted"
    REFUSED = "Refused"


class TransactionKind(StrEnum):
    INVOICE = "Invoice"
    PAYMENT = "Payment"
    CREDIT = "Credit"
    REFUND = "Refund"


class PaymentMode(StrEnum):
    FULL = "Full"
    PARTIAL = "Partial"


class PaymentMethodKind(StrEnum):
    CARD = "Card"
    BANK_ACCOUNT = "BankAccount"


class FieldType(StrEnum):
    TEXT = "Text"
    MULTILINE = "MultiLine"
    DATE = "Date"
    CHOICE = "Choice"
    MULTIPLE_CHOICE = "MultipleChoice"
    YES_NO = "YesNo"
    NUMBER = "Number"


class InvitationStatus(StrEnum):
    PENDING = "Pending"
    ACCEPTED = "Accepted"
