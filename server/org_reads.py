"""What one organization reads of the stored resources: the items of the /org/ routes
(docs/api-org.md section 6), built from the rows families and the organization side hold.

The store has no programs, locations, attendance or registration dates of its own; they are
derived here, deterministically, so that two calls (and two servers on the same data) agree:

- a program is a distinct `Activity.program` of the organization (an activity without one is
  its own program); a location is a distinct `Activity.location` / `Occurrence.location` /
  `Event.location` name. Their ids are `stable_id`: CRC-32 of "<org id>:<kind>:<name>" masked
  to 31 bits (positive, fits every client's int), never 0.
- an account is seen by the organization iff one of its persons has a registration (cancelled
  included) to one of the organization's activities; the persons of an activity are those
  with a registration to it that is not cancelled.
- attendance of an occurrence that has ended is present for most and absent for a stable few
  (CRC-32 of "<occurrence>:<person>"), none before it ends or when it did not take place;
  the admin route (PUT /admin/occurrences/{id}/persons/{personId}/attendance) overrides it.
- a registration's `DateCreated` is local midnight 30 days before its activity's first
  occurrence (the store keeps no creation date).

No SIN and no health-insurance number ever leaves here; medical information only when asked.

What does not depend on the time is built once per organization and data version (OrgData,
kept by OrgCache on app.state): a call then costs about what it answers.
"""

from __future__ import annotations

import json
import threading
import zlib
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import Connection, select

from server.db import counters, org_attendance, resources
from services.domain import entities as e
from services.domain.calendar import zone

R = resources
NONE, PRESENT, ABSENT = 0, 1, 2  # AttendanceId
_NOT_HELD = {e.OccurrenceState.CANCELLED, e.OccurrenceState.SKIPPED}
_MOBILE = ("mobile", "cell", "cellulaire")


def stable_id(org_id: int, kind: str, name: str) -> int:
    """A program's or a location's id: CRC-32 of "<org>:<kind>:<name>", 31 bits, not 0."""
    return (zlib.crc32(f"{org_id}:{kind}:{name}".encode()) & 0x7FFF_FFFF) or 1


def absent(occurrence_id: int, person_id: int) -> bool:
    """The stable few absent from an occurrence that has ended (about one in seven)."""
    return zlib.crc32(f"{occurrence_id}:{person_id}".encode()) % 7 == 0


def find_organization(conn: Connection, identifier: str) -> e.Organization | None:
    """The organization whose Id or slug `identifier` is."""
    where = R.c.id == int(identifier) if identifier.isascii() and identifier.isdigit() and \
        len(identifier) <= 18 else None
    query = select(R.c.data).where(R.c.type == "Organization", R.c.deleted.is_(False))
    if where is not None:
        row = conn.execute(query.where(where)).first()
        return None if row is None else e.Organization.model_validate_json(row.data)
    for data in conn.scalars(query):
        org = e.Organization.model_validate_json(data)
        if org.slug == identifier:
            return org
    return None


def _phone(phones: list[e.Phone], mobile: bool) -> str | None:
    if mobile:
        found = next((p for p in phones if p.label.casefold().startswith(_MOBILE)), None)
        return found.number if found else None
    return phones[0].number if phones else None


def medical(person: e.Person) -> dict | None:
    info = person.medical_information
    if info is None:
        return None
    return {"Allergies": info.allergies, "Illnesses": info.illnesses,
            "Medication": info.medication, "Reactions": info.reactions}


class Reg(NamedTuple):
    """What the routes read of a registration to one of the organization's activities."""

    id: int
    person_id: int
    activity_id: int
    is_cancelled: bool
    account_id: int


Version = tuple[int, int]  # (epoch, seq): the database, and its last change


def data_version(conn: Connection) -> Version:
    """The store's version: every write of a resource takes the next `seq` (server/repo.py),
    and replacing the whole content takes a new `epoch` (server/loader.py)."""
    found = dict(conn.execute(select(counters.c.name, counters.c.value).where(
        counters.c.name.in_(("epoch", "seq")))).all())
    return found.get("epoch", 0), found.get("seq", 0)


def _rows(conn: Connection, model: type[e.Resource], *where,
          by=R.c.id) -> list[tuple[e.Resource, int | None]]:
    rows = conn.execute(select(R.c.data, R.c.account_id).where(
        R.c.type == model.__name__, R.c.deleted.is_(False), *where).order_by(by))
    return [(model.model_validate_json(r.data), r.account_id) for r in rows]


def _instant(text: str) -> datetime:
    found = datetime.fromisoformat(text)
    if found.tzinfo is None:  # never written so (wire.Instant); read as UTC rather than fail
        found = found.replace(tzinfo=UTC)
    return found


def _start_end(data: str) -> tuple[datetime, datetime]:
    """An occurrence's Start and End from its wire JSON: two fields of half a million rows,
    found as text (a quote inside a value is escaped, so `"Start":"` is the key), not the whole
    model; the JSON read whole when not found so."""
    found = []
    for key in ('"Start":"', '"End":"'):
        at = data.find(key)
        close = data.find('"', at + len(key)) if at >= 0 else -1
        if close < 0:
            value = json.loads(data)
            return _instant(value["Start"]), _instant(value["End"])
        found.append(_instant(data[at + len(key):close]))
    return found[0], found[1]


class OrgData:
    """What one organization's view holds whatever the time: its activities and their spans,
    the registrations, accounts, persons and contacts it sees. Built in one pass at data
    version `version` (read before the rows: the rows are at least that recent), kept by
    OrgCache until the store changes; never changed once built (threads share it).

    Occurrences are not held (428,641 of them at the issue's size): a route reads the ones it
    answers (one activity's, or one), and the attendance overrides of that one occurrence."""

    def __init__(self, conn: Connection, org: e.Organization, version: Version) -> None:
        self.org, self.version = org, version
        self.tz = zone(org.time_zone)
        self.activities: dict[int, e.Activity] = {
            a.id: a for a, _ in _rows(conn, e.Activity, R.c.org_id == org.id)}
        self.program_ids = {a.id: stable_id(org.id, "program", program_name(a))
                            for a in self.activities.values()}
        self.spans = self._spans(conn)
        self.registrations: list[Reg] = [
            Reg(r.id, r.person_id, r.activity_id, r.is_cancelled, account)
            for r, account in _rows(conn, e.Registration, R.c.org_id == org.id)
            if r.activity_id in self.activities and account is not None]
        self.account_ids = frozenset(r.account_id for r in self.registrations)
        self.sorted_account_ids = sorted(self.account_ids)
        # The accounts with a registration to the organization, as a subquery: no parameter
        # per account (SQLite's limit), and rows of other accounts are never read.
        seen = select(R.c.account_id).where(
            R.c.type == "Registration", R.c.org_id == org.id, R.c.deleted.is_(False),
            R.c.account_id.is_not(None)).scalar_subquery()
        self.accounts: dict[int, tuple[int, str | None]] = {  # holder, contact email
            a.id: (a.holder_person_id, a.contact_email)
            for a, _ in _rows(conn, e.Account, R.c.id.in_(seen)) if a.id in self.account_ids}
        self.persons: dict[int, tuple[e.Person, int]] = {
            p.id: (p, account) for p, account in _rows(conn, e.Person, R.c.account_id.in_(seen))
            if account in self.account_ids}
        self.members: dict[int, list[e.Person]] = {}
        for person, account in self.persons.values():  # by Id: the rows are
            self.members.setdefault(account, []).append(person)
        contacts: dict[int, list[e.Contact]] = {}
        for c, account in _rows(conn, e.Contact, R.c.account_id.in_(seen)):
            if account in self.account_ids:
                contacts.setdefault(account, []).append(c)
        self.contacts = {account: _contact_items(found) for account, found in contacts.items()}
        registered: dict[int, set[int]] = {}
        self.by_person: dict[int, list[Reg]] = {}
        for r in self.registrations:
            if not r.is_cancelled:
                registered.setdefault(r.activity_id, set()).add(r.person_id)
            self.by_person.setdefault(r.person_id, []).append(r)
        self.registered = {a: [i for i in sorted(ids) if i in self.persons]
                           for a, ids in registered.items()}
        self.by_owner_email: dict[str, list[int]] = {}
        for account in self.sorted_account_ids:
            email = self.owner_email(account)
            if email:
                self.by_owner_email.setdefault(email.casefold(), []).append(account)

    def _spans(self, conn: Connection) -> dict[int, tuple[date, date, datetime]]:
        """Each activity's first and last local day, and when its last occurrence ends: from
        the earliest start and the latest end (a local day grows with the instant)."""
        first: dict[int, datetime] = {}
        last: dict[int, datetime] = {}
        result = conn.execute(select(R.c.activity_id, R.c.data).where(
            R.c.type == "Occurrence", R.c.org_id == self.org.id, R.c.deleted.is_(False)))
        for rows in result.partitions(20_000):  # fetched by the batch, not row by row
            for activity_id, data in rows:
                if activity_id not in self.activities:
                    continue
                start, end = _start_end(data)
                if activity_id not in first or start < first[activity_id]:
                    first[activity_id] = start
                if activity_id not in last or end > last[activity_id]:
                    last[activity_id] = end
        return {a: (first[a].astimezone(self.tz).date(), last[a].astimezone(self.tz).date(),
                    last[a]) for a in first}

    def owner(self, account_id: int) -> e.Person | None:
        account = self.accounts.get(account_id)
        if account is None:
            return None
        found = self.persons.get(account[0])
        return found[0] if found else None

    def owner_email(self, account_id: int) -> str | None:
        owner = self.owner(account_id)
        if owner is not None and owner.email:
            return owner.email
        account = self.accounts.get(account_id)
        return account[1] if account else None


class OrgCache:
    """Each organization's OrgData, kept while the store's version stays (app.state): a call
    then costs what it answers, not a read of the whole organization. The routes run in a
    thread pool: one lock per organization, so that one thread builds while the others wait
    for it (and other organizations' calls go on)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: dict[int, OrgData] = {}
        self._building: dict[int, threading.Lock] = {}

    def _fresh(self, org: e.Organization, version: Version) -> OrgData | None:
        found = self._built.get(org.id)
        # Built at `version` or later (same database): as recent as this call needs.
        if found is not None and found.version[0] == version[0] and \
                found.version[1] >= version[1] and found.org == org:
            return found
        return None

    def get(self, conn: Connection, org: e.Organization) -> OrgData:
        version = data_version(conn)
        found = self._fresh(org, version)
        if found is not None:
            return found
        with self._lock:
            building = self._building.setdefault(org.id, threading.Lock())
        with building:
            found = self._fresh(org, version)
            if found is None:
                self._built.pop(org.id, None)  # not both in memory while building (150 MB)
                found = OrgData(conn, org, version)
                self._built[org.id] = found
            return found


class OrgView:
    """One organization's view of the store at one time: the cached OrgData (read lazily, so
    closures and events do not build it) and what depends on the time."""

    def __init__(self, conn: Connection, org: e.Organization, now: datetime,
                 cache: OrgCache | None = None) -> None:
        self.conn, self.org, self.now = conn, org, now
        self.tz = zone(org.time_zone)
        self.today = now.astimezone(self.tz).date()
        self._cache = cache

    @cached_property
    def data(self) -> OrgData:
        if self._cache is None:
            return OrgData(self.conn, self.org, data_version(self.conn))
        return self._cache.get(self.conn, self.org)

    @property
    def activities(self) -> dict[int, e.Activity]:
        return self.data.activities

    @property
    def account_ids(self) -> frozenset[int]:
        return self.data.account_ids

    @property
    def persons(self) -> dict[int, tuple[e.Person, int]]:
        return self.data.persons

    @property
    def spans(self) -> dict[int, tuple[date, date, datetime]]:
        return self.data.spans

    def occurrence(self, occurrence_id: int) -> e.Occurrence | None:
        """One of the organization's occurrences (None: not one)."""
        found = _rows(self.conn, e.Occurrence, R.c.id == occurrence_id,
                      R.c.org_id == self.org.id)
        return next((o for o, _ in found if o.activity_id in self.activities), None)

    def attendance_set(self, occurrence_id: int) -> dict[int, int]:
        """The admin route's attendance of one occurrence's persons, by person."""
        rows = self.conn.execute(select(org_attendance.c.person_id,
                                        org_attendance.c.attendance_id).where(
            org_attendance.c.occurrence_id == occurrence_id))
        return dict(rows.all())

    # --- derived ------------------------------------------------------------------------------

    def program_name(self, activity: e.Activity) -> str:
        return program_name(activity)

    def program_id(self, activity: e.Activity) -> int:
        found = self.data.program_ids.get(activity.id)
        return found if found is not None else \
            stable_id(self.org.id, "program", program_name(activity))

    def location(self, name: str | None) -> dict | None:
        if not name:
            return None
        return {"Id": stable_id(self.org.id, "location", name), "Name": name}

    def instant(self, moment: datetime) -> str:
        return moment.astimezone(self.tz).isoformat()

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def ended(self, activity_id: int) -> bool:
        span = self.spans.get(activity_id)
        return span is not None and span[2] <= self.now

    def owner(self, account_id: int) -> e.Person | None:
        return self.data.owner(account_id)

    def owner_email(self, account_id: int) -> str | None:
        return self.data.owner_email(account_id)

    # --- items --------------------------------------------------------------------------------

    def programs(self, show_archived: bool) -> list[dict]:
        groups: dict[int, list[e.Activity]] = {}
        for activity in self.activities.values():
            groups.setdefault(self.program_id(activity), []).append(activity)
        items = []
        for program_id, members in groups.items():
            spans = [self.spans[a.id] for a in members if a.id in self.spans]
            start = min((s[0] for s in spans), default=None)
            end = max((s[1] for s in spans), default=None)
            archived = end is not None and end < self.today
            if archived and not show_archived:
                continue
            items.append({"Id": program_id, "Name": self.program_name(members[0]),
                          "Start": start.isoformat() if start else None,
                          "End": end.isoformat() if end else None,
                          "IsArchived": archived, "IsVisible": True})
        return sorted(items, key=lambda item: item["Id"])

    def program_activities(self, program_id: int) -> list[dict] | None:
        members = [a for a in self.activities.values() if self.program_id(a) == program_id]
        if not members:
            return None
        return [{"Id": a.id, "Name": a.name, "ProgramId": program_id,
                 "Location": self.location(a.location)} for a in members]

    def activity_occurrences(self, activity_id: int, start: date | None,
                             end: date | None) -> list[dict]:
        """The activity's occurrences meeting start..end: read here, this activity's only."""
        activity = self.activities[activity_id]
        items = []
        # Through the activity's index: `+ 0` keeps SQLite off the primary key's order and
        # the organization's index (which walk every occurrence of the organization).
        for o, _ in _rows(self.conn, e.Occurrence, R.c.activity_id == activity_id,
                          R.c.org_id + 0 == self.org.id, by=R.c.id + 0):
            if o.activity_id != activity_id or not _overlaps(
                    self.day(o.start), self.day(o.end), start, end):
                continue
            items.append({"Id": o.id, "ActivityId": o.activity_id,
                          "Start": self.instant(o.start), "End": self.instant(o.end),
                          "State": o.state.value,
                          "Location": self.location(o.location or activity.location),
                          "HasDropInEnabled": False, "DropInMaxAttendance": 0,
                          "DropInSpotsReserved": 0, "DropInSpotsRemaining": 0})
        return items

    def registered(self, activity_id: int) -> list[e.Person]:
        """The persons with a registration to the activity that is not cancelled, by Id."""
        return [self.persons[i][0] for i in self.data.registered.get(activity_id, ())]

    def person(self, person: e.Person, show_medical: bool) -> dict:
        account_id = self.persons[person.id][1]
        owner = self.owner(account_id)
        item = {
            "Id": person.id, "FirstName": person.first_name, "LastName": person.last_name,
            "DateOfBirth": _day(person.date_of_birth), "Gender": person.gender.value,
            "Email": person.email, "Telephone": _phone(person.phones, mobile=False),
            "IsChild": person.is_child, "AccountId": account_id,
            "AccountOwnerId": owner.id if owner else None,
            "AccountOwnerFullName": owner.full_name if owner else None,
            "AccountOwnerEmail": self.owner_email(account_id),
            "AccountOwnerTelephoneMobile": _phone(owner.phones, mobile=True) if owner else None,
            "IsArchived": False,
        }
        if show_medical:
            item["MedicalInformation"] = medical(person)
        return item

    def attendance(self, occurrence: e.Occurrence, person_id: int,
                   kept: dict[int, int] | None = None) -> int:
        found = (kept if kept is not None else self.attendance_set(occurrence.id)).get(person_id)
        if found is not None:
            return found
        if occurrence.state in _NOT_HELD or occurrence.end > self.now:
            return NONE
        return ABSENT if absent(occurrence.id, person_id) else PRESENT

    def occurrence_persons(self, occurrence: e.Occurrence) -> list[dict]:
        kept = self.attendance_set(occurrence.id)
        return [{"Id": p.id, "AccountId": self.persons[p.id][1], "FirstName": p.first_name,
                 "LastName": p.last_name, "Gender": p.gender.value,
                 "DateOfBirth": _day(p.date_of_birth), "OccurrenceId": occurrence.id,
                 "OrgId": self.org.id, "AttendanceId": self.attendance(occurrence, p.id, kept),
                 "Status": "Registered"}
                for p in self.registered(occurrence.activity_id)]

    def owner_item(self, account_id: int) -> dict | None:
        owner = self.owner(account_id)
        if owner is None:
            return None
        return {"AccountOwnerId": owner.id, "AccountOwnerFirstName": owner.first_name,
                "AccountOwnerLastName": owner.last_name, "AccountOwnerFullName": owner.full_name,
                "AccountOwnerEmail": self.owner_email(account_id),
                "AccountOwnerTelephoneMobile": _phone(owner.phones, mobile=True),
                "Contacts": self.contacts(account_id)}

    def account(self, account_id: int, show_medical: bool = False) -> dict:
        """The account, its owner with the account's contacts (as /accounts/{id}/contacts
        answers them: a client reads every contact in the accounts' pages), its persons."""
        owner = self.owner_item(account_id)
        items = []
        for p in self.data.members.get(account_id, ()):
            item = {"Id": p.id, "FirstName": p.first_name, "LastName": p.last_name,
                    "DateOfBirth": _day(p.date_of_birth), "IsChild": p.is_child}
            if show_medical:
                item["MedicalInformation"] = medical(p)
            items.append(item)
        return {"Id": account_id, "Owners": [owner] if owner else [], "Members": items}

    def account_list(self, owner_email: str | None) -> list[int]:
        """The accounts' Ids, by Id (their items: `account`, for the page asked only)."""
        if owner_email is None:
            return self.data.sorted_account_ids
        return self.data.by_owner_email.get(owner_email.strip().casefold(), [])

    def contacts(self, account_id: int) -> list[dict]:
        """The contacts of the account's persons, one per contact person (same names and
        email, or first phone when no email), with whose contact it is."""
        return self.data.contacts.get(account_id, [])

    def registration_item(self, registration: Reg) -> dict:
        activity = self.activities[registration.activity_id]
        span = self.spans.get(activity.id)
        first = span[0] if span else self.today
        created = datetime.combine(first - timedelta(days=30), time(0), self.tz)
        return {"RegistrationId": str(registration.id), "PersonId": registration.person_id,
                "ProgramId": self.program_id(activity),
                "ProgramName": self.program_name(activity), "ActivityId": activity.id,
                "ActivityName": activity.name, "DateCreated": created.isoformat(),
                "IsCancelled": registration.is_cancelled}

    def person_registrations(self, person_id: int, show_ended: bool) -> list[dict]:
        return [self.registration_item(r) for r in self.data.by_person.get(person_id, ())
                if show_ended or not self.ended(r.activity_id)]

    def registration_list(self, start: date | None, end: date | None,
                          show_ended: bool) -> list[Reg]:
        """Registrations whose activity's days meet [start, end] (an activity without
        occurrences only when no range is asked); their items: `registration_entry`."""
        wanted = set()
        for activity_id in self.activities:  # once an activity, not once a registration
            if not show_ended and self.ended(activity_id):
                continue
            span = self.spans.get(activity_id)
            if (start or end) and (span is None or not _overlaps(span[0], span[1], start, end)):
                continue
            wanted.add(activity_id)
        if len(wanted) == len(self.activities):
            return self.data.registrations
        return [r for r in self.data.registrations if r.activity_id in wanted]

    def registration_entry(self, r: Reg) -> dict:
        item = self.registration_item(r)
        person = self.persons.get(r.person_id)
        owner = self.owner(r.account_id)
        return {
            "RegistrationId": item["RegistrationId"],
            "Program": {"Id": item["ProgramId"], "Name": item["ProgramName"]},
            "Activity": {"Id": item["ActivityId"], "Name": item["ActivityName"]},
            "Person": {"Id": r.person_id,
                       "FirstName": person[0].first_name if person else "",
                       "LastName": person[0].last_name if person else ""},
            "AccountOwner": {"Id": owner.id, "FullName": owner.full_name} if owner else None,
            "DateCreated": item["DateCreated"], "IsCancelled": r.is_cancelled,
        }

    def closures(self, start: date | None, end: date | None) -> list[dict]:
        found = _rows(self.conn, e.Closure, R.c.org_id == self.org.id)
        return [{"Id": c.id, "Name": c.name, "Start": c.start_date.isoformat(),
                 "End": c.end_date.isoformat()}
                for c, _ in found if _overlaps(c.start_date, c.end_date, start, end)]

    def events(self, start: date | None, end: date | None) -> list[dict]:
        found = _rows(self.conn, e.Event, R.c.org_id == self.org.id)
        return [{"Id": v.id, "Title": v.title, "Start": self.instant(v.start),
                 "End": self.instant(v.end), "Location": self.location(v.location)}
                for v, _ in found if _overlaps(self.day(v.start), self.day(v.end), start, end)]


def program_name(activity: e.Activity) -> str:
    return activity.program or activity.name


def _contact_items(contacts: list[e.Contact]) -> list[dict]:
    """One item per contact person (same names and email, or first phone when no email),
    with whose contact it is; by Id."""
    merged: dict[tuple[str, str, str], list[e.Contact]] = {}
    for c in contacts:
        reach = c.email or (c.phones[0].number if c.phones else "")
        key = (c.first_name.strip().casefold(), c.last_name.strip().casefold(),
               reach.strip().casefold())
        merged.setdefault(key, []).append(c)
    items = []
    for same in merged.values():
        first = min(same, key=lambda c: c.id)
        items.append({
            "Id": first.id, "FirstName": first.first_name, "LastName": first.last_name,
            "FullName": first.full_name, "Email": first.email,
            "Telephone": _phone(first.phones, mobile=False),
            "TelephoneMobile": _phone(first.phones, mobile=True),
            "Relationship": first.relationship,
            "Type": _contact_type(any(c.is_emergency_contact for c in same),
                                  any(c.is_legal_guardian for c in same)),
            "PersonIds": sorted({c.person_id for c in same}),
        })
    return sorted(items, key=lambda item: item["Id"])


def _overlaps(first: date, last: date, start: date | None, end: date | None) -> bool:
    """Whether days first..last meet start..end (both inclusive, either open)."""
    return (start is None or last >= start) and (end is None or first <= end)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _contact_type(emergency: bool, guardian: bool) -> str:
    if emergency and guardian:
        return "EmergencyContactAndLegalGuardian"
    if guardian:
        return "LegalGuardian"
    return "EmergencyContact" if emergency else "Other"
