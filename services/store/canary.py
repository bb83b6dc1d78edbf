"""Which key opens this store: a sealed canary in `meta` tells a lost or wrong key (keychain
entry gone, store.key deleted or damaged, folder moved to another computer) at once, instead
of a DecryptionError at the first private detail and queued edits stuck for good.

A store is never given a new key while it holds anything sealed. A store from before the canary
gets one the first time its key opens one of its sealed values, or at once when it holds none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from services.store.errors import Problem, StoreError

CANARY = "store.canary"  # meta: a sealed constant, written with the store's key
CANARY_VALUE = "carnet"


def _sealed_columns() -> list[tuple[str, str]]:
    from services.store import schema

    columns = [(table.name, field.name) for model, table in schema.RESOURCE_TABLES.items()
               for field in schema.FIELD_MAPS[model] if field.kind == "secret"]
    return [*columns, ("outbox", "payload"), ("conflicts", "local"), ("conflicts", "remote")]


def _plain_before_0004() -> set[tuple[str, str]]:
    from services.store import schema

    return {(schema.RESOURCE_TABLES[model].name, name)
            for model, names in schema.PLAIN_BEFORE_0004.items() for name in names}


def sealed_sample(conn: sqlite3.Connection) -> str | None:
    """The canary, else one sealed value of the store, else None (nothing sealed yet). The
    plain JSON an older store holds in a column sealed since is no sample."""
    from services.security.crypto import PREFIX

    row = conn.execute('SELECT value FROM meta WHERE "key" = ?', (CANARY,)).fetchone()
    if row and row[0]:
        return row[0]
    older = _plain_before_0004()
    for table, column in _sealed_columns():
        sealed = f' AND substr("{column}", 1, ?) = ?' if (table, column) in older else ""
        row = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
                           f"{sealed} LIMIT 1", (len(PREFIX), PREFIX) if sealed else ()
                           ).fetchone()
        if row:
            return row[0]
    return None


def plain_left(conn: sqlite3.Connection) -> bool:
    """Whether an older store's plain values are still to be sealed (see Store.check_key)."""
    from services.security.crypto import PREFIX

    for table, column in sorted(_plain_before_0004()):
        row = conn.execute(f'SELECT 1 FROM "{table}" WHERE "{column}" IS NOT NULL AND '
                           f'substr("{column}", 1, ?) != ? LIMIT 1',
                           (len(PREFIX), PREFIX)).fetchone()
        if row:
            return True
    return False


def has_canary(conn: sqlite3.Connection) -> bool:
    return conn.execute('SELECT 1 FROM meta WHERE "key" = ?', (CANARY,)).fetchone() is not None


def verified_key(conn: sqlite3.Connection, path: Path):
    """(the store's key, whether its canary is still to be written). A key is made only for a
    store with nothing sealed; a missing, damaged or wrong one is StoreError(KEY_LOST)."""
    from services.security import keys
    from services.security.crypto import usable_cipher

    data_dir = path.parent
    sample = sealed_sample(conn)
    key = keys.load(data_dir)
    if key is None:
        if sample is not None:
            raise StoreError(Problem.KEY_LOST, path, "no key for a store with sealed data")
        return keys.create(data_dir), True
    cipher = usable_cipher(key.key)
    if cipher is None:
        raise StoreError(Problem.KEY_LOST, path, f"the key ({key.location}) is damaged")
    if sample is not None and not cipher.opens(sample):
        raise StoreError(Problem.KEY_LOST, path, f"the key ({key.location}) does not match")
    return key, not has_canary(conn)
