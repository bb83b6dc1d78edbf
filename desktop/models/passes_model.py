"""Passes (BILL-1): tokens left or unlimited, validity, for the family or for one person."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.formatting import short_date
from desktop.models import roles
from services.domain import entities as e

NAME, HOLDER, TOKENS, VALIDITY = range(4)


class PassesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[e.Pass, str]] = []

    def set_passes(self, rows: list[tuple[e.Pass, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Pass"), self.tr("For"), self.tr("Tokens left"), self.tr("Valid"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, holder = self._rows[index.row()]
        if role == roles.ENTRY:
            return item
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        tokens = self.tr("Unlimited") if item.has_unlimited_tokens else str(item.tokens_left or 0)
        validity = self.tr("%1 to %2").replace("%1", short_date(item.valid_from)).replace(
            "%2", short_date(item.valid_to))
        who = self.tr("The whole family") if item.is_family_pass else holder
        return (item.name, who, tokens, validity)[index.column()]
