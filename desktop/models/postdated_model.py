"""Postdated payments (HOME-7): a table of every postdated payment, any organization."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
)

from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.background import Background
from desktop.models.refreshing import RefreshesOnChanges
from desktop.models.rows_model import RowsModel
from services.domain.kinds import PaymentStatus
from services.store import reads
from services.store.store import Store

translate = QCoreApplication.translate
DUE, ORGANIZATION, AMOUNT, METHOD, STATUS = range(5)


def status_label(status: PaymentStatus) -> str:
    return {
        PaymentStatus.SCHEDULED: translate("Payments", "Scheduled"),
        PaymentStatus.PROCESSING: translate("Payments", "Processing"),
        PaymentStatus.ACCEPTED: translate("Payments", "Accepted"),
        PaymentStatus.REFUSED: translate("Payments", "Refused"),
    }[PaymentStatus(status)]


class PostdatedModel(RefreshesOnChanges, RowsModel):
    SHOWN_TYPES = frozenset({"PostdatedPayment", "Organization", "PaymentMethod"})
    def __init__(self, store: Store, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._background = Background(self, pool)
        self._background.done.connect(self._loaded)

    def refresh(self) -> None:
        """Read the payments off the window's thread; shown when read."""
        store = self.store

        def read() -> list[reads.Postdated]:
            with store.reader() as conn:
                return reads.postdated_payments(conn)

        self._background.run("postdated", read)

    def _loaded(self, _key: str, payments: list[reads.Postdated] | None) -> None:
        if payments is None:  # the read failed (logged): keep what shows
            return
        rows = []
        for p in payments:
            label = f"{p.method[0]} ****{p.method[1]}".strip() if p.method \
                else translate("Payments", "Deleted method")
            rows.append((p, p.organization_name, label))
        if rows != self._rows:  # unchanged: no reset, the table keeps its selection
            self.set_rows(rows)

    def titles(self) -> tuple[str, ...]:
        return (translate("Payments", "Date"), translate("Payments", "Organization"),
                translate("Payments", "Amount"), translate("Payments", "Payment method"),
                translate("Payments", "Status"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is None:
            return None
        payment, org, method = row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(payment.due_date), org, money(payment.amount), method,
                    status_label(payment.status))[column]
        if role == roles.SORT:
            return (payment.due_date.toordinal(), org, float(payment.amount), method,
                    str(payment.status))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and payment.failure_reason:
            return payment.failure_reason
        if role == roles.STATUS:
            return str(payment.status)
        if role == roles.ENTRY:
            return payment
        return None
