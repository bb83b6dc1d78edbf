from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from services.domain.demo import ALLERGY_FELIX, SIN_ETIENNE, SIN_GENEVIEVE
from services.domain.entities import Person
from services.security.crypto import DecryptionError, new_key
from services.security.keys import KEY_FILE, SERVICE, KeyLocation, StoreKey, key_name
from services.store import dataset_io
from services.store.db import HEAD_REVISION, STORE_FILE, alembic_config
from services.store.schema import metadata
from services.store.store import Store


def test_pragmas_on_every_connection(store):
    with store.read() as conn:
        values = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                  for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "busy_timeout": 5000}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_store_is_owner_only(store):
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def include_name(name, type_, parent_names):  # the FTS5 search index is made by SQL (0006)
    return not (type_ == "table" and name.startswith("search_index"))


# SQLAlchemy does not reflect indexes on expressions: that one is compared by its SQL below.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrations_reach_head_and_match_the_schema(store):
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head == HEAD_REVISION
    with store.read() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, metadata)
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :name"),
                           {"name": "ix_occurrences_span"}).scalar()
    assert diff == [], "schema.py changed without a migration"
    assert sql is not None and '"end" - start' in sql


def test_export_equals_loaded_dataset(demo_store, demo):
    expected = demo.model_copy(update={
        "accounts": [demo.accounts[0].model_copy(update={"password": None})]})
    assert dataset_io.export(demo_store) == expected


def test_reopen_reads_everything_back(tmp_path, demo):
    first = Store.open(tmp_path / "s")
    dataset_io.load(first, demo)
    first.close()
    again = Store.open(tmp_path / "s")
    with again.read() as conn:
        etienne = again.get(conn, Person, 201)
        felix = again.get(conn, Person, 204)
    again.close()
    assert etienne.sin == SIN_ETIENNE
    assert felix.medical_information.allergies == ALLERGY_FELIX


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_secrets_never_in_the_file_bytes(demo_store):
    with demo_store.write() as conn:  # a checkpoint too: the text must be absent everywhere
        conn.exec_driver_sql("SELECT 1")
    raw = _all_bytes(demo_store.path.parent)
    assert b"Tremblay" in raw  # the test can see plain text: names are clear on purpose
    for secret in (SIN_ETIENNE, SIN_GENEVIEVE, ALLERGY_FELIX, "Arachides", "TREE 8405",
                   "Asthme", "Peut venir chercher"):
        assert secret.encode() not in raw, secret


def test_key_lives_in_the_keychain(tmp_path, memory_keyring):
    opened = Store.open(tmp_path / "k")
    opened.close()
    assert opened.key.location is KeyLocation.KEYCHAIN
    assert memory_keyring.get_password(SERVICE, key_name(tmp_path / "k"))
    assert not (tmp_path / "k" / KEY_FILE).exists()
    assert Store.open(tmp_path / "k").key.key == opened.key.key


def test_without_keychain_an_owner_only_key_file(tmp_path, demo):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    opened = Store.open(tmp_path / "f")
    dataset_io.load(opened, demo)
    opened.close()
    key_file = tmp_path / "f" / KEY_FILE
    assert opened.key.location is KeyLocation.FILE and opened.key.created
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert SIN_ETIENNE.encode() not in _all_bytes(tmp_path / "f")
    again = Store.open(tmp_path / "f")
    assert again.key.key == key_file.read_bytes() and not again.key.created
    with again.read() as conn:
        assert again.get(conn, Person, 201).sin == SIN_ETIENNE
    again.close()


def test_a_wrong_key_is_an_error_not_garbage(demo_store):
    stranger = Store(demo_store.path, StoreKey(new_key(), KeyLocation.FILE, False))
    with stranger.read() as conn, pytest.raises(DecryptionError):
        stranger.get(conn, Person, 201)


def test_store_file_name(store):
    assert store.path.name == STORE_FILE


def test_two_processes_writing_wait_for_each_other(tmp_path):
    """The window's edits and the sync process write the same file: a write that read first
    must wait for the other's commit, not fail with "database is locked"."""
    first, second = Store.open(tmp_path / "s"), Store.open(tmp_path / "s")
    has_read, other_done, errors = threading.Event(), threading.Event(), []

    def other() -> None:
        has_read.wait(5)
        try:
            with second.write() as conn:
                second.set_meta(conn, "other", "1")
        except Exception as exc:
            errors.append(exc)
        other_done.set()

    worker = threading.Thread(target=other)
    worker.start()
    with first.write() as conn:
        first.get_meta(conn, "other")  # a read inside the write transaction
        has_read.set()
        other_done.wait(0.5)  # a deferred BEGIN let the other commit here
        first.set_meta(conn, "mine", "1")
    worker.join(10)
    assert errors == []
    with first.read() as conn:
        assert (first.get_meta(conn, "mine"), first.get_meta(conn, "other")) == ("1", "1")
    first.close()
    second.close()


def test_reads_keep_their_connection_until_the_store_closes(store):
    """reader() takes the connection the last read gave back (its pragmas and the schema
    parsed once, issue 20); each read is still its own snapshot; close() drops them, and a
    store file replaced after forget() is read anew."""
    with store.reader() as first:
        assert first.execute("PRAGMA query_only").fetchone() == (1,)
        assert first.in_transaction
    with store.reader() as again:
        assert again is first and again.in_transaction
    assert not first.in_transaction  # rolled back in between: the next read sees new writes
    with store.write() as conn:
        store.set_meta(conn, "probe", "written")
    with store.reader() as again:
        assert again is first
        assert again.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone() == (
            "written",)
    with store.reader() as busy, store.reader() as beside:  # two at once: two connections
        assert busy is not beside
    store.close()
    with store.reader() as fresh:
        assert fresh is not first and fresh is not busy and fresh is not beside
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")  # closed by close()


def test_a_connection_reading_while_the_store_closes_is_not_kept(store):
    with store.reader() as reading:
        store.forget()  # the file may be replaced now
    with store.reader() as fresh:
        assert fresh is not reading
    with pytest.raises(sqlite3.ProgrammingError):
        reading.execute("SELECT 1")


def test_after_forget_no_read_keeps_the_file_open(store, tmp_path):
    """A read that starts after forget() (the reminders' timer, while the recovery dialog is
    open) does not keep its connection: the file can be set aside and replaced, and the next
    read is of the new file."""
    with store.write() as conn:
        store.set_meta(conn, "probe", "old")
    store.forget()
    with store.reader() as reading:
        assert reading.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone() == (
            "old",)
    with pytest.raises(sqlite3.ProgrammingError):
        reading.execute("SELECT 1")  # closed once given back: nothing holds the old file
    aside = tmp_path / "aside"
    aside.mkdir()
    for path in store.path.parent.glob(store.path.name + "*"):
        path.rename(aside / path.name)
    fresh = Store.open(store.path.parent)
    with fresh.write() as conn:
        fresh.set_meta(conn, "probe", "new")
    fresh.close()
    with store.reader() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone() == ("new",)
