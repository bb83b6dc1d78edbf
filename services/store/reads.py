"""What the screens read, in plain sqlite3: quick-access cards, postdated payments, balances,
names for the filters, the outbox's counts (the calendar's reads: calendar_reads).

No SQLAlchemy and no wire models here: the window's first paint starts in a fraction of a
second, and a background read holds the GIL (which the window's thread needs for every Qt
call) as briefly as it can. Every function takes a connection from `Store.reader()`, or a
write transaction's own sqlite3 connection when a rule must see what it is about to change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from services.domain.billing import ZERO
from services.domain.errors import RuleViolation
from services.domain.kinds import PaymentMode, PaymentStatus
from services.domain.quick_access import removal_blockers
from services.store.codec import from_cents, from_iso

# services.sync.outbox's states (every one but applied, which leaves the outbox)
OPEN_OUTBOX = ("pending", "in_flight", "unknown", "parked", "conflict")
LAST_SYNC = "sync.last_success"  # meta: when the sync engine last reached the platform
# meta: the account this folder is the copy of (services.sync.session.bind_account)
SERVER, USERNAME, LANG = "account.server", "account.username", "account.lang"


class CalendarFilter(NamedTuple):
    """HOME-3 filters; None means "all"."""

    org_ids: Collection[int] | None = None
    person_ids: Collection[int] | None = None


class Org(NamedTuple):
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


class PassRow(NamedTuple):
    organization_id: int
    tokens_left: int | None
    has_unlimited_tokens: bool
    valid_to: date


class Postdated(NamedTuple):
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


class QuickAccessCard(NamedTuple):
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


def fetch(conn: sqlite3.Connection, columns: str, rest: str, params: Sequence = ()) -> list[list]:
    """The rows of `SELECT {columns} {rest}` as lists, in one step of SQLite (order: none).

    Row by row, sqlite3 lets go of the GIL for each step and must get it back: on the reader
    thread, while the window's thread runs Python, a 3,000-row read took 11 s instead of 12 ms
    (up to the 5 ms switch interval per row). As one JSON array it took 27 ms."""
    (text,) = conn.execute(f"SELECT json_group_array(json(j)) FROM (SELECT json_array({columns})"
                           f" AS j {rest})", params).fetchone()
    return json.loads(text)


def in_clause(column: str, values: Collection) -> tuple[str, list]:
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


# --- organizations and people ------------------------------------------------------------------

def organizations(conn: sqlite3.Connection) -> dict[int, Org]:
    rows = fetch(conn, "id, name, slug, phone, email, store_url, is_federation,"
                 " allows_online_payment, minimum_payment, payment_mode, time_zone",
                 "FROM organizations")
    return {row[0]: Org(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]),
                        bool(row[7]), None if row[8] is None else from_cents(row[8]),
                        PaymentMode(row[9]), row[10]) for row in rows}


def person_names(conn: sqlite3.Connection, name_key: Callable[[str], Any] = str
                 ) -> list[tuple[int, str]]:
    """PEOPLE-1's order: the holder first, then adults, then children oldest first; names
    in `name_key`'s order (the window's: the language's collation)."""
    rows = fetch(conn, "p.id, p.first_name, p.last_name, p.id = coalesce((SELECT"
                 " holder_person_id FROM accounts LIMIT 1), -1), p.is_child, p.date_of_birth",
                 "FROM persons p")
    rows.sort(key=lambda r: (not r[3], r[4], r[5] is None, r[5] or "", name_key(r[2]),
                             name_key(r[1])))
    return [(ident, f"{first} {last}") for ident, first, last, *_ in rows]


# --- money -------------------------------------------------------------------------------------

def balances(conn: sqlite3.Connection) -> dict[int, Decimal]:
    """BILL-1: amount owed per organization (invoices and refunds less payments and credits)."""
    return {org: from_cents(total) for org, total in fetch(
        conn, "organization_id, sum(CASE WHEN kind IN ('Invoice', 'Refund') THEN amount"
        " ELSE -amount END)", "FROM transactions GROUP BY organization_id")}


def postdated_payments(conn: sqlite3.Connection,
                       statuses: Collection[PaymentStatus] | None = None) -> list[Postdated]:
    """HOME-7: every postdated payment, soonest due first, optionally of some statuses."""
    sql = ("FROM postdated_payments p LEFT JOIN organizations o ON o.id = p.organization_id"
           " LEFT JOIN payment_methods m ON m.id = p.payment_method_id")
    params: list = []
    if statuses is not None:
        clause, params = in_clause("p.status", [str(s) for s in statuses])
        sql = f"{sql} WHERE {clause}"
    rows = fetch(conn, "p.id, p.organization_id, coalesce(o.name, ''), p.due_date, p.amount,"
                 " p.status, p.failure_reason, p.description, m.id,"
                 " coalesce(m.brand, m.name, ''), m.last4", sql, params)
    rows.sort(key=lambda r: (r[3], r[0]))  # due date (ISO), then id
    return [Postdated(ident, org_id, org_name, from_iso(due), from_cents(amount),
                      PaymentStatus(status), failure, description,
                      None if method_id is None else (label, last4))
            for (ident, org_id, org_name, due, amount, status, failure, description, method_id,
                 label, last4) in rows]


# --- quick access ------------------------------------------------------------------------------

def quick_access_cards(conn: sqlite3.Connection, today: date,
                       name_key: Callable[[str], Any] = str) -> list[QuickAccessCard]:
    """HOME-1/2: one card per organization not removed, with what blocks its removal, by
    name in `name_key`'s order (the window's: the language's collation)."""
    orgs = organizations(conn)
    owed = balances(conn)
    unread = dict(fetch(conn, "organization_id, count(*)",
                        "FROM emails WHERE NOT is_read GROUP BY organization_id"))
    carts = dict(fetch(conn, "organization_id, item_count", "FROM carts"))
    passes = [PassRow(org, tokens, bool(unlimited), from_iso(valid_to)) for
              org, tokens, unlimited, valid_to in fetch(
                  conn, "organization_id, tokens_left, has_unlimited_tokens, valid_to",
                  "FROM passes")]
    cards = []
    for ident, org_id in sorted(fetch(conn, "id, organization_id",
                                      "FROM quick_access WHERE NOT removed")):
        org = orgs.get(org_id)
        if org is None:
            continue
        balance, items, emails = owed.get(org_id, ZERO), carts.get(org_id, 0), \
            unread.get(org_id, 0)
        cards.append(QuickAccessCard(org, ident, balance, emails, items, removal_blockers(
            org, balance, items, emails, passes, today)))
    cards.sort(key=lambda card: name_key(card.organization.name))
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
    clause, params = in_clause("state", OPEN_OUTBOX)
    waiting, conflicts = conn.execute(
        f"SELECT count(*), coalesce(sum(state = 'conflict'), 0) FROM outbox WHERE {clause}",
        params).fetchone()
    return waiting, conflicts
