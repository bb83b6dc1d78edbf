"""Column types that keep money exact and instants sortable in SQLite."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Integer
from sqlalchemy.types import TypeDecorator

from services.store.codec import from_cents, from_micros, to_cents, to_micros


class Cents(TypeDecorator[Decimal]):
    """Decimal dollars stored as whole cents, so SQL sums stay exact."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        return None if value is None else to_cents(value)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        return None if value is None else from_cents(value)


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
