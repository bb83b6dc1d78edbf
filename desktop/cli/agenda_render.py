"""`carnet agenda`: plain text in the user's language, or stable JSON (docs/cli.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.formatting import qdate, time_of
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.entities import OccurrenceState, Organization

JSON_VERSION = 1


def _when_what(entry: CalendarEntry, locale: QLocale, first: date) -> tuple[str, str]:
    translate = QCoreApplication.translate
    if entry.kind is EntryKind.CLOSURE:
        what = translate("Agenda", "Closure: %1").replace("%1", entry.title)
        if entry.last_day > max(entry.first_day, first):
            # A date format is a translatable string: "MMMM d" in English, "d MMMM" in French.
            until = locale.toString(qdate(entry.last_day), translate("Agenda", "MMMM d"))
            what += " " + translate("Agenda", "(until %1)").replace("%1", until)
        when = translate("Agenda", "All day")
    else:
        when = f"{time_of(entry.local_start, locale)}–{time_of(entry.local_end, locale)}"
        person = entry.person_name
        if entry.is_staff:
            person += " " + translate("Agenda", "(staff)")
        what = f"{entry.title} · {person}"
        if entry.state is OccurrenceState.CANCELLED:
            what = translate("Agenda", "CANCELLED") + " " + what
        elif entry.state is OccurrenceState.MOVED:
            what = translate("Agenda", "MOVED") + " " + what
    place = f" · {entry.location}" if entry.location else ""
    return when, f"{what} · {entry.organization_name}{place}"


def render_text(entries: Sequence[CalendarEntry], first: date, last: date, locale: QLocale) -> str:
    translate = QCoreApplication.translate
    long = QLocale.FormatType.LongFormat
    lines = [translate("Agenda", "Agenda from %1 to %2")
             .replace("%1", locale.toString(qdate(first), long))
             .replace("%2", locale.toString(qdate(last), long))]
    if not entries:
        lines.append(translate("Agenda", "No entries."))

    def day_of(entry: CalendarEntry) -> date:
        return max(entry.first_day, first)  # a closure begun earlier shows on the first day

    rows = [(day_of(e), *_when_what(e, locale, first))
            for e in sorted(entries, key=lambda e: (day_of(e), e.sort_key()))]
    width = max((len(when) for _, when, _ in rows), default=0)
    for day, items in groupby(rows, lambda row: row[0]):
        lines.append("")
        lines.append(locale.toString(qdate(day), long))
        lines.extend(f"  {when:<{width}}  {what}" for _, when, what in items)
    return "\n".join(lines)


def entry_json(entry: CalendarEntry, orgs: dict[int, Organization]) -> dict[str, Any]:
    closure = entry.kind is EntryKind.CLOSURE
    return {
        "Kind": str(entry.kind),
        "Start": entry.first_day.isoformat() if closure else entry.local_start.isoformat(),
        "End": entry.last_day.isoformat() if closure else entry.local_end.isoformat(),
        "AllDay": closure,
        "Title": entry.title,
        "SourceId": entry.source_id,
        "OrganizationId": entry.organization_id,
        "OrganizationSlug": orgs[entry.organization_id].slug,
        "OrganizationName": entry.organization_name,
        "PersonId": entry.person_id,
        "PersonName": entry.person_name or None,
        "Role": None if closure else ("Staff" if entry.is_staff else "Participant"),
        "State": str(entry.state),
        "Location": entry.location or None,
        "Url": entry.target_url,
    }


def render_json(
    entries: Sequence[CalendarEntry], first: date, last: date, orgs: dict[int, Organization]
) -> str:
    document = {
        "Version": JSON_VERSION,
        "From": first.isoformat(),
        "To": last.isoformat(),
        "Entries": [entry_json(entry, orgs) for entry in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
