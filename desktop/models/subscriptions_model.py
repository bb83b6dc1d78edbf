"""Email subscriptions (COMMS-2): per organization, and for the platform's own notifications,
a check box for its emails and one for its calendar invitations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e

NAME, EMAILS, INVITATIONS = range(3)
FIELDS = {EMAILS: "emails", INVITATIONS: "calendar_invitations"}


class SubscriptionsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Asked before a box changes: (subscription, field, checked) → the change is on its
        # way (the box shows it) or not (the box stays).
        self.change: Callable[[e.Subscription, str, bool], bool] = lambda *_: False

    def set_subscriptions(self, rows: list[tuple[e.Subscription, str]]) -> None:
        """(subscription, organization's name) rows; the same again: no reset."""
        if rows != self._rows:
            self.set_rows(rows)

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Organization"), self.tr("Emails"), self.tr("Calendar invitations"))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in FIELDS else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is None:
            return None
        subscription, name = row
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
