"""What the screens read, in plain sqlite3: calendar entries, the upcoming list, quick-access
cards, postdated payments, balances, names for the filters, the outbox's counts.

No SQLAlchemy and no wire models here: the window's first paint starts in a fraction of a
second, and a background read holds the GIL (which the window's thread needs for every Qt
call) as briefly as it can. Every function takes a connection from `Store.reader()`, or a
write transaction's own sqlite3 connection when a rule must see what it is about to change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from services.domain.billing import ZERO
from services.domain.calendar import CalendarEntry, EntryKind, closure_entry, overlaps, upcoming
from services.domain.errors import RuleViolation
from services.domain.kinds import OccurrenceState, PaymentMode, PaymentStatus, Role
from services.domain.quick_access import removal_blockers
from services.store.codec import from_cents, from_iso, from_micros, to_micros

# How far an entry can stray from its local day in UTC, both ways.
_ZONE_SLACK = timedelta(days=1)
OPEN_OUTBOX = ("pending", "in_flight", "parked", "conflict")  # services.sync.outbox's states
LAST_SYNC = "sync.last_success"  # meta: when the sync engine last reached the platform
# meta: the account this folder is the copy of (services.sync.session.bind_account)
SERVER, USERNAME, LANG = "account.server", "account.username", "account.lang"


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """HOME-3 filters; None means "all"."""

    org_ids: Collection[int] | None = None
    person_ids: Collection[int] | None = None


@dataclass(frozen=True, slots=True)
class Org:
    """An organization as the screens use it (the attributes of entities.Organization)."""

    id: int
    name: str
    slug: str
    phone: str
    email: str
    store_url: str
    is_federation: bool
    allows_online_payment: bool
    minimum_payment: Decimal | None
    payment_mode: PaymentMode
    time_zone: str


@dataclass(frozen=True, slots=True)
class PassRow:
    organization_id: int
    tokens_left: int | None
    has_unlimited_tokens: bool
    valid_to: date


@dataclass(frozen=True, slots=True)
class Postdated:
    """HOME-7: a postdated payment with its organization's name and its method's label parts."""

    id: int
    organization_id: int
    organization_name: str
    due_date: date
    amount: Decimal
    status: PaymentStatus
    failure_reason: str | None
    description: str
    method: tuple[str, str] | None  # (brand or name, last 4 digits); None: deleted method


@dataclass(frozen=True, slots=True)
class QuickAccessCard:
    organization: Org
    quick_access_id: int
    balance: Decimal
    unread_emails: int
    cart_items: int
    blockers: list[RuleViolation]

    @property
    def removable(self) -> bool:
        return not self.blockers


def plain(conn) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy one: inside a write, the same transaction."""
    return conn.connection.driver_connection


def _in(column: str, values: Collection) -> tuple[str, list]:
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


# --- organizations and people ------------------------------------------------------------------

def organizations(conn: sqlite3.Connection) -> dict[int, Org]:
    rows = conn.execute(
        "SELECT id, name, slug, phone, email, store_url, is_federation, allows_online_payment,"
        " minimum_payment, payment_mode, time_zone FROM organizations")
    return {row[0]: Org(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]),
                        bool(row[7]), None if row[8] is None else from_cents(row[8]),
                        PaymentMode(row[9]), row[10]) for row in rows}


def person_names(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """PEOPLE-1's order: the holder first, then adults, then children oldest first."""
    return [(ident, f"{first} {last}") for ident, first, last in conn.execute(
        "SELECT p.id, p.first_name, p.last_name FROM persons p"
        " ORDER BY p.id != coalesce((SELECT holder_person_id FROM accounts LIMIT 1), -1),"
        " p.is_child, p.date_of_birth IS NULL, p.date_of_birth, p.last_name, p.first_name")]


# --- the calendar ------------------------------------------------------------------------------

def _utc_bounds(first: date, last: date) -> tuple[int, int]:
    return (
        to_micros(datetime.combine(first, time(0), UTC) - _ZONE_SLACK),
        to_micros(datetime.combine(last + timedelta(days=1), time(0), UTC) + _ZONE_SLACK),
    )


def _occurrence_entries(conn: sqlite3.Connection, lo: int, hi: int, orgs: dict[int, Org],
                        names: dict[int, str], where: CalendarFilter) -> list[CalendarEntry]:
    """HOME-4 in SQL: an entry per non-cancelled registration; Skipped occurrences left out.

    Kept equal to services.domain.calendar.occurrence_entries by a test.
    """
    sql = ('SELECT o.id, o.start, o."end", o.state,'
           " coalesce(nullif(o.location, ''), a.location), a.name, a.organization_id,"
           " a.registration_url, r.person_id, r.role"
           " FROM occurrences o JOIN activities a ON a.id = o.activity_id"
           " JOIN registrations r ON r.activity_id = a.id"
           ' WHERE o.start < ? AND o."end" > ? AND o.state != ? AND NOT r.is_cancelled')
    params: list = [hi, lo, OccurrenceState.SKIPPED.value]
    for column, values in (("a.organization_id", where.org_ids),
                           ("r.person_id", where.person_ids)):
        if values is not None:
            clause, more = _in(column, values)
            sql, params = f"{sql} AND {clause}", params + more
    states = {state.value: state for state in OccurrenceState}
    entries = []
    for (ident, start, end, state, location, title, org_id, url, person_id,
         role) in conn.execute(sql, params):
        org = orgs[org_id]
        entries.append(CalendarEntry(
            EntryKind.ACTIVITY, from_micros(start), from_micros(end), title, org_id, org.name,
            org.time_zone, ident, person_id, names.get(person_id, ""), role == Role.STAFF.value,
            states[state], location or "", url or None,
        ))
    return entries


def _event_entries(conn: sqlite3.Connection, lo: int, hi: int, orgs: dict[int, Org],
                   names: dict[int, str], where: CalendarFilter) -> list[CalendarEntry]:
    sql = ('SELECT id, organization_id, person_ids, title, start, "end", location,'
           ' is_online_booking, url FROM events WHERE start < ? AND "end" > ?')
    params: list = [hi, lo]
    if where.org_ids is not None:
        clause, more = _in("organization_id", where.org_ids)
        sql, params = f"{sql} AND {clause}", params + more
    entries = []
    for ident, org_id, person_ids, title, start, end, location, online, url in conn.execute(
            sql, params):
        org = orgs[org_id]
        for person_id in json.loads(person_ids or "[]"):
            if where.person_ids is not None and person_id not in where.person_ids:
                continue
            entries.append(CalendarEntry(
                EntryKind.EVENT, from_micros(start), from_micros(end), title, org_id, org.name,
                org.time_zone, ident, person_id, names.get(person_id, ""), location=location,
                url=url, is_online_booking=bool(online),
            ))
    return entries


def _closure_entries(conn: sqlite3.Connection, first: date, last: date, orgs: dict[int, Org],
                     where: CalendarFilter) -> list[CalendarEntry]:
    wanted = set(orgs) if where.org_ids is None else set(where.org_ids) & set(orgs)
    if where.person_ids is not None:  # closures of the organizations where they are registered
        clause, params = _in("r.person_id", where.person_ids)
        wanted &= {org for (org,) in conn.execute(
            "SELECT a.organization_id FROM activities a JOIN registrations r"
            f" ON r.activity_id = a.id WHERE {clause} AND NOT r.is_cancelled", params)}
    clause, params = _in("organization_id", wanted)
    rows = conn.execute(
        "SELECT id, organization_id, name, start_date, end_date FROM closures"
        f" WHERE start_date <= ? AND end_date >= ? AND {clause}",
        [last.isoformat(), first.isoformat(), *params])
    return [closure_entry(_Closure(ident, name, from_iso(start), from_iso(end)), orgs[org_id])
            for ident, org_id, name, start, end in rows]


@dataclass(frozen=True, slots=True)
class _Closure:
    id: int
    name: str
    start_date: date
    end_date: date


def calendar_entries(conn: sqlite3.Connection, first: date, last: date,
                     where: CalendarFilter = CalendarFilter()) -> list[CalendarEntry]:
    """HOME-3/4: closures, occurrences per member and events covering local days first..last."""
    orgs = organizations(conn)
    names = dict(person_names(conn))
    lo, hi = _utc_bounds(first, last)
    entries = [
        *_closure_entries(conn, first, last, orgs, where),
        *_occurrence_entries(conn, lo, hi, orgs, names, where),
        *_event_entries(conn, lo, hi, orgs, names, where),
    ]
    entries = [entry for entry in entries if overlaps(entry, first, last)]
    entries.sort(key=CalendarEntry.sort_key)
    return entries


def upcoming_entries(conn: sqlite3.Connection, now: datetime, limit: int = 5,
                     where: CalendarFilter = CalendarFilter()) -> list[CalendarEntry]:
    """HOME-6: the next `limit` entries, looking further ahead only when needed."""
    today = now.astimezone(UTC).date() - timedelta(days=1)
    for days in (3, 14, 60, 366, 3660):
        found = upcoming(calendar_entries(conn, today, today + timedelta(days=days), where),
                         now, limit)
        if len(found) >= limit:
            break
    return found


# --- money -------------------------------------------------------------------------------------

def balances(conn: sqlite3.Connection) -> dict[int, Decimal]:
    """BILL-1: amount owed per organization (invoices and refunds less payments and credits)."""
    return {org: from_cents(total) for org, total in conn.execute(
        "SELECT organization_id, sum(CASE WHEN kind IN ('Invoice', 'Refund') THEN amount"
        " ELSE -amount END) FROM transactions GROUP BY organization_id")}


def postdated_payments(conn: sqlite3.Connection,
                       statuses: Collection[PaymentStatus] | None = None) -> list[Postdated]:
    """HOME-7: every postdated payment, soonest due first, optionally of some statuses."""
    sql = ("SELECT p.id, p.organization_id, coalesce(o.name, ''), p.due_date, p.amount,"
           " p.status, p.failure_reason, p.description, m.id, coalesce(m.brand, m.name, ''),"
           " m.last4 FROM postdated_payments p"
           " LEFT JOIN organizations o ON o.id = p.organization_id"
           " LEFT JOIN payment_methods m ON m.id = p.payment_method_id")
    params: list = []
    if statuses is not None:
        clause, params = _in("p.status", [str(s) for s in statuses])
        sql = f"{sql} WHERE {clause}"
    return [Postdated(ident, org_id, org_name, from_iso(due), from_cents(amount),
                      PaymentStatus(status), failure, description,
                      None if method_id is None else (label, last4))
            for (ident, org_id, org_name, due, amount, status, failure, description, method_id,
                 label, last4) in conn.execute(f"{sql} ORDER BY p.due_date, p.id", params)]


# --- quick access ------------------------------------------------------------------------------

def quick_access_cards(conn: sqlite3.Connection, today: date) -> list[QuickAccessCard]:
    """HOME-1/2: one card per organization not removed, with what blocks its removal."""
    orgs = organizations(conn)
    owed = balances(conn)
    unread = dict(conn.execute("SELECT organization_id, count(*) FROM emails WHERE NOT is_read"
                               " GROUP BY organization_id"))
    carts = dict(conn.execute("SELECT organization_id, item_count FROM carts"))
    passes = [PassRow(org, tokens, bool(unlimited), from_iso(valid_to)) for
              org, tokens, unlimited, valid_to in conn.execute(
                  "SELECT organization_id, tokens_left, has_unlimited_tokens, valid_to"
                  " FROM passes")]
    cards = []
    for ident, org_id in conn.execute(
            "SELECT id, organization_id FROM quick_access WHERE NOT removed ORDER BY id"):
        org = orgs.get(org_id)
        if org is None:
            continue
        balance, items, emails = owed.get(org_id, ZERO), carts.get(org_id, 0), \
            unread.get(org_id, 0)
        cards.append(QuickAccessCard(org, ident, balance, emails, items, removal_blockers(
            org, balance, items, emails, passes, today)))
    cards.sort(key=lambda card: card.organization.name)
    return cards


# --- sync bookkeeping --------------------------------------------------------------------------

def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute('SELECT value FROM meta WHERE "key" = ?', (key,)).fetchone()
    return None if row is None else row[0]


def signed_in(conn: sqlite3.Connection) -> bool:
    """Whether an account was bound to this folder, so a session can open without a dialog."""
    return meta(conn, SERVER) is not None and meta(conn, USERNAME) is not None


def account_name(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT username FROM accounts ORDER BY id LIMIT 1").fetchone()
    return "" if row is None else row[0]


def outbox_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """Edits waiting to be sent, and how many of them are in conflict."""
    clause, params = _in("state", OPEN_OUTBOX)
    waiting, conflicts = conn.execute(
        f"SELECT count(*), coalesce(sum(state = 'conflict'), 0) FROM outbox WHERE {clause}",
        params).fetchone()
    return waiting, conflicts
