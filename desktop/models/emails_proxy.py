"""The emails of one organization (or of the platform), or all of them (COMMS-1)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel

from desktop.models import roles
from desktop.models.filtering import change_filter


class EmailsProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.organization: int | None = None  # None: all; emails_model.PLATFORM: the platform

    def set_organization(self, organization: int | None) -> None:
        change_filter(self, lambda: setattr(self, "organization", organization))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self.organization is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(roles.KIND) == self.organization
