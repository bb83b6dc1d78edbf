"""Filter postdated payments by status (HOME-7) and sort them by raw values."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel

from desktop.models import roles
from desktop.models.filtering import change_filter


class PostdatedProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: set[str] | None = None
        self.setSortRole(roles.SORT)

    def set_statuses(self, statuses: set[str] | None) -> None:
        """Only these statuses (None: all)."""
        change_filter(self, lambda: setattr(self, "_statuses", statuses))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._statuses is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, roles.STATUS) in self._statuses
