"""Adding a person (PEOPLE-1) and inviting one to the family account (PEOPLE-2): the dialog
keeps what was typed and shows the field's message when a rule says no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.editing import Editing
from desktop.views.person_sections import date_of, line
from desktop.views.section import Section, date_edit
from services.domain import entities as e

translate = QCoreApplication.translate


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.section = Section(title)
        self.section.save_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def done_or_show(self, result, errors: dict[str, str]) -> None:
        if errors:
            self.section.show_errors(errors)
        else:
            self.result_value = result
            self.accept()


class AddPersonDialog(_FormDialog):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Add a person"), parent)
        self.editing = editing
        add = self.section.add_field
        self.first = add("FirstName", translate("People", "&First name"), line())
        self.last = add("LastName", translate("People", "&Last name"), line())
        self.kind = add("IsChild", translate("People", "&Child or adult"), QComboBox())
        self.kind.addItem(translate("People", "Child"), True)
        self.kind.addItem(translate("People", "Adult"), False)
        self.birth = add("DateOfBirth", translate("People", "&Date of birth"),
                         date_edit(translate("People", "Not set")))
        self.section.add_note(translate("People", "All four are required. The date of birth "
                                        "can't be changed afterwards."))
        self.result_value: e.Person | None = None

    def save(self) -> None:
        self.done_or_show(*self.editing.apply(
            "add_person", self.first.text().strip(), self.last.text().strip(),
            bool(self.kind.currentData()), date_of(self.birth)))


class InviteDialog(_FormDialog):
    def __init__(self, editing: Editing, person: e.Person, parent: QWidget | None = None
                 ) -> None:
        super().__init__(translate("People", "Invite %1 to the family account").replace(
            "%1", person.first_name), parent)
        self.editing, self.person = editing, person
        self.email = self.section.add_field("Email", translate("People", "E&mail address"),
                                            line(254))
        self.section.add_note(translate("People", "They receive an email to join the account "
                                        "and sign in with their own username."))
        self.result_value = None

    def save(self) -> None:
        self.done_or_show(*self.editing.apply("invite", self.person.id,
                                              self.email.text().strip()))
