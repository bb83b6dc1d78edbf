"""ASSIST-3: the Clashes list (View ▸ Clashes…): what the family cannot do at once, with
Dismiss; choosing a clash shows its day in the calendar's week."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import roles
from desktop.models.clashes_model import ClashesModel


class ClashesDialog(QDialog):
    dayRequested = Signal(object)  # a date: the calendar shows it

    def __init__(self, model: ClashesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("Clashes"))
        self.setObjectName("clashes")
        intro = QLabel(self.tr("Two members expected at two places at once, an activity on a "
                               "day its organization is closed, a member booked twice — from "
                               "this month on. A dismissed clash stays dismissed; a clash that "
                               "changes (a moved activity) comes back."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No clash: every activity can be reached."))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._show_day)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.show_button = QPushButton(self.tr("&Show the day"))
        self.show_button.clicked.connect(lambda: self._show_day(self.table.currentIndex()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.empty, self.table, buttons):
            layout.addWidget(widget)
        model.modelReset.connect(self._update)
        self.table.selectionModel().currentChanged.connect(self._update)
        self._update()
        self.resize(900, 420)

    def _update(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        chosen = self.table.currentIndex().isValid()
        self.dismiss_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)
        if not chosen and not empty:
            self.table.selectRow(0)

    def dismiss(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.dismiss(index.row())

    def _show_day(self, index: QModelIndex) -> None:
        clash = index.data(roles.ENTRY) if index.isValid() else None
        if clash is not None:
            self.dayRequested.emit(clash.day)
