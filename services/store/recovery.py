"""Starting again from a store that cannot be read (a lost key, a damaged file), asked for by
the person (`carnet recover`, the window's dialog): the unreadable copy is renamed beside the
new one, never deleted; the fresh store keeps the account (server and username, readable
without the key when the file is) so the next sync downloads it again; the unsent edits that
could not be read are counted for the person."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from services.store.db import STORE_FILE
from services.store.errors import RECOVERABLE, Problem, StoreError
from services.store.reads import LANG, SERVER, USERNAME
from services.store.store import Store

log = logging.getLogger(__name__)
SIDECARS = ("-wal", "-shm")  # SQLite's files beside the store: they move with it


@dataclass(frozen=True)
class Recovered:
    problem: Problem
    aside: Path  # the unreadable store, renamed
    unsent: int | None  # edits not sent that it held; None when they could not be counted
    key_aside: Path | None = None  # the wrong or damaged key file, renamed
    account: tuple[str | None, str | None] = (None, None)  # server, username


def diagnose(data_dir: Path) -> StoreError | None:
    """What is wrong that recovery helps with, None when the store is sound. A problem with
    the folder (not a folder, read-only, not yours, full) is raised: recovery cannot help."""
    try:
        store = Store.open(data_dir)
        try:
            store.check_key()
            with store.reader() as conn:
                if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                    raise StoreError(Problem.DAMAGED, store.path, "quick_check")
        finally:
            store.close()
    except StoreError as error:
        if error.problem not in RECOVERABLE:
            raise
        return error
    return None


def _query(path: Path, sql: str, *params: object) -> list[tuple]:
    """A read of the unreadable store with plain sqlite3, read-only; [] when it fails."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return []


def _account(path: Path) -> dict[str, str]:
    rows = _query(path, 'SELECT "key", value FROM meta WHERE "key" IN (?, ?, ?)',
                  SERVER, USERNAME, LANG)
    return {key: value for key, value in rows if value}


def _unsent(path: Path) -> int | None:
    rows = _query(path, "SELECT count(*) FROM outbox")
    return rows[0][0] if rows else None


def _aside_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in range(1000):
        extra = f"-{number}" if number else ""
        candidate = path.with_name(f"{path.stem}-unreadable-{stamp}{extra}{path.suffix}")
        if not any(os.path.lexists(f"{candidate}{s}") for s in ("", *SIDECARS)):
            return candidate
    raise FileExistsError(path)


def _set_aside(path: Path) -> Path:
    """The store and its sidecars renamed together (sidecars first: a stale -wal left beside a
    new store would be replayed into it)."""
    aside = _aside_name(path)
    for sidecar in SIDECARS:
        if os.path.lexists(f"{path}{sidecar}"):
            os.rename(f"{path}{sidecar}", f"{aside}{sidecar}")
    os.rename(path, aside)
    return aside


def recover(data_dir: Path) -> Recovered:
    """LookupError when there is nothing to recover; StoreError for a folder problem."""
    from services.security import keys

    problem = diagnose(data_dir)
    if problem is None:
        raise LookupError(f"the store in {data_dir} is sound")
    path = data_dir / STORE_FILE
    account, unsent = _account(path), _unsent(path)
    aside = _set_aside(path)
    key_aside = None
    if problem.problem is Problem.KEY_LOST:
        key_aside = keys.set_aside(data_dir, aside.stem.removeprefix(path.stem + "-"))
    store = Store.open(data_dir)
    try:
        store.check_key()
        with store.write() as conn:
            for key, value in account.items():
                store.set_meta(conn, key, value)
    finally:
        store.close()
    log.warning("store recovered from %s: kept as %s, %s unsent edits unread",
                problem.problem, aside.name, unsent)
    return Recovered(problem.problem, aside, unsent, key_aside,
                     (account.get(SERVER), account.get(USERNAME)))
