"""Issue 13: a store that cannot be used says why, as a typed error (a problem code and the
path to name), and is never written to, "repaired" or replaced on the way."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing

import pytest

from services.domain.entities import Person
from services.store.db import STORE_FILE
from services.store.errors import Problem, StoreError
from services.store.store import Store
from tests.services.store.bad_inputs import (
    MAKERS,
    disk_full,
    filled,
    restore_permissions,
    snapshot,
)

EXPECTED = {"garbage": Problem.DAMAGED, "truncated": Problem.DAMAGED,
            "not-a-folder": Problem.NOT_A_FOLDER, "read-only": Problem.READ_ONLY,
            "not-yours": Problem.NOT_YOURS}


@pytest.mark.parametrize("bad", sorted(MAKERS))
def test_opening_a_bad_store_is_a_typed_error_and_touches_nothing(tmp_path, demo, bad):
    folder = tmp_path / "data"
    named = MAKERS[bad](folder, demo)
    before, mode = snapshot(folder), stat.S_IMODE(folder.stat().st_mode)
    try:
        with pytest.raises(StoreError) as raised:
            Store.open(folder)
        assert raised.value.problem is EXPECTED[bad]
        assert raised.value.path == named
        assert snapshot(folder) == before
        assert stat.S_IMODE(folder.stat().st_mode) == mode  # never "repaired"
    finally:
        restore_permissions(folder)


@pytest.mark.parametrize("keep", [0.1, 0.35, 0.5, 0.75, 0.9, 0.99])
def test_a_store_cut_anywhere_is_damaged(tmp_path, demo, keep):
    folder = tmp_path / "data"
    path = filled(folder, demo)
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])
    with pytest.raises(StoreError) as raised:
        Store.open(folder)
    assert raised.value.problem is Problem.DAMAGED and raised.value.path == path
    assert path.read_bytes() == data[:int(len(data) * keep)]


def test_a_store_file_that_is_read_only(tmp_path, demo):
    path = filled(tmp_path / "data", demo)
    path.chmod(0o400)
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path / "data")
    assert raised.value.problem is Problem.READ_ONLY and raised.value.path == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o400


def test_not_yours_without_being_root(tmp_path, demo, monkeypatch):
    """A fault injected where root cannot make one honestly: another user's uid."""
    filled(tmp_path / "data", demo)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path / "data")
    assert raised.value.problem is Problem.NOT_YOURS


def test_a_damaged_page_met_later_is_damaged_too(tmp_path, demo):
    """Damage the header check cannot see (a page overwritten in place) shows when it is
    read: a typed error there as well, not sqlite3's."""
    path = filled(tmp_path / "data", demo)
    with closing(sqlite3.connect(path)) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [n for (n,) in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('persons', 'occurrences')")]
    data = bytearray(path.read_bytes())
    for root in roots:  # pages that opening the store does not read
        start = (root - 1) * page
        data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    store = Store.open(tmp_path / "data")
    try:
        with pytest.raises(StoreError) as raised, store.read() as conn:
            store.all(conn, Person)
        assert raised.value.problem is Problem.DAMAGED and raised.value.path == path
        with pytest.raises(StoreError), store.reader() as conn:
            conn.execute("SELECT * FROM occurrences").fetchall()
    finally:
        store.close()


def test_a_full_disk_during_a_write_rolls_it_back(tmp_path, demo):
    path = filled(tmp_path / "data", demo)
    before = snapshot(tmp_path / "data")
    with disk_full():
        store = Store.open(tmp_path / "data")
        with pytest.raises(StoreError) as raised, store.write() as conn:
            store.set_meta(conn, "note", "x" * 100_000)
        store.close()
    assert raised.value.problem is Problem.FULL and raised.value.path == path
    assert snapshot(tmp_path / "data") == before


def test_other_errors_in_a_transaction_pass_through(store):
    with pytest.raises(ZeroDivisionError), store.write() as conn:
        store.set_meta(conn, "x", "1")
        raise ZeroDivisionError


def test_a_new_folder_is_owner_only_and_an_existing_one_is_only_tightened(tmp_path):
    Store.open(tmp_path / "new").close()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / STORE_FILE).stat().st_mode) == 0o600
    (tmp_path / "shared").mkdir(mode=0o755)
    (tmp_path / "shared").chmod(0o755)
    Store.open(tmp_path / "shared").close()
    assert stat.S_IMODE((tmp_path / "shared").stat().st_mode) == 0o700
