"""Issue 13: a lost or damaged store key is found by a sealed canary (or a sealed value) and
said, never replaced by a new key in silence; recovery keeps the unreadable copy aside and
starts a fresh store for the same account."""

from __future__ import annotations

import pytest

from services.domain.entities import Person
from services.security.keys import KEY_FILE, SERVICE, key_name
from services.store import dataset_io, reads
from services.store.db import STORE_FILE
from services.store.errors import Problem, StoreError
from services.store.recovery import recover
from services.store.store import CANARY, Store
from tests.services.store.bad_inputs import (
    KEY_LOSSES,
    filled,
    keychain_names,
    snapshot,
    with_unsent_edits,
)


@pytest.mark.parametrize("loss", sorted(KEY_LOSSES))
def test_a_lost_key_is_said_and_no_new_key_is_made(tmp_path, demo, loss):
    folder = tmp_path / "data"
    KEY_LOSSES[loss](folder, demo)
    before, keys_before = snapshot(folder), keychain_names()
    store = Store.open(folder)  # opening needs no key: the first paint reads clear data
    try:
        with pytest.raises(StoreError) as raised:
            store.check_key()
        assert raised.value.problem is Problem.KEY_LOST
        assert raised.value.path == folder / STORE_FILE
        with pytest.raises(StoreError), store.read() as conn:  # nor later, by a read
            store.all(conn, Person)
    finally:
        store.close()
    assert snapshot(folder) == before
    assert keychain_names() == keys_before


def test_the_canary_is_written_with_the_first_sealed_value(tmp_path, demo, memory_keyring):
    store = Store.open(tmp_path / "s")
    with store.read() as conn:
        assert store.get_meta(conn, CANARY) is None
    dataset_io.load(store, demo)
    with store.read() as conn:
        canary = store.get_meta(conn, CANARY)
    store.close()
    assert canary and canary.startswith("s1:")
    assert memory_keyring.get_password(SERVICE, key_name(tmp_path / "s"))


def without_canary(folder, demo):
    """A filled store as it was before the canary existed."""
    filled(folder, demo)
    store = Store.open(folder)
    with store.write() as conn:
        conn.exec_driver_sql("DELETE FROM meta WHERE key = ?", (CANARY,))
    store.close()
    return folder


def test_a_store_from_before_the_canary_gets_one_when_its_key_opens_a_value(tmp_path, demo):
    folder = without_canary(tmp_path / "data", demo)
    again = Store.open(folder)
    again.check_key()
    with again.read() as conn:
        assert again.get_meta(conn, CANARY) is not None
        assert again.get(conn, Person, 201).first_name
    again.close()


def test_an_empty_store_gets_its_canary_at_the_key_check(tmp_path):
    store = Store.open(tmp_path / "s")
    store.check_key()
    with store.read() as conn:
        assert store.get_meta(conn, CANARY) is not None
    store.close()


def test_a_store_without_canary_and_with_a_wrong_key_is_refused(tmp_path, demo):
    import keyring

    from services.security.crypto import new_key

    folder = without_canary(tmp_path / "data", demo)
    keyring.set_password(SERVICE, key_name(folder), new_key().decode())
    with pytest.raises(StoreError) as raised:
        Store.open(folder).check_key()
    assert raised.value.problem is Problem.KEY_LOST


@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
@pytest.mark.parametrize("loss", sorted(KEY_LOSSES))
def test_recovery_keeps_the_copy_aside_and_starts_fresh_for_the_account(tmp_path, demo, loss):
    folder = tmp_path / "data"
    KEY_LOSSES[loss](folder, demo)
    original = snapshot(folder)[STORE_FILE]
    done = recover(folder)
    assert done.unsent == 2
    assert done.aside.parent == folder and done.aside.exists()
    assert snapshot(done.aside)[done.aside.name] == original
    store = Store.open(folder)
    try:
        store.check_key()
        with store.reader() as conn:
            assert reads.meta(conn, reads.SERVER) == "https://platform.example.ca"
            assert reads.meta(conn, reads.USERNAME) == "famille.tremblay@example.ca"
            assert reads.outbox_counts(conn) == (0, 0)
            assert reads.person_names(conn) == []
        with store.read() as conn:
            assert store.get_meta(conn, CANARY) is not None
    finally:
        store.close()


@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
def test_recovery_keeps_a_damaged_key_file_aside(tmp_path, demo):
    folder = tmp_path / "data"
    KEY_LOSSES["key-file-damaged"](folder, demo)
    done = recover(folder)
    kept = [p for p in folder.iterdir() if p.name.startswith(KEY_FILE) and p.name != KEY_FILE]
    assert [p.read_bytes() for p in kept] == [b"not a key\n"]
    assert done.key_aside == kept[0]


@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
def test_recovery_keeps_a_replaced_keychain_entry(tmp_path, demo, memory_keyring):
    folder = tmp_path / "data"
    KEY_LOSSES["keychain-entry-replaced"](folder, demo)
    old = memory_keyring.get_password(SERVICE, key_name(folder))
    recover(folder)
    kept = [v for (_, n), v in memory_keyring.secrets.items()
            if n.startswith(key_name(folder) + ":unreadable")]
    assert kept == [old]
    assert memory_keyring.get_password(SERVICE, key_name(folder)) != old


@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
def test_recovery_of_a_damaged_store(tmp_path, demo):
    folder = tmp_path / "data"
    path = with_unsent_edits(folder, demo)
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    done = recover(folder)
    assert done.aside.read_bytes() == data[:len(data) // 2]
    assert done.unsent in (None, 2)  # counted when the damage spares the outbox
    Store.open(folder).close()


def test_recovery_of_a_sound_store_is_refused(tmp_path, demo):
    filled(tmp_path / "data", demo)
    before = snapshot(tmp_path / "data")
    with pytest.raises(LookupError):
        recover(tmp_path / "data")
    assert snapshot(tmp_path / "data") == before
