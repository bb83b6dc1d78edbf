"""The Billing tab (BILL-1..3): per organization, the balance, the transactions with their
details, the passes, paying online when the organization allows it (else its phone number),
and the account's history exported to CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import long_date, money, qdate
from desktop.models import roles
from desktop.models.billing_model import BillingModel, Exported
from desktop.models.passes_model import PassesModel
from desktop.models.transactions_model import DESCRIPTION, TransactionsModel, kind_label
from desktop.operations import Operations
from desktop.views.payment_dialog import PaymentDialog
from desktop.views.person_sections import date_of
from desktop.views.reveal import Reveal
from desktop.views.section import date_edit
from desktop.views.tables import record_table
from services.domain import clock
from services.domain import entities as e
from services.domain.billing import ZERO, payment_offer
from services.domain.validators import format_phone

translate = QCoreApplication.translate


class BillingTab(QWidget):
    """Shows the Billing model; it reads again on its own when a change touches it."""

    def __init__(self, model: BillingModel, ops: Operations, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.model, self.ops = model, ops
        model.loaded.connect(self._loaded)
        self.organizations = QListWidget()
        self.organizations.setAccessibleName(translate("Billing", "Organizations"))
        self.organizations.currentRowChanged.connect(self._show)
        self.title, self.balance, self.phone = QLabel(), QLabel(), QLabel()
        self.phone.setWordWrap(True)
        self.pay = QPushButton(translate("Billing", "&Make a payment…"))
        self.pay.clicked.connect(self._pay)
        self.transactions = TransactionsModel(self)
        self.transactions_view = record_table(
            self.transactions, translate("Billing", "Transactions"), DESCRIPTION)
        self.transactions_view.doubleClicked.connect(lambda index: self.details(index.row()))
        self.passes = PassesModel(self)
        self.passes_view = record_table(self.passes, translate("Billing", "Passes"), 0)
        self.passes_view.setMaximumHeight(130)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        head = QHBoxLayout()
        head.addWidget(self.balance, 1)
        head.addWidget(self.pay)
        column.addLayout(head)
        column.addWidget(self.phone)
        column.addWidget(QLabel(translate("Billing", "Transactions (double-click for details)")))
        column.addWidget(self.transactions_view, 1)
        column.addWidget(QLabel(translate("Billing", "Passes")))
        column.addWidget(self.passes_view)
        column.addWidget(self._export_row())
        splitter = QSplitter()
        splitter.addWidget(self.organizations)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        QVBoxLayout(self).addWidget(splitter)
        self._wanted: int | None = None  # an organization asked for before it was read
        self.exported: Exported | None = None  # how the last export went
        self._revealing = Reveal(model.loaded, self._reveal, model.refresh, self)
        self.model.refresh()

    def models(self) -> list[BillingModel]:
        return [self.model]

    def _export_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        today = clock.today()
        self.first = date_edit(translate("Billing", "Not set"))
        self.first.setDate(qdate(today.replace(month=1, day=1)))
        self.last = date_edit(translate("Billing", "Not set"))
        self.last.setDate(qdate(today))
        for widget, text in ((self.first, translate("Billing", "History from")),
                             (self.last, translate("Billing", "to"))):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text)
            row.addWidget(label)
            row.addWidget(widget)
        self.export_csv = QPushButton(translate("Billing", "Export &CSV…"))
        self.export_xlsx = QPushButton(translate("Billing", "Export &XLSX…"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        row.addStretch(1)
        row.addWidget(self.export_csv)
        row.addWidget(self.export_xlsx)
        return box

    def _loaded(self) -> None:
        """The model read again: the same organization stays shown (or the one a Home card
        asked for meanwhile), and its selected transaction and pass stay selected."""
        data = self.model.data
        views = (self.transactions_view, self.passes_view)
        kept = [view.currentIndex().data(roles.ENTRY) for view in views]
        current = self.organizations.currentItem()
        keep = self._wanted if self._wanted is not None else \
            current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._wanted = None
        ids = [o.id for o in data.organizations]
        self.organizations.blockSignals(True)
        self.organizations.clear()
        for org in data.organizations:
            item = QListWidgetItem(f"{org.name}\n{self.balance_text(data.owed(org.id))}")
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            self.organizations.addItem(item)
        self.organizations.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self.organizations.blockSignals(False)
        self._show(self.organizations.currentRow())
        for view, item in zip(views, kept, strict=True):
            if item is not None:
                self._pick(view, item.id)

    @staticmethod
    def balance_text(owed: Decimal) -> str:
        if owed > ZERO:
            return translate("Billing", "Balance due: %1").replace("%1", money(owed))
        if owed < ZERO:
            return translate("Billing", "Credit: %1").replace("%1", money(-owed))
        return translate("Billing", "Nothing due")

    def organization(self) -> e.Organization | None:
        row = self.organizations.currentRow()
        orgs = self.model.data.organizations
        return orgs[row] if 0 <= row < len(orgs) else None

    def owed(self) -> Decimal:
        org = self.organization()
        return self.model.data.owed(org.id) if org else ZERO

    def show_organization(self, organization: int) -> None:
        """A Home card's balance or passes button (before the first read: once read)."""
        ids = [o.id for o in self.model.data.organizations]
        if organization in ids and self.organizations.count() == len(ids):
            self.organizations.setCurrentRow(ids.index(organization))
        else:
            self._wanted = organization

    def reveal(self, kind: str, ident: int, missing: Callable[[], None] | None = None) -> None:
        """A search hit: a transaction or a pass selected and scrolled to, among its
        organization's (desktop.views.reveal: once the model has read it)."""
        self._revealing.reveal(kind, ident, missing)

    def _reveal(self, kind: str, ident: int) -> bool:
        data = self.model.data
        if kind == "Transaction":
            view = self.transactions_view
            org = next((org for org, items in data.transactions.items()
                        if any(t.id == ident for t in items)), None)
        elif kind == "Pass":
            view = self.passes_view
            org = next((p.organization_id for p in data.passes if p.id == ident), None)
        else:
            return False
        ids = [o.id for o in data.organizations]
        if org not in ids:
            return False
        self.organizations.setCurrentRow(ids.index(org))  # its transactions and passes
        return self._pick(view, ident)

    @staticmethod
    def _pick(view: QTableView, ident: int) -> bool:
        """The row of that transaction or pass selected and scrolled to (False: not there)."""
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(roles.ENTRY).id == ident:
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(index)
                return True
        return False

    def _show(self, row: int) -> None:
        org = self.organization()
        if org is None:
            self.title.setText("<h2>" + translate("Billing", "Billing") + "</h2>")
            self.balance.clear()
            self.pay.hide()
            self.phone.clear()
            self.transactions.set_transactions([])
            self.passes.set_passes([])
            return
        owed = self.owed()
        self.title.setText(f"<h2>{org.name}</h2>")
        self.balance.setText("<b>" + self.balance_text(owed) + "</b>")
        offer = payment_offer(org, owed)
        self.pay.setVisible(offer is not None)
        self.phone.setVisible(offer is None and owed > ZERO)
        self.phone.setText(translate("Billing", "%1 takes payments by phone: %2.").replace(
            "%1", org.name).replace("%2", format_phone(org.phone) if org.phone else "—"))
        self.transactions.set_transactions(self.model.data.transactions_of(org.id))
        self.passes.set_passes(self.model.data.passes_of(org.id))

    def details(self, row: int) -> None:
        item = self.transactions.transaction(row)
        person = self.model.data.persons.get(item.person_id, "") if item.person_id else ""
        lines = [f"<b>{kind_label(item.kind)}</b> — {long_date(item.date)}",
                 translate("Billing", "Amount: %1").replace("%1", money(item.amount)),
                 item.description, person]
        QMessageBox.information(self, translate("Billing", "Transaction"),
                                "<br>".join(x for x in lines if x))

    def _pay(self) -> None:
        org = self.organization()
        offer = payment_offer(org, self.owed()) if org else None
        if offer is None:
            return
        dialog = PaymentDialog(self.ops, org, self.owed(), offer, self.model.data.methods, self)
        if dialog.exec():  # the payment made, the model reads it (the change hub says so)
            QMessageBox.information(self, translate("Billing", "Receipt"), dialog.receipt)

    def _export(self, kind: str) -> None:
        first, last = date_of(self.first), date_of(self.last)
        if first is None or last is None or last < first:
            QMessageBox.warning(self, translate("Billing", "Export"), translate(
                "Billing", "Choose a start date before the end date."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Billing", "Export the account history"),
            f"carnet-{first.isoformat()}-{last.isoformat()}.{kind}",
            "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
        if path:
            self.export_to(Path(path), kind, first, last)

    def export_to(self, path: Path, kind: str, first: date, last: date) -> None:
        """Read and written off the GUI thread; `exported` then says how it went."""
        self.exported = None
        self.model.export(path, kind, first, last, self._exported)

    def _exported(self, result: Exported) -> None:
        self.exported = result
        if result.error:
            QMessageBox.warning(self, translate("Billing", "Export"), result.error)
