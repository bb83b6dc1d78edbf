"""Filter postdated payments by status (HOME-7) and sort them by raw values."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel

from desktop.models import roles


class PostdatedProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: set[str] | None = None
        self.setSortRole(roles.SORT)

    def set_statuses(self, statuses: set[str] | None) -> None:
        """Only these statuses (None: all)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated
            self.beginFilterChange()
            self._statuses = statuses
            self.endFilterChange()
        else:
            self._statuses = statuses
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._statuses is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, roles.STATUS) in self._statuses
