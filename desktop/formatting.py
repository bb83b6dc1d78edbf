"""Dates, times and money through QLocale (SPEC: `1 234,50 $` in fr-CA, `$1,234.50` in en-CA)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.ShortFormat)


def day_label(day: date, locale: QLocale | None = None) -> str:
    """A compact day: « ven. 27 nov. », "Fri, Nov 27"."""
    from PySide6.QtCore import QCoreApplication

    pattern = QCoreApplication.translate("Formats", "ddd, MMM d")
    return (locale or QLocale()).toString(qdate(day), pattern)


def long_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.LongFormat)


def time_of(moment: datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QTime(moment.hour, moment.minute),
                                          QLocale.FormatType.ShortFormat)


def money(amount: Decimal, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    # toCurrencyString takes a float; two decimals of a Decimal survive the trip exactly.
    return locale.toCurrencyString(float(amount), "$", 2)
