"""The store's resource tables, named once: each resource type of the API (the wire `Type`)
and its table. The schema builds its tables from this, and the desktop's change hub names what
changed with it; importing it costs nothing (no SQLAlchemy, no pydantic): the window's first
paint uses it."""

from __future__ import annotations

from enum import StrEnum


class ResourceType(StrEnum):
    ACCOUNT = "Account"
    PERSON = "Person"
    CONTACT = "Contact"
    INVITATION = "Invitation"
    ORGANIZATION = "Organization"
    QUICK_ACCESS = "QuickAccess"
    CLOSURE = "Closure"
    ACTIVITY = "Activity"
    OCCURRENCE = "Occurrence"
    REGISTRATION = "Registration"
    EVENT = "Event"
    TRANSACTION = "Transaction"
    PASS = "Pass"
    CART = "Cart"
    POSTDATED_PAYMENT = "PostdatedPayment"
    PAYMENT_METHOD = "PaymentMethod"
    EMAIL = "Email"
    SUBSCRIPTION = "Subscription"
    ORG_FORM = "OrgForm"

    @property
    def table(self) -> str:
        return TABLES[self]


# The dataset's collection names (docs/dataset.md).
TABLES: dict[ResourceType, str] = {
    ResourceType.ACCOUNT: "accounts", ResourceType.PERSON: "persons",
    ResourceType.CONTACT: "contacts", ResourceType.INVITATION: "invitations",
    ResourceType.ORGANIZATION: "organizations", ResourceType.QUICK_ACCESS: "quick_access",
    ResourceType.CLOSURE: "closures", ResourceType.ACTIVITY: "activities",
    ResourceType.OCCURRENCE: "occurrences", ResourceType.REGISTRATION: "registrations",
    ResourceType.EVENT: "events", ResourceType.TRANSACTION: "transactions",
    ResourceType.PASS: "passes", ResourceType.CART: "carts",
    ResourceType.POSTDATED_PAYMENT: "postdated_payments",
    ResourceType.PAYMENT_METHOD: "payment_methods", ResourceType.EMAIL: "emails",
    ResourceType.SUBSCRIPTION: "subscriptions", ResourceType.ORG_FORM: "org_forms",
}
