"""ASSIST-1: what the reminders read (plain sqlite3), and where they keep what was shown (the
store's meta, services.domain.reminders.META_KEY)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from services.domain import reminders
from services.domain.calendar import CalendarEntry, zone
from services.domain.clock import LOCAL_ZONE
from services.store import calendar_reads
from services.store.codec import from_micros, to_micros
from services.store.reads import Postdated, fetch, meta, postdated_payments

AHEAD_DAYS = 8  # entries read ahead of now (a week, and minutes before the next day)


@dataclass(frozen=True)
class Inputs:
    entries: list[CalendarEntry]
    payments: list[Postdated]
    emails: list[reminders.EmailItem]
    state: reminders.State


def inputs(conn: sqlite3.Connection, start: datetime, end: datetime | None = None) -> Inputs:
    """Entries from the day before `start` to a week past `end` (default: `start`), postdated
    payments, organizations' emails of the last days, and the state kept in meta."""
    end = end or start
    local = zone(LOCAL_ZONE)
    first = start.astimezone(local).date() - timedelta(days=1)
    last = end.astimezone(local).date() + timedelta(days=AHEAD_DAYS)
    entries = calendar_reads.calendar_entries(conn, first, last)
    since = to_micros(start - timedelta(days=reminders.EMAIL_DAYS))
    emails = [reminders.EmailItem(ident, org_id, name or "", subject, from_micros(sent))
              for ident, org_id, name, subject, sent in fetch(
                  conn, "e.id, e.organization_id, o.name, e.subject, e.sent_at",
                  "FROM emails e JOIN organizations o ON o.id = e.organization_id"
                  " WHERE e.sent_at >= ?", (since,))]
    emails.sort(key=lambda e: (e.sent_at, e.id))
    return Inputs(entries, postdated_payments(conn), emails,
                  reminders.State.loads(meta(conn, reminders.META_KEY)))


def found(data: Inputs, settings: reminders.Settings) -> list[reminders.Reminder]:
    return reminders.reminders(data.entries, data.payments, data.emails, settings)
