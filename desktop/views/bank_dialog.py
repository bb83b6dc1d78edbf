"""Add a bank account, or replace its numbers (WALLET-1): a name of the family's choosing and
the three numbers of a Canadian cheque (institution, transit, account), checked here, sent to
the platform once and wiped from the dialog whatever happens; only the name and the account's
last 4 digits are kept. Needs the platform: a bank account is never queued."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from desktop.operations import Operations
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog
from services.domain import entities as e

translate = QCoreApplication.translate


class BankDialog(SectionDialog):
    def __init__(self, ops: Operations, billing_address: e.Address | None = None,
                 replace: e.PaymentMethod | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(translate("Wallet", "Replace the bank account") if replace
                         else translate("Wallet", "Add a bank account"), parent)
        self.ops, self.replace, self.billing_address = ops, replace, billing_address
        add = self.section.add_field
        self.name = add("Name", translate("Wallet", "&Name (optional)"), line(60))
        if replace is not None:
            self.name.setText(replace.name or "")
            self.name.setEnabled(False)  # renamed with "Address and authorizations"
        self.institution = add("InstitutionNumber", translate(
            "Wallet", "&Institution number (3 digits)"), line(3))
        self.transit = add("TransitNumber", translate(
            "Wallet", "&Transit number (5 digits)"), line(5))
        self.account = add("AccountNumber", translate(
            "Wallet", "&Account number (7 to 12 digits)"), line(12))
        digits = QRegularExpressionValidator(r"\d*", self)
        for field in (self.institution, self.transit, self.account):
            field.setValidator(digits)
        self.section.add_note(translate(
            "Wallet", "The numbers are on a cheque. They go to the platform once; this "
            "computer keeps only the name and the account's last 4 digits."))
        self.finished.connect(self.wipe)

    def submit(self) -> None:
        """Sent on the writer thread: the dialog waits, and closes once the platform has the
        account; offline, it says the platform is needed."""
        self.run(self.ops.save_bank_account(
            self.institution.text(), self.transit.text(), self.account.text(),
            self.name.text(), self.billing_address,
            replace=self.replace.id if self.replace else None))

    def wipe(self) -> None:
        """Nothing of the numbers stays in the widgets (undo history included)."""
        for field in (self.institution, self.transit, self.account):
            field.setText("")
            field.clear()
            field.setModified(False)
