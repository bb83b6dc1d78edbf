"""The local store: one SQLite file per data folder, encrypted secrets, one writer at a time.

Opening it costs next to nothing: SQLAlchemy, the wire models, the keychain and the cipher load
on first use, so the window's first paint (plain sqlite3 reads, services.store.reads) never
waits for them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from services.store import db

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from services.domain.entities import Resource
    from services.security.crypto import FieldCipher
    from services.security.keys import StoreKey


class Store:
    """Readers use WAL snapshots freely; writes go through `write()`, serialised by a lock."""

    def __init__(self, path: Path, key: StoreKey | None = None) -> None:
        self.path = path
        self._key = key
        self._write_lock = threading.Lock()
        self._lazy_lock = threading.Lock()  # engine and key: made once, whichever thread asks

    @classmethod
    def open(cls, data_dir: Path, key: StoreKey | None = None) -> Store:
        """`key`: one already loaded (the sync process gets the window's, keychain or not)."""
        store = cls(db.prepare(data_dir), key)
        if db.revision(store.path) != db.HEAD_REVISION:
            db.migrate(store.engine)
        return store

    @cached_property
    def engine(self) -> Engine:
        with self._lazy_lock:
            return db.make_engine(self.path)

    @property
    def key(self) -> StoreKey:
        if self._key is None:
            from services.security.keys import load_or_create

            with self._lazy_lock:
                self._key = self._key or load_or_create(self.path.parent)
        return self._key

    @cached_property
    def cipher(self) -> FieldCipher:
        from services.security.crypto import FieldCipher

        return FieldCipher(self.key.key)

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: all of it is committed, or none of it. The lock orders this
        process's writers; SQLite's (BEGIN IMMEDIATE) orders the window's and the sync's."""
        with self._write_lock, self.engine.connect() as conn:
            conn.execution_options(**{db.IMMEDIATE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection on one snapshot, read-only: the screens' fast path."""
        with closing(db.connect(self.path)) as conn:
            conn.execute("PRAGMA query_only=ON")
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()

    # --- resources -----------------------------------------------------------------------------

    def upsert(self, conn: Connection, entities: Iterable[Resource]) -> int:
        """Insert or replace entities, grouped by type so each type is one executemany."""
        from services.store import schema
        from services.store.mapping import to_db, upsert_sql

        groups: dict[type[Resource], list[tuple]] = {}
        for entity in entities:
            groups.setdefault(type(entity), []).append(to_db(entity, self.cipher))
        for model, rows in groups.items():
            conn.exec_driver_sql(upsert_sql(schema.RESOURCE_TABLES[model]), rows)
        return sum(len(rows) for rows in groups.values())

    def delete(self, conn: Connection, model: type[Resource], ids: Iterable[int]) -> None:
        from sqlalchemy import delete

        from services.store import schema

        table = schema.RESOURCE_TABLES[model]
        conn.execute(delete(table).where(table.c.id.in_(list(ids))))

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
