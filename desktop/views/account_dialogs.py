"""Changing the username (two steps: the new address, then the code the platform sends to
it) and the password (SET-1). Both need the platform; neither is queued: each step is an
operation that waits for the platform on the writer thread, the dialog waiting with it. A
lockout, or a platform out of reach, is said in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from desktop.operations import Operations, Outcome
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog

translate = QCoreApplication.translate


class _OnlineDialog(SectionDialog):
    def __init__(self, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, QDialogButtonBox.StandardButton.Ok)
        self.ops = ops


class UsernameDialog(_OnlineDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, translate("Settings", "Change the username"), parent)
        self.new = self.section.add_field("NewUsername", translate(
            "Settings", "&New username (an email address)"), line(254))
        self.code = self.section.add_field("Code", translate(
            "Settings", "&Confirmation code"), line(12))
        self.hint = self.section.add_note(translate(
            "Settings", "The platform sends a code to the new address. Type it here to "
            "confirm the change."))
        self.code.setEnabled(False)
        # The address gets the width, whatever the labels take (French ones are long).
        metrics = self.new.fontMetrics()
        self.new.setMinimumWidth(max(metrics.averageCharWidth() * 36, metrics.horizontalAdvance(
            "famille.tremblay-gagnon@example.ca") + 24))

    def submit(self) -> None:
        if not self.code.isEnabled():  # first the new address: the platform sends it a code
            self.accept_button.setEnabled(False)
            self.new.setReadOnly(True)  # the address the code goes to, while it is asked
            self.ops.ask_username_change(self.new.text()).then(self._asked)
        else:  # then the code: done, the dialog closes
            self.run(self.ops.confirm_username_change(self.code.text()))

    def _asked(self, outcome: Outcome) -> None:
        self.accept_button.setEnabled(True)
        self.new.setReadOnly(outcome.ok)
        if outcome.ok:
            self.code.setEnabled(True)
            self.code.setFocus()
            self.hint.setText(translate("Settings", "A code was sent to %1.").replace(
                "%1", self.new.text().strip()))
        self.section.show_errors(dict(outcome.errors))


class PasswordDialog(_OnlineDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, translate("Settings", "Change the password"), parent)
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
        self.run(self.ops.change_password(self.current.text(), self.new.text()))

    def _wipe(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
