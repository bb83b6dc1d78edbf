"""The wallet's payment methods (WALLET-1): cards and named bank accounts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.collation import by_name
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e
from services.domain.kinds import PaymentMethodKind

METHOD, EXPIRY, ADDRESS, AUTHORIZED = range(4)


class MethodsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.org_names: dict[int, str] = {}

    def set_methods(self, methods: list[e.PaymentMethod], org_names: dict[int, str]) -> None:
        self.org_names = org_names
        self.set_rows(self.sorted(methods))

    @staticmethod
    def sorted(methods: list[e.PaymentMethod]) -> list[e.PaymentMethod]:
        """Cards first, then bank accounts, each in the order they were added."""
        return sorted(methods, key=lambda m: (m.kind != PaymentMethodKind.CARD, m.id))

    def method(self, row: int) -> e.PaymentMethod:
        return self._rows[row]

    def methods(self) -> list[e.PaymentMethod]:
        return list(self._rows)

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Method"), self.tr("Expiry"), self.tr("Billing address"),
                self.tr("Authorized for"))

    def label(self, method: e.PaymentMethod) -> str:
        if method.kind == PaymentMethodKind.BANK_ACCOUNT:
            name = method.name or self.tr("Bank account")
        else:
            name = method.brand or self.tr("Card")
        return f"{name} ****{method.last4}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        method = self.row(index)
        if method is None:
            return None
        if role == roles.ENTRY:
            return method
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        expiry = f"{method.expiry_month:02d}/{method.expiry_year}" \
            if method.expiry_month and method.expiry_year else "—"
        address = method.billing_address
        where = f"{address.line1}, {address.city} {address.postal_code}" if address else "—"
        authorized = ", ".join(by_name((self.org_names.get(i, str(i))
                                        for i in method.authorized_organization_ids),
                                       str)) or "—"
        return (self.label(method), expiry, where, authorized)[index.column()]
