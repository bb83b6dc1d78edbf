"""Dates, times and money through QLocale (SPEC: `1 234,50 $` in fr-CA, `$1,234.50` in en-CA;
times as `9 h 30` and `9:30 AM`, the hour without a leading zero)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

if TYPE_CHECKING:
    from services.domain.errors import RuleViolation


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.ShortFormat)


_FIRST = re.compile(r"(?<![d'])d(?![d'])")  # the day of the month, unpadded


def day_label(day: date, locale: QLocale | None = None) -> str:
    """A compact day: « ven. 27 nov. », "Fri, Nov 27"."""
    from PySide6.QtCore import QCoreApplication

    return written(day, QCoreApplication.translate("Formats", "ddd, MMM d"), locale)


def written(day: date, pattern: str, locale: QLocale | None = None) -> str:
    """`day` in a QLocale date pattern; French writes the first of a month « 1er »."""
    locale = locale or QLocale()
    if day.day == 1 and locale.language() is QLocale.Language.French:
        pattern = _FIRST.sub("d'er'", pattern)
    return locale.toString(qdate(day), pattern)


def long_date(day: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return written(day, locale.dateFormat(QLocale.FormatType.LongFormat), locale)


@lru_cache(maxsize=16)  # a pattern per locale and format: every chip's time asks (issue 20)
def unpadded_hours(pattern: str) -> str:
    """A QLocale time pattern whose hour has no leading zero: fr-CA's "HH 'h' mm" becomes
    "H 'h' mm" (9 h 30, as Québec writes it); quoted text is left alone."""
    parts = pattern.split("'")  # even parts are outside quotes ('' splits into an empty one)
    return "'".join(re.sub(r"([Hh])\1", r"\1", part) if i % 2 == 0 else part
                    for i, part in enumerate(parts))


def time_pattern(locale: QLocale | None = None,
                 kind: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return unpadded_hours((locale or QLocale()).timeFormat(kind))


def clock_time(moment: QTime, locale: QLocale | None = None) -> str:
    """A time of day: 9 h 30, 9:30 AM."""
    return (locale or QLocale()).toString(moment, time_pattern(locale))


def time_of(moment: datetime, locale: QLocale | None = None) -> str:
    return clock_time(QTime(moment.hour, moment.minute), locale)


def day_and_time(moment: datetime, locale: QLocale | None = None) -> str:
    """A day and its time as a sentence says them: « sam. 28 nov. à 9 h 00 », "Sat, Nov 28
    at 9:00 a.m." (`moment` in the zone it is to be read in)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Formats", "%1 at %2").replace(
        "%1", day_label(moment.date(), locale)).replace("%2", time_of(moment, locale))


def moment_text(moment: QDateTime, locale: QLocale | None = None,
                kind: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A date and time: 2026-11-27 9 h 30 (the locale's pattern, the hour unpadded)."""
    locale = locale or QLocale()
    return locale.toString(moment, unpadded_hours(locale.dateTimeFormat(kind)))


def money(amount: Decimal, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    # toCurrencyString takes a float; two decimals of a Decimal survive the trip exactly.
    return locale.toCurrencyString(float(amount), "$", 2)


def money_format(lang: str) -> Callable[[Decimal], str]:
    """Amounts in the rules' messages (services.domain.messages), through QLocale in `lang`."""
    from desktop.i18n import locale_for

    locale = locale_for(lang)
    return lambda amount: money(amount, locale)


def violation_text(violation: RuleViolation, lang: str) -> str:
    """A rule's message in `lang`, its amounts written as the window writes money."""
    return violation.message(lang, money_format(lang))


def amount_text(amount: Decimal, locale: QLocale | None = None) -> str:
    """An amount to edit: 140,00 or 140.00 (the locale's decimal point, no group separator,
    no currency), as `parse_money` reads it back."""
    plain = QLocale(locale or QLocale())
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(float(amount), "f", 2)


_SPACES = re.compile(r"[\s\u00a0\u202f$]")


def parse_money(text: str, locale: QLocale | None = None, field: str = "Amount") -> Decimal:
    """An amount typed in the user's language (140,00 · 1 234,50 $ · $1,234.50 · 25.5),
    checked by the rules (services.domain.billing.parse_amount: RuleViolation AmountInvalid)."""
    from services.domain.billing import parse_amount

    locale = locale or QLocale()
    cleaned = _SPACES.sub("", text)
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group and not group.isspace() and group in cleaned:
        whole = cleaned.split(point)[0] if point != group else cleaned
        if re.fullmatch(rf"\d{{1,3}}({re.escape(group)}\d{{3}})+", whole):
            cleaned = cleaned.replace(group, "")  # 1,234.50 in English: a thousands separator
    return parse_amount(cleaned.replace(point, "."), field)


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
    when = clock_time(ends.time(), locale) if ends.date() == now.date() \
        else moment_text(ends, locale)
    return message("TooManyAttemptsUntil", lang, time=when,
                   minutes=max(1, math.ceil(retry_after / 60)))


def not_revoked() -> str:
    """A sign-out the platform could not be told of (offline)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Errors", "The platform could not be reached to end the session there: it stays "
        "valid on the platform until it expires (about 8 hours). It was removed from this "
        "computer all the same.")

