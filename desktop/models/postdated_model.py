"""Postdated payments (HOME-7): a table of every postdated payment, any organization."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.formatting import money, short_date
from desktop.models import roles
from services.domain import entities as e
from services.store import queries
from services.store.store import Store

translate = QCoreApplication.translate
SHOWN_TYPES = frozenset({"PostdatedPayment", "Organization", "PaymentMethod"})
DUE, ORGANIZATION, AMOUNT, METHOD, STATUS = range(5)


def status_label(status: e.PaymentStatus) -> str:
    return {
        e.PaymentStatus.SCHEDULED: translate("Payments", "Scheduled"),
        e.PaymentStatus.PROCESSING: translate("Payments", "Processing"),
        e.PaymentStatus.ACCEPTED: translate("Payments", "Accepted"),
        e.PaymentStatus.REFUSED: translate("Payments", "Refused"),
    }[e.PaymentStatus(status)]


class PostdatedModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: list[tuple[e.PostdatedPayment, str, str]] = []

    def refresh(self) -> None:
        with self.store.read() as conn:
            payments = queries.postdated_payments(self.store, conn)
            orgs = queries.organizations(self.store, conn)
            methods = {m.id: m for m in self.store.all(conn, e.PaymentMethod)}
        rows = []
        for p in payments:
            method = methods.get(p.payment_method_id)
            label = f"{method.brand or method.name or ''} ****{method.last4}".strip() \
                if method else translate("Payments", "Deleted method")
            rows.append((p, orgs[p.organization_id].name if p.organization_id in orgs else "",
                         label))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        if SHOWN_TYPES & set(changed):
            self.refresh()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (translate("Payments", "Date"), translate("Payments", "Organization"),
                translate("Payments", "Amount"), translate("Payments", "Payment method"),
                translate("Payments", "Status"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        payment, org, method = self._rows[index.row()]
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
