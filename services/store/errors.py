"""What can be wrong with the data folder or the store file, as one typed error.

`StoreError.problem` names it and `path` is the file or folder to name; the desktop words it
in the user's language (desktop.store_problems). sqlite3 and OS errors that mean one of these
are turned into it where the store meets them (Store.open, read, write, reader)."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    DAMAGED = "StoreDamaged"  # not a database, truncated, malformed
    NOT_A_FOLDER = "StoreNotAFolder"  # the data folder (or a folder above it) is a file
    READ_ONLY = "StoreReadOnly"  # the folder or the file may not be written
    NOT_YOURS = "StoreNotYours"  # the folder or the file belongs to another user
    FULL = "StoreFull"  # "database or disk is full"
    KEY_LOST = "StoreKeyLost"  # the key that seals the private details is missing or wrong
    UNAVAILABLE = "StoreUnavailable"  # any other input/output error


# What `carnet recover` (or the window's dialog) can help with: keep the file aside, start again.
RECOVERABLE = frozenset({Problem.DAMAGED, Problem.KEY_LOST})


class StoreError(Exception):
    def __init__(self, problem: Problem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem}: {path}" + (f" ({detail})" if detail else ""))
        self.problem, self.path, self.detail = problem, path, detail


_SQLITE = {
    sqlite3.SQLITE_CORRUPT: Problem.DAMAGED,
    sqlite3.SQLITE_NOTADB: Problem.DAMAGED,
    sqlite3.SQLITE_FULL: Problem.FULL,
    sqlite3.SQLITE_READONLY: Problem.READ_ONLY,
    sqlite3.SQLITE_PERM: Problem.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: Problem.UNAVAILABLE,
    sqlite3.SQLITE_IOERR: Problem.UNAVAILABLE,
}
_ERRNO = {
    errno.ENOSPC: Problem.FULL,
    errno.EDQUOT: Problem.FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.ENOTDIR: Problem.NOT_A_FOLDER,
    errno.EIO: Problem.UNAVAILABLE,
}


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error itself, or the one SQLAlchemy wraps (DBAPIError.orig)."""
    if isinstance(error, sqlite3.Error):
        return error
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else None


def classify(error: BaseException, path: Path) -> StoreError | None:
    """The store problem an sqlite3 or OS error means, None when it is something else."""
    if isinstance(error, StoreError):
        return error
    found = _sqlite_error(error)
    if found is not None:
        code = getattr(found, "sqlite_errorcode", None)
        problem = _SQLITE.get(code & 0xFF) if isinstance(code, int) else None
        if problem is None and "disk is full" in str(found):
            problem = Problem.FULL
        return StoreError(problem, path, str(found)) if problem else None
    if isinstance(error, OSError) and error.errno in _ERRNO:
        return StoreError(_ERRNO[error.errno], Path(error.filename or path),
                          error.strerror or "")
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """sqlite3 and OS errors met inside, as StoreError; anything else passes through."""
    try:
        yield
    except Exception as error:
        found = classify(error, path)
        if found is None or found is error:
            raise
        raise found from error
