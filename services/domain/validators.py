"""Field validators: each returns the normalized value or raises RuleViolation."""

from __future__ import annotations

import re

from services.domain.errors import RuleViolation

# phonenumbers and email_validator load on first use: 60 ms the window's first paint skips.

QUEBEC = "QC"
_NON_DIGITS = re.compile(r"[\s\-.]")
# Canada Post never uses D, F, I, O, Q, U; W and Z never start a code.
_POSTAL = re.compile(r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)$")
_QUEBEC_FSA_LETTERS = frozenset("GHJ")


def luhn_check_digit(payload: str) -> str:
    """The Luhn (mod 10) digit that completes `payload`: SINs and card numbers end with it."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        value = int(char)
        if index % 2 == 0:  # doubled: every second digit counting left from the check digit
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return str(-total % 10)


def luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and digits.isdigit() and luhn_check_digit(digits[:-1]) == digits[-1]


def normalize_sin(value: str, field: str = "Sin") -> str:
    """SIN / NAS: 9 digits passing Luhn (spaces and dashes allowed), not all zeros."""
    digits = _NON_DIGITS.sub("", value)
    if len(digits) != 9 or not luhn_ok(digits) or digits == "000000000":
        raise RuleViolation("SinInvalid", field)
    return digits


def check_sin_allowed(province: str, field: str = "Sin") -> None:
    """PEOPLE-5: a SIN is kept only for accounts based in Québec."""
    if province.upper() != QUEBEC:
        raise RuleViolation("SinNotAllowed", field)


def normalize_phone(value: str, region: str = "CA", field: str = "Phones") -> str:
    """A phone number in E.164 form; numbers without a country code are read as Canadian."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise RuleViolation("PhoneInvalid", field) from exc
    if not phonenumbers.is_valid_number(number):
        raise RuleViolation("PhoneInvalid", field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """Display form: national for Canadian numbers, international otherwise."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "CA")
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 1
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def normalize_email(value: str, field: str = "Email") -> str:
    """An email address checked for syntax only (no DNS: the app must work offline)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise RuleViolation("EmailInvalid", field) from exc
    return result.normalized


def normalize_postal_code(value: str, field: str = "PostalCode") -> str:
    """A Canadian postal code as 'A1A 1A1'."""
    match = _POSTAL.match(value.strip().upper())
    if match is None:
        raise RuleViolation("PostalCodeInvalid", field)
    return f"{match.group(1)} {match.group(2)}"


def is_quebec_postal_code(code: str) -> bool:
    return bool(code) and code[0].upper() in _QUEBEC_FSA_LETTERS
