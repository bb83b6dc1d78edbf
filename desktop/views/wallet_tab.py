"""The Wallet tab (WALLET-1..3): payment methods, added or replaced online only, deleted with a
warning about the postdated payments that still use them; upcoming payments whose method (and
only their method) can be changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import money, short_date
from desktop.models import roles
from desktop.models.methods_model import METHOD
from desktop.models.postdated_model import PostdatedModel
from desktop.models.postdated_proxy import PostdatedProxy
from desktop.models.wallet_model import WalletModel
from desktop.operations import Operations, Outcome, Pending
from desktop.views.bank_dialog import BankDialog
from desktop.views.card_dialog import CardDialog
from desktop.views.method_dialog import MethodDialog
from desktop.views.tables import record_table
from services.domain import entities as e
from services.domain.kinds import PaymentMethodKind, PaymentStatus
from services.domain.wallet import payments_using

translate = QCoreApplication.translate
UPCOMING = {str(PaymentStatus.SCHEDULED), str(PaymentStatus.PROCESSING)}
PAST = {str(PaymentStatus.ACCEPTED), str(PaymentStatus.REFUSED)}


class WalletTab(QWidget):
    """Shows the Wallet model (the methods) and the postdated payments; each reads again on
    its own when a change touches it."""

    def __init__(self, model: WalletModel, payments: PostdatedModel, ops: Operations,
                 parent: QWidget | None = None) -> None:
        """`payments`: the Home tab's model of postdated payments, shared."""
        super().__init__(parent)
        self.model = self.methods = model
        self.ops = ops
        model.loaded.connect(self._loaded)
        self.methods_view = record_table(self.methods, translate("Wallet", "Payment methods"))
        self.methods_view.horizontalHeader().setSectionResizeMode(
            METHOD, QHeaderView.ResizeMode.ResizeToContents)
        self.add = QPushButton(translate("Wallet", "&Add a card…"))
        self.add_bank = QPushButton(translate("Wallet", "Add a &bank account…"))
        self.add_bank.clicked.connect(lambda: self._bank(None))
        self.replace = QPushButton(translate("Wallet", "&Replace the card…"))
        self.authorize = QPushButton(translate("Wallet", "Address and au&thorizations…"))
        self.delete = QPushButton(translate("Wallet", "&Delete…"))
        self.add.clicked.connect(lambda: self._card(None))
        self.replace.clicked.connect(lambda: self._card(self.method()))
        self.authorize.clicked.connect(self._authorize)
        self.delete.clicked.connect(self._delete)
        self.payments = payments
        # Upcoming: still to be taken (scheduled, or being processed); the past ones (accepted
        # or refused) in a section of their own, folded until asked for.
        self.upcoming = PostdatedProxy(self)
        self.upcoming.setSourceModel(payments)
        self.upcoming.set_statuses(UPCOMING)
        self.past = PostdatedProxy(self)
        self.past.setSourceModel(payments)
        self.past.set_statuses(PAST)
        self.payments_view = record_table(self.upcoming, translate("Wallet", "Upcoming payments"))
        self.past_view = record_table(self.past, translate("Wallet", "Past payments"))
        self.past_view.hide()
        self.past_toggle = QToolButton()
        self.past_toggle.setCheckable(True)
        self.past_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.past_toggle.setAutoRaise(True)
        self.past_toggle.toggled.connect(self._fold)
        for proxy in (self.past, self.upcoming):
            proxy.modelReset.connect(self._fold)
            proxy.rowsInserted.connect(self._fold)
            proxy.rowsRemoved.connect(self._fold)
        self.change = QPushButton(translate("Wallet", "&Change the payment method…"))
        self.change.clicked.connect(self._change_method)
        note = QLabel(translate("Wallet", "Only the payment method of an upcoming payment can "
                                "change here. To change its date, contact the organization."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + translate("Wallet", "Payment methods") + "</h2>"))
        layout.addWidget(self.methods_view, 1)
        row = QHBoxLayout()
        for button in (self.add, self.add_bank, self.replace, self.authorize, self.delete):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel("<h2>" + translate("Wallet", "Upcoming payments") + "</h2>"))
        layout.addWidget(self.payments_view, 1)
        lower = QHBoxLayout()
        lower.addWidget(note, 1)
        lower.addWidget(self.change)
        layout.addLayout(lower)
        layout.addWidget(self.past_toggle)
        layout.addWidget(self.past_view, 1)
        self._fold()
        self._loaded()
        self.model.refresh()

    def models(self) -> list[WalletModel]:
        """Its own model only: the postdated payments are the Home tab's too, and follow the
        change hub there even while this tab is hidden."""
        return [self.model]

    def _fold(self) -> None:
        """The past payments' section: its title counts them; open or folded."""
        shown = self.past_toggle.isChecked()
        self.past_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.past_toggle.setText(translate("Wallet", "Past payments (%1)").replace(
            "%1", str(self.past.rowCount())))
        self.past_view.setVisible(shown)

    def _loaded(self) -> None:
        has = bool(self.methods.rowCount())
        for button in (self.replace, self.authorize, self.delete):
            button.setEnabled(has)

    def method(self) -> e.PaymentMethod | None:
        rows = self.methods_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.methods.method(row) if self.methods.rowCount() else None

    def _card(self, replace: e.PaymentMethod | None) -> None:
        if replace is not None and replace.kind != PaymentMethodKind.CARD:
            self._bank(replace)
            return
        CardDialog(self.ops, replace, self.model.holder_address, self).exec()

    def _bank(self, replace: e.PaymentMethod | None) -> None:
        BankDialog(self.ops, self.model.holder_address, replace, self).exec()

    def _authorize(self) -> None:
        method = self.method()
        if method is None:
            return
        MethodDialog(self.ops, method, self.methods.label(method), self.methods.org_names,
                     self).exec()

    def _delete(self) -> None:
        method = self.method()
        if method is None:
            return
        still = payments_using(method.id, self.model.payments)
        text = translate("Wallet", "Delete %1?").replace("%1", self.methods.label(method))
        if still:
            text += "\n\n" + self.tr(
                "%n upcoming payment(s) still use it. Deleting it does not cancel them: they "
                "stay scheduled and will fail unless you choose another method.", "", len(still))
        if QMessageBox.warning(self, translate("Wallet", "Delete the payment method"), text,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self.ops.delete_payment_method(method.id, initiator=self).then(self._report)

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

    def change_method(self, payment_id: int, method_id: int) -> Pending:
        return self.ops.change_postdated_method(payment_id, method_id,
                                                initiator=self).then(self._report)

    def _report(self, outcome: Outcome) -> None:
        """Done: the models read it (the change hub says so); refused: why."""
        if outcome.errors:
            QMessageBox.warning(self, translate("Wallet", "Not saved"),
                                "\n".join(outcome.errors.values()))
