"""Wire conventions of API.md shared by every entity: PascalCase names, money as strings."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, PlainSerializer
from pydantic.alias_generators import to_pascal

from services.domain.kinds import CENT


def _parse_money(value: Any) -> Decimal:
    # API.md: "decimal strings with two places ... Never floats."
    if isinstance(value, (bool, float)):
        raise ValueError("money must be a decimal string, not a float")
    if isinstance(value, int | Decimal):
        return _cents(Decimal(value))
    if isinstance(value, str):
        try:
            return _cents(Decimal(value))
        except ArithmeticError as exc:
            raise ValueError("not a decimal amount") from exc
    raise ValueError("money must be a decimal string")


def _cents(amount: Decimal) -> Decimal:
    """To the cent; an amount too large for the cents of the decimal context (28 digits, a
    hostile answer's 1e30) is a ValueError, not an InvalidOperation escaping validation."""
    if not amount.is_finite():
        raise ValueError("not a finite amount")
    try:
        return amount.quantize(CENT, ROUND_HALF_UP)
    except ArithmeticError as exc:
        raise ValueError("amount too large") from exc


Money = Annotated[
    Decimal,
    BeforeValidator(_parse_money),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json"),
]
Instant = AwareDatetime


class WireModel(BaseModel):
    """Base of every API entity: PascalCase on the wire, snake_case in Python, immutable."""

    model_config = ConfigDict(
        alias_generator=to_pascal,
        populate_by_name=True,
        frozen=True,
        extra="forbid",
        use_enum_values=False,
    )

    def wire(self) -> dict[str, Any]:
        """The JSON-ready PascalCase dict of API.md."""
        return self.model_dump(mode="json", by_alias=True)

