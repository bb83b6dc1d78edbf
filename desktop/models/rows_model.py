"""A table of rows held in a list under fixed column titles: what every table model here
shares (row and column counts, the header, a reset). Subclasses give `titles()` and `data`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: int | None = None  # how many titles: fixed (their words follow the language)

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: QModelIndex | int) -> Any | None:
        """The row behind an index (None when it is not one of this table's)."""
        if isinstance(index, int):
            return self._rows[index]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Asked for every index a view or proxy checks: counted once, not translated again."""
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.titles())
        return self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None
