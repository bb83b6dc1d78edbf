"""A conflict (SYNC-4): the platform changed what the user edited offline. Both values side by
side; the user keeps theirs (sent again over the platform's version) or takes the platform's."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.models.status_model import Conflict
    from desktop.operations import Operations

translate = QCoreApplication.translate
SECRET_FIELDS = frozenset({"Sin"})


def shown(field: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if field in SECRET_FIELDS:
        return "•••••" + str(value)[-3:]
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(translate("People", "Changed on both sides"))
        differences = conflict.differences()
        self.table = QTableWidget(len(differences), 3)
        self.table.setAccessibleName(translate("People", "Both values of each field"))
        self.table.setHorizontalHeaderLabels([translate("People", "Field"),
                                              translate("People", "Yours"),
                                              translate("People", "On the platform")])
        for row, (field, (mine, theirs)) in enumerate(sorted(differences.items())):
            for column, text in enumerate((field, shown(field, mine), shown(field, theirs))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
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
        layout.addWidget(self.table)
        layout.addWidget(buttons)

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
