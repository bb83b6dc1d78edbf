"""Before SQLite touches anything: is the data folder a folder, the user's, writable; does the
store file look like a whole SQLite database? Each answer that is no is a StoreError naming the
file or folder. Nothing here writes, chmods or "repairs" what it finds."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from services.store.errors import Problem, StoreError, translated

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


def _owned(st: os.stat_result) -> bool:
    return os.name != "posix" or st.st_uid == os.getuid()


def _may_write(path: Path, st: os.stat_result, mode: int) -> bool:
    """The system's answer, and the owner's own write bit: root writes anywhere, yet a folder
    its owner made read-only is not Carnet's to write in."""
    declared = not _owned(st) or bool(st.st_mode & stat.S_IWUSR)
    return declared and os.access(path, mode)


def _nearest_existing(path: Path) -> Path:
    while not os.path.lexists(path) and path.parent != path:
        path = path.parent
    return path


def check_folder(data_dir: Path) -> None:
    """The data folder, or the folder it will be made in: a folder, the user's, writable."""
    with translated(data_dir):
        existing = _nearest_existing(data_dir)
        if not existing.is_dir():
            raise StoreError(Problem.NOT_A_FOLDER, existing)
        st = existing.stat()
        if existing == data_dir and not _owned(st):
            raise StoreError(Problem.NOT_YOURS, data_dir)
        if not _may_write(existing, st, os.W_OK | os.X_OK):
            raise StoreError(Problem.READ_ONLY, existing)


def check_file(path: Path) -> None:
    """An existing store file: a file, the user's, writable, and a whole SQLite database."""
    with translated(path):
        if not os.path.lexists(path):
            return
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(Problem.DAMAGED, path, "not a file")
        if not _owned(st):
            raise StoreError(Problem.NOT_YOURS, path)
        if not _may_write(path, st, os.R_OK | os.W_OK):
            raise StoreError(Problem.READ_ONLY, path)
        _check_header(path, st.st_size)


def _wal_in_use(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check_header(path: Path, size: int) -> None:
    """Cut or foreign files, told from the header alone (a few bytes: no cost at start)."""
    if size == 0:
        return  # a new store
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(HEADER):
        raise StoreError(Problem.DAMAGED, path, "not an SQLite database")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise StoreError(Problem.DAMAGED, path, "cut short")
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid (SQLite's rule)
    if counted and pages * page_size > size and not _wal_in_use(path):
        raise StoreError(Problem.DAMAGED, path, "cut short")
