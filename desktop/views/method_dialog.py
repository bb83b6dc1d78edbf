"""A payment method's name (bank accounts), billing address and the organizations allowed to
charge it (WALLET-1). Saved locally, sent by the sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.collation import by_name
from desktop.operations import Operations
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog
from services.domain import entities as e
from services.domain.kinds import PaymentMethodKind

translate = QCoreApplication.translate


class MethodDialog(SectionDialog):
    def __init__(self, ops: Operations, method: e.PaymentMethod, label: str,
                 organizations: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.ops, self.method = ops, method
        add = self.section.add_field
        self.name = add("Name", translate("Wallet", "&Name"), line()) \
            if method.kind == PaymentMethodKind.BANK_ACCOUNT else None
        self.line1 = add("BillingAddress.Line1", translate("Wallet", "Billing &street"), line())
        self.city = add("BillingAddress.City", translate("Wallet", "&City"), line())
        self.province = add("BillingAddress.Province", translate("Wallet", "&Province"), line(2))
        self.postal = add("BillingAddress.PostalCode", translate("Wallet", "P&ostal code"),
                          line(7))
        self.section.add_note(translate("Wallet", "Organizations allowed to charge it:"))
        self.allowed = {}
        for ident, name in by_name(organizations.items(), lambda item: item[1]):
            box = QCheckBox(name)
            box.setChecked(ident in method.authorized_organization_ids)
            self.section.form.addRow(box)
            self.allowed[ident] = box
        self._fill()

    def _fill(self) -> None:
        address = self.method.billing_address
        if self.name is not None:
            self.name.setText(self.method.name or "")
        for edit, value in ((self.line1, address.line1 if address else ""),
                            (self.city, address.city if address else ""),
                            (self.province, address.province if address else "QC"),
                            (self.postal, address.postal_code if address else "")):
            edit.setText(value)

    def submit(self) -> None:
        changes = {"authorized_organization_ids": [i for i, box in self.allowed.items()
                                                   if box.isChecked()]}
        if self.name is not None:
            changes["name"] = self.name.text().strip() or None
        typed = {"line1": self.line1.text().strip(), "city": self.city.text().strip(),
                 "province": self.province.text().strip().upper(),
                 "postal_code": self.postal.text().strip()}
        before = self.method.billing_address
        if typed["line1"] and (before is None or any(
                getattr(before, key) != value for key, value in typed.items())):
            # Only what the dialog shows changes: line 2 and the country stay as they were.
            changes["billing_address"] = before.model_copy(update=typed) if before \
                else e.Address(**typed)
        self.run(self.ops.update_payment_method(self.method.id, changes, initiator=self))
