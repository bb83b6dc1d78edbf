"""Quick-access cards (HOME-1/2): one per organization, removable or not, and why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QThreadPool

from desktop.formatting import money
from desktop.models import roles
from desktop.models.background import Background
from desktop.models.refreshing import RefreshesOnChanges
from services.domain.messages import message
from services.store import reads
from services.store.reads import QuickAccessCard
from services.store.store import Store


class QuickAccessModel(RefreshesOnChanges, QAbstractListModel):
    SHOWN_TYPES = frozenset({"QuickAccess", "Organization", "Transaction", "Cart", "Email",
                             "Pass"})

    def __init__(self, store: Store, today: date, lang: str = "fr",
                 parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.store, self.today, self.lang = store, today, lang
        self._cards: list[QuickAccessCard] = []
        self._background = Background(self, pool)
        self._background.done.connect(self._loaded)

    def refresh(self) -> None:
        """Read the cards off the window's thread; shown when read."""
        store, today = self.store, self.today

        def read() -> list[QuickAccessCard]:
            with store.reader() as conn:
                return reads.quick_access_cards(conn, today)

        self._background.run("cards", read)

    def _loaded(self, _key: str, cards: list[QuickAccessCard] | None) -> None:
        if cards is None or cards == self._cards:  # failed (logged), or nothing new: the
            return  # panel keeps its cards instead of building them again every sync batch
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def card(self, row: int) -> QuickAccessCard:
        return self._cards[row]

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
