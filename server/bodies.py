"""Request bodies: what a family (or an organization, for admin routes) may send."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field, create_model

from services.domain import entities as e
from services.domain.wire import Instant, Money, WireModel


def partial(model: type[e.Resource], name: str, only: tuple[str, ...]) -> type[WireModel]:
    """A PATCH body: the listed fields of `model`, each optional; unknown fields refused."""
    fields: dict[str, Any] = {
        field: (model.model_fields[field].annotation | None, None) for field in only
    }
    return create_model(name, __base__=WireModel, **fields)


def apply(current: e.Resource, patch: WireModel) -> e.Resource:
    """`current` with the fields the client sent, validated again as a whole."""
    changes = patch.model_dump(exclude_unset=True)
    return type(current).model_validate({**current.model_dump(), **changes})


PERSON_FIELDS = ("first_name", "last_name", "is_child", "date_of_birth", "gender", "email",
                 "phones", "address", "medical_information", "health_insurance", "sin", "photo")
PersonPatch = partial(e.Person, "PersonPatch", PERSON_FIELDS)

CONTACT_FIELDS = ("first_name", "last_name", "relationship", "phones", "email",
                  "is_emergency_contact", "is_legal_guardian", "rank", "rl24_percent", "sin",
                  "address", "notes")
ContactPatch = partial(e.Contact, "ContactPatch", CONTACT_FIELDS)


class PersonCreate(WireModel):
    first_name: str
    last_name: str
    is_child: bool
    date_of_birth: date
    gender: e.Gender = e.Gender.NOT_SPECIFIED
    email: str | None = None
    phones: list[e.Phone] = Field(default_factory=list)
    address: e.Address | None = None
    medical_information: e.MedicalInformation | None = None
    health_insurance: e.HealthInsurance | None = None
    sin: str | None = None
    photo: str | None = None


class ContactCreate(WireModel):
    person_id: int
    first_name: str
    last_name: str
    relationship: str = ""
    phones: list[e.Phone] = Field(default_factory=list)
    email: str | None = None
    is_emergency_contact: bool = True
    is_legal_guardian: bool = False
    rank: e.ContactRank | None = None
    rl24_percent: int | None = None
    sin: str | None = None
    address: e.Address | None = None
    notes: str = ""


class Rl24Shares(WireModel):
    """PEOPLE-8: every guardian's share of one child at once (contact id → percent)."""

    shares: dict[int, int | None]


class InvitationCreate(WireModel):
    email: str


class AnswersPatch(WireModel):
    answers: dict[str, Any]


class SubscriptionPatch(WireModel):
    emails: bool | None = None
    calendar_invitations: bool | None = None


class AccountPatch(WireModel):
    contact_email: str | None = None


class UsernameChange(WireModel):
    new_username: str


class UsernameConfirm(WireModel):
    code: str


class PasswordChange(WireModel):
    current_password: str
    new_password: str


class CardIn(WireModel):
    """A full card number: used once, only brand and last 4 are kept (WALLET-3)."""

    number: str
    expiry_month: int
    expiry_year: int
    cvc: str = ""


class BankIn(WireModel):
    institution_number: str
    transit_number: str
    account_number: str


class PaymentCreate(WireModel):
    organization_id: int
    amount: Money
    payment_method_id: int | None = None
    card: CardIn | None = None


class PostdatedPatch(WireModel):
    payment_method_id: int | None = None
    due_date: date | None = None
    amount: Money | None = None


class PaymentMethodCreate(WireModel):
    kind: e.PaymentMethodKind
    name: str | None = None
    card: CardIn | None = None
    bank: BankIn | None = None
    billing_address: e.Address | None = None
    authorized_organization_ids: list[int] = Field(default_factory=list)


class PaymentMethodReplace(WireModel):
    card: CardIn | None = None
    bank: BankIn | None = None


class PaymentMethodPatch(WireModel):
    name: str | None = None
    billing_address: e.Address | None = None
    authorized_organization_ids: list[int] | None = None


# --- organization side (admin token) -----------------------------------------------------------


class ClosureCreate(WireModel):
    organization_id: int
    name: str
    start_date: date
    end_date: date


class OccurrenceCreate(WireModel):
    activity_id: int
    start: Instant
    end: Instant
    location: str | None = None


class OccurrencePatch(WireModel):
    state: e.OccurrenceState | None = None
    start: Instant | None = None
    end: Instant | None = None
    location: str | None = None


class EmailSend(WireModel):
    account_id: int
    organization_id: int | None = None
    sender: str
    subject: str
    html_body: str


class RegistrationCreate(WireModel):
    person_id: int
    activity_id: int
    role: e.Role = e.Role.PARTICIPANT


class PostdatedStatusPatch(WireModel):
    status: e.PaymentStatus
    failure_reason: str | None = None
