"""The organization's data (front desk, issue 19) in a SQLite file of its own, one per
organization: `<data>/orgs/<org>/org.sqlite3`, beside (never inside) the family store, with
the same engine habits (services.store.db: owner-only file and folder, WAL, synchronous=FULL,
foreign keys, busy timeout, BEGIN IMMEDIATE for writes).

What it holds is the platform's and can always be fetched again: the schema has a version
(`meta.schema`), an older file is emptied and made again (the next sync fills it), a newer one
is refused (StoreError DAMAGED would lose nothing, but an older Carnet must not rewrite it).

Medical information is sealed with the family store's field encryption
(services.security.crypto), under a key of this folder's own, in the keychain or an owner-only
`store.key` file beside it (services.security.keys); a sealed canary in `meta` tells a lost
key. It is never indexed and never logged.

An FTS5 index (`org_search`) over persons and accounts (names, emails, phones), accent- and
case-insensitive as services.store.search's (same tokenizer, same folding of Ł, Ø, Œ…), kept
current in the transaction that writes the rows (`reindex`).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from services.store import db, paths
from services.store.errors import Problem, StoreError, translated
from services.store.search import fold, normalise

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Connection, Engine, Table

    from services.security.crypto import FieldCipher
    from services.security.keys import StoreKey

ORGS = "orgs"
STORE_FILE = "org.sqlite3"
SCHEMA_VERSION = "3"  # 2: rosters (which sessions have theirs read); 3: the day's sessions indexed
CANARY = "canary"
CANARY_VALUE = "carnet-org"
_SAFE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")

# --- the search index ------------------------------------------------------------------------

SEARCH = "org_search"
_CREATE_SEARCH = (f"CREATE VIRTUAL TABLE {SEARCH} USING fts5(label UNINDEXED, detail UNINDEXED,"
                  " words, alt, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
KINDS = {"Person": 1, "Account": 2}
_BY_CODE = {code: kind for kind, code in KINDS.items()}
_SHIFT = 1 << 40
_OFFSET = 1 << 39
_WORD = re.compile(r"\w+")
_CHUNK = 500


def rowid(kind: str, ident: int) -> int:
    return KINDS[kind] * _SHIFT + ident + _OFFSET


def kind_of(row: int) -> tuple[str, int]:
    return _BY_CODE[row // _SHIFT], row % _SHIFT - _OFFSET


def _alt(text: str) -> str:
    """The words whose letters unicode61 does not fold (Ł, Ø, Œ…), spelled plainly."""
    return " ".join(fold(w) for w in _WORD.findall(text) if fold(w) != w)


def _phone(number: str | None) -> str:
    """A phone as written and as its digits alone: "514-555-0101" and "5145550101" match."""
    if not number:
        return ""
    return f"{number} {re.sub(r'[^0-9]', '', number)}"


def _join(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for at in range(0, len(ids), _CHUNK):
        yield ids[at:at + _CHUNK]


def _marks(ids: Sequence[Any]) -> str:
    return ",".join("?" * len(ids))


def _raw(conn: Connection | sqlite3.Connection) -> sqlite3.Connection:
    if isinstance(conn, sqlite3.Connection):
        return conn
    return conn.connection.driver_connection


def _person_docs(raw: sqlite3.Connection, ids: Sequence[int]) -> Iterator[tuple]:
    for part in _chunks(ids):
        for ident, first, last, email, phone, owner in raw.execute(
                "SELECT p.id, p.first_name, p.last_name, p.email, p.telephone,"
                " (SELECT group_concat(o.full_name, ' & ') FROM account_owners o"
                "  WHERE o.account_id = p.account_id)"
                f" FROM persons p WHERE p.id IN ({_marks(part)})", part):
            yield (rowid("Person", ident), _join(first, last), owner or email or "",
                   _join(first, last, email, _phone(phone)))


def _account_docs(raw: sqlite3.Connection, ids: Sequence[int]) -> Iterator[tuple]:
    for part in _chunks(ids):
        owners: dict[int, list[tuple]] = {}
        for row in raw.execute(
                "SELECT account_id, full_name, first_name, last_name, email, telephone_mobile"
                f" FROM account_owners WHERE account_id IN ({_marks(part)})"
                " ORDER BY account_id, owner_id", part):
            owners.setdefault(row[0], []).append(row[1:])
        members: dict[int, list[tuple]] = {}
        for row in raw.execute(
                "SELECT m.account_id, p.first_name, p.last_name, p.email, p.telephone"
                " FROM account_members m JOIN persons p ON p.id = m.person_id"
                f" WHERE m.account_id IN ({_marks(part)}) ORDER BY m.account_id, p.id", part):
            members.setdefault(row[0], []).append(row[1:])
        for (ident,) in raw.execute(f"SELECT id FROM accounts WHERE id IN ({_marks(part)})",
                                    part):
            its_owners, its_members = owners.get(ident, []), members.get(ident, [])
            label = " & ".join(o[0] or _join(o[1], o[2]) for o in its_owners) or " & ".join(
                _join(m[0], m[1]) for m in its_members)
            detail = ", ".join(m[0] for m in its_members if m[0])
            words = _join(*(_join(o[0], o[1], o[2], o[3], _phone(o[4])) for o in its_owners),
                          *(_join(m[0], m[1], m[2], _phone(m[3])) for m in its_members))
            yield rowid("Account", ident), label, detail, words


def reindex(conn: Connection | sqlite3.Connection, persons_ids: Iterable[int] = (),
            account_ids: Iterable[int] = ()) -> None:
    """The index rows of these persons and accounts made again from the stored rows (and of
    the accounts whose members are among the persons), in the caller's transaction. A row
    gone from its table leaves the index too."""
    raw = _raw(conn)
    people = sorted(set(persons_ids))
    families = set(account_ids)
    for part in _chunks(people):
        families.update(r[0] for r in raw.execute(
            f"SELECT account_id FROM account_members WHERE person_id IN ({_marks(part)})"
            f" UNION SELECT account_id FROM persons WHERE id IN ({_marks(part)})"
            " AND account_id IS NOT NULL", (*part, *part)))
    ordered = sorted(families)
    gone = [rowid("Person", i) for i in people] + [rowid("Account", i) for i in ordered]
    for part in _chunks(gone):
        raw.execute(f"DELETE FROM {SEARCH} WHERE rowid IN ({_marks(part)})", part)
    docs = [*_person_docs(raw, people), *_account_docs(raw, ordered)]
    raw.executemany(f"INSERT INTO {SEARCH} (rowid, label, detail, words, alt)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(r, label, detail, normalise(words), _alt(normalise(words)))
                     for r, label, detail, words in docs])


def rebuild_index(conn: Connection | sqlite3.Connection) -> None:
    raw = _raw(conn)
    raw.execute(f"DELETE FROM {SEARCH}")
    reindex(raw, [r[0] for r in raw.execute("SELECT id FROM persons")],
            [r[0] for r in raw.execute("SELECT id FROM accounts")])


# --- values from the wire --------------------------------------------------------------------

def parse_instant(text: Any, zone_name: str = "America/Toronto") -> datetime:
    """An instant as the platform writes it: ISO 8601 with offset (7 fraction digits too);
    without an offset, or a bare day (midnight), in the organization's zone."""
    from services.domain.calendar import zone

    if not isinstance(text, str) or not text:
        raise ValueError(f"not a date: {text!r}")
    value = re.sub(r"(\.\d{6})\d+", r"\1", text.strip()).replace("Z", "+00:00")
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(0), zone(zone_name))
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone(zone_name))


def parse_day(text: Any) -> str | None:
    """A day (YYYY-MM-DD) from a day or a datetime as the platform writes it; open ends
    (0001-01-01…, 9999-12-31…) stay as they are."""
    if not isinstance(text, str) or len(text) < 10:
        return None
    day = text[:10]
    date.fromisoformat(day)  # ValueError when it is not one
    return day


def to_micros(moment: datetime) -> int:
    from services.store.codec import to_micros as micros

    return micros(moment)


# --- the store -------------------------------------------------------------------------------


def org_folder_name(org: str) -> str:
    """The folder an organization's store lives in: its number or slug, as it is safe for a
    file name (lower case, digits, dashes); ValueError otherwise."""
    name = str(org).strip().lower()
    if not _SAFE.match(name):
        raise ValueError(f"not an organization number or slug: {org!r}")
    return name


def org_folder(data_dir: Path, org: str) -> Path:
    return data_dir / ORGS / org_folder_name(org)


@dataclass
class Delta:
    """What one write changed: keys added, changed and deleted."""

    added: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    deleted: list = field(default_factory=list)

    @property
    def touched(self) -> list:
        return [*self.added, *self.changed, *self.deleted]


class OrgStore:
    """One organization's store. Reads: `reader()` (plain sqlite3, one snapshot, read-only).
    Writes: `write()`, one transaction, one writer at a time (this process's lock and SQLite's
    BEGIN IMMEDIATE). StoreError (services.store.errors) for a file or folder that cannot be
    used, a damaged file, a lost key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / STORE_FILE
        self._write_lock = threading.Lock()
        self._lazy_lock = threading.Lock()
        self._key: StoreKey | None = None
        self._canary: str | None = None  # sealed, to be written by the next write

    @classmethod
    def open(cls, folder: Path) -> OrgStore:
        store = cls(folder)
        with translated(store.path):
            paths.private_folder(folder)
            store._prepare()
        return store

    @classmethod
    def exists(cls, folder: Path) -> bool:
        return (folder / STORE_FILE).is_file()

    @cached_property
    def engine(self) -> Engine:
        with self._lazy_lock:
            return db.make_engine(self.path)

    def close(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()

    def _version(self) -> str | None:
        with closing(sqlite3.connect(self.path)) as conn:
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            except sqlite3.OperationalError:  # no meta table: a new file
                return None
        return row[0] if row else None

    def _prepare(self) -> None:
        if self.path.is_file() and self._version() == SCHEMA_VERSION:
            return  # reads need no engine: SQLAlchemy loads with the first write
        self.engine  # noqa: B018 - creates the file owner-only
        version = self._version()
        if version == SCHEMA_VERSION:
            return
        if version is not None and (not version.isdigit() or int(version) > int(SCHEMA_VERSION)):
            raise StoreError(Problem.DAMAGED, self.path,
                             f"made by a newer Carnet (schema {version})")
        with self.write() as conn:
            if version is not None:  # an older schema: a cache of the platform, made again
                names = [r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'org_search_%'")]
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                for name in names:
                    conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
            from services.org.schema import metadata

            metadata.create_all(conn)
            conn.exec_driver_sql(_CREATE_SEARCH)
            self.set_meta(conn, "schema", SCHEMA_VERSION)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with translated(self.path), self._write_lock, self.engine.connect() as conn:
            conn.execution_options(**{db.IMMEDIATE: True})
            with conn.begin():
                yield conn
                canary, self._canary = self._canary, None
                if canary is not None:
                    self.set_meta(conn, CANARY, canary)

    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        with translated(self.path), db.snapshot(self.path) as conn:
            yield conn

    # --- meta ----------------------------------------------------------------------------------

    @staticmethod
    def get_meta(conn: Connection | sqlite3.Connection, key: str) -> str | None:
        row = _raw(conn).execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def set_meta(conn: Connection, key: str, value: str | None) -> None:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                             " DO UPDATE SET value = excluded.value", (key, value))

    # --- the key of the sealed values ----------------------------------------------------------

    @property
    def key(self) -> StoreKey:
        """This folder's key, checked against the canary (StoreError KEY_LOST when it is
        missing or wrong while something is sealed); made, and the canary sealed, for a store
        with nothing sealed yet."""
        with self._lazy_lock:
            if self._key is None:
                self._key = self._checked_key()
            return self._key

    def _checked_key(self) -> StoreKey:
        from services.security import keys
        from services.security.crypto import FieldCipher, usable_cipher

        with self.reader() as conn:
            canary = self.get_meta(conn, CANARY)
            sealed = canary is not None or conn.execute(
                "SELECT 1 FROM persons WHERE medical IS NOT NULL LIMIT 1").fetchone()
        key = keys.load(self.folder)
        if key is None:
            if sealed:
                raise StoreError(Problem.KEY_LOST, self.path, "no key for the sealed values")
            key = keys.create(self.folder)
        cipher = usable_cipher(key.key)
        if cipher is None or (canary is not None and not cipher.opens(canary)):
            raise StoreError(Problem.KEY_LOST, self.path, "the key does not open the store")
        # The next write seals the canary (a write may be what asked for the key).
        self._canary = None if canary is not None else FieldCipher(key.key).seal(CANARY_VALUE)
        return key

    @cached_property
    def cipher(self) -> FieldCipher:
        from services.security.crypto import FieldCipher

        return FieldCipher(self.key.key)

    def seal(self, value: Any) -> str | None:
        if value is None:
            return None
        from services.security import redact

        redact.remember(redact.texts(value))  # never in a log line, whoever writes it
        return self.cipher.seal(value)

    def open_sealed(self, token: str | None) -> Any:
        if token is None:
            return None
        from services.security import redact
        from services.security.crypto import DecryptionError

        try:
            value = self.cipher.open(token)
        except DecryptionError as exc:
            raise StoreError(Problem.KEY_LOST, self.path, str(exc)) from exc
        redact.remember(redact.texts(value))
        return value

    # --- writes --------------------------------------------------------------------------------

    def replace(self, conn: Connection, table: Table, rows: Iterable[dict],
                scope: ColumnElement[bool] | None = None, delete: bool = True,
                sealed: Iterable[str] = ()) -> Delta:
        """The rows of `table` inside `scope` (a WHERE clause; None: the whole table) made
        what `rows` say: new ones added, different ones changed, and (`delete`) those the
        answer no longer has deleted. A row may give only some columns: the others are left
        as they are. `sealed` columns are given plain and compared opened."""
        from sqlalchemy import and_, bindparam, select

        key_cols = [c.name for c in table.primary_key.columns]
        sealed = set(sealed)
        rows = list(rows)
        given = not delete and scope is None and len(key_cols) == 1  # only the rows given
        if given:
            scope = table.c[key_cols[0]].in_([row[key_cols[0]] for row in rows])
        stmt = select(table)
        if scope is not None:
            stmt = stmt.where(scope)
        existing = {tuple(r[k] for k in key_cols): r
                    for r in (row._mapping for row in conn.execute(stmt))}
        if scope is not None and not given:  # rows perhaps outside the scope (moved)
            existing_outside = _lookup(conn, table, key_cols, [
                key for key in (tuple(row[k] for k in key_cols) for row in rows)
                if key not in existing])
        else:
            existing_outside = {}
        delta = Delta()
        inserts, updates = [], []
        seen: set[tuple] = set()
        for row in rows:
            key = tuple(row[k] for k in key_cols)
            if key in seen:
                continue
            seen.add(key)
            old = existing.get(key)
            if old is None:
                old = existing_outside.get(key)
            values = {k: (self.seal(v) if k in sealed else v) for k, v in row.items()}
            if old is None:
                inserts.append(values)
                delta.added.append(key)
                continue
            different = [k for k, v in row.items() if k not in key_cols and (
                (self.open_sealed(old[k]) if k in sealed else old[k]) != v)]
            if different:
                updates.append((key, {k: values[k] for k in different}))
                delta.changed.append(key)
        if inserts:
            columns = sorted({c for values in inserts for c in values})
            conn.execute(table.insert(), [{c: v[c] if c in v else _default(table, c)
                                           for c in columns} for v in inserts])
        where = and_(*(table.c[k] == bindparam(f"_key_{k}") for k in key_cols))
        for key, values in updates:
            conn.execute(table.update().where(where).values(**values),
                         {f"_key_{k}": v for k, v in zip(key_cols, key, strict=True)})
        if delete:
            gone = [key for key in existing if key not in seen]
            if gone:
                conn.execute(table.delete().where(where),
                             [{f"_key_{k}": v for k, v in zip(key_cols, key, strict=True)}
                              for key in gone])
            delta.deleted.extend(gone)
        return delta

    def delete_where(self, conn: Connection, table: Table,
                     scope: ColumnElement[bool]) -> list[tuple]:
        from sqlalchemy import select

        key_cols = [c.name for c in table.primary_key.columns]
        gone = [tuple(r) for r in conn.execute(select(*(table.c[k] for k in key_cols))
                                               .where(scope))]
        if gone:
            conn.execute(table.delete().where(scope))
        return gone


def _lookup(conn: Connection, table: Table, key_cols: list[str],
            keys: list[tuple]) -> dict[tuple, Any]:
    """The stored rows of these keys, by key: one query per _CHUNK values of the first key
    column (not one per row: a first sync adds every row)."""
    from sqlalchemy import select

    wanted = set(keys)
    if not wanted:
        return {}
    firsts = sorted({key[0] for key in wanted})
    found = {}
    for part in _chunks(firsts):
        for row in conn.execute(select(table).where(table.c[key_cols[0]].in_(part))):
            mapping = row._mapping
            key = tuple(mapping[k] for k in key_cols)
            if key in wanted:
                found[key] = mapping
    return found


def _default(table: Table, name: str) -> Any:
    default = table.c[name].default
    return None if default is None or callable(default.arg) else default.arg


def forget_key(folder: Path) -> None:
    """The folder's key gone from the keychain and disk (with the store: `carnet org logout`
    one day)."""
    from services.security import keys

    with contextlib.suppress(OSError):
        keys.forget(folder)
