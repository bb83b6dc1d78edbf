"""A record's fields as the editors show them (SYNC-2, SYNC-4): the label of a wire field — the
same translated text as the person editor, the contact dialog, the Wallet's — and its value in
words (an address as its lines, phones formatted, a date long, a choice by its label, a secret
masked). The conflict review and the list of edits waiting use it; it reads no store: the
names of records named by id come with the values (Conflict.names)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.collation import by_name
from desktop.formatting import long_date, money
from services.domain.validators import format_phone

translate = QCoreApplication.translate
EMPTY = "—"
SECRET_FIELDS = frozenset({"Sin"})
Names = Mapping[tuple[str, int], str]


def plain(label: str) -> str:
    """A label without its mnemonic ("&First name" → "First name"; "&&" stays "&")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _person_labels() -> dict[str, str]:
    """The person editor's (desktop/views/person_sections.py, photo_section.py)."""
    return {
        "FirstName": translate("People", "&First name"),
        "LastName": translate("People", "&Last name"),
        "Gender": translate("People", "&Gender"),
        "DateOfBirth": translate("People", "&Date of birth"),
        "Email": translate("People", "E&mail"),
        "Phones": translate("Fields", "Phone numbers"),
        "Address": translate("People", "Address"),
        "MedicalInformation": translate("People", "Medical information"),
        "HealthInsurance": translate("People", "Health insurance"),
        "Sin": translate("People", "&SIN (NAS)"),
        "Photo": translate("People", "Photo"),
        "IsChild": translate("Fields", "Child"),
    }


def _labels(resource_type: str) -> dict[str, str]:
    if resource_type == "Person":
        return _person_labels()
    if resource_type == "Contact":  # desktop/views/contact_dialog.py
        return {**_person_labels(),
                "Relationship": translate("People", "&Relationship"),
                "Phones": translate("People", "&Phone"),
                "IsEmergencyContact": translate("People", "Emergency &contact"),
                "IsLegalGuardian": translate("People", "Legal &guardian"),
                "Rank": translate("People", "Guardian ran&k"),
                "Rl24Percent": translate("Fields", "RL-24 share"),
                "Notes": translate("People", "&Notes"),
                "PersonId": translate("Fields", "Contact of")}
    if resource_type == "PostdatedPayment":  # the Home tab's and the Wallet's columns
        return {"PaymentMethodId": translate("Payments", "Payment method"),
                "DueDate": translate("Payments", "Date"),
                "Amount": translate("Payments", "Amount"),
                "OrganizationId": translate("Payments", "Organization")}
    if resource_type == "PaymentMethod":  # desktop/views/method_dialog.py, the methods' list
        return {"Name": translate("Wallet", "&Name"),
                "BillingAddress": translate("MethodsModel", "Billing address"),
                "AuthorizedOrganizationIds": translate("MethodsModel", "Authorized for")}
    if resource_type == "Subscription":  # Communications ▸ Subscriptions' columns
        return {"Emails": translate("SubscriptionsModel", "Emails"),
                "CalendarInvitations": translate("SubscriptionsModel", "Calendar invitations")}
    if resource_type == "OrgForm":
        return {"Answers": translate("Fields", "Answers")}
    if resource_type == "Account":
        return {"ContactEmail": translate("Fields", "Contact email")}
    return {}


def label(resource_type: str, field: str) -> str:
    """The label the editors give a wire field of `resource_type` ("FirstName" → "First
    name", "Prénom" in French). A field no screen edits keeps a readable form of its name."""
    found = _labels(resource_type).get(field)
    if found is not None:
        return plain(found)
    spaced = "".join(f" {c.lower()}" if c.isupper() and i else c for i, c in enumerate(field))
    return spaced.strip()


def in_sentence(text: str) -> str:
    """A label within a sentence: "Medical information" → "medical information" (an acronym
    such as "SIN (NAS)" or "RL-24 share" keeps its capitals)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text[1] != "-":
        return text[0].lower() + text[1:]
    return text


def _day(raw: Any) -> str:
    try:
        return long_date(raw if isinstance(raw, date) else date.fromisoformat(str(raw)))
    except ValueError:
        return str(raw)


def address_lines(address: Mapping[str, Any]) -> list[str]:
    """A Canadian address as written on an envelope: street, unit, "City QC  J0X 1A0"."""
    lines = [str(address.get(key) or "").strip() for key in ("Line1", "Line2")]
    city = " ".join(str(address.get(key) or "").strip() for key in ("City", "Province"))
    postal = str(address.get("PostalCode") or "").strip()
    lines.append(f"{city.strip()}  {postal}".strip())
    country = str(address.get("Country") or "CA")
    if country != "CA":
        lines.append(country)
    return [line for line in lines if line]


def phone_lines(phones: list[Any]) -> list[str]:
    found = []
    for phone in phones:
        number = format_phone(str(phone.get("Number", ""))) if isinstance(phone, Mapping) \
            else str(phone)
        kind = str(phone.get("Label") or "").strip() if isinstance(phone, Mapping) else ""
        found.append(f"{number} ({kind})" if kind else number)
    return found


def _sub_fields(section: str) -> dict[str, str]:
    """The labels of a section's parts (the editor's medical and insurance fields)."""
    if section == "MedicalInformation":
        return {"Allergies": translate("People", "&Allergies"),
                "Illnesses": translate("People", "&Illnesses"),
                "Medication": translate("People", "Medica&tion"),
                "Reactions": translate("People", "&Reactions"),
                "Notes": translate("People", "&Notes")}
    if section == "HealthInsurance":
        return {"Number": translate("People", "Health insurance n&umber"),
                "Expiry": translate("People", "E&xpiry")}
    return {}


def _choice(field: str, raw: Any) -> str | None:
    choices = {
        "Gender": {"NotSpecified": translate("People", "Not specified"),
                   "Male": translate("People", "Male"),
                   "Female": translate("People", "Female"),
                   "PreferNotToSay": translate("People", "Prefer not to say")},
        "Rank": {"Primary": translate("People", "Primary"),
                 "Secondary": translate("People", "Secondary")},
    }.get(field)
    return None if choices is None else choices.get(str(raw), str(raw))


def _answers(raw: Mapping[str, Any], resource: Mapping[str, Any] | None) -> list[str]:
    """A form's answers, each under its question (the form's own labels)."""
    questions = {f.get("Key"): f.get("Label") for f in (resource or {}).get("Fields") or []
                 if isinstance(f, Mapping)}
    lines = []
    for key, answer in raw.items():
        if isinstance(answer, bool):
            answer = translate("People", "Yes") if answer else translate("People", "No")
        elif isinstance(answer, list):
            answer = ", ".join(str(a) for a in answer)
        lines.append(_with_colon(str(questions.get(key) or key), str(answer)))
    return lines


def _with_colon(name: str, text: str) -> str:
    """"Allergies: pollen" (French puts a space before the colon)."""
    french = QLocale().language() == QLocale.Language.French
    return f"{name} : {text}" if french else f"{name}: {text}"


def value(resource_type: str, field: str, raw: Any, names: Names | None = None,
          resource: Mapping[str, Any] | None = None) -> str:
    """A wire value as the editors show it, on as many lines as it has parts. `names`: the
    records named by id (Conflict.names); `resource`: the whole record (a form's questions)."""
    names = names or {}
    if raw is None or raw == "" or raw == [] or raw == {}:
        return EMPTY
    if field in SECRET_FIELDS:
        return "•••••" + str(raw)[-3:]
    if isinstance(raw, bool):
        return plain(translate("People", "Yes") if raw else translate("People", "No"))
    choice = _choice(field, raw)
    if choice is not None:
        return choice
    if field in ("Address", "BillingAddress") and isinstance(raw, Mapping):
        return "\n".join(address_lines(raw)) or EMPTY
    if field == "Phones" and isinstance(raw, list):
        return "\n".join(phone_lines(raw))
    if field == "Answers" and isinstance(raw, Mapping):
        return "\n".join(_answers(raw, resource))
    parts = _sub_fields(field)
    if parts and isinstance(raw, Mapping):
        lines = [_with_colon(plain(parts.get(key, key)), _day(text) if key == "Expiry"
                             else str(text)) for key, text in raw.items() if text]
        return "\n".join(lines) or EMPTY
    kind = {"PaymentMethodId": "PaymentMethod", "OrganizationId": "Organization",
            "AuthorizedOrganizationIds": "Organization", "PersonId": "Person"}.get(field)
    if kind is not None:
        ids = raw if isinstance(raw, list) else [raw]
        return "\n".join(by_name((names.get((kind, i), f"#{i}") for i in ids), str))
    if field in ("DateOfBirth", "DueDate", "Expiry"):
        return _day(raw)
    if field == "Amount":
        try:
            return money(Decimal(str(raw)))
        except InvalidOperation:
            return str(raw)
    if field == "Rl24Percent":
        return translate("Fields", "%1%").replace("%1", str(raw))
    if isinstance(raw, list):
        return "\n".join(str(item) for item in raw)
    return str(raw)


class Difference(NamedTuple):
    """One field of a conflict: its label, the user's value, the platform's (SYNC-4)."""

    field: str  # the wire name, for code (never shown)
    label: str
    mine: str
    theirs: str


def differences(conflict: Any) -> list[Difference]:
    """A conflict's fields that differ, labelled and shown as the editors do, in the order of
    the record's fields (services.sync.conflicts.Conflict: differences(), remote, names)."""
    names = getattr(conflict, "names", None) or {}
    kind, remote = conflict.resource_type, conflict.remote
    order = list(remote)
    found = [Difference(field, label(kind, field),
                        value(kind, field, mine, names, remote),
                        value(kind, field, theirs, names, remote))
             for field, (mine, theirs) in conflict.differences().items()]
    return sorted(found, key=lambda d: order.index(d.field) if d.field in order else len(order))
