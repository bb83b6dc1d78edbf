"""The Wallet tab (WALLET-1..3): payment methods, added or replaced online only, deleted with a
warning about the postdated payments that still use them; upcoming payments whose method (and
only their method) can be changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.editing import Editing
from desktop.models.methods_model import METHOD, MethodsModel
from desktop.models.postdated_model import PostdatedModel
from desktop.models.refreshing import RefreshesOnChanges
from desktop.views.card_dialog import CardDialog
from desktop.views.method_dialog import MethodDialog
from desktop.views.tables import record_table
from services.domain import entities as e
from services.domain.kinds import PaymentMethodKind, PaymentStatus
from services.domain.wallet import payments_using

translate = QCoreApplication.translate


class WalletTab(RefreshesOnChanges, QWidget):
    SHOWN_TYPES = frozenset({"PaymentMethod", "PostdatedPayment", "Organization"})

    def __init__(self, editing: Editing, payments: PostdatedModel,
                 parent: QWidget | None = None) -> None:
        """`payments`: the Home tab's model of postdated payments, shared."""
        super().__init__(parent)
        self.editing = editing
        self.methods = MethodsModel(self)
        self.methods_view = record_table(self.methods, translate("Wallet", "Payment methods"))
        self.methods_view.horizontalHeader().setSectionResizeMode(
            METHOD, QHeaderView.ResizeMode.ResizeToContents)
        self.add = QPushButton(translate("Wallet", "&Add a card…"))
        self.replace = QPushButton(translate("Wallet", "&Replace the card…"))
        self.authorize = QPushButton(translate("Wallet", "Address and au&thorizations…"))
        self.delete = QPushButton(translate("Wallet", "&Delete…"))
        self.add.clicked.connect(lambda: self._card(None))
        self.replace.clicked.connect(lambda: self._card(self.method()))
        self.authorize.clicked.connect(self._authorize)
        self.delete.clicked.connect(self._delete)
        self.payments = payments
        self.payments_view = record_table(self.payments, translate("Wallet", "Upcoming payments"))
        self.change = QPushButton(translate("Wallet", "&Change the payment method…"))
        self.change.clicked.connect(self._change_method)
        note = QLabel(translate("Wallet", "Only the payment method of an upcoming payment can "
                                "change here. To change its date, contact the organization."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + translate("Wallet", "Payment methods") + "</h2>"))
        layout.addWidget(self.methods_view, 1)
        row = QHBoxLayout()
        for button in (self.add, self.replace, self.authorize, self.delete):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel("<h2>" + translate("Wallet", "Upcoming payments") + "</h2>"))
        layout.addWidget(self.payments_view, 1)
        lower = QHBoxLayout()
        lower.addWidget(note, 1)
        lower.addWidget(self.change)
        layout.addLayout(lower)
        self.refresh()

    def refresh(self) -> None:
        store = self.editing.store
        with store.read() as conn:
            methods = store.all(conn, e.PaymentMethod)
            names = {o.id: o.name for o in store.all(conn, e.Organization)}
            self._payments = store.all(conn, e.PostdatedPayment)
        self.methods.set_methods(methods, names)
        has = bool(methods)
        for button in (self.replace, self.authorize, self.delete):
            button.setEnabled(has)

    def method(self) -> e.PaymentMethod | None:
        rows = self.methods_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.methods.method(row) if self.methods.rowCount() else None

    def _card(self, replace: e.PaymentMethod | None) -> None:
        if replace is not None and replace.kind != PaymentMethodKind.CARD:
            QMessageBox.information(self, translate("Wallet", "Replace"), translate(
                "Wallet", "A bank account's details are replaced on the platform's site."))
            return
        with self.editing.store.read() as conn:
            account = self.editing.store.all(conn, e.Account)
            holder = self.editing.store.get(conn, e.Person, account[0].holder_person_id) \
                if account else None
        dialog = CardDialog(self.editing, replace, holder.address if holder else None, self)
        if dialog.exec():
            self.refresh()

    def _authorize(self) -> None:
        method = self.method()
        dialog = MethodDialog(self.editing, method, self.methods.label(method),
                              self.methods.org_names, self)
        if dialog.exec():
            self.refresh()

    def _delete(self) -> None:
        method = self.method()
        still = payments_using(method.id, self._payments)
        text = translate("Wallet", "Delete %1?").replace("%1", self.methods.label(method))
        if still:
            text += "\n\n" + self.tr(
                "%n upcoming payment(s) still use it. Deleting it does not cancel them: they "
                "stay scheduled and will fail unless you choose another method.", "", len(still))
        if QMessageBox.warning(self, translate("Wallet", "Delete the payment method"), text,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        _, errors = self.editing.apply("delete_payment_method", method.id)
        self._report(errors)

    def _change_method(self) -> None:
        rows = self.payments_view.selectionModel().selectedRows()
        if not rows:
            return
        payment = rows[0].data(roles.ENTRY)
        if payment.status != PaymentStatus.SCHEDULED:
            QMessageBox.information(self, translate("Wallet", "Upcoming payment"), translate(
                "Wallet", "Only a scheduled payment can change."))
            return
        methods = self.methods.methods()
        if not methods:
            QMessageBox.information(self, translate("Wallet", "Payment method"), translate(
                "Wallet", "Add a payment method first."))
            return
        labels = [f"{index + 1}. {self.methods.label(m)}" for index, m in enumerate(methods)]
        chosen, ok = QInputDialog.getItem(
            self, translate("Wallet", "Payment method"),
            translate("Wallet", "Pay %1 on %2 with:").replace("%1", money(payment.amount))
            .replace("%2", short_date(payment.due_date)), labels, 0, False)
        if ok and chosen in labels:
            self.change_method(payment.id, methods[labels.index(chosen)].id)

    def change_method(self, payment_id: int, method_id: int) -> dict[str, str]:
        _, errors = self.editing.apply("change_postdated_method", payment_id, method_id)
        self._report(errors)
        return errors

    def _report(self, errors: dict[str, str]) -> None:
        if errors:
            QMessageBox.warning(self, translate("Wallet", "Not saved"), "\n".join(errors.values()))
        self.refresh()
