"""Rule violations: a code, the wire field it concerns, and values for the message."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from services.domain.messages import MoneyFormat, message


class RuleViolation(Exception):
    """One broken business rule, localizable through services.domain.messages."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        super().__init__(code if field is None else f"{code} ({field})")
        self.code = code
        self.field = field
        self.params = params

    def message(self, lang: str = "en", money_format: MoneyFormat | None = None) -> str:
        """The text in `lang`; amounts (Decimal values) written by `money_format` if given."""
        return message(self.code, lang, money_format, **self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RuleViolation) and (self.code, self.field) == (
            other.code,
            other.field,
        )

    def __hash__(self) -> int:
        return hash((self.code, self.field))


class ValidationFailed(Exception):
    """Several violations found together, so a form can show every field's message at once."""

    def __init__(self, violations: Iterable[RuleViolation]) -> None:
        self.violations = list(violations)
        super().__init__(", ".join(str(v) for v in self.violations))

    def fields(self, lang: str = "en", money_format: MoneyFormat | None = None
               ) -> dict[str, str]:
        return {v.field or "": v.message(lang, money_format) for v in self.violations}


def raise_if_any(violations: list[RuleViolation]) -> None:
    if violations:
        raise ValidationFailed(violations)
