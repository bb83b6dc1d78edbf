"""The calendar's colours (SPEC HOME-3): closures pink, activities blue, other events purple."""

from PySide6.QtGui import QColor

from services.domain.calendar import EntryKind

KIND_COLOURS = {
    EntryKind.CLOSURE: QColor("#D81B60"),  # pink
    EntryKind.ACTIVITY: QColor("#1E88E5"),  # blue
    EntryKind.EVENT: QColor("#8E24AA"),  # purple
}
CLOSURE_DAY = QColor("#FCE4EC")  # a closed day's cell, lightly pink
TODAY = QColor("#FFF8E1")
TEXT_ON_CHIP = QColor("#FFFFFF")
