"""An organization's transactions (BILL-1): invoices, payments, credits and refunds, each
signed as it moves what the family owes (an invoice or a refund adds, a payment or a credit
takes off), with the balance after it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e
from services.domain.billing import ZERO, balance
from services.domain.kinds import TransactionKind

translate = QCoreApplication.translate
DATE, KIND, DESCRIPTION, AMOUNT, BALANCE = range(5)


def kind_label(kind: TransactionKind) -> str:
    return {TransactionKind.INVOICE: translate("Billing", "Invoice"),
            TransactionKind.PAYMENT: translate("Billing", "Payment"),
            TransactionKind.CREDIT: translate("Billing", "Credit"),
            TransactionKind.REFUND: translate("Billing", "Refund")}[TransactionKind(kind)]


class TransactionsModel(RowsModel):
    def set_transactions(self, rows: list[e.Transaction]) -> None:
        """Newest first; each row (transaction, signed amount, balance after it)."""
        running, made = ZERO, []
        for item in sorted(rows, key=lambda t: (t.date, t.id)):
            signed = balance([item])
            running += signed
            made.append((item, signed, running))
        self.set_rows(reversed(made))

    def transaction(self, row: int) -> e.Transaction:
        return self._rows[row][0]

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("Description"), self.tr("Amount"),
                self.tr("Balance"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is None:
            return None
        item, signed, after = row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(item.date), kind_label(item.kind), item.description,
                    money(signed), money(after))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == BALANCE:
            return (self.tr("Owed after this transaction") if after >= ZERO
                    else self.tr("Credit after this transaction"))
        if role == roles.ENTRY:
            return item
        if role == roles.SORT:
            return (item.date.isoformat(), str(item.kind), item.description,
                    float(signed), float(after))[column]
        return None
