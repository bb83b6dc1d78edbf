"""Settings ▸ Calendar file (OUT-1): keep an .ics up to date in a folder the person picks — a
cloud drive's folder carries it to a phone — for the whole family or one file per member,
rewritten after each sync (desktop.models.calendar_files)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar_files import CalendarFiles

translate = QCoreApplication.translate


class LiveFileSection(QGroupBox):
    def __init__(self, files: CalendarFiles, parent: QWidget | None = None) -> None:
        super().__init__(translate("LiveFile", "Calendar file"), parent)
        self.files = files
        on, folder, per_member = files.live()
        self.folder = folder
        layout = QVBoxLayout(self)
        self.keep = QCheckBox(translate("LiveFile", "&Keep a calendar file up to date"))
        self.keep.setChecked(on)
        self.keep.setToolTip(translate(
            "LiveFile", "After each sync, Carnet writes the calendar again as an .ics file in "
            "this folder. In a cloud drive's folder, a phone's calendar can read it."))
        layout.addWidget(self.keep)
        line = QHBoxLayout()
        self.where = QLabel()
        self.where.setWordWrap(True)
        line.addWidget(self.where, 1)
        self.choose = QPushButton(translate("LiveFile", "C&hoose the folder…"))
        line.addWidget(self.choose)
        layout.addLayout(line)
        self.per_member = QCheckBox(translate("LiveFile", "One &file per member"))
        self.per_member.setChecked(per_member)
        layout.addWidget(self.per_member)
        self.keep.toggled.connect(self._keep)
        self.choose.clicked.connect(self._choose)
        self.per_member.toggled.connect(lambda _on: self._save())
        self._show()

    def _show(self) -> None:
        self.where.setText(str(self.folder) if self.folder else translate(
            "LiveFile", "No folder chosen yet."))
        self.per_member.setEnabled(self.keep.isChecked())
        self.choose.setEnabled(self.keep.isChecked())

    def _keep(self, on: bool) -> None:
        if on and self.folder is None and not self._choose():
            self.keep.setChecked(False)  # no folder: nothing to keep up to date
            return
        self._save()

    def _choose(self) -> bool:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("LiveFile", "Where to keep the calendar file"),
            str(self.folder or Path.home()))
        if not chosen:
            return False
        self.folder = Path(chosen)
        self._save()
        return True

    def _save(self) -> None:
        self.files.set_live(self.keep.isChecked(), self.folder, self.per_member.isChecked())
        self._show()
