"""Adding a person (PEOPLE-1) and inviting one to the family account (PEOPLE-2): the dialog
keeps what was typed and shows the field's message when a rule says no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QWidget,
)

from desktop.operations import Operations
from desktop.views.person_sections import date_of, line
from desktop.views.section import SectionDialog, date_edit
from services.domain import clock
from services.domain import entities as e

translate = QCoreApplication.translate


class AddPersonDialog(SectionDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Add a person"), parent,
                         QDialogButtonBox.StandardButton.Ok)
        self.ops = ops
        add = self.section.add_field
        self.first = add("FirstName", translate("People", "&First name"), line())
        self.last = add("LastName", translate("People", "&Last name"), line())
        self.kind = add("IsChild", translate("People", "&Child or adult"), QComboBox())
        self.kind.addItem(translate("People", "Child"), True)
        self.kind.addItem(translate("People", "Adult"), False)
        # Unset until chosen (its calendar opens on today's month), never in the future.
        self.birth = add("DateOfBirth", translate("People", "&Date of birth"),
                         date_edit(translate("People", "Not set"), latest=clock.today()))
        self.section.add_note(translate("People", "All four are required. The date of birth "
                                        "can't be changed afterwards."))

    @property
    def result_value(self) -> e.Person | None:
        """The person added, once the dialog closed on it."""
        outcome = getattr(self, "outcome", None)
        return outcome.value if outcome is not None and outcome.ok else None

    def submit(self) -> None:
        self.run(self.ops.add_person(self.first.text().strip(), self.last.text().strip(),
                                     bool(self.kind.currentData()), date_of(self.birth),
                                     initiator=self))


class InviteDialog(SectionDialog):
    def __init__(self, ops: Operations, person: e.Person, parent: QWidget | None = None
                 ) -> None:
        super().__init__(translate("People", "Invite %1 to the family account").replace(
            "%1", person.first_name), parent, QDialogButtonBox.StandardButton.Ok)
        self.ops, self.person = ops, person
        self.email = self.section.add_field("Email", translate("People", "E&mail address"),
                                            line(254))
        self.section.add_note(translate("People", "They receive an email to join the account "
                                        "and sign in with their own username."))

    def submit(self) -> None:
        self.run(self.ops.invite(self.person.id, self.email.text().strip(), initiator=self))
