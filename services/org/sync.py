"""Front desk's sync by windows (DESK-1): the organization's lists read again, each written in
one transaction, and what the store holds inside a list or window the answer no longer has is
deleted (reconciliation: the platform has no change feed for organizations).

Order, each step one or more lists:
1. programs (the whole list) → for each, its activities (the program's list);
2. accounts (the whole list, owners and members), with their contacts when the owners carry
   them (`Owners[].Contacts`, as the platform's public sample nests them: no call per account);
   for an account whose owners do not, its contacts (`/accounts/{id}/contacts`, one call);
3. for each activity, its persons (with their medical information, sealed) → the activity's
   registered persons;
4. for each activity, its occurrences in the window (`from`..`to`, days inclusive) → those the
   store held for that activity in the window and the answer lacks are deleted; those outside
   the window are dropped (a rolling window), their rosters with them;
5. the rosters (`/occurrences/{id}/persons`) of today's sessions and of the `roster_days_back`
   days before (default 1: yesterday's attendance is often filled in the next morning);
6. the organization's registrations (the whole list, current ones), closures and events in
   the window;
7. persons no account and no activity names any more are deleted.

Why rosters only where attendance lives: the platform has no bulk roster route, so a roster is
one call per session, and a window at the issue's scale holds ~430,000 sessions (1,000
activities): over an hour of calls at the platform's ~100 calls a second, on every sync. A desk
needs today's attendance (and yesterday's, filled in late); the other sessions answer from
their activity's registered persons, attendance not taken (services.org.reads.roster). So the
calls of a sync grow with the activities and today's sessions, not with the window. A roster
read before stays as it was last read once its day has passed (past attendance does not
vanish) until its session leaves the window; a roster of a session still to come is dropped
at the next sync (its registered persons are current, a roster read ahead would go stale).
`OrgSync.roster(occurrence)` reads one session's roster now (the desk's refresh of a selected
session).

A 429 is waited out (Retry-After) by the client: a sync under a rate limit is slower, not
failed. A failure mid-way leaves every list written so far (each is whole) and the rest as it
was; the next sync carries on from the start.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select

from services.org import reads
from services.org import schema as t
from services.org import store as s
from services.org.client import OrgClient
from services.org.store import OrgStore, parse_day, parse_instant, to_micros

log = logging.getLogger(__name__)

DAYS_BACK = 7
DAYS_AHEAD = 60
ROSTER_DAYS_BACK = 1  # rosters read: today's sessions and those of the day(s) before
ROSTERS_A_WRITE = 100  # rosters written in one transaction (each whole)
LAST_SYNC = "last_sync"
WINDOW_FROM, WINDOW_TO = "window_from", "window_to"
HIDDEN_STATES = frozenset({"Archived", "Replaced"})  # the real platform's; not shown


@dataclass
class SyncReport:
    added: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    window: tuple[date, date] | None = None
    duration: float = 0.0
    calls: int = 0
    waited: float = 0.0  # seconds spent waiting out rate limits and failures

    def count(self, kind: str, delta: s.Delta) -> None:
        self.added[kind] += len(delta.added)
        self.changed[kind] += len(delta.changed)
        self.deleted[kind] += len(delta.deleted)

    def as_json(self) -> dict[str, Any]:
        kinds = sorted(set(self.added) | set(self.changed) | set(self.deleted))
        return {
            "From": self.window[0].isoformat() if self.window else None,
            "To": self.window[1].isoformat() if self.window else None,
            "Added": {k: self.added[k] for k in kinds},
            "Changed": {k: self.changed[k] for k in kinds},
            "Deleted": {k: self.deleted[k] for k in kinds},
            "Seconds": round(self.duration, 3), "Calls": self.calls,
            "Waited": round(self.waited, 3),
        }


def _name(value: Any) -> str | None:
    return value.get("Name") if isinstance(value, dict) else None


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def _flag(value: Any) -> bool:
    return bool(value) if not isinstance(value, str) else value.lower() == "true"


def _contact_rows(by_account: dict[int, list[dict]]) -> tuple[list[dict], list[dict]]:
    """Contacts (as `/accounts/{id}/contacts` or `Owners[].Contacts` give them) of each account
    as rows of `contacts`, and their persons as rows of `contact_persons`."""
    rows, links = [], []
    for account, items in by_account.items():
        for c in items:
            rows.append({"id": int(c["Id"]), "account_id": account,
                         "first_name": c.get("FirstName"), "last_name": c.get("LastName"),
                         "full_name": c.get("FullName"), "email": c.get("Email"),
                         "telephone": c.get("Telephone"),
                         "telephone_mobile": c.get("TelephoneMobile"),
                         "relationship": c.get("Relationship"), "type": c.get("Type")})
            links += [{"contact_id": int(c["Id"]), "person_id": int(p)}
                      for p in (c.get("PersonIds") or [])]
    return rows, links


class OrgSync:
    def __init__(self, store: OrgStore, client: OrgClient, days_back: int = DAYS_BACK,
                 days_ahead: int = DAYS_AHEAD, zone_name: str = "America/Toronto",
                 roster_days_back: int = ROSTER_DAYS_BACK) -> None:
        self.store, self.client = store, client
        self.days_back, self.days_ahead, self.zone = days_back, days_ahead, zone_name
        self.roster_days_back = roster_days_back

    def local_today(self) -> date:
        """The organization's day now (its zone's)."""
        from services.domain import clock
        from services.domain.calendar import zone

        return clock.now().astimezone(zone(self.zone)).date()

    def run(self, today: date | None = None) -> SyncReport:
        started = time.monotonic()
        calls, waited = self.client.calls, self.client.waited
        today = today or self.local_today()
        first, last = today - timedelta(days=self.days_back), today + timedelta(
            days=self.days_ahead)
        report = SyncReport(window=(first, last))
        self._added_now: set[tuple] = set()  # persons added by this sync: not "changed" after
        self.store.key  # noqa: B018 - checked (or made) before anything is sealed
        program_ids = self._programs(report)
        activity_ids = [a for p in program_ids for a in self._activities(p, report)]
        account_ids, embedded = self._accounts(report)
        self._embedded_contacts(embedded, len(embedded) == len(account_ids), report)
        for account in account_ids:
            if account not in embedded:
                self._contacts(account, report)
        for activity in activity_ids:
            self._activity_persons(activity, report)
        roster_first = (today - timedelta(days=self.roster_days_back)).isoformat()
        wanted = []
        for activity in activity_ids:
            wanted += [occurrence for occurrence, day
                       in self._occurrences(activity, first, last, report)
                       if roster_first <= day <= today.isoformat()]
        self._prune_outside(first, last, report)
        batch: dict[int, list[dict]] = {}
        for occurrence in wanted:  # written by groups: a transaction each, not one a roster
            batch[occurrence] = self._roster_rows(occurrence)
            if len(batch) >= ROSTERS_A_WRITE:
                self._write_rosters(batch, report)
                batch = {}
        self._write_rosters(batch, report)
        self._drop_rosters_ahead(today, report)
        self._registrations(report)
        self._closures(first, last, report)
        self._events(first, last, report)
        self._orphans(report)
        report.duration = time.monotonic() - started
        report.calls, report.waited = self.client.calls - calls, self.client.waited - waited
        with self.store.write() as conn:
            from services.domain import clock as c

            self.store.set_meta(conn, LAST_SYNC, c.now().isoformat())
            self.store.set_meta(conn, WINDOW_FROM, first.isoformat())
            self.store.set_meta(conn, WINDOW_TO, last.isoformat())
        log.info("organization sync: %s", report.as_json())
        return report

    # --- lists ---------------------------------------------------------------------------------

    def _programs(self, report: SyncReport) -> list[int]:
        rows = [{"id": int(p["Id"]), "name": p.get("Name") or "",
                 "start": parse_day(p.get("Start")), "end": parse_day(p.get("End")),
                 "is_archived": _flag(p.get("IsArchived")),
                 "is_visible": _flag(p.get("IsVisible", True))}
                for p in self.client.pages("/programs", showArchived=False)]
        with self.store.write() as conn:
            report.count("Program", self.store.replace(conn, t.programs, rows))
        return [r["id"] for r in rows]

    def _activities(self, program: int, report: SyncReport) -> list[int]:
        rows = [{"id": int(a["Id"]), "program_id": program, "name": a.get("Name") or "",
                 "location": _name(a.get("Location"))}
                for a in self.client.pages(f"/programs/{program}/activities",
                                           showCancelled=False)]
        with self.store.write() as conn:
            report.count("Activity", self.store.replace(
                conn, t.activities, rows, t.activities.c.program_id == program))
        return [r["id"] for r in rows]

    def _accounts(self, report: SyncReport) -> tuple[list[int], dict[int, list[dict]]]:
        """The accounts, their owners and members written; their ids, and the contacts of
        those whose owners carry them (`Owners[].Contacts`: each contact once, by Id)."""
        items = list(self.client.pages("/accounts", showArchived=False))
        accounts = [{"id": int(a["Id"])} for a in items]
        owners, members, people = [], [], []
        embedded: dict[int, list[dict]] = {}
        for a in items:
            its_owners = [o for o in a.get("Owners") or [] if isinstance(o, dict)]
            if any("Contacts" in o for o in its_owners):
                its_contacts: dict[int, dict] = {}
                for o in its_owners:
                    for c in o.get("Contacts") or []:
                        its_contacts.setdefault(int(c["Id"]), c)
                embedded[int(a["Id"])] = list(its_contacts.values())
            for o in its_owners:
                owners.append({
                    "account_id": int(a["Id"]), "owner_id": int(o["AccountOwnerId"]),
                    "first_name": o.get("AccountOwnerFirstName"),
                    "last_name": o.get("AccountOwnerLastName"),
                    "full_name": o.get("AccountOwnerFullName"),
                    "email": o.get("AccountOwnerEmail"),
                    "telephone_mobile": o.get("AccountOwnerTelephoneMobile")})
            for m in a.get("Members") or []:
                members.append({"account_id": int(a["Id"]), "person_id": int(m["Id"])})
                people.append({"id": int(m["Id"]), "account_id": int(a["Id"]),
                               "first_name": m.get("FirstName") or "",
                               "last_name": m.get("LastName") or "",
                               "date_of_birth": parse_day(m.get("DateOfBirth")),
                               "is_child": m.get("IsChild")})
        with self.store.write() as conn:
            accounts_delta = self.store.replace(conn, t.accounts, accounts)
            report.count("Account", accounts_delta)
            owners_delta = self.store.replace(conn, t.account_owners, owners)
            members_delta = self.store.replace(conn, t.account_members, members)
            persons_delta = self.store.replace(conn, t.persons, people, delete=False)
            report.count("Person", persons_delta)
            self._added_now.update(persons_delta.added)
            s.reindex(conn, [k[0] for k in persons_delta.touched],
                      [k[0] for k in accounts_delta.touched]
                      + [k[0] for k in owners_delta.touched]
                      + [k[0] for k in members_delta.touched])
        return [a["id"] for a in accounts], embedded

    def _embedded_contacts(self, embedded: dict[int, list[dict]], every_account: bool,
                           report: SyncReport) -> None:
        """The contacts the accounts' pages carried, one transaction: the whole table when
        every account carried its own, else those accounts' contacts (in groups)."""
        if not embedded:
            return
        with self.store.write() as conn:
            if every_account:
                rows, links = _contact_rows(embedded)
                report.count("Contact", self.store.replace(conn, t.contacts, rows))
                self.store.replace(conn, t.contact_persons, links)
                return
            ids = sorted(embedded)
            for at in range(0, len(ids), 500):
                part = ids[at:at + 500]
                rows, links = _contact_rows({a: embedded[a] for a in part})
                report.count("Contact", self.store.replace(
                    conn, t.contacts, rows, t.contacts.c.account_id.in_(part)))
                self.store.replace(conn, t.contact_persons, links, t.contact_persons.c
                                   .contact_id.in_(select(t.contacts.c.id)
                                                   .where(t.contacts.c.account_id.in_(part))))

    def _contacts(self, account: int, report: SyncReport) -> None:
        rows, links = _contact_rows({account: list(
            self.client.pages(f"/accounts/{account}/contacts"))})
        with self.store.write() as conn:
            report.count("Contact", self.store.replace(
                conn, t.contacts, rows, t.contacts.c.account_id == account))
            self.store.replace(conn, t.contact_persons, links, t.contact_persons.c.contact_id
                               .in_(select(t.contacts.c.id)
                                    .where(t.contacts.c.account_id == account)))

    def _activity_persons(self, activity: int, report: SyncReport) -> None:
        people, links = [], []
        for p in self.client.pages(f"/activities/{activity}/persons", showMedicalInfo=True):
            person = {"id": int(p["Id"]), "account_id": _int(p.get("AccountId")),
                      "first_name": p.get("FirstName") or "",
                      "last_name": p.get("LastName") or "",
                      "date_of_birth": parse_day(p.get("DateOfBirth")),
                      "gender": p.get("Gender"), "email": p.get("Email") or None,
                      "telephone": p.get("Telephone") or None,
                      "is_child": p.get("IsChild"), "is_archived": p.get("IsArchived")}
            if "MedicalInformation" in p:
                medical = p.get("MedicalInformation")
                person["medical"] = medical if medical and any(medical.values()) else None
            people.append(person)
            links.append({"activity_id": activity, "person_id": int(p["Id"])})
        with self.store.write() as conn:
            delta = self.store.replace(conn, t.persons, people, delete=False,
                                       sealed=("medical",))
            self._added_now.update(delta.added)
            report.count("Person", s.Delta(delta.added, [k for k in delta.changed
                                                          if k not in self._added_now]))
            report.count("ActivityPerson", self.store.replace(
                conn, t.activity_persons, links, t.activity_persons.c.activity_id == activity))
            s.reindex(conn, [k[0] for k in delta.touched])

    def _occurrences(self, activity: int, first: date, last: date,
                     report: SyncReport) -> list[tuple[int, str]]:
        """The activity's occurrences in the window written; those shown (not archived or
        replaced), with their day."""
        rows = []
        for o in self.client.pages(f"/activities/{activity}/occurrences", showEdited=True,
                                   **{"from": first, "to": last}):
            start, end = parse_instant(o["Start"], self.zone), parse_instant(o["End"], self.zone)
            rows.append({
                "id": int(o["Id"]), "activity_id": activity, "start": start.isoformat(),
                "end": end.isoformat(), "start_at": to_micros(start), "end_at": to_micros(end),
                "day": start.date().isoformat(), "state": o.get("State") or "Normal",
                "location": _name(o.get("Location")),
                "drop_in": _flag(o.get("HasDropInEnabled")),
                "drop_in_max": _int(o.get("DropInMaxAttendance")),
                "drop_in_reserved": _int(o.get("DropInSpotsReserved")),
                "drop_in_remaining": _int(o.get("DropInSpotsRemaining"))})
        window = and_(t.occurrences.c.activity_id == activity,
                      t.occurrences.c.day >= first.isoformat(),
                      t.occurrences.c.day <= last.isoformat())
        with self.store.write() as conn:
            report.count("Occurrence", self.store.replace(conn, t.occurrences, rows, window))
        return [(r["id"], r["day"]) for r in rows if r["state"] not in HIDDEN_STATES]

    def roster(self, occurrence_id: int) -> reads.Roster:
        """One session's roster read now from the platform and stored (the desk's refresh of
        a selected session, whatever its day); what reads.roster answers then. NotFound when
        the session is not in the store (sync first)."""
        with self.store.reader() as conn:
            if conn.execute("SELECT 1 FROM occurrences WHERE id = ?",
                            (occurrence_id,)).fetchone() is None:
                raise reads.NotFound("Occurrence", occurrence_id)
        self._write_rosters({occurrence_id: self._roster_rows(occurrence_id)}, SyncReport())
        return reads.roster(self.store, occurrence_id)

    def _roster_rows(self, occurrence: int) -> list[dict]:
        return [{"occurrence_id": occurrence, "person_id": int(p["Id"]),
                 "account_id": _int(p.get("AccountId")),
                 "first_name": p.get("FirstName") or "", "last_name": p.get("LastName") or "",
                 "gender": p.get("Gender"), "date_of_birth": parse_day(p.get("DateOfBirth")),
                 "attendance": _int(p.get("AttendanceId")) or 0, "status": p.get("Status")}
                for p in self.client.pages(f"/occurrences/{occurrence}/persons")]

    def _write_rosters(self, rosters: dict[int, list[dict]], report: SyncReport) -> None:
        """Each session's roster made what its answer says (and marked read), one
        transaction for them all."""
        from services.domain import clock

        if not rosters:
            return
        read_at = clock.now().isoformat()
        with self.store.write() as conn:
            for occurrence, rows in rosters.items():
                report.count("Participant", self.store.replace(
                    conn, t.participants, rows, t.participants.c.occurrence_id == occurrence))
            conn.exec_driver_sql(
                "INSERT INTO rosters (occurrence_id, read_at) VALUES (?, ?) ON CONFLICT"
                " (occurrence_id) DO UPDATE SET read_at = excluded.read_at",
                [(occurrence, read_at) for occurrence in rosters])

    def _drop_rosters_ahead(self, today: date, report: SyncReport) -> None:
        """Rosters of sessions after today (read on demand): their registered persons answer
        instead, current where a roster read ahead would go stale."""
        ahead = select(t.occurrences.c.id).where(t.occurrences.c.day > today.isoformat())
        with self.store.write() as conn:
            gone = self.store.delete_where(conn, t.participants,
                                           t.participants.c.occurrence_id.in_(ahead))
            self.store.delete_where(conn, t.rosters, t.rosters.c.occurrence_id.in_(ahead))
        report.deleted["Participant"] += len(gone)

    def _prune_outside(self, first: date, last: date, report: SyncReport) -> None:
        """Sessions outside the window go (a rolling window: what was read then is not
        kept current any more), their rosters with them."""
        with self.store.write() as conn:
            gone = self.store.delete_where(conn, t.occurrences, or_(
                t.occurrences.c.day < first.isoformat(), t.occurrences.c.day > last.isoformat()))
        report.deleted["Occurrence"] += len(gone)

    def _registrations(self, report: SyncReport) -> None:
        rows = []
        for r in self.client.pages("/registrations", showEnded=False):
            person, owner = r.get("Person") or {}, r.get("AccountOwner") or {}
            program, activity = r.get("Program") or {}, r.get("Activity") or {}
            rows.append({
                "id": str(r["RegistrationId"]), "person_id": _int(person.get("Id")),
                "person_name": " ".join(p for p in (person.get("FirstName"),
                                                    person.get("LastName")) if p),
                "account_owner_id": _int(owner.get("Id")),
                "account_owner_name": owner.get("FullName"),
                "program_id": _int(program.get("Id")), "program_name": program.get("Name"),
                "activity_id": _int(activity.get("Id")), "activity_name": activity.get("Name"),
                "date_created": r.get("DateCreated"),
                "is_cancelled": _flag(r.get("IsCancelled"))})
        with self.store.write() as conn:
            report.count("Registration", self.store.replace(conn, t.registrations, rows))

    def _closures(self, first: date, last: date, report: SyncReport) -> None:
        rows = [{"id": int(c["Id"]), "name": c.get("Name") or "",
                 "start": parse_day(c["Start"]), "end": parse_day(c["End"])}
                for c in self.client.pages("/closures", **{"from": first, "to": last})]
        window = and_(t.closures.c.start <= last.isoformat(),
                      t.closures.c.end >= first.isoformat())
        with self.store.write() as conn:
            report.count("Closure", self.store.replace(conn, t.closures, rows, window))

    def _events(self, first: date, last: date, report: SyncReport) -> None:
        rows = []
        for e in self.client.pages("/events", **{"from": first, "to": last}):
            start, end = parse_instant(e["Start"], self.zone), parse_instant(e["End"], self.zone)
            rows.append({"id": int(e["Id"]), "title": e.get("Title") or "",
                         "start": start.isoformat(), "end": end.isoformat(),
                         "start_at": to_micros(start), "end_at": to_micros(end),
                         "start_day": start.date().isoformat(),
                         "end_day": end.date().isoformat(), "location": _name(e.get("Location"))})
        window = and_(t.events.c.start_day <= last.isoformat(),
                      t.events.c.end_day >= first.isoformat())
        with self.store.write() as conn:
            report.count("Event", self.store.replace(conn, t.events, rows, window))

    def _orphans(self, report: SyncReport) -> None:
        """Persons no account and no activity names any more: gone from the platform."""
        named = select(t.account_members.c.person_id).union(
            select(t.activity_persons.c.person_id))
        with self.store.write() as conn:
            gone = self.store.delete_where(conn, t.persons, t.persons.c.id.not_in(named))
            if gone:
                s.reindex(conn, [k[0] for k in gone])
        report.deleted["Person"] += len(gone)
