"""What the screens and the CLI read: small queries over the store, domain objects out."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Connection, case, func, or_, select

from services.domain import entities as e
from services.domain.billing import ZERO
from services.domain.calendar import (
    CalendarEntry,
    EntryKind,
    closure_entry,
    overlaps,
    upcoming,
)
from services.domain.errors import RuleViolation
from services.domain.quick_access import removal_blockers
from services.store.schema import T
from services.store.store import Store
from services.store.types import Cents

# How far an entry can stray from its local day in UTC, both ways.
_ZONE_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """HOME-3 filters; None means "all"."""

    org_ids: Collection[int] | None = None
    person_ids: Collection[int] | None = None


def _utc_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(first, time(0), UTC) - _ZONE_SLACK,
        datetime.combine(last + timedelta(days=1), time(0), UTC) + _ZONE_SLACK,
    )


def _names(conn: Connection) -> dict[int, str]:
    p = T["Person"]
    return {
        row.id: f"{row.first_name} {row.last_name}"
        for row in conn.execute(select(p.c.id, p.c.first_name, p.c.last_name))
    }


def _occurrence_entries(
    conn: Connection, lo: datetime, hi: datetime, orgs: dict[int, e.Organization],
    names: dict[int, str], where: CalendarFilter,
) -> list[CalendarEntry]:
    """HOME-4 in SQL: an entry per non-cancelled registration; Skipped occurrences left out.

    Kept equal to services.domain.calendar.occurrence_entries by a test.
    """
    o, a, r = T["Occurrence"], T["Activity"], T["Registration"]
    stmt = (
        select(o.c.id, o.c.start, o.c.end, o.c.state, o.c.location, a.c.name,
               a.c.organization_id, a.c.location.label("activity_location"),
               a.c.registration_url, r.c.person_id, r.c.role)
        .join(a, a.c.id == o.c.activity_id)
        .join(r, r.c.activity_id == a.c.id)
        .where(o.c.start < hi, o.c.end > lo, o.c.state != e.OccurrenceState.SKIPPED,
               r.c.is_cancelled.is_(False))
    )
    if where.org_ids is not None:
        stmt = stmt.where(a.c.organization_id.in_(list(where.org_ids)))
    if where.person_ids is not None:
        stmt = stmt.where(r.c.person_id.in_(list(where.person_ids)))
    entries = []
    for row in conn.execute(stmt):
        org = orgs[row.organization_id]
        entries.append(CalendarEntry(
            kind=EntryKind.ACTIVITY, start=row.start, end=row.end, title=row.name,
            organization_id=org.id, organization_name=org.name, time_zone=org.time_zone,
            source_id=row.id, person_id=row.person_id, person_name=names.get(row.person_id, ""),
            is_staff=row.role == e.Role.STAFF, state=e.OccurrenceState(row.state),
            location=row.location or row.activity_location, url=row.registration_url or None,
        ))
    return entries


def _event_entries(
    conn: Connection, lo: datetime, hi: datetime, orgs: dict[int, e.Organization],
    names: dict[int, str], where: CalendarFilter,
) -> list[CalendarEntry]:
    ev = T["Event"]
    stmt = select(ev).where(ev.c.start < hi, ev.c.end > lo)
    if where.org_ids is not None:
        stmt = stmt.where(ev.c.organization_id.in_(list(where.org_ids)))
    entries = []
    for row in conn.execute(stmt):
        org = orgs[row.organization_id]
        for person_id in row.person_ids or []:
            if where.person_ids is not None and person_id not in where.person_ids:
                continue
            entries.append(CalendarEntry(
                kind=EntryKind.EVENT, start=row.start, end=row.end, title=row.title,
                organization_id=org.id, organization_name=org.name, time_zone=org.time_zone,
                source_id=row.id, person_id=person_id, person_name=names.get(person_id, ""),
                location=row.location, url=row.url, is_online_booking=row.is_online_booking,
            ))
    return entries


def _orgs_of_persons(conn: Connection, person_ids: Collection[int]) -> set[int]:
    """Organizations where these persons are registered: their closures concern them."""
    a, r = T["Activity"], T["Registration"]
    stmt = (select(a.c.organization_id).join(r, r.c.activity_id == a.c.id)
            .where(r.c.person_id.in_(list(person_ids)), r.c.is_cancelled.is_(False)))
    return set(conn.scalars(stmt))


def _closure_entries(
    store: Store, conn: Connection, first: date, last: date,
    orgs: dict[int, e.Organization], where: CalendarFilter,
) -> list[CalendarEntry]:
    c = T["Closure"]
    stmt = select(c).where(c.c.start_date <= last, c.c.end_date >= first)
    wanted = set(orgs) if where.org_ids is None else set(where.org_ids)
    if where.person_ids is not None:
        wanted &= _orgs_of_persons(conn, where.person_ids)
    stmt = stmt.where(c.c.organization_id.in_(wanted))
    return [closure_entry(e.Closure.model_validate(dict(row._mapping)),
                          orgs[row.organization_id])
            for row in conn.execute(stmt)]


def organizations(store: Store, conn: Connection) -> dict[int, e.Organization]:
    return {org.id: org for org in store.all(conn, e.Organization)}


def calendar_entries(
    store: Store, conn: Connection, first: date, last: date,
    where: CalendarFilter = CalendarFilter(),
) -> list[CalendarEntry]:
    """HOME-3/4: closures, occurrences per member and events covering local days first..last."""
    orgs = organizations(store, conn)
    names = _names(conn)
    lo, hi = _utc_bounds(first, last)
    entries = [
        *_closure_entries(store, conn, first, last, orgs, where),
        *_occurrence_entries(conn, lo, hi, orgs, names, where),
        *_event_entries(conn, lo, hi, orgs, names, where),
    ]
    entries = [entry for entry in entries if overlaps(entry, first, last)]
    entries.sort(key=CalendarEntry.sort_key)
    return entries


def upcoming_entries(
    store: Store, conn: Connection, now: datetime, limit: int = 5,
    where: CalendarFilter = CalendarFilter(),
) -> list[CalendarEntry]:
    """HOME-6: the next `limit` entries, looking further ahead only when needed."""
    today = now.astimezone(UTC).date() - timedelta(days=1)
    for days in (14, 60, 366, 3660):
        found = upcoming(calendar_entries(store, conn, today, today + timedelta(days=days),
                                          where), now, limit)
        if len(found) >= limit:
            break
    return found


def postdated_payments(
    store: Store, conn: Connection, statuses: Collection[e.PaymentStatus] | None = None
) -> list[e.PostdatedPayment]:
    """HOME-7: every postdated payment, soonest due first, optionally of some statuses."""
    p = T["PostdatedPayment"]
    where = [] if statuses is None else [p.c.status.in_([str(s) for s in statuses])]
    return store.all(conn, e.PostdatedPayment, *where, order_by=(p.c.due_date, p.c.id))


def people_with_contacts(
    store: Store, conn: Connection
) -> list[tuple[e.Person, list[e.Contact]]]:
    """PEOPLE-1: the holder first, then adults, then children oldest first."""
    holder = conn.scalar(select(T["Account"].c.holder_person_id))
    contacts: dict[int, list[e.Contact]] = {}
    for contact in store.all(conn, e.Contact):
        contacts.setdefault(contact.person_id, []).append(contact)
    persons = store.all(conn, e.Person)
    persons.sort(key=lambda p: (p.id != holder, p.is_child,
                                p.date_of_birth or date.max, p.last_name, p.first_name))
    return [(person, contacts.get(person.id, [])) for person in persons]


def emails(
    store: Store, conn: Connection, org_ids: Collection[int | None] | None = None
) -> list[e.Email]:
    """COMMS-1: newest first; `org_ids` may hold None for the platform's own emails."""
    m = T["Email"]
    where = []
    if org_ids is not None:
        ids = [i for i in org_ids if i is not None]
        clauses = [m.c.organization_id.in_(ids)]
        if None in org_ids:
            clauses.append(m.c.organization_id.is_(None))
        where.append(or_(*clauses))
    return store.all(conn, e.Email, *where, order_by=(m.c.sent_at.desc(), m.c.id.desc()))


def balances(conn: Connection) -> dict[int, Decimal]:
    """BILL-1: amount owed per organization (invoices and refunds less payments and credits)."""
    t = T["Transaction"]
    signed = case(
        (t.c.kind.in_([e.TransactionKind.INVOICE, e.TransactionKind.REFUND]), t.c.amount),
        else_=-t.c.amount,
    )
    stmt = select(t.c.organization_id, func.sum(signed, type_=Cents())).group_by(
        t.c.organization_id
    )
    return {org: total for org, total in conn.execute(stmt)}


@dataclass(frozen=True, slots=True)
class QuickAccessCard:
    organization: e.Organization
    quick_access: e.QuickAccess
    balance: Decimal
    unread_emails: int
    cart_items: int
    blockers: list[RuleViolation]

    @property
    def removable(self) -> bool:
        return not self.blockers


def quick_access_cards(store: Store, conn: Connection, today: date) -> list[QuickAccessCard]:
    """HOME-1/2: one card per organization not removed, with what blocks its removal."""
    orgs = organizations(store, conn)
    owed = balances(conn)
    m = T["Email"]
    unread = dict(conn.execute(
        select(m.c.organization_id, func.count()).where(m.c.is_read.is_(False))
        .group_by(m.c.organization_id)
    ).all())
    carts = {cart.organization_id: cart.item_count for cart in store.all(conn, e.Cart)}
    passes = store.all(conn, e.Pass)
    cards = []
    for qa in store.all(conn, e.QuickAccess, T["QuickAccess"].c.removed.is_(False)):
        org = orgs.get(qa.organization_id)
        if org is None:
            continue
        balance = owed.get(org.id, ZERO)
        cards.append(QuickAccessCard(
            org, qa, balance, unread.get(org.id, 0), carts.get(org.id, 0),
            removal_blockers(org, balance, carts.get(org.id, 0), unread.get(org.id, 0),
                             passes, today),
        ))
    cards.sort(key=lambda card: card.organization.name)
    return cards
