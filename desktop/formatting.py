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


def lockout(retry_after: float | None, lang: str, locale: QLocale | None = None) -> str:
    """A lockout (429 TooManyAttempts): until when, on this computer's clock, and in about how
    many minutes; without a Retry-After, only that it lasts a while."""
    import math

    from PySide6.QtCore import QCoreApplication, QDateTime

    from services.domain.messages import message

    if retry_after is None or retry_after < 0:
        return QCoreApplication.translate(
            "Errors", "Too many failed attempts: the platform refuses new ones for a while. "
            "Try again later; nothing else is affected.")
    now = QDateTime.currentDateTime()
    ends = now.addSecs(math.ceil(retry_after))
    if locale is None:
        from desktop.i18n import locale_for

        locale = locale_for(lang)
    when = (locale.toString(ends.time(), QLocale.FormatType.ShortFormat)
            if ends.date() == now.date()
            else locale.toString(ends, QLocale.FormatType.ShortFormat))
    return message("TooManyAttemptsUntil", lang, time=when,
                   minutes=max(1, math.ceil(retry_after / 60)))


def not_revoked() -> str:
    """A sign-out the platform could not be told of (offline)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Errors", "The platform could not be reached to end the session there: it stays "
        "valid on the platform until it expires (about 8 hours). It was removed from this "
        "computer all the same.")

