"""An organization's transactions (BILL-1): invoices, payments, credits and refunds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e
from services.domain.kinds import TransactionKind

translate = QCoreApplication.translate
DATE, KIND, DESCRIPTION, AMOUNT = range(4)


def kind_label(kind: TransactionKind) -> str:
    return {TransactionKind.INVOICE: translate("Billing", "Invoice"),
            TransactionKind.PAYMENT: translate("Billing", "Payment"),
            TransactionKind.CREDIT: translate("Billing", "Credit"),
            TransactionKind.REFUND: translate("Billing", "Refund")}[TransactionKind(kind)]


class TransactionsModel(RowsModel):
    def set_transactions(self, rows: list[e.Transaction]) -> None:
        self.set_rows(sorted(rows, key=lambda t: (t.date, t.id), reverse=True))

    def transaction(self, row: int) -> e.Transaction:
        return self._rows[row]

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("Description"), self.tr("Amount"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row(index)
        if item is None:
            return None
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
