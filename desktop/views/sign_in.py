"""The sign-in dialog: server (with a default), username, password, remember me."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop.views.section import error_label

DEFAULT_SERVER = "http://127.0.0.1:8765"


class SignInDialog(QDialog):
    def __init__(self, server: str = DEFAULT_SERVER, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Carnet"))
        self.server = QLineEdit(server)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.error = error_label()
        self.server_error = error_label()  # an address Carnet will not send a password to
        self.server_error.setBuddy(self.server)
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow("", self.server_error)
        form.addRow(self.tr("&Username (email):"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_error(self, text: str, field: str = "") -> None:
        """`text` below the field it is about ("server"), else below the form; the password
        is typed again unless the server was the problem."""
        for label in (self.error, self.server_error):
            label.hide()
        if field == "server":
            self.server_error.setText(text)
            self.server_error.show()
            self.adjustSize()  # the message whole, not squeezed into the height it had
            self.server.setAccessibleDescription(text)
            self.server.setFocus()
            self.server.selectAll()
            return
        self.server.setAccessibleDescription("")
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        self.password.clear()
        self.password.setFocus()
