"""The reference server's storage: SQLite by default, PostgreSQL by URL, one schema for both.

Every API resource is a row of `resources` holding its wire JSON, with the columns the server
filters on (owner account, organization, activity) beside it; `visibility` records what each
account's own rows let it see of the organization side, for the change feed. Each write takes
the next value of one counter: it is the change feed's sequence and the resource's Version, and
taking it row-locks the counter, so commits happen in sequence order and a cursor never skips
one.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    true,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
})

resources = Table(
    "resources", metadata,
    Column("type", Text, nullable=False),
    Column("id", BigInteger, nullable=False),
    Column("account_id", BigInteger, nullable=True),  # null: organization side, shared
    Column("org_id", BigInteger, nullable=True),
    Column("activity_id", BigInteger, nullable=True),
    Column("seq", BigInteger, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=False),  # the wire JSON, Version included
    # Whether this own row lets its account see its organization and activity: a cancelled
    # registration does not.
    Column("grants", Boolean, nullable=False, default=True, server_default=true()),
    PrimaryKeyConstraint("type", "id"),
)
Index(None, resources.c.seq)
Index(None, resources.c.account_id, resources.c.type)
Index(None, resources.c.type, resources.c.org_id)
Index(None, resources.c.activity_id)

counters = Table(
    "counters", metadata,
    Column("name", Text, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

logins = Table(
    "logins", metadata,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("username", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", Text, primary_key=True),
    Column("account_id", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),  # unix seconds
)

login_failures = Table(
    "login_failures", metadata,
    Column("username", Text, primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_failure_at", BigInteger, nullable=False),
)

# Failed proofs of a secret by a signed-in account, per kind ("password", "username-code"):
# the throttle of server/throttle.py.
attempt_failures = Table(
    "attempt_failures", metadata,
    Column("account_id", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("first_failure_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("account_id", "kind"),
)

idempotency = Table(
    "idempotency", metadata,
    Column("account_id", BigInteger, nullable=False),
    Column("key", Text, nullable=False),
    Column("request_hash", Text, nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("etag", Text, nullable=True),
    Column("created_at", BigInteger, nullable=False),
    PrimaryKeyConstraint("account_id", "key"),
)
Index(None, idempotency.c.created_at)  # the purge of keys past the horizon, at every write

# What each account was last recorded to see of the organization side, and the change (seq)
# that made it so: the change feed sends an activity's or an organization's older rows when
# one becomes visible, and deletes them all when one no longer is (repo.visibility_changes).
visibility = Table(
    "visibility", metadata,
    Column("account_id", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),  # "Organization" or "Activity"
    Column("target_id", BigInteger, nullable=False),
    Column("visible", Boolean, nullable=False),
    Column("seq", BigInteger, nullable=False),
    PrimaryKeyConstraint("account_id", "kind", "target_id"),
)
Index(None, visibility.c.account_id, visibility.c.seq)

username_changes = Table(
    "username_changes", metadata,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("new_username", Text, nullable=False),
    Column("code_hash", Text, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

# Each account's calendar subscription (GET /feeds/{secret}.ics): only the secret's SHA-256
# is kept, so the table (a backup, a dump) gives no working link. At most one per account;
# regenerating replaces it, revoking deletes it.
calendar_feeds = Table(
    "calendar_feeds", metadata,
    Column("account_id", BigInteger, primary_key=True, autoincrement=False),
    Column("secret_hash", Text, nullable=False, unique=True),
    Column("lang", Text, nullable=False),  # of the calendar's name and texts: fr or en
    Column("created_at", BigInteger, nullable=False),  # unix seconds
)

# Organization API keys (GET /authenticate with Basic key:secret, docs/api-org.md section 6):
# the secret is kept as an argon2 hash, like a family password.
org_keys = Table(
    "org_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("secret_hash", Text, nullable=False),
    Column("org_id", BigInteger, nullable=False),
)

# The tokens those keys sign in to (their SHA-256 only), valid a year; they read one
# organization's /org/ routes and nothing else.
org_tokens = Table(
    "org_tokens", metadata,
    Column("token_hash", Text, primary_key=True),
    Column("org_id", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),  # unix seconds
)

# Attendance set by the admin route (tests); every other one is derived (server/org_reads.py).
org_attendance = Table(
    "org_attendance", metadata,
    Column("occurrence_id", BigInteger, nullable=False),
    Column("person_id", BigInteger, nullable=False),
    Column("attendance_id", Integer, nullable=False),  # 0 none, 1 present, 2 absent
    PrimaryKeyConstraint("occurrence_id", "person_id"),
)

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn) -> None:
    # IMMEDIATE: a write transaction takes the lock up front instead of failing to upgrade.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8)


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


def reset(engine: Engine) -> None:
    """Drop everything (tests, `--demo` on a reused database file)."""
    metadata.drop_all(engine)
    if inspect(engine).has_table("alembic_version"):
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE alembic_version")
