"""The calendar's legend (HOME-3): what pink, blue and purple mean, and what a struck-through
(cancelled) and an italic (staff) entry mean."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.views.palette import KIND_COLOURS
from services.domain.calendar import EntryKind


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None, staff: bool = True) -> None:
        """`staff`: say what italics mean (the family's calendar; the desk's has no members)."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = {EntryKind.CLOSURE: self.tr("Closures"),
                  EntryKind.ACTIVITY: self.tr("Activities"),
                  EntryKind.EVENT: self.tr("Other events and bookings")}
        for kind, text in labels.items():
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {KIND_COLOURS[kind].name()}; border-radius: 3px;")
            swatch.setAccessibleName(text)
            layout.addWidget(swatch)
            layout.addWidget(QLabel(text))
            layout.addSpacing(12)
        looks = [(self.tr("Cancelled"), self.tr("Struck through: a cancelled session"), "strike")]
        if staff:
            looks.append((self.tr("Staff"), self.tr("In italics: the member works there (staff)"),
                          "italic"))
        for text, explained, style in looks:
            label = QLabel(text)
            font = label.font()
            font.setStrikeOut(style == "strike")
            font.setItalic(style == "italic")
            label.setFont(font)
            label.setToolTip(explained)
            label.setAccessibleName(explained)  # a screen reader says what the look means
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addStretch(1)
