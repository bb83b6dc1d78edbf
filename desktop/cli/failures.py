"""What a command says when it fails for something other than a CliError: a store problem, an
environmental error (the disk, the data or log folder, SQLite), or a bug. Never a traceback on
the terminal: a message in the user's language and a line in the log (the bug's traceback goes
to the log only, through desktop.crash)."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from pathlib import Path

from desktop.cli.common import fmt, translate
from desktop.store_problems import describe, recover_hint
from services.store import paths
from services.store.db import STORE_FILE
from services.store.errors import Problem, StoreError, classify

log = logging.getLogger("carnet.cli")


def _say(text: str) -> None:
    print(fmt(translate("Cli", "Error: %1"), text), file=sys.stderr)


def store_problem(error: StoreError) -> int:
    log.error("store problem: %s at %s (%s)", error.problem, error.path, error.detail)
    hint = recover_hint(error.problem)
    _say(describe(error.problem, error.path, error.detail) + (f" {hint}" if hint else ""))
    return 2


def _store_path(args: argparse.Namespace) -> Path:
    try:
        return paths.data_dir(getattr(args, "data_dir", None)) / STORE_FILE
    except Exception:  # no data folder can even be named: say the file's name
        return Path(STORE_FILE)


def _database_error(error: BaseException) -> bool:
    return isinstance(error, sqlite3.Error) or isinstance(getattr(error, "orig", None),
                                                          sqlite3.Error)


def unexpected(error: Exception, args: argparse.Namespace) -> int:
    from services.security.crypto import DecryptionError

    store = _store_path(args)
    if isinstance(error, DecryptionError):  # a sealed value the checked key does not open
        return store_problem(StoreError(Problem.KEY_LOST, store, str(error)))
    found = classify(error, store)
    if found is not None:
        return store_problem(found)
    if _database_error(error):
        return store_problem(StoreError(Problem.UNAVAILABLE, store, str(error)))
    if isinstance(error, OSError):
        where = error.filename or store.parent
        return store_problem(StoreError(Problem.UNAVAILABLE, Path(where),
                                        error.strerror or type(error).__name__))
    return _bug(error)


def _bug(error: Exception) -> int:
    from desktop import crash
    from desktop.logs import LOG_FILE

    crash.report(type(error), error, error.__traceback__)
    _say(translate("Cli", "Carnet ran into a problem it did not expect. Your saved data is "
                   "safe; the details were written to %1.").replace(
        "%1", str(paths.log_dir() / LOG_FILE)))
    return 1
