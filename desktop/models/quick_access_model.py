"""Quick-access cards (HOME-1/2): one per organization, removable or not, and why."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QUrl

from desktop.changes import Watches
from desktop.collation import name_key
from desktop.formatting import money
from desktop.models import roles
from desktop.tasks import Background
from services.domain.messages import message
from services.store import reads
from services.store.reads import QuickAccessCard
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace

__all__ = ["QuickAccessCard", "QuickAccessModel", "web_page"]  # the card type, for the views
WEB = frozenset({"https", "http"})


def web_page(address: str) -> QUrl | None:
    """An address the platform gave, if it is a web page the browser may open (HOME-1's store):
    never a file, a script or anything the system would hand to another program."""
    url = QUrl(address.strip(), QUrl.ParsingMode.StrictMode)
    if not address.strip() or not url.isValid() or url.scheme().lower() not in WEB \
            or not url.host():
        return None
    return url


class QuickAccessModel(Watches, QAbstractListModel):
    SHOWN = frozenset({R.QUICK_ACCESS, R.ORGANIZATION, R.TRANSACTION, R.CART, R.EMAIL, R.PASS})

    def __init__(self, workspace: Workspace, today: date, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.store, self.today, self.lang = workspace.store, today, workspace.lang
        self._cards: list[QuickAccessCard] = []
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        self.watch(workspace.hub)

    def refresh(self) -> None:
        """Read the cards off the window's thread; shown when read."""
        store, today = self.store, self.today

        def read() -> list[QuickAccessCard]:
            with store.reader() as conn:
                return reads.quick_access_cards(conn, today, name_key())

        self._background.run("cards", read, "the quick-access cards")

    def _loaded(self, _key: str, cards: list[QuickAccessCard]) -> None:
        if cards == self._cards:  # nothing new: the panel keeps its cards instead of
            return  # building them again every sync batch
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def card(self, row: int) -> QuickAccessCard:
        return self._cards[row]

    def store_page(self, organization: int) -> QUrl | None:
        """HOME-1: the organization's online store, when it has one the browser may open."""
        for card in self._cards:
            if card.organization.id == organization:
                return web_page(card.organization.store_url)
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.organization.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(message(b.code, self.lang) for b in card.blockers) or None
        if role == roles.ENTRY:
            return card
        if role == roles.REMOVABLE:
            return card.removable
        if role == roles.BLOCKERS:
            return [message(b.code, self.lang) for b in card.blockers]
        if role == roles.SORT:
            return money(card.balance)
        return None
