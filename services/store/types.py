"""Column types that keep money exact and instants sortable in SQLite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, Integer
from sqlalchemy.types import TypeDecorator

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)


class Cents(TypeDecorator[Decimal]):
    """Decimal dollars stored as whole cents, so SQL sums stay exact."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        return None if value is None else int(value.scaleb(2).to_integral_value())

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-2)


def to_micros(value: datetime) -> int:
    return (value - EPOCH) // _MICRO


def from_micros(value: int) -> datetime:
    return EPOCH + value * _MICRO


class UtcMicros(TypeDecorator[datetime]):
    """An aware instant as microseconds since the epoch (UTC): exact, indexable, sortable."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: instants must be timezone-aware")
        return to_micros(value)

    def process_result_value(self, value: int | None, dialect) -> datetime | None:
        return None if value is None else from_micros(value)
