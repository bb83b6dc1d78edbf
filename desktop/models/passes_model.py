"""Passes (BILL-1): tokens left or unlimited, validity, for the family or for one person."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.formatting import short_date
from desktop.models import roles
from desktop.models.rows_model import RowsModel

NAME, HOLDER, TOKENS, VALIDITY = range(4)


class PassesModel(RowsModel):
    set_passes = RowsModel.set_rows  # (pass, holder's name) rows

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Pass"), self.tr("For"), self.tr("Tokens left"), self.tr("Valid"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is None:
            return None
        item, holder = row
        if role == roles.ENTRY:
            return item
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        tokens = self.tr("Unlimited") if item.has_unlimited_tokens else str(item.tokens_left or 0)
        validity = self.tr("%1 to %2").replace("%1", short_date(item.valid_from)).replace(
            "%2", short_date(item.valid_to))
        who = self.tr("The whole family") if item.is_family_pass else holder
        return (item.name, who, tokens, validity)[index.column()]
