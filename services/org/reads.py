"""What front desk reads from the organization's store, offline: today's sessions with their
roster counts, finding a person or an account, a family's card, an occurrence's roster.

Medical information is opened only when asked (`family(…, medical=True, who=…)`), and then a
line is appended to the audit log beside the store (`medical-access.log`, owner-only, one JSON
object a line: when, who, which account and persons) before anything is shown; a log that
cannot be written means nothing is shown. The medical text itself never goes in it.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from services.org.store import SEARCH, OrgStore, kind_of, to_micros
from services.store.errors import translated
from services.store.search import fold, match_expression

AUDIT_FILE = "medical-access.log"
HIDDEN_STATES = ("Archived", "Replaced")
GUARDIAN_TYPES = frozenset({"LegalGuardian", "EmergencyContactAndLegalGuardian"})
EMERGENCY_TYPES = frozenset({"EmergencyContact", "EmergencyContactAndLegalGuardian"})


class NotFound(LookupError):
    """No such occurrence or account in the store (`kind`, `ident`)."""

    def __init__(self, kind: str, ident: Any) -> None:
        super().__init__(f"{kind} {ident} not in the organization's store")
        self.kind, self.ident = kind, ident


@dataclass(frozen=True)
class Session:
    id: int
    activity_id: int
    activity: str
    program: str
    start: str  # ISO 8601 with offset, as the platform wrote it
    end: str
    state: str
    location: str | None
    registered: int
    present: int
    absent: int
    drop_in_remaining: int | None
    roster_read: bool = True  # False: its activity's registered persons, attendance not taken


_SESSION = ("SELECT o.id, o.activity_id, a.name, p.name, o.start, o.\"end\", o.state,"
            " coalesce(o.location, a.location),"
            " CASE WHEN r.occurrence_id IS NULL THEN (SELECT count(*) FROM activity_persons y"
            "  WHERE y.activity_id = o.activity_id)"
            "  ELSE (SELECT count(*) FROM participants x WHERE x.occurrence_id = o.id) END,"
            " CASE WHEN r.occurrence_id IS NULL THEN 0 ELSE (SELECT count(*) FROM participants x"
            "  WHERE x.occurrence_id = o.id AND x.attendance = 1) END,"
            " CASE WHEN r.occurrence_id IS NULL THEN 0 ELSE (SELECT count(*) FROM participants x"
            "  WHERE x.occurrence_id = o.id AND x.attendance = 2) END,"
            " o.drop_in_remaining, r.occurrence_id IS NOT NULL, o.start_at"
            " FROM occurrences o JOIN activities a ON a.id = o.activity_id"
            " JOIN programs p ON p.id = a.program_id"
            " LEFT JOIN rosters r ON r.occurrence_id = o.id")


def _session(row: tuple) -> Session:
    return Session(*row[:12], roster_read=bool(row[12]))


@dataclass(frozen=True)
class Today:
    now: list[Session]  # under way
    next: list[Session]  # later today


def today(store: OrgStore, now: datetime) -> Today:
    """The sessions under way at `now` and those starting later on its day (the day of `now`
    as given: pass it in the organization's zone), soonest first. Archived and replaced ones
    are left out; cancelled ones stay (the desk says so)."""
    at, day = to_micros(now), now.date().isoformat()
    hidden = ",".join("?" * len(HIDDEN_STATES))
    with store.reader() as conn:  # the day's and those under way, each by its index
        rows = conn.execute(
            "WITH chosen (id) AS (SELECT id FROM occurrences WHERE day = ? UNION"
            " SELECT id FROM occurrences WHERE start_at <= ? AND end_at > ?)"
            f" {_SESSION} JOIN chosen c ON c.id = o.id WHERE o.state NOT IN ({hidden})"
            " AND o.end_at > ? ORDER BY o.start_at, a.name, o.id",
            (day, at, at, *HIDDEN_STATES, at)).fetchall()
    under_way = [_session(r) for r in rows if r[13] <= at]
    later = [_session(r) for r in rows if r[13] > at]
    return Today(under_way, later)


@dataclass(frozen=True)
class Found:
    kind: str  # "Person" or "Account"
    id: int
    label: str
    detail: str
    account_id: int | None  # a person's account; an account's own id


def find(store: OrgStore, query: str, limit: int = 20) -> list[Found]:
    """Persons and accounts whose names, emails or phones match every word of `query`
    (accents and case ignored, words as prefixes), persons first; [] for an empty query."""
    expression = match_expression(query)
    if expression is None:
        return []
    with store.reader() as conn:
        rows = conn.execute(f"SELECT rowid, label, detail FROM {SEARCH} WHERE {SEARCH} MATCH ?"
                            " ORDER BY rank", (expression,)).fetchall()
        found: dict[str, list[Found]] = {"Person": [], "Account": []}
        for row, label, detail in rows:
            kind, ident = kind_of(row)
            if len(found[kind]) >= limit:
                continue
            account = ident if kind == "Account" else (conn.execute(
                "SELECT account_id FROM persons WHERE id = ?", (ident,)).fetchone() or (None,))[0]
            found[kind].append(Found(kind, ident, label, detail, account))
    return [*found["Person"], *found["Account"]]


@dataclass(frozen=True)
class Member:
    id: int
    first_name: str
    last_name: str
    date_of_birth: str | None
    is_child: bool | None
    email: str | None
    telephone: str | None
    medical: dict | None = None  # only when asked (and audited)


@dataclass(frozen=True)
class Owner:
    id: int
    full_name: str
    email: str | None
    telephone_mobile: str | None


@dataclass(frozen=True)
class Contact:
    id: int
    full_name: str
    relationship: str | None
    type: str | None
    email: str | None
    telephone: str | None
    telephone_mobile: str | None
    person_ids: list[int]
    guardian: bool
    emergency: bool


@dataclass(frozen=True)
class Registration:
    id: str
    person_id: int | None
    person: str
    program: str | None
    activity: str | None
    date_created: str | None
    cancelled: bool


@dataclass(frozen=True)
class Family:
    id: int
    owners: list[Owner]
    members: list[Member]
    contacts: list[Contact]
    registrations: list[Registration]
    medical_shown: bool = False
    extra: dict = field(default_factory=dict)


def family(store: OrgStore, account_id: int, medical: bool = False,
           who: str | None = None) -> Family:
    """An account's card: owners, members, contacts (guardians flagged), registrations (the
    current ones first). `medical`: each member's medical information too, after the access
    is written to the audit log (`who`: the person at the desk)."""
    with store.reader() as conn:
        if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account_id,)).fetchone() is None:
            raise NotFound("Account", account_id)
        owners = [Owner(r[0], r[1] or " ".join(p for p in r[2:4] if p), r[4], r[5])
                  for r in conn.execute(
                      "SELECT owner_id, full_name, first_name, last_name, email,"
                      " telephone_mobile FROM account_owners WHERE account_id = ?"
                      " ORDER BY owner_id", (account_id,))]
        rows = conn.execute(
            "SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.is_child, p.email,"
            " p.telephone, p.medical FROM account_members m JOIN persons p ON p.id = m.person_id"
            " WHERE m.account_id = ? ORDER BY p.date_of_birth IS NULL, p.date_of_birth, p.id",
            (account_id,)).fetchall()
        links: dict[int, list[int]] = {}
        for contact, person in conn.execute(
                "SELECT l.contact_id, l.person_id FROM contact_persons l JOIN contacts c"
                " ON c.id = l.contact_id WHERE c.account_id = ? ORDER BY l.person_id",
                (account_id,)):
            links.setdefault(contact, []).append(person)
        contacts = [Contact(r[0], r[1] or " ".join(p for p in r[2:4] if p), r[4], r[5], r[6],
                            r[7], r[8], links.get(r[0], []), r[5] in GUARDIAN_TYPES,
                            r[5] in EMERGENCY_TYPES)
                    for r in conn.execute(
                        "SELECT id, full_name, first_name, last_name, relationship, type,"
                        " email, telephone, telephone_mobile FROM contacts WHERE account_id = ?"
                        " ORDER BY id", (account_id,))]
        member_ids = [r[0] for r in rows]
        marks = ",".join("?" * len(member_ids)) or "NULL"
        registrations = [Registration(r[0], r[1], r[2] or "", r[3], r[4], r[5], bool(r[6]))
                         for r in conn.execute(
                             "SELECT id, person_id, person_name, program_name, activity_name,"
                             f" date_created, is_cancelled FROM registrations WHERE person_id"
                             f" IN ({marks}) ORDER BY is_cancelled, person_id, activity_name,"
                             " id", member_ids)]
    if medical and member_ids:
        audit(store, who or "unknown", account_id, member_ids)
    members = [Member(r[0], r[1], r[2], r[3], None if r[4] is None else bool(r[4]), r[5], r[6],
                      store.open_sealed(r[7]) if medical else None) for r in rows]
    return Family(account_id, owners, members, contacts, registrations, medical)


def audit(store: OrgStore, who: str, account_id: int, person_ids: list[int],
          now: datetime | None = None) -> None:
    """One line in the medical-access log (owner-only, appended, synced to disk): when, who,
    which account and persons. Never the medical text."""
    from services.domain import clock

    line = json.dumps({"At": (now or clock.now()).isoformat(), "Who": who,
                       "Account": account_id, "Persons": person_ids},
                      ensure_ascii=False) + "\n"
    path = store.folder / AUDIT_FILE
    with translated(path):
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass(frozen=True)
class Participant:
    person_id: int
    account_id: int | None
    first_name: str
    last_name: str
    status: str | None
    attendance: int  # 0 none, 1 present, 2 absent


@dataclass(frozen=True)
class Roster:
    session: Session
    participants: list[Participant]


def roster(store: OrgStore, occurrence_id: int) -> Roster:
    """A session's participants: its roster as last read (services.org.sync reads today's
    and yesterday's), else its activity's registered persons with attendance not taken."""
    with store.reader() as conn:
        row = conn.execute(f"{_SESSION} WHERE o.id = ?", (occurrence_id,)).fetchone()
        if row is None:
            raise NotFound("Occurrence", occurrence_id)
        session = _session(row)
        people = [Participant(*r) for r in conn.execute(
            "SELECT person_id, account_id, first_name, last_name, status, attendance"
            " FROM participants WHERE occurrence_id = ?", (occurrence_id,))
            ] if session.roster_read else [Participant(*r) for r in conn.execute(
                "SELECT p.id, p.account_id, p.first_name, p.last_name, 'Registered', 0"
                " FROM activity_persons y JOIN persons p ON p.id = y.person_id"
                " WHERE y.activity_id = ?", (session.activity_id,))]
    people.sort(key=lambda p: (sort_key(p.last_name), sort_key(p.first_name), p.person_id))
    return Roster(session, people)


def sort_key(text: str) -> str:
    """Names in alphabetical order whatever their accents ("Łukasiewicz" among the L, "Émile"
    among the E); the screens sort with QCollator, this is the plain-Python twin."""
    decomposed = unicodedata.normalize("NFKD", fold(text or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def last_sync(store: OrgStore) -> str | None:
    with store.reader() as conn:
        return store.get_meta(conn, "last_sync")
