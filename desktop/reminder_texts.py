"""ASSIST-1: a reminder's title and text, in the window's language (the tray's notifications
and `carnet reminders` say the same)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.formatting import day_and_time, day_label, money
from services.domain.calendar import zone
from services.domain.clock import LOCAL_ZONE
from services.domain.reminders import Reminder, ReminderKind


def _fill(text: str, *values: object) -> str:
    for index, value in enumerate(values, 1):
        text = text.replace(f"%{index}", str(value))
    return text


def _start(reminder: Reminder) -> datetime | None:
    return reminder.start.astimezone(zone(LOCAL_ZONE)) if reminder.start else None


def _when(start: datetime | None, locale: QLocale) -> str:
    return day_and_time(start, locale) if start is not None else ""


def texts(reminder: Reminder, locale: QLocale | None = None) -> tuple[str, str]:
    """(title, message) of a notification."""
    translate = QCoreApplication.translate
    locale = locale or QLocale()
    start = _start(reminder)
    when = _when(start, locale)
    who = reminder.person_name
    org = reminder.organization_name
    match reminder.kind:
        case ReminderKind.BEFORE:
            title = _fill(translate("Reminders", "%1 in %2 min"), reminder.title, reminder.minutes)
            if reminder.moved:
                title = _fill(translate("Reminders", "%1 (moved)"), title)
            return title, _fill(translate("Reminders", "%1 — %2, %3"), who, when, org)
        case ReminderKind.CANCELLED:
            return (_fill(translate("Reminders", "Cancelled: %1"), reminder.title),
                    _fill(translate("Reminders", "%1 — %2, %3: no reminder for it any more."),
                          who, when, org))
        case ReminderKind.PAYMENT_DUE:
            return (_fill(translate("Reminders", "Payment tomorrow: %1"),
                          money(_decimal(reminder.amount), locale)),
                    _fill(translate("Reminders", "%1 — %2, charged %3"), org, reminder.title,
                          day_label(start.date(), locale) if start else ""))
        case ReminderKind.PAYMENT_REFUSED:
            return (_fill(translate("Reminders", "Payment refused: %1"),
                          money(_decimal(reminder.amount), locale)),
                    _fill(translate("Reminders", "%1 — %2, due %3"), org, reminder.title,
                          day_label(start.date(), locale) if start else ""))
        case ReminderKind.EMAIL:
            return (_fill(translate("Reminders", "Email from %1"), org), reminder.title)
        case ReminderKind.CLOSURE:
            return (_fill(translate("Reminders", "Closed: %1"), reminder.title),
                    _fill(translate("Reminders", "%1 is closed on the day of %2's activity (%3)."),
                          org, who, when))
    return reminder.title, ""


def next_text(reminder: Reminder, locale: QLocale | None = None) -> str:
    """The tray menu's first line: « Ensuite : Natation — Junior 3, jeu. 3 déc. à 18 h 00 »."""
    return _fill(QCoreApplication.translate("Reminders", "Next: %1, %2 (%3)"), reminder.title,
                 _when(_start(reminder), locale or QLocale()), reminder.person_name)


def _decimal(text: str):
    from decimal import Decimal

    return Decimal(text or "0")
