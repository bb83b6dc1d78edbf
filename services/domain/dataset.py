"""The dataset JSON form (docs/dataset.md): what the server loads and the client exports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from services.domain.entities import (
    Account,
    Activity,
    Cart,
    Closure,
    Contact,
    Email,
    Event,
    Invitation,
    Occurrence,
    Organization,
    OrgForm,
    Pass,
    PaymentMethod,
    Person,
    PostdatedPayment,
    QuickAccess,
    Registration,
    Resource,
    Subscription,
    Transaction,
)
from services.domain.wire import WireModel

FORMAT = "carnet-dataset"
FORMAT_VERSION = 1


class AccountData(WireModel):
    """One family account and everything on its side of the platform."""

    account: Account
    password: str | None = None  # only in files the server loads; never exported by a client
    persons: list[Person] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    invitations: list[Invitation] = Field(default_factory=list)
    quick_access: list[QuickAccess] = Field(default_factory=list)
    registrations: list[Registration] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    transactions: list[Transaction] = Field(default_factory=list)
    passes: list[Pass] = Field(default_factory=list)
    carts: list[Cart] = Field(default_factory=list)
    postdated_payments: list[PostdatedPayment] = Field(default_factory=list)
    payment_methods: list[PaymentMethod] = Field(default_factory=list)
    emails: list[Email] = Field(default_factory=list)
    subscriptions: list[Subscription] = Field(default_factory=list)
    org_forms: list[OrgForm] = Field(default_factory=list)

    def resources(self) -> Iterator[Resource]:
        """The account itself, then every account-side resource."""
        yield self.account
        for name in ACCOUNT_COLLECTIONS:
            yield from getattr(self, name)


class Dataset(WireModel):
    """Organizations and their calendars (shared), then one block per account."""

    # Another format, or a later version of this one, is refused rather than misread.
    format: Literal["carnet-dataset"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    organizations: list[Organization] = Field(default_factory=list)
    closures: list[Closure] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    occurrences: list[Occurrence] = Field(default_factory=list)
    accounts: list[AccountData] = Field(default_factory=list)

    def org_resources(self) -> Iterator[Resource]:
        for name in ORG_COLLECTIONS:
            yield from getattr(self, name)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=1)

    @classmethod
    def from_json(cls, text: str | bytes) -> Dataset:
        return cls.model_validate_json(text)


ORG_COLLECTIONS = ("organizations", "closures", "activities", "occurrences")
ACCOUNT_COLLECTIONS = (
    "persons", "contacts", "invitations", "quick_access", "registrations", "events",
    "transactions", "passes", "carts", "postdated_payments", "payment_methods", "emails",
    "subscriptions", "org_forms",
)
