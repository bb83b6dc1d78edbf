"""How values sit in SQLite columns: money as whole cents, instants as microseconds since the
epoch (UTC), days as ISO text. Plain Python, shared by the column types and the plain reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


def to_micros(value: datetime) -> int:
    return (value - EPOCH) // _MICRO


def from_micros(value: int) -> datetime:
    return EPOCH + value * _MICRO


def to_cents(value: Decimal) -> int:
    return int(value.scaleb(2).to_integral_value())


def from_cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def from_iso(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
