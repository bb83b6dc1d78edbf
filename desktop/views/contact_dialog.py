"""Add or edit an emergency contact / legal guardian (PEOPLE-7): the dialog stays open with the
field's message when a rule says no, so nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop.operations import Operations
from desktop.views.person_sections import line
from desktop.views.section import SectionDialog
from services.domain import entities as e
from services.domain.kinds import ContactRank
from services.domain.validators import format_phone

translate = QCoreApplication.translate


class ContactDialog(SectionDialog):
    def __init__(self, ops: Operations, person: e.Person, contact: e.Contact | None,
                 show_sin: bool, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Edit the contact") if contact
                         else translate("People", "Add a contact for %1").replace(
                             "%1", person.first_name), parent)
        self.ops, self.person, self.contact = ops, person, contact
        add = self.section.add_field
        self.first = add("FirstName", translate("People", "&First name"), line())
        self.last = add("LastName", translate("People", "&Last name"), line())
        self.relationship = add("Relationship", translate("People", "&Relationship"), line())
        self.phone = add("Phones", translate("People", "&Phone"), line(30))
        self.email = add("Email", translate("People", "E&mail"), line(254))
        self.emergency = add("IsEmergencyContact", translate("People", "Emergency &contact"),
                             QCheckBox())
        self.guardian = add("IsLegalGuardian", translate("People", "Legal &guardian"),
                            QCheckBox())
        self.rank = add("Rank", translate("People", "Guardian ran&k"), QComboBox())
        for value, text in ((None, translate("People", "None")),
                            (ContactRank.PRIMARY.value, translate("People", "Primary")),
                            (ContactRank.SECONDARY.value, translate("People", "Secondary"))):
            self.rank.addItem(text, value)
        self.sin = add("Sin", translate("People", "&SIN (NAS)"), line(11)) if show_sin else None
        if self.sin is not None:
            self.sin.setEchoMode(QLineEdit.EchoMode.Password)
        self.guardian.toggled.connect(self.rank.setEnabled)
        self._fill(contact)

    def _fill(self, contact: e.Contact | None) -> None:
        self.emergency.setChecked(contact.is_emergency_contact if contact else True)
        self.guardian.setChecked(bool(contact and contact.is_legal_guardian))
        self.rank.setEnabled(self.guardian.isChecked())
        if contact is None:
            return
        self.first.setText(contact.first_name)
        self.last.setText(contact.last_name)
        self.relationship.setText(contact.relationship)
        self.phone.setText(format_phone(contact.phones[0].number) if contact.phones else "")
        self.email.setText(contact.email or "")
        self.rank.setCurrentIndex(max(0, self.rank.findData(
            contact.rank.value if contact.rank else None)))
        if self.sin is not None:
            self.sin.setText(contact.sin or "")

    def values(self) -> dict[str, Any]:
        phone = self.phone.text().strip()
        kept = list(self.contact.phones) if self.contact else []
        first = kept[0].model_copy(update={"number": phone}) if kept and phone else \
            e.Phone(label="", number=phone) if phone else None
        unchanged = bool(kept) and phone == format_phone(kept[0].number)
        found = {
            "first_name": self.first.text().strip(), "last_name": self.last.text().strip(),
            "relationship": self.relationship.text().strip(),
            # The dialog shows the first number: the others are kept as they are.
            "phones": kept if unchanged else ([first] if first else []) + kept[1:],
            "email": self.email.text().strip() or None,
            "is_emergency_contact": self.emergency.isChecked(),
            "is_legal_guardian": self.guardian.isChecked(),
            "rank": self.rank.currentData() if self.guardian.isChecked() else None,
        }
        if not self.guardian.isChecked():
            found["rl24_percent"] = None  # a share belongs to a guardian only
        if self.sin is not None:
            found["sin"] = self.sin.text().strip() or None
        return found

    def submit(self) -> None:
        values = self.values()
        if self.contact is None:
            first, last = values.pop("first_name"), values.pop("last_name")
            self.run(self.ops.add_contact(self.person.id, first, last, values, initiator=self))
        else:
            self.run(self.ops.update_contact(self.contact.id, values, initiator=self))
