"""Filter postdated payments by status (HOME-7) and sort them by raw values (names in the
language's order)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QObject, QSortFilterProxyModel

from desktop.collation import collator
from desktop.models import roles
from desktop.models.filtering import change_filter


class PostdatedProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: set[str] | None = None
        self._collator: tuple[str, QCollator] | None = None  # (locale, collator)
        self.setSortRole(roles.SORT)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        first, second = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(first, str) and isinstance(second, str):
            return self._names().compare(first, second) < 0
        return super().lessThan(left, right)

    def _names(self) -> QCollator:
        """The application's language's collation (again if the language changed)."""
        name = QLocale().name()
        if self._collator is None or self._collator[0] != name:
            self._collator = (name, collator())
        return self._collator[1]

    def set_statuses(self, statuses: set[str] | None) -> None:
        """Only these statuses (None: all)."""
        change_filter(self, lambda: setattr(self, "_statuses", statuses))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._statuses is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, roles.STATUS) in self._statuses
