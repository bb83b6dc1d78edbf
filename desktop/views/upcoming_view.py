"""HOME-6: the next entries as rows that show whole — day and time, then the entry's chip — and
open as the calendar's do (HOME-5: click, Enter or Space)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from desktop.views.agenda_view import PAD, EntryListView


class UpcomingView(EntryListView):
    """As tall as its rows: no scrollbar, no row cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, dated=True)
        self.setAccessibleName(self.tr("Upcoming"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(self.horizontalScrollBarPolicy())

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        """Its height is its size hint (a fixed vertical policy): asked again when its rows
        change, and by Qt when its font does (no changeEvent: ChipFonts.following)."""
        self.updateGeometry()

    def rows_height(self) -> int:
        model = self.model()
        if model is None or not model.rowCount():
            fonts = self.delegate.fonts
            return fonts.chip_height + fonts.metrics.height() + 3 * PAD
        return sum(self.sizeHintForRow(row) for row in range(model.rowCount()))

    def sizeHint(self) -> QSize:
        return QSize(260, self.rows_height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())
