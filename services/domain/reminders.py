"""ASSIST-1: which reminders are due, from the local store's entries and a clock (no Qt).

A reminder has a stable `key` and a `stamp` (what it was shown for: an entry's start), so it is
never shown twice — across restarts, or when the same change arrives twice — while a moved
occurrence (same key, new start) is reminded again at its new time. A cancelled occurrence's
reminder is withdrawn, and that is said once: at once when its reminder was already shown, else
when it would have been. Things that simply happen (an email, a refused payment, a closure on a
day someone has an activity) are reminded when first seen; those already there the first time
the reminders look are taken as known (`prime`). Quiet hours hold a reminder until they end.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from services.domain.calendar import CalendarEntry, EntryKind, zone
from services.domain.clock import LOCAL_ZONE
from services.domain.kinds import OccurrenceState, PaymentStatus

DEFAULT_MINUTES = 60
PAYMENT_HOUR = time(9)  # the day before a postdated payment, at 9:00
EMAIL_DAYS = 3  # an email older than this when first seen is not reminded
REFUSED_DAYS = 7
META_KEY = "reminders.state"  # the store's meta: what was shown (compact JSON)


class ReminderKind(StrEnum):
    BEFORE = "Before"  # an activity's occurrence or an event, some minutes before
    CANCELLED = "Cancelled"  # an occurrence's reminder withdrawn
    PAYMENT_DUE = "PaymentDue"  # the day before a postdated payment is charged
    PAYMENT_REFUSED = "PaymentRefused"
    EMAIL = "Email"  # an organization sent an email
    CLOSURE = "Closure"  # a closure on a day someone has an activity

    @property
    def observed(self) -> bool:
        """Reminded when first seen (no time of their own to wait for)."""
        return self in (ReminderKind.PAYMENT_REFUSED, ReminderKind.CLOSURE, ReminderKind.EMAIL)


class Payment(Protocol):  # services.store.reads.Postdated has these
    id: int
    organization_name: str
    due_date: date
    amount: object
    status: PaymentStatus
    description: str


@dataclass(frozen=True, slots=True)
class EmailItem:
    id: int
    organization_id: int
    organization_name: str
    subject: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    stamp: str  # what it is for: a new stamp under the same key is a new reminder
    kind: ReminderKind
    at: datetime | None  # due from then (None: as soon as seen)
    expires: datetime  # never shown from then on
    title: str  # the entry's title, the payment's description, the email's subject
    organization_name: str = ""
    person_id: int | None = None
    person_name: str = ""
    start: datetime | None = None  # the entry's start, the payment's due day, the closure's day
    moved: bool = False
    minutes: int = 0
    amount: str = ""
    url: str | None = None
    source_id: int = 0  # the occurrence, event, payment, email or closure


@dataclass(frozen=True)
class Settings:
    """Minutes before, per kind (EntryKind.ACTIVITY, EVENT) and per (member, kind); quiet hours
    from `quiet_start` to `quiet_end` local time (None: none)."""

    minutes: Mapping[EntryKind, int] = field(default_factory=dict)
    per_member: Mapping[tuple[int, EntryKind], int] = field(default_factory=dict)
    quiet_start: time | None = None
    quiet_end: time | None = None

    def minutes_for(self, person_id: int | None, kind: EntryKind) -> int:
        if person_id is not None and (person_id, kind) in self.per_member:
            return self.per_member[(person_id, kind)]
        return self.minutes.get(kind, DEFAULT_MINUTES)

    def quiet(self, moment: datetime) -> bool:
        if self.quiet_start is None or self.quiet_end is None or \
                self.quiet_start == self.quiet_end:
            return False
        now = moment.astimezone(zone(LOCAL_ZONE)).time()
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= now < self.quiet_end
        return now >= self.quiet_start or now < self.quiet_end

    def held_until(self, moment: datetime) -> datetime:
        """`moment`, or the end of the quiet hours it falls in."""
        if not self.quiet(moment):
            return moment
        local = moment.astimezone(zone(LOCAL_ZONE))
        end = datetime.combine(local.date(), self.quiet_end, local.tzinfo)  # type: ignore[arg-type]
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.quiet_end,  # type: ignore[arg-type]
                                   local.tzinfo)
        return end


@dataclass
class State:
    """What was shown: key -> (stamp, expiry as epoch minutes); `primed` once the reminders
    have looked the first time."""

    shown: dict[str, tuple[str, int]] = field(default_factory=dict)
    primed: bool = False

    def was_shown(self, reminder: Reminder) -> bool:
        seen = self.shown.get(reminder.key)
        return seen is not None and seen[0] == reminder.stamp

    def mark(self, reminder: Reminder) -> None:
        self.shown[reminder.key] = (reminder.stamp, int(reminder.expires.timestamp() // 60))

    def prune(self, now: datetime) -> None:
        """Forget what can no longer come back (a day after its expiry)."""
        limit = int(now.timestamp() // 60) - 24 * 60
        self.shown = {k: v for k, v in self.shown.items() if v[1] >= limit}

    def dumps(self) -> str:
        return json.dumps({"v": 1, "primed": self.primed,
                           "shown": {k: list(v) for k, v in sorted(self.shown.items())}},
                          separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def loads(cls, text: str | None) -> State:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls({k: (str(v[0]), int(v[1])) for k, v in data.get("shown", {}).items()},
                       bool(data.get("primed")))
        except (ValueError, TypeError, AttributeError, IndexError):
            return cls()  # unreadable: start again (at worst a reminder is shown again)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), zone(LOCAL_ZONE))


def reminders(entries: Iterable[CalendarEntry], payments: Iterable[Payment],
              emails: Iterable[EmailItem], settings: Settings) -> list[Reminder]:
    """Every reminder the inputs call for, due or not, soonest first."""
    entries = list(entries)
    found: list[Reminder] = []
    activity_days: dict[tuple[int, date], list[CalendarEntry]] = {}
    for entry in entries:
        if entry.kind is EntryKind.CLOSURE:
            continue
        if entry.kind is EntryKind.ACTIVITY and entry.state is not OccurrenceState.CANCELLED:
            activity_days.setdefault((entry.organization_id, entry.first_day), []).append(entry)
        minutes = settings.minutes_for(entry.person_id, entry.kind)
        prefix = "occ" if entry.kind is EntryKind.ACTIVITY else "event"
        common = dict(title=entry.title, organization_name=entry.organization_name,
                      person_id=entry.person_id, person_name=entry.person_name,
                      start=entry.start, minutes=minutes, source_id=entry.source_id,
                      url=entry.target_url, moved=entry.state is OccurrenceState.MOVED)
        key = f"{prefix}:{entry.source_id}:{entry.person_id}"
        if entry.state is OccurrenceState.CANCELLED:
            found.append(Reminder(key=f"cancel:{entry.source_id}:{entry.person_id}",
                                  stamp="1", kind=ReminderKind.CANCELLED,
                                  at=entry.start - timedelta(minutes=minutes),
                                  expires=entry.end, **common))  # type: ignore[arg-type]
            continue
        found.append(Reminder(key=key, stamp=entry.start.isoformat(), kind=ReminderKind.BEFORE,
                              at=entry.start - timedelta(minutes=minutes), expires=entry.start,
                              **common))  # type: ignore[arg-type]
    for entry in entries:
        if entry.kind is not EntryKind.CLOSURE:
            continue
        day = entry.first_day
        while day <= entry.last_day:
            for hit in activity_days.get((entry.organization_id, day), []):
                found.append(Reminder(
                    key=f"closure:{entry.source_id}:{day.isoformat()}:{hit.person_id}",
                    stamp="1", kind=ReminderKind.CLOSURE, at=None,
                    expires=_local_midnight(day + timedelta(days=1)), title=entry.title,
                    organization_name=entry.organization_name, person_id=hit.person_id,
                    person_name=hit.person_name, start=hit.start, source_id=entry.source_id,
                    url=hit.target_url))
            day += timedelta(days=1)
    for payment in payments:
        amount = f"{payment.amount}"
        if payment.status is PaymentStatus.SCHEDULED:
            found.append(Reminder(
                key=f"pay:{payment.id}", stamp=payment.due_date.isoformat(),
                kind=ReminderKind.PAYMENT_DUE,
                at=datetime.combine(payment.due_date - timedelta(days=1), PAYMENT_HOUR,
                                    zone(LOCAL_ZONE)),
                expires=_local_midnight(payment.due_date), title=payment.description,
                organization_name=payment.organization_name,
                start=_local_midnight(payment.due_date), amount=amount, source_id=payment.id))
        elif payment.status is PaymentStatus.REFUSED:
            found.append(Reminder(
                key=f"refused:{payment.id}", stamp="1", kind=ReminderKind.PAYMENT_REFUSED,
                at=None, expires=_local_midnight(payment.due_date + timedelta(days=REFUSED_DAYS)),
                title=payment.description, organization_name=payment.organization_name,
                start=_local_midnight(payment.due_date), amount=amount, source_id=payment.id))
    for email in emails:
        found.append(Reminder(
            key=f"email:{email.id}", stamp="1", kind=ReminderKind.EMAIL, at=email.sent_at,
            expires=email.sent_at + timedelta(days=EMAIL_DAYS), title=email.subject,
            organization_name=email.organization_name, start=email.sent_at,
            source_id=email.id))
    found.sort(key=lambda r: (r.at or r.expires - timedelta(days=3650), r.key))
    return found


def next_entry(found: Iterable[Reminder], now: datetime) -> Reminder | None:
    """The reminder of the next activity or event to start (what the tray's menu says)."""
    coming = [r for r in found if r.kind is ReminderKind.BEFORE and r.start is not None
              and r.start > now]
    return min(coming, key=lambda r: (r.start, r.key), default=None)


def prime(found: Iterable[Reminder], state: State, now: datetime) -> None:
    """The first time the reminders look, what simply happened before is taken as known."""
    if state.primed:
        return
    for reminder in found:
        if reminder.kind.observed and (reminder.at is None or reminder.at <= now):
            state.mark(reminder)
    state.primed = True


def _withdrawal_said_now(reminder: Reminder, state: State) -> bool:
    """A cancelled occurrence whose reminder was shown: said at once."""
    return reminder.kind is ReminderKind.CANCELLED and \
        f"occ:{reminder.source_id}:{reminder.person_id}" in state.shown


def due(found: Iterable[Reminder], state: State, now: datetime,
        settings: Settings) -> list[Reminder]:
    """What to show at `now`, marked shown in `state`."""
    found = list(found)
    prime(found, state, now)
    if settings.quiet(now):
        return []
    shown = []
    for reminder in found:
        if state.was_shown(reminder) or now >= reminder.expires:
            continue
        if reminder.at is not None and reminder.at > now and \
                not _withdrawal_said_now(reminder, state):
            continue
        shown.append(reminder)
        state.mark(reminder)
    state.prune(now)
    return shown


def schedule(found: Iterable[Reminder], state: State, start: datetime, end: datetime,
             settings: Settings) -> list[tuple[datetime, Reminder]]:
    """What would be shown from `start` to `end`, and when (a check every minute, nothing
    else arriving meanwhile), for `carnet reminders`. `state` is left as it was."""
    state = State(dict(state.shown), state.primed)
    planned: list[tuple[datetime, Reminder]] = []
    found = list(found)
    prime(found, state, start)
    for reminder in found:
        if state.was_shown(reminder):
            continue
        when = settings.held_until(start if _withdrawal_said_now(reminder, state)
                                   else max(reminder.at or start, start))
        if when < reminder.expires and when <= end:
            planned.append((when, reminder))
    planned.sort(key=lambda p: (p[0], p[1].key))
    return planned
