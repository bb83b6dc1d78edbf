"""Bad local inputs made for real (issue 13): a damaged store file, a data folder that is a
file, read-only or another user's, a full disk, a lost key. Shared by the store, CLI and window
tests; each maker returns the path the message must name."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from services.domain.dataset import Dataset
from services.store import dataset_io, db
from services.store.db import STORE_FILE
from services.store.store import Store

OTHER_UID = 65534  # nobody


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below `folder` (or the file itself) and the hash of its bytes."""
    if folder.is_file():
        return {folder.name: hashlib.sha256(folder.read_bytes()).hexdigest()}
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def filled(folder: Path, demo: Dataset) -> Path:
    """A real store holding the demo family, closed (its WAL checkpointed into the file)."""
    store = Store.open(folder)
    dataset_io.load(store, demo)
    store.close()
    return folder / STORE_FILE


def garbage(folder: Path, demo: Dataset, seed: int = 13) -> Path:
    folder.mkdir(parents=True)
    path = folder / STORE_FILE
    path.write_bytes(hashlib.sha256(str(seed).encode()).digest() * 400)
    return path


def truncated(folder: Path, demo: Dataset, keep: float = 0.6) -> Path:
    path = filled(folder, demo)
    data = path.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])
    return path


def not_a_folder(folder: Path, demo: Dataset) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("my notes, not a folder\n", encoding="utf-8")
    return folder


def read_only(folder: Path, demo: Dataset) -> Path:
    """The owner's write permission taken away. Root ignores it, so Carnet must honour the
    folder's mode itself; tests/desktop/test_cli_bad_input.py also runs `carnet` as another
    user for an honest EACCES."""
    filled(folder, demo)
    folder.chmod(0o500)
    return folder


def not_yours(folder: Path, demo: Dataset) -> Path:
    filled(folder, demo)
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another user")
    os.chown(folder, OTHER_UID, OTHER_UID)
    return folder


MAKERS: dict[str, Callable[[Path, Dataset], Path]] = {
    "garbage": garbage, "truncated": truncated, "not-a-folder": not_a_folder,
    "read-only": read_only, "not-yours": not_yours,
}


def restore_permissions(folder: Path) -> None:
    """So that pytest can remove the temporary folder afterwards."""
    if folder.is_dir():
        folder.chmod(0o700)
        if os.getuid() == 0:
            os.chown(folder, 0, 0)


@contextmanager
def disk_full() -> Iterator[None]:
    """Every new store connection may not grow its file (SQLite's max_page_count): the
    next write that needs a page fails with "database or disk is full"."""
    original = db._set_pragmas

    def limited(conn: sqlite3.Connection, record=None) -> None:
        original(conn, record)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={max(pages, 1)}")

    mp = pytest.MonkeyPatch()
    mp.setattr(db, "_set_pragmas", limited)
    try:
        yield
    finally:
        mp.undo()


# --- a lost or damaged store key ---------------------------------------------------------------

def with_unsent_edits(folder: Path, demo: Dataset, edits: int = 2) -> Path:
    """A signed-in store holding the demo family and `edits` edits not yet sent."""
    from services.store.reads import SERVER, USERNAME
    from services.sync.operations import LocalEdits

    store = Store.open(folder)
    dataset_io.load(store, demo)
    with store.write() as conn:
        store.set_meta(conn, SERVER, "https://platform.example.ca")
        store.set_meta(conn, USERNAME, "famille.tremblay@example.ca")
    for number in range(edits):
        LocalEdits(store).update_person(203, first_name=f"Zoé {number}")
    store.close()
    return folder / STORE_FILE


def _no_keychain() -> None:
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())


def key_file_gone(folder: Path, demo: Dataset) -> Path:
    _no_keychain()
    with_unsent_edits(folder, demo)
    (folder / "store.key").unlink()
    return folder


def key_file_damaged(folder: Path, demo: Dataset) -> Path:
    _no_keychain()
    with_unsent_edits(folder, demo)
    (folder / "store.key").write_bytes(b"not a key\n")
    return folder


def keychain_entry_lost(folder: Path, demo: Dataset) -> Path:
    import keyring

    from services.security.keys import SERVICE, key_name

    with_unsent_edits(folder, demo)
    keyring.delete_password(SERVICE, key_name(folder))
    return folder


def keychain_entry_replaced(folder: Path, demo: Dataset) -> Path:
    import keyring

    from services.security.crypto import new_key
    from services.security.keys import SERVICE, key_name

    with_unsent_edits(folder, demo)
    keyring.set_password(SERVICE, key_name(folder), new_key().decode())
    return folder


def moved_folder(folder: Path, demo: Dataset) -> Path:
    """Made elsewhere and moved here: the keychain names its key from the old path."""
    elsewhere = folder.with_name(folder.name + "-before")
    with_unsent_edits(elsewhere, demo)
    elsewhere.rename(folder)
    return folder


KEY_LOSSES: dict[str, Callable[[Path, Dataset], Path]] = {
    "key-file-gone": key_file_gone, "key-file-damaged": key_file_damaged,
    "keychain-entry-lost": keychain_entry_lost, "keychain-entry-replaced":
    keychain_entry_replaced, "moved-folder": moved_folder,
}


def keychain_names() -> set[str]:
    """The keychain's store-key entries (what a silent new key would add)."""
    import keyring

    backend = keyring.get_keyring()
    return {name for _, name in getattr(backend, "secrets", {}) if name.startswith("store-key")}
