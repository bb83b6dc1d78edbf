"""Make a payment (BILL-2): the amount the organization allows (full, or partial above its
minimum), a method from the wallet, a confirmation, then a receipt."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QMessageBox,
    QWidget,
)

from desktop.formatting import amount_text, money, parse_money, violation_text
from desktop.operations import Operations
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog
from services.domain import entities as e
from services.domain.billing import PaymentOffer, check_offer
from services.domain.errors import RuleViolation

translate = QCoreApplication.translate


def method_label(method: e.PaymentMethod) -> str:
    return f"{method.name or method.brand or ''} ****{method.last4}".strip()


class PaymentDialog(SectionDialog):
    def __init__(self, ops: Operations, organization: e.Organization, owed: Decimal,
                 offer: PaymentOffer, methods: list[e.PaymentMethod],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Billing", "Pay %1").replace("%1", organization.name),
                         parent, accept_text=translate("Billing", "&Pay…"))
        self.ops, self.organization, self.offer = ops, organization, offer
        self.pay = self.accept_button
        self.amount = self.section.add_field("Amount", translate("Billing", "&Amount"), line(12))
        self.amount.setText(amount_text(owed))  # 140,00 in French
        self.amount.setReadOnly(offer.full_only)
        rule = (translate("Billing", "%1 asks for the full balance, %2.")
                if offer.full_only else
                translate("Billing", "At least %3, at most the balance, %2."))
        self.section.add_note(rule.replace("%1", organization.name).replace(
            "%2", money(owed)).replace("%3", money(offer.minimum)))
        self.method = self.section.add_field("PaymentMethodId",
                                             translate("Billing", "Pay &with"), QComboBox())
        for method in methods:
            self.method.addItem(method_label(method), method.id)
        self._receipt = ""
        self.confirm = lambda text: QMessageBox.question(
            self, translate("Billing", "Confirm the payment"), text
        ) == QMessageBox.StandardButton.Yes

    def submit(self) -> None:
        """The amount checked against the offer first: only a payment the organization takes
        is confirmed (then checked again, on the writer thread, with the rules)."""
        try:
            amount = parse_money(self.amount.text())
            check_offer(self.offer, amount)
        except RuleViolation as violation:
            self.section.show_errors({"Amount": violation_text(violation, self.ops.lang)})
            return
        self.section.show_errors({})
        if self.method.currentData() is None:
            self.section.show_errors({"PaymentMethodId": translate(
                "Billing", "Add a payment method in the Wallet first.")})
            return
        summary = translate("Billing", "Pay %1 to %2 with %3?").replace(
            "%1", money(amount)).replace("%2", self.organization.name).replace(
            "%3", self.method.currentText())
        if not self.confirm(summary):
            return
        self._receipt = translate(
            "Billing", "Payment of %1 to %2 with %3 recorded. It is sent to the platform as "
            "soon as it can be reached; the receipt arrives by email.").replace(
            "%1", money(amount)).replace("%2", self.organization.name).replace(
            "%3", self.method.currentText())
        self.run(self.ops.pay(self.organization.id, amount, self.method.currentData(),
                              initiator=self))

    @property
    def receipt(self) -> str:
        """The payment's receipt, once the dialog closed on it ("" before)."""
        outcome = getattr(self, "outcome", None)
        return self._receipt if outcome is not None and outcome.ok else ""
