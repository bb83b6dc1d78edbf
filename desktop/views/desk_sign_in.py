"""Signing in at the front desk (issue 19, item 1): the platform's address, the organization's
number or store slug, and an API key with its secret (made in the platform's back office)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.views.section import error_label
from desktop.views.sign_in import DEFAULT_SERVER


class DeskSignInDialog(QDialog):
    def __init__(self, server: str = DEFAULT_SERVER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to a front desk"))
        self.server = QLineEdit(server)
        self.org = QLineEdit()
        self.org.setPlaceholderText(self.tr("number or store slug, e.g. club-natation"))
        self.key = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: error_label() for name in ("server", "org", "")}
        self.setMinimumWidth(460)  # the address and a refusal readable whole
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow("", self.errors["server"])
        form.addRow(self.tr("&Organization:"), self.org)
        form.addRow("", self.errors["org"])
        form.addRow(self.tr("API &key:"), self.key)
        form.addRow(self.tr("API s&ecret:"), self.secret)
        form.addRow(self.errors[""])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_error(self, text: str, field: str = "") -> None:
        """`text` below the field it is about ("server", "org"), else below the form; the
        secret is typed again when it may be the problem."""
        for label in self.errors.values():
            label.hide()
        label = self.errors.get(field, self.errors[""])
        label.setText(text)
        label.show()
        self.adjustSize()  # the message whole, not squeezed into the height it had
        edit = {"server": self.server, "org": self.org}.get(field, self.secret)
        edit.setAccessibleDescription(text)
        if edit is self.secret:
            self.secret.clear()
        edit.setFocus()
