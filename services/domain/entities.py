"""The account resources of API.md as typed, immutable objects (PascalCase on the wire)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field, field_validator

from services.domain.kinds import (
    ContactRank,
    FieldType,
    Gender,
    InvitationStatus,
    OccurrenceState,
    PaymentMethodKind,
    PaymentMode,
    PaymentStatus,
    Role,
    TransactionKind,
)
from services.domain.wire import Instant, Money, WireModel


class Resource(WireModel):
    """Anything with an Id and a Version (sent as ETag)."""

    id: int
    version: str = ""


# --- value objects ---------------------------------------------------------------------------


class Address(WireModel):
    line1: str
    line2: str = ""
    city: str
    province: str
    postal_code: str
    country: str = "CA"


class Phone(WireModel):
    label: str = ""
    number: str


class MedicalInformation(WireModel):
    allergies: str = ""
    illnesses: str = ""
    medication: str = ""
    reactions: str = ""
    notes: str = ""


class HealthInsurance(WireModel):
    number: str = ""
    expiry: date | None = None


class FormField(WireModel):
    key: str
    label: str
    type: FieldType
    required: bool = False
    choices: list[str] = Field(default_factory=list)


# --- account side ----------------------------------------------------------------------------


class Account(Resource):
    username: str
    contact_email: str | None = None
    holder_person_id: int
    province: str


class Person(Resource):
    first_name: str
    last_name: str
    is_child: bool
    date_of_birth: date | None = None
    gender: Gender = Gender.NOT_SPECIFIED
    email: str | None = None
    phones: list[Phone] = Field(default_factory=list)
    address: Address | None = None
    medical_information: MedicalInformation | None = None
    health_insurance: HealthInsurance | None = None
    sin: str | None = None
    photo: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Contact(Resource):
    """An emergency contact and/or legal guardian of one participant (PEOPLE-7/8)."""

    person_id: int
    first_name: str
    last_name: str
    relationship: str = ""
    phones: list[Phone] = Field(default_factory=list)
    email: str | None = None
    is_emergency_contact: bool = True
    is_legal_guardian: bool = False
    rank: ContactRank | None = None
    rl24_percent: int | None = None
    sin: str | None = None
    address: Address | None = None
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Invitation(Resource):
    person_id: int
    email: str
    sent_at: Instant
    status: InvitationStatus = InvitationStatus.PENDING


class QuickAccess(Resource):
    organization_id: int
    removed: bool = False


class Registration(Resource):
    person_id: int
    activity_id: int
    role: Role = Role.PARTICIPANT
    is_cancelled: bool = False


class Event(Resource):
    """Purple calendar items: other events and facility bookings (HOME-3/5)."""

    organization_id: int
    person_ids: list[int]
    title: str
    start: Instant
    end: Instant
    location: str = ""
    is_online_booking: bool = False
    url: str | None = None

    @field_validator("person_ids")
    @classmethod
    def _each_member_once(cls, person_ids: list[int]) -> list[int]:
        # A member listed twice is still one member (one calendar entry): merge repeats,
        # first order kept, wherever an event is read (dataset, API, change feed, store).
        return list(dict.fromkeys(person_ids))


class Transaction(Resource):
    organization_id: int
    kind: TransactionKind
    date: date
    amount: Money
    description: str = ""
    person_id: int | None = None


class Pass(Resource):
    organization_id: int
    name: str
    person_id: int | None = None
    is_family_pass: bool = False
    tokens_left: int | None = None
    has_unlimited_tokens: bool = False
    valid_from: date
    valid_to: date


class Cart(Resource):
    organization_id: int
    item_count: int = 0


class PostdatedPayment(Resource):
    organization_id: int
    due_date: date
    amount: Money
    status: PaymentStatus
    payment_method_id: int | None = None
    failure_reason: str | None = None
    description: str = ""


class PaymentMethod(Resource):
    kind: PaymentMethodKind
    name: str | None = None
    brand: str | None = None
    last4: str
    expiry_month: int | None = None
    expiry_year: int | None = None
    billing_address: Address | None = None
    authorized_organization_ids: list[int] = Field(default_factory=list)


class Email(Resource):
    organization_id: int | None = None  # None: sent by the platform itself
    sender: str
    subject: str
    html_body: str
    sent_at: Instant
    is_read: bool = False


class Subscription(Resource):
    organization_id: int | None = None  # None: the platform's own notifications
    emails: bool = True
    calendar_invitations: bool = True


class OrgForm(Resource):
    organization_id: int
    person_id: int
    title: str
    fields: list[FormField]
    answers: dict[str, Any] = Field(default_factory=dict)


# --- organization side -----------------------------------------------------------------------


class Organization(Resource):
    name: str
    slug: str
    phone: str = ""
    email: str = ""
    store_url: str = ""
    is_federation: bool = False
    allows_online_payment: bool = False
    minimum_payment: Money | None = None
    payment_mode: PaymentMode = PaymentMode.FULL
    offers_childcare: bool = False
    province: str = "QC"
    time_zone: str = "America/Toronto"
    logo: str | None = None


class Closure(Resource):
    organization_id: int
    name: str
    start_date: date
    end_date: date


class Activity(Resource):
    organization_id: int
    program: str = ""
    name: str
    location: str = ""
    registration_url: str = ""


class Occurrence(Resource):
    activity_id: int
    start: Instant
    end: Instant
    state: OccurrenceState = OccurrenceState.NORMAL
    location: str | None = None  # overrides the activity's location when set
    original_start: Instant | None = None  # where a Moved occurrence was


# The resource types of the change feed, by their wire name.
RESOURCE_TYPES: dict[str, type[Resource]] = {
    cls.__name__: cls
    for cls in (
        Account, Person, Contact, Invitation, Organization, QuickAccess, Closure, Activity,
        Occurrence, Registration, Event, Transaction, Pass, Cart, PostdatedPayment,
        PaymentMethod, Email, Subscription, OrgForm,
    )
}
