"""The store's encryption key: in the OS keychain, or an owner-only file when there is none.

SPEC SYNC-5 wants keys in the keychain. Some machines have no usable backend (headless Linux):
then the key goes to a 0600 file beside the store and the caller is told, never plain text.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backends.fail
from keyring.errors import KeyringError

from services.security.crypto import new_key

log = logging.getLogger(__name__)

SERVICE = "Carnet"
KEY_FILE = "store.key"


class KeyLocation(StrEnum):
    KEYCHAIN = "keychain"
    FILE = "file"


@dataclass(frozen=True)
class StoreKey:
    key: bytes
    location: KeyLocation
    created: bool
    path: Path | None = None  # the key file, when location is FILE


def keychain_usable() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def key_name(data_dir: Path) -> str:
    """One key per data folder, so two folders (two accounts, tests) never share one."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"store-key:{digest}"


def _write_owner_only(path: Path, data: bytes) -> None:
    """All of it or no file: a key file cut short by a full disk would read as a damaged key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)  # ours, made just now
        raise


def load(data_dir: Path) -> StoreKey | None:
    """The key of the store in `data_dir` if one is kept (file or keychain); None otherwise.
    A keychain that fails to answer is reported as no key: never a reason to make a new one."""
    path = data_dir / KEY_FILE
    if path.exists():
        return StoreKey(path.read_bytes().strip(), KeyLocation.FILE, False, path)
    if keychain_usable():
        try:
            stored = keyring.get_password(SERVICE, key_name(data_dir))
        except KeyringError as exc:
            log.warning("OS keychain did not give the store key (%s)", type(exc).__name__)
            return None
        if stored:
            return StoreKey(stored.encode(), KeyLocation.KEYCHAIN, False)
    return None


def create(data_dir: Path) -> StoreKey:
    """A new key for a store that has nothing sealed yet (see services.store.canary)."""
    if keychain_usable():
        key = new_key()
        try:
            keyring.set_password(SERVICE, key_name(data_dir), key.decode())
            return StoreKey(key, KeyLocation.KEYCHAIN, True)
        except KeyringError as exc:
            log.warning("OS keychain refused the store key (%s); using a key file",
                        type(exc).__name__)
    key = new_key()
    path = data_dir / KEY_FILE
    _write_owner_only(path, key)
    log.info("No usable OS keychain: the store key is kept in an owner-only file")
    return StoreKey(key, KeyLocation.FILE, True, path)


def keep(data_dir: Path, key: bytes) -> None:
    """The key kept in the keychain for `data_dir` (a folder the store moved to: SET-2).
    KeyringError when the keychain refuses: the caller keeps the old folder."""
    keyring.set_password(SERVICE, key_name(data_dir), key.decode())


def set_aside(data_dir: Path, suffix: str) -> Path | None:
    """Recovery: the folder's key (a wrong or damaged one) kept under another name, never
    deleted: the key file renamed beside it, the keychain entry copied to a new entry. Returns
    the renamed key file, if there was one."""
    path = data_dir / KEY_FILE
    kept = None
    if path.exists():
        kept = path.with_name(f"{KEY_FILE}.{suffix}")
        os.rename(path, kept)
    if keychain_usable():
        name = key_name(data_dir)
        with contextlib.suppress(KeyringError):
            stored = keyring.get_password(SERVICE, name)
            if stored:
                keyring.set_password(SERVICE, f"{name}:{suffix}", stored)
                keyring.delete_password(SERVICE, name)
    return kept


def forget(data_dir: Path) -> None:
    """Remove this folder's key from the keychain and disk (sign out with data removal)."""
    path = data_dir / KEY_FILE
    if path.exists():
        path.unlink()
    if keychain_usable():
        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE, key_name(data_dir))
