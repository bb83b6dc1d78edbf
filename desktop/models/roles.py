"""Named item-data roles shared by the models and their delegates."""

from PySide6.QtCore import Qt

ENTRY = Qt.ItemDataRole.UserRole + 1  # the CalendarEntry / domain object itself
KIND = Qt.ItemDataRole.UserRole + 2
URL = Qt.ItemDataRole.UserRole + 3
SORT = Qt.ItemDataRole.UserRole + 4  # raw value for sorting (dates, Decimal amounts)
REMOVABLE = Qt.ItemDataRole.UserRole + 5
BLOCKERS = Qt.ItemDataRole.UserRole + 6
STATUS = Qt.ItemDataRole.UserRole + 7
