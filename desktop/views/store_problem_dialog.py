"""What the window says when its data cannot be used (issue 13): the problem in the user's
words (desktop.store_problems) and, for a lost key or a damaged file, the choice between
keeping the unreadable copy aside to download the account again, and quitting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

TEXT_WIDTH = 520  # a data folder's path and a few lines of explanation, not a narrow column


def _widen(box: QMessageBox) -> None:
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(TEXT_WIDTH)


class StoreProblemDialog(QMessageBox):
    def __init__(self, text: str, recoverable: bool, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", text, parent=parent)
        self.setWindowTitle(self.tr("Carnet cannot use its data"))
        _widen(self)
        self.recover_button = None
        if recoverable:
            self.setInformativeText(self.tr(
                "Keeping a copy aside renames the unreadable file beside a fresh one; nothing "
                "is deleted. Your account then downloads again from the platform. Edits not "
                "yet sent cannot be read."))
            self.recover_button = self.addButton(
                self.tr("Keep a copy aside and download again"),
                QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.quit_button)

    def recover_chosen(self) -> bool:
        return self.recover_button is not None and self.clickedButton() is self.recover_button


def tell(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    """A message with OK, waited for (what recovery did; a problem met while working)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    _widen(box)
    box.exec()
