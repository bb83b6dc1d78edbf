"""The local store: one SQLite file per data folder, encrypted secrets, one writer at a time.

Opening it costs next to nothing: SQLAlchemy, the wire models, the keychain and the cipher load
on first use, so the window's first paint (plain sqlite3 reads, services.store.reads) never
waits for them.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from services.store import db
from services.store.canary import CANARY, CANARY_VALUE
from services.store.errors import translated

__all__ = ["CANARY", "Store"]

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from services.domain.entities import Resource
    from services.security.crypto import FieldCipher
    from services.security.keys import StoreKey


class Store:
    """Readers use WAL snapshots freely; writes go through `write()`, serialised by a lock.
    A folder or file that cannot be used, a full disk, a damaged file or a lost key raise
    StoreError (services.store.errors), from open and from any read or write."""

    def __init__(self, path: Path, key: StoreKey | None = None) -> None:
        self.path = path
        self._key = key
        self._canary_due = False  # the key was checked; the next write seals the canary
        self._plain_due = False  # an older store's plain values: the next write seals them
        self._write_lock = threading.Lock()
        self._lazy_lock = threading.Lock()  # engine and key: made once, whichever thread asks
        self._readers = db.Readers(path)  # reader()'s connections, kept between reads

    @classmethod
    def open(cls, data_dir: Path, key: StoreKey | None = None) -> Store:
        """`key`: one already loaded and checked (the sync process gets the window's): the
        store's private values go to the log's redaction at once (see remember_private)."""
        store = cls(db.prepare(data_dir), key)
        with translated(store.path):
            if db.revision(store.path) != db.HEAD_REVISION:
                db.migrate(store.engine)
        if key is not None:
            try:
                store.remember_private()
            except BaseException:
                store.close()
                raise
        return store

    def remember_private(self) -> None:
        """Every private value of the store (the texts inside its sealed values, the names of
        persons and contacts) kept from the log from now on, whoever writes the line
        (services.store.private). Once the key is checked: commands, the window after its
        first paint, the sync process."""
        from services.store.private import remember_store

        remember_store(self)

    @cached_property
    def engine(self) -> Engine:
        with self._lazy_lock:
            return db.make_engine(self.path)

    @property
    def key(self) -> StoreKey:
        """The store's key, checked against its canary the first time (services.store.canary):
        StoreError(KEY_LOST) rather than a new key for a store that holds sealed data."""
        if self._key is None:
            with self._lazy_lock:
                if self._key is None:
                    self._key, self._canary_due = self._checked_key()
        return self._key

    def _checked_key(self) -> tuple[StoreKey, bool]:
        from services.store.canary import plain_left, verified_key

        with self.reader() as conn:
            checked = verified_key(conn, self.path)
            self._plain_due = plain_left(conn)
        return checked

    def check_key(self) -> StoreKey:
        """The key checked now, and the canary sealed if it is not yet (commands, the window
        once it shows): a lost key is said before anything needs it. An older store's plain
        values (schema.PLAIN_BEFORE_0004) are sealed now too."""
        key = self.key
        if self._canary_due or self._plain_due:
            with self.write():
                pass  # write() seals them
        return key

    def forget(self) -> None:
        """Closed, and its key and connections forgotten: the file may be replaced (recovery);
        the next use opens whatever is there then (and no read keeps its connection)."""
        self.close()
        self._readers.close(keep=False)
        with self._lazy_lock:
            self.__dict__.pop("engine", None)
            self.__dict__.pop("cipher", None)
            self._key, self._canary_due, self._plain_due = None, False, False

    @cached_property
    def cipher(self) -> FieldCipher:
        from services.security.crypto import FieldCipher

        return FieldCipher(self.key.key)

    def close(self) -> None:
        self._readers.close()
        if "engine" in self.__dict__:
            self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: all of it is committed, or none of it. The lock orders this
        process's writers; SQLite's (BEGIN IMMEDIATE) orders the window's and the sync's."""
        with translated(self.path), self._write_lock, self.engine.connect() as conn:
            conn.execution_options(**{db.IMMEDIATE: True})
            with conn.begin():
                yield conn
                # The key may have been checked by the body.
                sealing, resealing = self._canary_due, self._plain_due
                if sealing:
                    self.set_meta(conn, CANARY, self.cipher.seal(CANARY_VALUE))
                if resealing:
                    self._seal_plain(conn)
            if sealing:
                self._canary_due = False
            if resealing:
                self._plain_due = False
                # The plain copies may still be in the WAL's older frames: none once it is
                # checkpointed and emptied (a reader still on an old snapshot: next time).
                with closing(db.connect(self.path)) as plain, \
                        contextlib.suppress(sqlite3.OperationalError):
                    plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()

    def _seal_plain(self, conn: Connection) -> None:
        """An older store's plain JSON values sealed, in the caller's transaction; what they
        held is zeroed in the file (secure_delete), not left in its free space."""
        import json

        from services.security.crypto import PREFIX
        from services.store import schema

        before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
        conn.exec_driver_sql("PRAGMA secure_delete=ON").close()
        try:
            for model, names in schema.PLAIN_BEFORE_0004.items():
                table = schema.RESOURCE_TABLES[model].name
                for name in names:
                    rows = conn.exec_driver_sql(
                        f'SELECT id, "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL AND '
                        f'substr("{name}", 1, ?) != ?', (len(PREFIX), PREFIX)).fetchall()
                    conn.exec_driver_sql(
                        f'UPDATE "{table}" SET "{name}" = ? WHERE id = ?',
                        [(self.cipher.seal(json.loads(value)), ident) for ident, value in rows])
        finally:
            conn.exec_driver_sql(f"PRAGMA secure_delete={int(before or 0)}").close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translated(self.path), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection on one snapshot, read-only: the screens' fast path (the
        connection is kept for the next read: db.Readers)."""
        with translated(self.path), self._readers.snapshot() as conn:
            yield conn

    # --- resources -----------------------------------------------------------------------------

    def upsert(self, conn: Connection, entities: Iterable[Resource]) -> int:
        """Insert or replace entities, grouped by type so each type is one executemany."""
        from services.store import schema
        from services.store.mapping import to_db, upsert_sql

        groups: dict[type[Resource], list[tuple]] = {}
        for entity in entities:
            groups.setdefault(type(entity), []).append(to_db(entity, self.cipher))
        from services.store import search

        for model, rows in groups.items():
            conn.exec_driver_sql(upsert_sql(schema.RESOURCE_TABLES[model]), rows)
        for model, rows in groups.items():  # after every type: a row may show another's text
            search.reindex(conn, model.__name__, [row[0] for row in rows])
        return sum(len(rows) for rows in groups.values())

    def delete(self, conn: Connection, model: type[Resource], ids: Iterable[int]) -> None:
        from sqlalchemy import delete

        from services.store import schema, search

        table = schema.RESOURCE_TABLES[model]
        ids = list(ids)
        conn.execute(delete(table).where(table.c.id.in_(ids)))
        search.remove(conn, model.__name__, ids)

    def all(self, conn: Connection, model: type[Resource], *where, order_by=None) -> list:
        from sqlalchemy import select

        from services.store import schema
        from services.store.mapping import from_row

        table = schema.RESOURCE_TABLES[model]
        stmt = select(table).where(*where).order_by(
            *(order_by if order_by is not None else (table.c.id,))
        )
        return [from_row(model, row, self.cipher) for row in conn.execute(stmt)]

    def get(self, conn: Connection, model: type[Resource], ident: int):
        from services.store import schema

        found = self.all(conn, model, schema.RESOURCE_TABLES[model].c.id == ident)
        return found[0] if found else None

    # --- meta ----------------------------------------------------------------------------------

    def get_meta(self, conn: Connection, key: str) -> str | None:
        return conn.exec_driver_sql('SELECT value FROM meta WHERE "key" = ?', (key,)).scalar()

    def set_meta(self, conn: Connection, key: str, value: str | None) -> None:
        conn.exec_driver_sql('INSERT INTO meta ("key", value) VALUES (?, ?) '
                             'ON CONFLICT ("key") DO UPDATE SET value = excluded.value',
                             (key, value))
