"""The store key's places (keychain, else an owner-only file): loading never makes one, making
one is explicit, and recovery keeps a wrong one under another name instead of deleting it."""

from __future__ import annotations

import os
import stat

import keyring
import keyring.backends.fail
import pytest

from services.security import keys
from services.security.crypto import new_key, usable_cipher


def test_loading_never_makes_a_key(tmp_path, memory_keyring):
    assert keys.load(tmp_path) is None
    assert memory_keyring.secrets == {} and not (tmp_path / keys.KEY_FILE).exists()


def test_a_made_key_goes_to_the_keychain_and_loads_again(tmp_path, memory_keyring):
    made = keys.create(tmp_path)
    assert made.created and made.location is keys.KeyLocation.KEYCHAIN
    loaded = keys.load(tmp_path)
    assert loaded.key == made.key and not loaded.created


def test_without_a_keychain_the_key_file_is_owner_only(tmp_path):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    made = keys.create(tmp_path)
    assert made.location is keys.KeyLocation.FILE and keys.load(tmp_path).key == made.key
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600


def test_a_key_file_cut_by_a_full_disk_is_not_left_behind(tmp_path, monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        keys.create(tmp_path)
    assert not (tmp_path / keys.KEY_FILE).exists()


def test_a_damaged_key_is_no_cipher():
    assert usable_cipher(b"not a key") is None
    assert usable_cipher(b"c2hvcnQ=") is None  # base64, but 5 bytes
    assert usable_cipher(new_key()) is not None


def test_set_aside_renames_the_file_and_copies_the_keychain_entry(tmp_path, memory_keyring):
    (tmp_path / keys.KEY_FILE).write_bytes(b"damaged")
    memory_keyring.set_password(keys.SERVICE, keys.key_name(tmp_path), "old")
    kept = keys.set_aside(tmp_path, "unreadable-1")
    assert kept == tmp_path / f"{keys.KEY_FILE}.unreadable-1"
    assert kept.read_bytes() == b"damaged" and not (tmp_path / keys.KEY_FILE).exists()
    name = keys.key_name(tmp_path)
    assert memory_keyring.get_password(keys.SERVICE, f"{name}:unreadable-1") == "old"
    assert memory_keyring.get_password(keys.SERVICE, name) is None
