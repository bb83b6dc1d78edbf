"""Opening the SQLite store: owner-only file, pragmas on every connection, migrations.

SQLAlchemy and Alembic load only when a caller needs them; checking the schema and opening a
plain reader take sqlite3 alone.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from services.store import checks, paths
from services.store.errors import translated

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

STORE_FILE = "carnet.sqlite3"
MIGRATIONS = Path(__file__).with_name("migrations")
# Bumped with every new migration; a test checks it against Alembic's head.
HEAD_REVISION = "0006"
BUSY_TIMEOUT_MS = 5000
IMMEDIATE = "carnet_immediate"  # execution option: a write transaction


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record=None) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is lazy).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # queued edits are user data
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(conn) -> None:
    # A write takes the write lock at once (waiting up to busy_timeout): a deferred one that
    # read first would fail, unwaited, if the other process (sync or window) committed since.
    immediate = conn.get_execution_options().get(IMMEDIATE)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _create_owner_only(path: Path) -> None:
    if not path.parent.is_dir():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths.owner_only(path.parent, 0o700)
    if not path.exists():
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    paths.owner_only(path, 0o600)


def prepare(data_dir: Path) -> Path:
    """The store file of `data_dir`, created owner-only (folder too) if missing. A folder or
    file that cannot be used is a StoreError, found before anything is written."""
    path = data_dir / STORE_FILE
    checks.check_folder(data_dir)
    checks.check_file(path)
    with translated(path):
        _create_owner_only(path)
    return path


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the store's pragmas (autocommit: callers BEGIN themselves)."""
    conn = sqlite3.connect(path, check_same_thread=False)
    _set_pragmas(conn)
    return conn


def read_only(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    conn.execute("PRAGMA query_only=ON")
    return conn


@contextmanager
def on_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`conn` on one snapshot of the database: whatever is written meanwhile is not seen
    until the next."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.rollback()


@contextmanager
def snapshot(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain read-only connection on one snapshot of the database, closed after."""
    with closing(read_only(path)) as conn, on_snapshot(conn):
        yield conn


class Readers:
    """The read-only connections of one store file, kept for the next reads (the screens' fast
    path). A new connection's pragmas, and its parsing of the schema at its first query, were
    most of a small read; on the reader thread each step also waited for the GIL while the
    window's thread started (issue 20). close() drops them, and a connection still reading is
    closed when it is given back; close(keep=False) also keeps none from then on: the file
    may be replaced while the store stays open (Store.forget, before a recovery), and a kept
    connection would read the old file, or hold it open where it cannot then be renamed."""

    KEPT = 2  # one per reading thread (the window's reader, a command), and a spare

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._generation = 0  # one more at each close()
        self._keeping = True

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            generation = self._generation
            conn = self._idle.pop() if self._idle else None
        conn = conn or read_only(self.path)
        whole = False
        try:
            with on_snapshot(conn):
                yield conn
            whole = True
        finally:
            with self._lock:
                kept = whole and self._keeping and generation == self._generation \
                    and len(self._idle) < self.KEPT
                if kept:
                    self._idle.append(conn)
            if not kept:
                conn.close()

    def close(self, keep: bool = True) -> None:
        with self._lock:
            self._generation += 1
            self._keeping = keep
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path` (created owner-only); WAL lets readers run beside the one writer."""
    from sqlalchemy import create_engine, event

    _create_owner_only(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config  # only when migrating: it costs 0.1 s of start-up

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def revision(path: Path) -> str | None:
    """The schema revision of the store file, None when it has none yet."""
    with closing(sqlite3.connect(path)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no such table: a new store
            return None
    return row[0] if row else None


def migrate(engine: Engine) -> None:
    """Bring the schema to head; cheap when it already is (no Alembic load on every start)."""
    if revision(Path(engine.url.database or "")) == HEAD_REVISION:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
