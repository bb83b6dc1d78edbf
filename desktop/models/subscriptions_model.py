"""Email subscriptions (COMMS-2): per organization, and for the platform's own notifications,
a check box for its emails and one for its calendar invitations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.models import roles
from services.domain import entities as e

NAME, EMAILS, INVITATIONS = range(3)
FIELDS = {EMAILS: "emails", INVITATIONS: "calendar_invitations"}


class SubscriptionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[e.Subscription, str]] = []
        # Asked before a box changes: (subscription, field, checked) → saved or not.
        self.change: Callable[[e.Subscription, str, bool], bool] = lambda *_: False

    def set_subscriptions(self, rows: list[tuple[e.Subscription, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Organization"), self.tr("Emails"), self.tr("Calendar invitations"))
        return titles[section] if 0 <= section < 3 else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in FIELDS else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        subscription, name = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == NAME:
            return name
        if role == Qt.ItemDataRole.CheckStateRole and column in FIELDS:
            on = getattr(subscription, FIELDS[column])
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column in FIELDS:
            return f"{name}: {self.headerData(column, Qt.Orientation.Horizontal)}"
        if role == roles.ENTRY:
            return subscription
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() not in FIELDS):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        subscription, name = self._rows[index.row()]
        field = FIELDS[index.column()]
        if not self.change(subscription, field, checked):
            return False
        self._rows[index.row()] = (subscription.model_copy(update={field: checked}), name)
        self.dataChanged.emit(index, index, [role])
        return True
