"""An organization's transactions (BILL-1): invoices, payments, credits and refunds."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.formatting import money, short_date
from desktop.models import roles
from services.domain import entities as e
from services.domain.kinds import TransactionKind

translate = QCoreApplication.translate
DATE, KIND, DESCRIPTION, AMOUNT = range(4)


def kind_label(kind: TransactionKind) -> str:
    return {TransactionKind.INVOICE: translate("Billing", "Invoice"),
            TransactionKind.PAYMENT: translate("Billing", "Payment"),
            TransactionKind.CREDIT: translate("Billing", "Credit"),
            TransactionKind.REFUND: translate("Billing", "Refund")}[TransactionKind(kind)]


class TransactionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[e.Transaction] = []

    def set_transactions(self, rows: list[e.Transaction]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda t: (t.date, t.id), reverse=True)
        self.endResetModel()

    def transaction(self, row: int) -> e.Transaction:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Date"), self.tr("Kind"), self.tr("Description"), self.tr("Amount"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(item.date), kind_label(item.kind), item.description,
                    money(item.amount))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == roles.ENTRY:
            return item
        if role == roles.SORT:
            return (item.date.isoformat(), str(item.kind), item.description,
                    float(item.amount))[column]
        return None
