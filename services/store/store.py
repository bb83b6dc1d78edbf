"""The local store: one SQLite file per data folder, encrypted secrets, one writer at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from services.domain.entities import Resource
from services.security.crypto import FieldCipher
from services.security.keys import StoreKey, load_or_create
from services.store import schema
from services.store.db import STORE_FILE, make_engine, migrate
from services.store.mapping import from_row, to_db, upsert_sql


class Store:
    """Readers use WAL snapshots freely; writes go through `write()`, serialised by a lock."""

    def __init__(self, engine: Engine, cipher: FieldCipher, key: StoreKey | None = None) -> None:
        self.engine = engine
        self.cipher = cipher
        self.key = key
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        data_dir.mkdir(parents=True, exist_ok=True)
        key = load_or_create(data_dir)
        engine = make_engine(data_dir / STORE_FILE)
        migrate(engine)
        return cls(engine, FieldCipher(key.key), key)

    @property
    def path(self) -> Path:
        return Path(self.engine.url.database or "")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: all of it is committed, or none of it."""
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # --- resources -----------------------------------------------------------------------------

    def upsert(self, conn: Connection, entities: Iterable[Resource]) -> int:
        """Insert or replace entities, grouped by type so each type is one executemany."""
        groups: dict[type[Resource], list[tuple]] = {}
        for entity in entities:
            groups.setdefault(type(entity), []).append(to_db(entity, self.cipher))
        for model, rows in groups.items():
            conn.exec_driver_sql(upsert_sql(schema.RESOURCE_TABLES[model]), rows)
        return sum(len(rows) for rows in groups.values())

    def delete(self, conn: Connection, model: type[Resource], ids: Iterable[int]) -> None:
        table = schema.RESOURCE_TABLES[model]
        conn.execute(delete(table).where(table.c.id.in_(list(ids))))

    def all(self, conn: Connection, model: type[Resource], *where, order_by=None) -> list:
        table = schema.RESOURCE_TABLES[model]
        stmt = select(table).where(*where).order_by(
            *(order_by if order_by is not None else (table.c.id,))
        )
        return [from_row(model, row, self.cipher) for row in conn.execute(stmt)]

    def get(self, conn: Connection, model: type[Resource], ident: int):
        found = self.all(conn, model, schema.RESOURCE_TABLES[model].c.id == ident)
        return found[0] if found else None

    # --- meta ----------------------------------------------------------------------------------

    def get_meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(
            select(schema.meta.c.value).where(schema.meta.c.key == key)
        ).scalar()

    def set_meta(self, conn: Connection, key: str, value: str | None) -> None:
        stmt = insert(schema.meta).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
