"""Postdated payments (HOME-7): a table of every postdated payment, any organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from desktop.changes import Watches
from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from desktop.tasks import Background
from services.domain.kinds import PaymentStatus
from services.store import reads
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace

translate = QCoreApplication.translate
DUE, ORGANIZATION, AMOUNT, METHOD, STATUS = range(5)


def status_label(status: PaymentStatus) -> str:
    return {
        PaymentStatus.SCHEDULED: translate("Payments", "Scheduled"),
        PaymentStatus.PROCESSING: translate("Payments", "Processing"),
        PaymentStatus.ACCEPTED: translate("Payments", "Accepted"),
        PaymentStatus.REFUSED: translate("Payments", "Refused"),
    }[PaymentStatus(status)]


class PostdatedModel(Watches, RowsModel):
    SHOWN = frozenset({R.POSTDATED_PAYMENT, R.ORGANIZATION, R.PAYMENT_METHOD})

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._loaded)
        self.watch(workspace.hub)

    def refresh(self) -> None:
        """Read the payments off the window's thread; shown when read."""
        store = self.store

        def read() -> list[reads.Postdated]:
            with store.reader() as conn:
                return reads.postdated_payments(conn)

        self._background.run("postdated", read, "the postdated payments")

    def _loaded(self, _key: str, payments: list[reads.Postdated]) -> None:
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
