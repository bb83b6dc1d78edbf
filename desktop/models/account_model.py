"""What the Settings tab shows of the account (SET-1): its username, read off the GUI thread,
again when the account changes (a username change confirmed, a sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.models.reading import ReadsItself
from services.domain import entities as e
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store


def read_account(store: Store) -> e.Account | None:
    with store.read() as conn:
        accounts = store.all(conn, e.Account)
    return accounts[0] if accounts else None


class AccountModel(ReadsItself, QObject):
    SHOWN = frozenset({R.ACCOUNT})
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account: e.Account | None = None  # None: not read yet, or no account synced
        self.reading(workspace, read_account, "the account")

    @property
    def username(self) -> str | None:
        return self.account.username if self.account is not None else None

    def show(self, account: e.Account | None) -> None:
        self.account = account
        self.loaded.emit()
