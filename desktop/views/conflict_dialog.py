"""A conflict (SYNC-4): the platform changed what the user edited offline. Both values side by
side; the user keeps theirs (sent again over the platform's version) or takes the platform's."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.fields import differences

if TYPE_CHECKING:
    from desktop.models.status_model import Conflict
    from desktop.operations import Operations

translate = QCoreApplication.translate


class ConflictDialog(QDialog):
    """Each field that differs: its label as the editor shows it, then both values, wrapped
    (an address on its lines) so that neither is out of sight."""

    def __init__(self, conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(translate("People", "Changed on both sides"))
        self.differences = differences(conflict)
        self.table = QTableWidget(len(self.differences), 3)
        self.table.setAccessibleName(translate("People", "Both values of each field"))
        self.table.setHorizontalHeaderLabels([translate("People", "Field"),
                                              translate("People", "Yours"),
                                              translate("People", "On the platform")])
        for row, difference in enumerate(self.differences):
            for column, text in enumerate((difference.label, difference.mine,
                                           difference.theirs)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # both values share the width: each wraps in its half
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Rows follow the width their values wrap in (the dialog resized, the font changed).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(translate("People", "&Keep mine"))
        self.take_theirs = QPushButton(translate("People", "&Use the platform's"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.keep_mine.clicked.connect(lambda: self._choose("local"))
        self.take_theirs.clicked.connect(lambda: self._choose("remote"))
        layout = QVBoxLayout(self)
        text = QLabel(translate("People", "This was changed on the platform while your edit "
                                "waited to be sent. Choose which value to keep."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _choose(self, keep: str) -> None:
        self.choice = keep
        self.accept()


def review(ops: Operations, conflicts: Iterable[Conflict], parent: QWidget) -> int:
    """SYNC-4, from the status bar or a person's editor: each conflict shown, the person
    choosing (Cancel stops); each choice is an operation (every screen hears what changed, the
    sync is asked to send). Returns how many were settled."""
    settled = 0
    for conflict in conflicts:
        dialog = ConflictDialog(conflict, parent)
        if not dialog.exec() or not dialog.choice:
            break
        ops.resolve_conflict(conflict, dialog.choice, initiator=parent)
        settled += 1
    return settled
