"""Add or replace a card (WALLET-1/3): the number is checked here (Luhn, brand), sent to the
platform once, and wiped from the dialog whatever happens; only brand, last 4 digits and
expiry are kept. Needs the platform: a card is never queued."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from desktop.operations import Operations
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog
from services.domain import clock
from services.domain import entities as e
from services.domain.errors import RuleViolation
from services.domain.wallet import card_brand

translate = QCoreApplication.translate


class CardDialog(SectionDialog):
    def __init__(self, ops: Operations, replace: e.PaymentMethod | None = None,
                 billing_address: e.Address | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(translate("Wallet", "Replace the card") if replace
                         else translate("Wallet", "Add a card"), parent)
        self.ops, self.replace, self.billing_address = ops, replace, billing_address
        add = self.section.add_field
        self.number = add("Number", translate("Wallet", "Card &number"), line(23))
        self.number.textEdited.connect(self._brand)
        self.brand = QLabel()
        self.section.form.addRow("", self.brand)
        today = clock.today()
        self.month = add("ExpiryMonth", translate("Wallet", "Expiry &month"), QSpinBox())
        self.month.setRange(1, 12)
        self.month.setValue(today.month)
        self.year = add("ExpiryYear", translate("Wallet", "Expiry &year"), QSpinBox())
        self.year.setRange(today.year, today.year + 20)
        self.cvc = add("Cvc", translate("Wallet", "Security &code"), line(4))
        self.section.add_note(translate("Wallet", "The number goes to the platform once; this "
                                        "computer keeps only the brand, the last 4 digits "
                                        "and the expiry."))
        self.finished.connect(self.wipe)

    def _brand(self, text: str) -> None:
        try:
            self.brand.setText(card_brand(text))
        except RuleViolation:
            self.brand.setText("")

    def submit(self) -> None:
        """Sent on the writer thread (the platform may take its time): the dialog waits, and
        closes once the platform has the card; offline, it says the platform is needed."""
        self.run(self.ops.save_card(self.number.text(), self.month.value(), self.year.value(),
                                    self.cvc.text(), self.billing_address,
                                    replace=self.replace.id if self.replace else None))

    def wipe(self) -> None:
        """Nothing of the number stays in memory the widgets own (undo history included)."""
        for field in (self.number, self.cvc):
            field.setText("")
            field.clear()
            field.setModified(False)
        self.brand.clear()
