"""Calendar subscriptions (issue 17, OUT-2): one unguessable secret per account, kept as its
SHA-256 only; the account's calendar entries built by the domain's rules
(services.domain.calendar, as the client's calendar shows them) and written by the client's own
ICS export code (services.domain.ics)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, delete, select

from server import repo
from server.db import calendar_feeds, counters
from services.domain import clock, ics
from services.domain import entities as e
from services.domain.calendar import (
    CalendarEntry,
    closure_entry,
    event_entries,
    occurrence_entries,
    overlaps,
)

# What a feed holds: from this many days back, and everything ahead. A phone keeps what it
# already had; older entries would only make every fetch longer.
PAST_DAYS = 92


@dataclass(frozen=True)
class Feed:
    account_id: int
    lang: str
    secret_hash: str
    created_at: int

    @property
    def fingerprint(self) -> str:
        """Names this link without giving it: a client compares it with its own link's."""
        return fingerprint_of_hash(self.secret_hash)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint_of_hash(secret_hash: str) -> str:
    return secret_hash[:16]


def create(conn: Connection, account_id: int, lang: str) -> tuple[str, Feed]:
    """A new secret for the account; any earlier one stops working in the same transaction."""
    # The writers' lock (run_write's): two regenerations at once replace one after the other.
    conn.execute(select(counters.c.value).where(counters.c.name == "seq").with_for_update())
    secret = secrets.token_urlsafe(32)
    feed = Feed(account_id, lang, digest(secret), int(time.time()))
    conn.execute(delete(calendar_feeds).where(calendar_feeds.c.account_id == account_id))
    conn.execute(calendar_feeds.insert().values(
        account_id=account_id, secret_hash=feed.secret_hash, lang=lang,
        created_at=feed.created_at))
    return secret, feed


def revoke(conn: Connection, account_id: int) -> None:
    conn.execute(delete(calendar_feeds).where(calendar_feeds.c.account_id == account_id))


def of_account(conn: Connection, account_id: int) -> Feed | None:
    row = conn.execute(select(calendar_feeds).where(
        calendar_feeds.c.account_id == account_id)).first()
    return None if row is None else Feed(row.account_id, row.lang, row.secret_hash,
                                         row.created_at)


def find(conn: Connection, secret: str) -> Feed | None:
    """The feed of `secret`, else None — the same for a made-up, revoked or another
    server's secret. Found by its hash (an index look-up on a SHA-256 says nothing of the
    secret), then compared in constant time."""
    wanted = digest(secret)
    row = conn.execute(select(calendar_feeds).where(
        calendar_feeds.c.secret_hash == wanted)).first()
    if row is None or not hmac.compare_digest(row.secret_hash.encode(), wanted.encode()):
        return None
    return Feed(row.account_id, row.lang, row.secret_hash, row.created_at)


def entries(conn: Connection, account_id: int, person_id: int | None = None,
            first: date | None = None) -> tuple[list[CalendarEntry], dict[tuple[str, int], int]]:
    """The account's calendar as the client shows it (HOME-3/4): closures of the
    organizations it deals with, an entry per registered member for each occurrence (Skipped
    left out), an entry per member for each event; those covering `first` or later, sorted.
    With `person_id`: that member's entries, and the closures of the organizations where the
    member is registered (the client's filter by member).

    With them, each entry's SEQUENCE by its resource (services.domain.ics.source_key): the
    resource's Version, the sequence number of its last change — it grows each time the
    platform changes the resource (a moved or cancelled occurrence)."""
    where = repo.scope(conn, account_id)
    orgs = {o.id: o for o in repo.list_of(conn, e.Organization, where)}
    persons = {p.id: p for p in repo.list_of(conn, e.Person, where)}
    activities = {a.id: a for a in repo.list_of(conn, e.Activity, where)}
    registrations = [r for r in repo.list_of(conn, e.Registration, where)
                     if not r.is_cancelled and (person_id is None or r.person_id == person_id)]
    by_activity: dict[int, list[e.Registration]] = defaultdict(list)
    for registration in registrations:
        by_activity[registration.activity_id].append(registration)
    found: list[CalendarEntry] = []
    sequences: dict[tuple[str, int], int] = {}
    closing = set(orgs) if person_id is None else {
        activities[r.activity_id].organization_id for r in registrations
        if r.activity_id in activities}
    for closure in repo.list_of(conn, e.Closure, where):
        if closure.organization_id in closing and closure.organization_id in orgs:
            found.append(closure_entry(closure, orgs[closure.organization_id]))
            sequences[("Closure", closure.id)] = _sequence(closure)
    for occurrence in repo.list_of(conn, e.Occurrence, where):
        activity = activities.get(occurrence.activity_id)
        if activity is None or activity.organization_id not in orgs \
                or not by_activity.get(activity.id):
            continue
        found += occurrence_entries(occurrence, activity, orgs[activity.organization_id],
                                    by_activity[activity.id], persons)
        sequences[("Occurrence", occurrence.id)] = _sequence(occurrence)
    for event in repo.list_of(conn, e.Event, where):
        if event.organization_id in orgs:
            found += [entry for entry in event_entries(event, orgs[event.organization_id],
                                                       persons)
                      if person_id is None or entry.person_id == person_id]
            sequences[("Event", event.id)] = _sequence(event)
    first = first or clock.today() - timedelta(days=PAST_DAYS)
    shown = sorted((entry for entry in found if overlaps(entry, first, date.max)),
                   key=CalendarEntry.sort_key)
    return shown, sequences


def _sequence(resource: e.Resource) -> int:
    """RFC 5545's SEQUENCE is a 32-bit integer."""
    try:
        return min(int(resource.version or 0), 2**31 - 1)
    except ValueError:
        return 0


def etag(body: bytes) -> str:
    """A strong validator of the bytes sent: the same calendar, the same tag."""
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def not_modified(if_none_match: str | None, tag: str) -> bool:
    """RFC 9110: If-None-Match lists tags (weak ones compared weakly) or is `*`."""
    if not if_none_match:
        return False
    sent = [part.strip() for part in if_none_match.split(",")]
    return "*" in sent or any(part.removeprefix("W/") == tag for part in sent)


class HiddenSecrets(logging.Filter):
    """An access log line names the path: a feed's secret is replaced by `…` there."""

    _SECRET = re.compile(r"/feeds/[^/?\s]+\.ics")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(self._SECRET.sub("/feeds/….ics", a) if isinstance(a, str)
                                else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = self._SECRET.sub("/feeds/….ics", record.msg)
        return True


def hide_secrets_in_access_log() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, HiddenSecrets) for f in logger.filters):
        logger.addFilter(HiddenSecrets())


def calendar(conn: Connection, feed: Feed, person: e.Person | None = None) -> bytes:
    """The feed's file, by the client's export code: the same entries, the same bytes until
    something in them changes (DTSTAMP is the link's creation, not the time of the fetch)."""
    found, sequences = entries(conn, feed.account_id, person.id if person else None)
    name = ics.calendar_name(feed.lang, person.full_name if person else None)
    return ics.calendar_ics(found, lang=feed.lang, name=name, sequences=sequences,
                            stamp=datetime.fromtimestamp(feed.created_at, UTC))
