"""Changing the username (two steps: the new address, then the code the platform sends to
it) and the password (SET-1). Both need the platform; neither is queued."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from desktop.models.editing import Editing
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog

translate = QCoreApplication.translate


class _OnlineDialog(SectionDialog):
    def __init__(self, editing: Editing, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, QDialogButtonBox.StandardButton.Ok)
        self.editing = editing

    def online(self) -> bool:
        if self.editing.session is None:
            self.section.show_errors({"": translate(
                "Settings", "This needs the platform: connect and try again.")})
            return False
        return True


class UsernameDialog(_OnlineDialog):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, translate("Settings", "Change the username"), parent)
        self.new = self.section.add_field("NewUsername", translate(
            "Settings", "&New username (an email address)"), line(254))
        self.code = self.section.add_field("Code", translate(
            "Settings", "&Confirmation code"), line(12))
        self.hint = self.section.add_note(translate(
            "Settings", "The platform sends a code to the new address. Type it here to "
            "confirm the change."))
        self.code.setEnabled(False)

    def submit(self) -> None:
        if not self.online():
            return
        if not self.code.isEnabled():
            errors = self.editing.online("ask_username_change", self.new.text())
            if not errors:
                self.new.setReadOnly(True)
                self.code.setEnabled(True)
                self.code.setFocus()
                self.hint.setText(translate("Settings", "A code was sent to %1.").replace(
                    "%1", self.new.text().strip()))
        else:
            errors = self.editing.online("confirm_username_change", self.code.text())
            if not errors:
                self.accept()
        self.section.show_errors(errors)


class PasswordDialog(_OnlineDialog):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, translate("Settings", "Change the password"), parent)
        self.current, self.new, self.again = (
            self.section.add_field(key, label, line(128)) for key, label in (
                ("CurrentPassword", translate("Settings", "&Current password")),
                ("NewPassword", translate("Settings", "&New password")),
                ("Again", translate("Settings", "&Repeat the new password"))))
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.finished.connect(self._wipe)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.section.show_errors({"Again": translate(
                "Settings", "The two new passwords differ.")})
            return
        if not self.online():
            return
        errors = self.editing.online("change_password", self.current.text(), self.new.text())
        self.section.show_errors(errors)
        if not errors:
            self.accept()

    def _wipe(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
