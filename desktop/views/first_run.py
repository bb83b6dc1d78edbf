"""The first run on a computer (issue 19, item 1): whose calendar is this — a family's account,
or an organization's front desk?"""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

FAMILY, DESK = "family", "desk"


class FirstRunDialog(QDialog):
    """`choice` is FAMILY or DESK once a button is pressed (None: closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Carnet"))
        self.choice: str | None = None
        self.setMinimumWidth(480)  # the two choices' descriptions on two lines, not five
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("How will you use Carnet on this computer?"))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.family = QCommandLinkButton(
            self.tr("My family's account"),
            self.tr("Every child's activities, payments and emails, offline too."))
        self.desk = QCommandLinkButton(
            self.tr("An organization's front desk"),
            self.tr("Today's sessions and rosters, find a family, print attendance sheets — "
                    "with the organization's API key."))
        for button, choice in ((self.family, FAMILY), (self.desk, DESK)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
        self.family.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
