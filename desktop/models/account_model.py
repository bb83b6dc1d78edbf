"""What the Settings tab shows of the account (SET-1): its username, read off the GUI thread,
again when the account changes (a username change confirmed, a sync); and where the store's
key is kept when it is not in the OS keychain (SYNC-5: an owner-only file, which Settings
says)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.models.reading import ReadsItself
from services.domain import entities as e
from services.security.keys import KeyLocation
from services.store.errors import StoreError
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store


@dataclass(frozen=True)
class AccountRead:
    account: e.Account | None
    key_file: Path | None = None  # the store's key, when kept in a file (no usable keychain)


def read_account(store: Store) -> AccountRead:
    with store.read() as conn:
        accounts = store.all(conn, e.Account)
    try:
        key = store.key
    except StoreError:  # a lost key is said by the window (store_problems), not here
        key = None
    key_file = key.path if key is not None and key.location is KeyLocation.FILE else None
    return AccountRead(accounts[0] if accounts else None, key_file)


class AccountModel(ReadsItself, QObject):
    SHOWN = frozenset({R.ACCOUNT})
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account: e.Account | None = None  # None: not read yet, or no account synced
        self.key_file: Path | None = None
        self.reading(workspace, read_account, "the account")

    @property
    def username(self) -> str | None:
        return self.account.username if self.account is not None else None

    def show(self, read: AccountRead) -> None:
        self.account, self.key_file = read.account, read.key_file
        self.loaded.emit()
