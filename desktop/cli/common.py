"""What the commands share: translation, known errors, opening the store."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from services.store.store import Store

translate = QCoreApplication.translate


class CliError(Exception):
    """A known problem, already worded for the user."""


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style %1, %2 … placeholders (translators may reorder them)."""
    for index, value in enumerate(args, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Félix' matches 'felix'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def open_store(data_dir: Path) -> Store:
    """The folder's store, its key checked (a lost key is said before anything needs it), its
    private values kept from the log."""
    from services.security.keys import KeyLocation

    store = Store.open(data_dir)
    try:
        store.check_key()
        store.remember_private()  # kept from the log from now on (issue 14)
    except BaseException:
        store.close()
        raise
    if store.key.created and store.key.location is KeyLocation.FILE:
        notice = translate("Cli", "No usable OS keychain: the store key is kept in %1, "
                           "readable only by you.")
        print(fmt(notice, store.key.path), file=sys.stderr)
    return store


def account_of(store: Store):
    """The account (entities.Account) this folder holds, None when it is empty."""
    from services.domain.entities import Account

    with store.read() as conn:
        accounts = store.all(conn, Account)
    return accounts[0] if accounts else None
