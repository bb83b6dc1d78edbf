"""Request bodies: what a family (or an organization, for admin routes) may send.

Bounds are checked here, at the edge (issue 14): an id out of the database's integer range,
an amount no decimal context can hold, a string that is not Unicode (a lone surrogate is valid
JSON) or an entity that the sent fields cannot make reached SQLite, PostgreSQL or the response
encoder and answered 500. They are 422 ValidationFailed naming the field.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import (
    BeforeValidator,
    Field,
    ValidationError,
    WithJsonSchema,
    create_model,
    model_validator,
)

from services.domain import entities as e
from services.domain.wire import Instant, Money, WireModel

MAX_ID = 2**63 - 1  # SQLite INTEGER, PostgreSQL bigint
MAX_INT = MAX_ID  # any integer of a body: the database's, or no wider
# Nobody pays a recreation bill of a million dollars; past a few more digits, Decimal's
# context cannot even quantize the amount (InvalidOperation).
MAX_AMOUNT = Decimal("1000000.00")
MAX_TEXT = 10_000  # characters of one string of a body
# Strings that hold a whole document: the body limit (1 MiB) bounds them.
LONG_TEXTS = frozenset({"Photo", "HtmlBody"})

Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _bounded_amount(value: Any) -> Any:
    """Refuse an amount out of range before the wire parser quantizes it."""
    if isinstance(value, int | str) and not isinstance(value, bool):
        try:
            amount = Decimal(value)
        except (InvalidOperation, ValueError):
            return value  # not a number: the wire parser says so
        if amount.is_finite() and abs(amount) > MAX_AMOUNT:
            raise ValueError(f"an amount is at most {MAX_AMOUNT}")
    return value


Amount = Annotated[
    Money,
    BeforeValidator(_bounded_amount),
    WithJsonSchema({"type": "string", "pattern": r"^-?[0-9]{1,7}(\.[0-9]{1,2})?$",
                    "description": f"A decimal string (two places), at most {MAX_AMOUNT}",
                    "examples": ["125.00"]}),
]


def _invalid(loc: tuple, message: str) -> RequestValidationError:
    return RequestValidationError([{"type": "value_error", "loc": ("body", *loc),
                                    "msg": message, "input": None}])


def _flaws(value: Any, loc: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Where `value` (parsed JSON) holds what no field may: text that is not Unicode or too
    long, integers past 64 bits, numbers JSON has not (NaN, Infinity)."""
    if isinstance(value, str):
        if not _is_unicode(value):
            yield loc, "not Unicode text (a lone surrogate)"
        elif len(value) > MAX_TEXT and not (loc and loc[-1] in LONG_TEXTS):
            yield loc, f"longer than {MAX_TEXT} characters"
    elif isinstance(value, bool):
        return
    elif isinstance(value, int) and abs(value) > MAX_INT:
        yield loc, "an integer out of range"
    elif isinstance(value, float) and not math.isfinite(value):
        yield loc, "not a finite number"
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and not _is_unicode(key):
                yield loc, "a name that is not Unicode text"
            else:
                yield from _flaws(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flaws(item, (*loc, index))


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Body(WireModel):
    """Base of every request body: refuses what no field may hold before the fields are
    read. The error is raised as the request's validation error (pydantic lets exceptions
    other than ValueError through), so it names the field: `Address.Line1`."""

    @model_validator(mode="before")
    @classmethod
    def _sound(cls, data: Any) -> Any:
        flaw = next(_flaws(data), None)
        if flaw is not None:
            raise _invalid(*flaw)
        return data


def partial(model: type[e.Resource], name: str, only: tuple[str, ...]) -> type[Body]:
    """A PATCH body: the listed fields of `model`, each optional; unknown fields refused."""
    fields: dict[str, Any] = {
        field: (model.model_fields[field].annotation | None, None) for field in only
    }
    return create_model(name, __base__=Body, **fields)


R = TypeVar("R", bound=e.Resource)


def build(model: type[R], data: dict[str, Any]) -> R:
    """An entity made of what the client sent (wire names): one that the fields cannot make
    (a null where the entity needs a value) is the client's mistake, 422 — not a 500."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**err, "loc": ("body", *err["loc"])} for err in exc.errors(include_url=False)]
        ) from exc


def create(model: type[R], body: WireModel, **extra: Any) -> R:
    """A new entity from a create body and the server's own fields (`id`, …)."""
    wire = {model.model_fields[name].alias or name: value for name, value in extra.items()}
    return build(model, {**body.model_dump(by_alias=True), **wire})


def apply(current: R, patch: WireModel) -> R:
    """`current` with the fields the client sent, validated again as a whole."""
    changes = patch.model_dump(exclude_unset=True, by_alias=True)
    return build(type(current), {**current.model_dump(by_alias=True), **changes})


PERSON_FIELDS = ("first_name", "last_name", "is_child", "date_of_birth", "gender", "email",
                 "phones", "address", "medical_information", "health_insurance", "sin", "photo")
PersonPatch = partial(e.Person, "PersonPatch", PERSON_FIELDS)

CONTACT_FIELDS = ("first_name", "last_name", "relationship", "phones", "email",
                  "is_emergency_contact", "is_legal_guardian", "rank", "rl24_percent", "sin",
                  "address", "notes")
ContactPatch = partial(e.Contact, "ContactPatch", CONTACT_FIELDS)


class PersonCreate(Body):
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


class ContactCreate(Body):
    person_id: Id
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


class Rl24Shares(Body):
    """PEOPLE-8: every guardian's share of one child at once (contact id → percent)."""

    shares: dict[Id, int | None]


class InvitationCreate(Body):
    email: str


class AnswersPatch(Body):
    answers: dict[str, Any]


class SubscriptionPatch(Body):
    emails: bool | None = None
    calendar_invitations: bool | None = None


class AccountPatch(Body):
    contact_email: str | None = None


class UsernameChange(Body):
    new_username: str


class UsernameConfirm(Body):
    code: str


class PasswordChange(Body):
    current_password: str
    new_password: str


class CardIn(Body):
    """A full card number: used once, only brand and last 4 are kept (WALLET-3)."""

    number: str
    expiry_month: int
    expiry_year: int
    cvc: str = ""


class BankIn(Body):
    institution_number: str
    transit_number: str
    account_number: str


class PaymentCreate(Body):
    organization_id: Id
    amount: Amount
    payment_method_id: Id | None = None
    card: CardIn | None = None


class PostdatedPatch(Body):
    payment_method_id: Id | None = None
    due_date: date | None = None
    amount: Amount | None = None


class PaymentMethodCreate(Body):
    kind: e.PaymentMethodKind
    name: str | None = None
    card: CardIn | None = None
    bank: BankIn | None = None
    billing_address: e.Address | None = None
    authorized_organization_ids: list[Id] = Field(default_factory=list)


class PaymentMethodReplace(Body):
    card: CardIn | None = None
    bank: BankIn | None = None


class PaymentMethodPatch(Body):
    name: str | None = None
    billing_address: e.Address | None = None
    authorized_organization_ids: list[Id] | None = None


# --- organization side (admin token) -----------------------------------------------------------


class ClosureCreate(Body):
    organization_id: Id
    name: str
    start_date: date
    end_date: date


class OccurrenceCreate(Body):
    activity_id: Id
    start: Instant
    end: Instant
    location: str | None = None


class OccurrencePatch(Body):
    state: e.OccurrenceState | None = None
    start: Instant | None = None
    end: Instant | None = None
    location: str | None = None


class EmailSend(Body):
    account_id: Id
    organization_id: Id | None = None
    sender: str
    subject: str
    html_body: str


class RegistrationCreate(Body):
    person_id: Id
    activity_id: Id
    role: e.Role = e.Role.PARTICIPANT


class AttendanceSet(Body):
    """An occurrence participant's attendance (organization routes): 0 none, 1 present,
    2 absent."""

    attendance_id: int = Field(ge=0, le=2)


class PostdatedStatusPatch(Body):
    status: e.PaymentStatus
    failure_reason: str | None = None
