"""Per-organization forms: answers checked against the organization's schema (PEOPLE-6)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from services.domain.entities import FieldType, FormField
from services.domain.errors import RuleViolation


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _is_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    try:
        return Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


def _check_value(field: FormField, value: Any) -> None:
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.MULTILINE):
        if not isinstance(value, str):
            raise RuleViolation("FormTextInvalid", field.key)
    elif kind is FieldType.YES_NO:
        if not isinstance(value, bool):
            raise RuleViolation("FormYesNoInvalid", field.key)
    elif kind is FieldType.NUMBER:
        if not _is_number(value):
            raise RuleViolation("FormNumberInvalid", field.key)
    elif kind is FieldType.DATE:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise RuleViolation("FormDateInvalid", field.key) from exc
    elif kind is FieldType.CHOICE:
        if value not in field.choices:
            raise RuleViolation("FormChoiceInvalid", field.key)
    elif kind is FieldType.MULTIPLE_CHOICE and (
        not isinstance(value, list) or any(v not in field.choices for v in value)
    ):
        raise RuleViolation("FormChoiceInvalid", field.key)


def answer_violations(fields: list[FormField], answers: dict[str, Any]) -> list[RuleViolation]:
    """PEOPLE-6: required answers given, each of its field's type; no unknown questions."""
    by_key = {f.key: f for f in fields}
    found = [RuleViolation("FormUnknownField", key) for key in answers if key not in by_key]
    for field in fields:
        value = answers.get(field.key)
        if _empty(value):
            if field.required:
                found.append(RuleViolation("Required", field.key))
            continue
        try:
            _check_value(field, value)
        except RuleViolation as violation:
            found.append(violation)
    return found
