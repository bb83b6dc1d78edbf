"""The front desk's tables (SQLAlchemy Core): what a write needs. Kept apart from
services.org.store so that reading the store — the desk's first paint, its Today — loads no
SQLAlchemy (plain sqlite3 reads; this module is imported only to write)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, MetaData, Table, Text

metadata = MetaData()


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


programs = Table(
    "programs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False, default=""),
    Column("start", Text), Column("end", Text),  # days (YYYY-MM-DD)
    Column("is_archived", Boolean, nullable=False, default=False),
    Column("is_visible", Boolean, nullable=False, default=True),
)
activities = Table(
    "activities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("program_id", Integer, _fk("programs.id"), nullable=False, index=True),
    Column("name", Text, nullable=False, default=""),
    Column("location", Text),
)
# Instants: `start`/`end` as the platform wrote them (ISO 8601 with offset), `start_at`/`end_at`
# in microseconds UTC (ordering, "now"), `day` the local day it starts (the windows).
occurrences = Table(
    "occurrences", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("activity_id", Integer, _fk("activities.id"), nullable=False),
    Column("start", Text, nullable=False), Column("end", Text, nullable=False),
    Column("start_at", Integer, nullable=False), Column("end_at", Integer, nullable=False),
    Column("day", Text, nullable=False),
    Column("state", Text, nullable=False, default="Normal"),
    Column("location", Text),
    Column("drop_in", Boolean, nullable=False, default=False),
    Column("drop_in_max", Integer), Column("drop_in_reserved", Integer),
    Column("drop_in_remaining", Integer),
    Index("occurrences_activity_day", "activity_id", "day"),
    Index("occurrences_day", "day"),  # a day's sessions (Today)
    Index("occurrences_start", "start_at", "end_at"),  # those under way (covering)
)
participants = Table(
    "participants", metadata,
    Column("occurrence_id", Integer, _fk("occurrences.id"), primary_key=True),
    Column("person_id", Integer, primary_key=True, autoincrement=False),
    Column("account_id", Integer),
    Column("first_name", Text, nullable=False, default=""),
    Column("last_name", Text, nullable=False, default=""),
    Column("gender", Text), Column("date_of_birth", Text),
    Column("attendance", Integer, nullable=False, default=0),  # 0 none, 1 present, 2 absent
    Column("status", Text),  # Registered, DropIn
)
# The sessions whose roster was read (`participants` holds it, even empty), and when; the
# others answer from their activity's registered persons, attendance not taken (reads.roster).
rosters = Table(
    "rosters", metadata,
    Column("occurrence_id", Integer, _fk("occurrences.id"), primary_key=True,
           autoincrement=False),
    Column("read_at", Text, nullable=False),  # ISO 8601 instant
)
persons = Table(
    "persons", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("account_id", Integer, index=True),
    Column("first_name", Text, nullable=False, default=""),
    Column("last_name", Text, nullable=False, default=""),
    Column("date_of_birth", Text), Column("gender", Text),
    Column("email", Text), Column("telephone", Text),
    Column("is_child", Boolean), Column("is_archived", Boolean),
    Column("medical", Text),  # sealed (services.security.crypto); never indexed, never logged
)
activity_persons = Table(
    "activity_persons", metadata,
    Column("activity_id", Integer, _fk("activities.id"), primary_key=True),
    Column("person_id", Integer, primary_key=True, autoincrement=False, index=True),
)
accounts = Table(
    "accounts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
)
account_owners = Table(
    "account_owners", metadata,
    Column("account_id", Integer, _fk("accounts.id"), primary_key=True),
    Column("owner_id", Integer, primary_key=True, autoincrement=False),
    Column("first_name", Text), Column("last_name", Text), Column("full_name", Text),
    Column("email", Text), Column("telephone_mobile", Text),
)
account_members = Table(
    "account_members", metadata,
    Column("account_id", Integer, _fk("accounts.id"), primary_key=True),
    Column("person_id", Integer, primary_key=True, autoincrement=False, index=True),
)
contacts = Table(
    "contacts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("account_id", Integer, _fk("accounts.id"), nullable=False, index=True),
    Column("first_name", Text), Column("last_name", Text), Column("full_name", Text),
    Column("email", Text), Column("telephone", Text), Column("telephone_mobile", Text),
    Column("relationship", Text),
    Column("type", Text),  # EmergencyContact, LegalGuardian, EmergencyContactAndLegalGuardian
)
contact_persons = Table(
    "contact_persons", metadata,
    Column("contact_id", Integer, _fk("contacts.id"), primary_key=True),
    Column("person_id", Integer, primary_key=True, autoincrement=False),
)
registrations = Table(
    "registrations", metadata,
    Column("id", Text, primary_key=True),  # RegistrationId: a string
    Column("person_id", Integer, index=True),
    Column("person_name", Text),
    Column("account_owner_id", Integer), Column("account_owner_name", Text),
    Column("program_id", Integer), Column("program_name", Text),
    Column("activity_id", Integer), Column("activity_name", Text),
    Column("date_created", Text),
    Column("is_cancelled", Boolean, nullable=False, default=False),
)
closures = Table(
    "closures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False, default=""),
    Column("start", Text, nullable=False), Column("end", Text, nullable=False),  # days
)
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("title", Text, nullable=False, default=""),
    Column("start", Text, nullable=False), Column("end", Text, nullable=False),
    Column("start_at", Integer, nullable=False), Column("end_at", Integer, nullable=False),
    Column("start_day", Text, nullable=False), Column("end_day", Text, nullable=False),
    Column("location", Text),
)
meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text),
)
