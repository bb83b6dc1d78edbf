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
"""

from __future__ import annotations

import zlib
from datetime import date, datetime, time, timedelta
from functools import cached_property

from sqlalchemy import Connection, select

from server.db import org_attendance, resources
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


class OrgView:
    """One organization's view of the store, in one read transaction."""

    def __init__(self, conn: Connection, org: e.Organization, now: datetime) -> None:
        self.conn, self.org, self.now = conn, org, now
        self.tz = zone(org.time_zone)
        self.today = now.astimezone(self.tz).date()

    # --- rows ---------------------------------------------------------------------------------

    def _rows(self, model: type[e.Resource], *where) -> list[tuple[e.Resource, int | None]]:
        rows = self.conn.execute(select(R.c.data, R.c.account_id).where(
            R.c.type == model.__name__, R.c.deleted.is_(False), *where).order_by(R.c.id))
        return [(model.model_validate_json(r.data), r.account_id) for r in rows]

    @cached_property
    def activities(self) -> dict[int, e.Activity]:
        return {a.id: a for a, _ in self._rows(e.Activity, R.c.org_id == self.org.id)}

    @cached_property
    def occurrences(self) -> list[e.Occurrence]:
        found = self._rows(e.Occurrence, R.c.org_id == self.org.id)
        return [o for o, _ in found if o.activity_id in self.activities]

    @cached_property
    def registrations(self) -> list[tuple[e.Registration, int]]:
        """Every registration to the organization's activities (cancelled too), with its
        account."""
        found = self._rows(e.Registration, R.c.org_id == self.org.id)
        return [(r, account) for r, account in found
                if r.activity_id in self.activities and account is not None]

    @cached_property
    def account_ids(self) -> frozenset[int]:
        return frozenset(account for _, account in self.registrations)

    @cached_property
    def accounts(self) -> dict[int, e.Account]:
        found = self._rows(e.Account, R.c.id.in_(self.account_ids))
        return {a.id: a for a, _ in found}

    @cached_property
    def persons(self) -> dict[int, tuple[e.Person, int]]:
        """The persons of the accounts the organization sees, with their account."""
        found = self._rows(e.Person, R.c.account_id.in_(self.account_ids))
        return {p.id: (p, account) for p, account in found}

    def contacts_of(self, account_id: int) -> list[e.Contact]:
        return [c for c, _ in self._rows(e.Contact, R.c.account_id == account_id)]

    @cached_property
    def attendance_set(self) -> dict[tuple[int, int], int]:
        ids = [o.id for o in self.occurrences]
        rows = self.conn.execute(select(org_attendance).where(
            org_attendance.c.occurrence_id.in_(ids)))
        return {(r.occurrence_id, r.person_id): r.attendance_id for r in rows}

    # --- derived ------------------------------------------------------------------------------

    def program_name(self, activity: e.Activity) -> str:
        return activity.program or activity.name

    def program_id(self, activity: e.Activity) -> int:
        return stable_id(self.org.id, "program", self.program_name(activity))

    def location(self, name: str | None) -> dict | None:
        if not name:
            return None
        return {"Id": stable_id(self.org.id, "location", name), "Name": name}

    def instant(self, moment: datetime) -> str:
        return moment.astimezone(self.tz).isoformat()

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    @cached_property
    def spans(self) -> dict[int, tuple[date, date, datetime]]:
        """Each activity's first and last local day, and when its last occurrence ends."""
        found: dict[int, tuple[date, date, datetime]] = {}
        for o in self.occurrences:
            first, last = self.day(o.start), self.day(o.end)
            if o.activity_id in found:
                was = found[o.activity_id]
                first, last = min(first, was[0]), max(last, was[1])
                ends = max(o.end, was[2])
            else:
                ends = o.end
            found[o.activity_id] = (first, last, ends)
        return found

    def ended(self, activity_id: int) -> bool:
        span = self.spans.get(activity_id)
        return span is not None and span[2] <= self.now

    def owner(self, account_id: int) -> e.Person | None:
        account = self.accounts.get(account_id)
        if account is None:
            return None
        found = self.persons.get(account.holder_person_id)
        return found[0] if found else None

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
        activity = self.activities[activity_id]
        items = []
        for o in self.occurrences:
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
        ids = {r.person_id for r, _ in self.registrations
               if r.activity_id == activity_id and not r.is_cancelled}
        return [self.persons[i][0] for i in sorted(ids) if i in self.persons]

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

    def owner_email(self, account_id: int) -> str | None:
        owner = self.owner(account_id)
        if owner is not None and owner.email:
            return owner.email
        account = self.accounts.get(account_id)
        return account.contact_email if account else None

    def attendance(self, occurrence: e.Occurrence, person_id: int) -> int:
        kept = self.attendance_set.get((occurrence.id, person_id))
        if kept is not None:
            return kept
        if occurrence.state in _NOT_HELD or occurrence.end > self.now:
            return NONE
        return ABSENT if absent(occurrence.id, person_id) else PRESENT

    def occurrence_persons(self, occurrence: e.Occurrence) -> list[dict]:
        return [{"Id": p.id, "AccountId": self.persons[p.id][1], "FirstName": p.first_name,
                 "LastName": p.last_name, "Gender": p.gender.value,
                 "DateOfBirth": _day(p.date_of_birth), "OccurrenceId": occurrence.id,
                 "OrgId": self.org.id, "AttendanceId": self.attendance(occurrence, p.id),
                 "Status": "Registered"}
                for p in self.registered(occurrence.activity_id)]

    def owner_item(self, account_id: int) -> dict | None:
        owner = self.owner(account_id)
        if owner is None:
            return None
        return {"AccountOwnerId": owner.id, "AccountOwnerFirstName": owner.first_name,
                "AccountOwnerLastName": owner.last_name, "AccountOwnerFullName": owner.full_name,
                "AccountOwnerEmail": self.owner_email(account_id),
                "AccountOwnerTelephoneMobile": _phone(owner.phones, mobile=True)}

    def account(self, account_id: int, show_medical: bool = False) -> dict:
        members = sorted((p for p, a in self.persons.values() if a == account_id),
                         key=lambda p: p.id)
        owner = self.owner_item(account_id)
        items = []
        for p in members:
            item = {"Id": p.id, "FirstName": p.first_name, "LastName": p.last_name,
                    "DateOfBirth": _day(p.date_of_birth), "IsChild": p.is_child}
            if show_medical:
                item["MedicalInformation"] = medical(p)
            items.append(item)
        return {"Id": account_id, "Owners": [owner] if owner else [], "Members": items}

    def account_list(self, owner_email: str | None) -> list[dict]:
        wanted = owner_email.strip().casefold() if owner_email else None
        return [self.account(a) for a in sorted(self.account_ids)
                if wanted is None or (self.owner_email(a) or "").casefold() == wanted]

    def contacts(self, account_id: int) -> list[dict]:
        """The contacts of the account's persons, one per contact person (same names and
        email, or first phone when no email), with whose contact it is."""
        merged: dict[tuple[str, str, str], list[e.Contact]] = {}
        for c in self.contacts_of(account_id):
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

    def registration_item(self, registration: e.Registration) -> dict:
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
        return [self.registration_item(r) for r, _ in self.registrations
                if r.person_id == person_id and (show_ended or not self.ended(r.activity_id))]

    def registration_list(self, start: date | None, end: date | None,
                          show_ended: bool) -> list[dict]:
        """Registrations whose activity's days meet [start, end] (an activity without
        occurrences only when no range is asked)."""
        items = []
        for r, account_id in self.registrations:
            if not show_ended and self.ended(r.activity_id):
                continue
            span = self.spans.get(r.activity_id)
            if (start or end) and (span is None or not _overlaps(span[0], span[1], start, end)):
                continue
            item = self.registration_item(r)
            person = self.persons.get(r.person_id)
            owner = self.owner(account_id)
            items.append({
                "RegistrationId": item["RegistrationId"],
                "Program": {"Id": item["ProgramId"], "Name": item["ProgramName"]},
                "Activity": {"Id": item["ActivityId"], "Name": item["ActivityName"]},
                "Person": {"Id": r.person_id,
                           "FirstName": person[0].first_name if person else "",
                           "LastName": person[0].last_name if person else ""},
                "AccountOwner": {"Id": owner.id, "FullName": owner.full_name} if owner
                else None,
                "DateCreated": item["DateCreated"], "IsCancelled": r.is_cancelled,
            })
        return items

    def closures(self, start: date | None, end: date | None) -> list[dict]:
        found = self._rows(e.Closure, R.c.org_id == self.org.id)
        return [{"Id": c.id, "Name": c.name, "Start": c.start_date.isoformat(),
                 "End": c.end_date.isoformat()}
                for c, _ in found if _overlaps(c.start_date, c.end_date, start, end)]

    def events(self, start: date | None, end: date | None) -> list[dict]:
        found = self._rows(e.Event, R.c.org_id == self.org.id)
        return [{"Id": v.id, "Title": v.title, "Start": self.instant(v.start),
                 "End": self.instant(v.end), "Location": self.location(v.location)}
                for v, _ in found if _overlaps(self.day(v.start), self.day(v.end), start, end)]


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
