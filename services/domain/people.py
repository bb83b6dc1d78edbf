"""Rules on the persons of an account (SPEC PEOPLE-1, 3, 4, 5)."""

from __future__ import annotations

from datetime import date

from services.domain.entities import Account, Address, Contact, Person
from services.domain.errors import RuleViolation
from services.domain.rl24 import rank_violations, share_violations
from services.domain.validators import (
    check_sin_allowed,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_sin,
)

EARLIEST_BIRTH = date(1900, 1, 1)


def check_date_of_birth_change(before: date | None, after: date | None, today: date) -> None:
    """PEOPLE-3: a date of birth is entered once; afterwards only the organization changes it."""
    if before is not None and after != before:
        raise RuleViolation("DateOfBirthLocked", "DateOfBirth")
    if after is not None and not (EARLIEST_BIRTH <= after <= today):
        raise RuleViolation("DateOfBirthInvalid", "DateOfBirth")


def date_of_birth_editable(person: Person) -> bool:
    """PEOPLE-3: the editor offers the field only while it is empty."""
    return person.date_of_birth is None


def check_child_address(is_child: bool, address: Address | None) -> None:
    """PEOPLE-5: children have no address section; they share the holder's address."""
    if is_child and address is not None:
        raise RuleViolation("ChildAddress", "Address")


def check_holder(account: Account, person: Person) -> None:
    """PEOPLE-1: a child can't be the account holder."""
    if account.holder_person_id == person.id and person.is_child:
        raise RuleViolation("ChildHolder", "IsChild")


def check_delete_person() -> None:
    """PEOPLE-4: persons are never deleted or archived by the family."""
    raise RuleViolation("PersonCannotBeDeleted")


def person_violations(
    person: Person, account: Account, today: date, before: Person | None = None
) -> list[RuleViolation]:
    """Every rule a person must satisfy to be saved (new when `before` is None)."""
    found: list[RuleViolation] = []

    def check(fn, *args) -> None:
        try:
            fn(*args)
        except RuleViolation as violation:
            found.append(violation)

    for field, value in (("FirstName", person.first_name), ("LastName", person.last_name)):
        if not value.strip():
            found.append(RuleViolation("Required", field))
    if before is None and person.date_of_birth is None:
        found.append(RuleViolation("Required", "DateOfBirth"))
    check(check_date_of_birth_change, before.date_of_birth if before else None,
          person.date_of_birth, today)
    check(check_child_address, person.is_child, person.address)
    check(check_holder, account, person)
    if person.sin:
        check(check_sin_allowed, account.province)
        check(normalize_sin, person.sin)
    if person.email:
        check(normalize_email, person.email)
    for phone in person.phones:
        check(normalize_phone, phone.number)
    if person.address is not None:
        check(normalize_postal_code, person.address.postal_code, "Address.PostalCode")
    return found


def normalize_person(person: Person) -> Person:
    """Canonical forms, once the rules hold: E.164 phones, 'H2X 1Y4', bare SIN digits."""
    address = person.address
    return person.model_copy(update={
        "sin": normalize_sin(person.sin) if person.sin else None,
        "email": normalize_email(person.email) if person.email else None,
        "phones": [p.model_copy(update={"number": normalize_phone(p.number)})
                   for p in person.phones],
        "address": address.model_copy(update={
            "postal_code": normalize_postal_code(address.postal_code)}) if address else None,
    })


def contact_violations(
    contact: Contact, others: list[Contact], province: str
) -> list[RuleViolation]:
    """PEOPLE-7/8 for `contact` among the other contacts of the same participant."""
    found: list[RuleViolation] = []
    for field, value in (("FirstName", contact.first_name), ("LastName", contact.last_name)):
        if not value.strip():
            found.append(RuleViolation("Required", field))
    checks = [(normalize_email, contact.email)] if contact.email else []
    checks += [(normalize_phone, p.number) for p in contact.phones]
    if contact.sin:
        checks += [(check_sin_allowed, province), (normalize_sin, contact.sin)]
    for check, value in checks:
        try:
            check(value)
        except RuleViolation as violation:
            found.append(violation)
    group = [c for c in others if c.id != contact.id] + [contact]
    return found + rank_violations(group) + share_violations(group)


def normalize_contact(contact: Contact) -> Contact:
    return contact.model_copy(update={
        "sin": normalize_sin(contact.sin) if contact.sin else None,
        "email": normalize_email(contact.email) if contact.email else None,
        "phones": [p.model_copy(update={"number": normalize_phone(p.number)})
                   for p in contact.phones],
    })


def age_on(date_of_birth: date, day: date) -> int:
    """Whole years, with a 29 February birthday counted on 1 March in common years."""
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years
