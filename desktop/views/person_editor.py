"""The person editor (PEOPLE-2..8, COMMS-3): sections saved on their own, the contacts and
RL-24 shares, the forms by organization, and where each edit stands with the platform."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.changes import ResourceType as R
from desktop.models.people_model import PeopleData, avatar
from desktop.operations import Operations
from desktop.views.contacts_panel import (
    ContactsPanel,
    SharesPanel,
    readiness_text,
    recipient_text,
    wrap,
)
from desktop.views.org_forms import FormSection
from desktop.views.person_dialogs import InviteDialog
from desktop.views.person_sections import (
    AddressSection,
    IdentitySection,
    InsuranceSection,
    MedicalSection,
    PersonSection,
    ReachSection,
    SinSection,
)
from desktop.views.photo_section import PhotoSection
from desktop.views.section import Section, error_label, error_style, waiting
from services.domain import entities as e
from services.domain.validators import QUEBEC

translate = QCoreApplication.translate


class PersonEditor(QWidget):
    """Each save is an operation; what it changed comes back through the change hub (the
    People model reads once, the tab shows it)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.person: e.Person | None = None
        self.picture, self.name = QLabel(), QLabel()
        self.invite = QPushButton(translate("People", "&Invite to the family account…"))
        self.invite.clicked.connect(self._invite)
        header = QHBoxLayout()
        header.addWidget(self.picture)
        header.addWidget(self.name, 1)
        header.addWidget(self.invite)
        self.conflict = error_label()
        self.review = QPushButton(translate("People", "&Review the conflict…"))
        self.review.clicked.connect(self._review)
        self.refusal = error_label()
        banner = QHBoxLayout()
        banner.addWidget(self.refusal, 1)
        banner.addWidget(self.conflict, 1)
        banner.addWidget(self.review)
        self.sections: list[PersonSection] = [
            PhotoSection(), IdentitySection(), AddressSection(), ReachSection(),
            MedicalSection(), InsuranceSection(), SinSection()]
        for section in self.sections:
            section.saveRequested.connect(lambda s=section: self._save(s))
        self.child_address = wrap(translate(
            "People", "A child has no address of their own: they share the account holder's."))
        self.contacts = ContactsPanel(ops)
        self.shares = SharesPanel(ops)
        self.readiness, self.recipient = wrap(""), wrap("")
        self.forms_title = QLabel("<b>" + translate("People", "Forms by organization") + "</b>")
        self.forms_box = QVBoxLayout()
        self.forms: list[FormSection] = []
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(banner)
        for widget in (*self.sections[:3], self.child_address, *self.sections[3:],
                       self.contacts, self.shares, self.readiness, self.recipient,
                       self.forms_title):
            layout.addWidget(widget)
        layout.addLayout(self.forms_box)
        layout.addStretch(1)
        self._conflicts: list = []

    # --- showing a person ----------------------------------------------------------------------

    def show_person(self, person: e.Person, contacts: list[e.Contact], data: PeopleData) -> None:
        self.person = person
        self.picture.setPixmap(avatar(person, 48))
        self.name.setText(f"<h2>{person.full_name}</h2>")
        quebec = data.account is not None and data.account.province.upper() == QUEBEC
        refused = data.refused.get((R.PERSON, person.id), {})
        for section in self.sections:
            section.load(person)
            self._standing(section, data.waiting.get((R.PERSON, person.id), {}), refused)
        self.refusal.setText(translate("People", "Refused by the platform: %1").replace(
            "%1", refused[""]) if refused.get("") else "")
        self.refusal.setVisible(bool(refused.get("")))
        self.sections[2].setVisible(not person.is_child)  # address: adults only
        self.child_address.setVisible(person.is_child)
        self.sections[6].setVisible(quebec)  # SIN: Québec accounts only
        self.shares.load(person, [])  # nothing left over from the previous person
        self.show_related(person, contacts, data)

    def show_related(self, person: e.Person, contacts: list[e.Contact],
                     data: PeopleData) -> None:
        """What depends on the contacts and forms: read again even while a section of the
        person has unsaved changes (those stay as typed)."""
        quebec = data.account is not None and data.account.province.upper() == QUEBEC
        self.contacts.load(person, contacts, quebec)
        rl24 = person.id in data.rl24
        self.shares.setVisible(rl24)
        self.readiness.setVisible(rl24 and person.is_child)
        if rl24:
            if not self.shares.dirty:
                self.shares.load(person, contacts)
            text, ready = readiness_text(person, contacts, data.holder, self.ops.lang)
            self.readiness.setText("<b>" + translate("People", "RL-24 readiness") + "</b><br>"
                                   + text.replace("\n", "<br>"))
            self.readiness.setStyleSheet("" if ready else error_style())
        self.recipient.setVisible(data.account is not None)
        if data.account is not None:
            self.recipient.setText(recipient_text(person, contacts, data.account))
        if not any(form.dirty for form in self.forms):
            self._show_forms(data.forms.get(person.id, []), data.org_names)
        self._conflicts = data.conflicts_of(R.PERSON, person.id)
        self.conflict.setText(translate(
            "People", "The platform changed this person while your edit waited to be sent.")
            if self._conflicts else "")
        self.conflict.setVisible(bool(self._conflicts))
        self.review.setVisible(bool(self._conflicts))

    def _standing(self, section: Section, pending: dict, refused: dict) -> None:
        """Pending or refused edits of this section's fields, said next to them."""
        mine = {key.split(".")[0] for key in section.fields}
        refused_here = {k: v for k, v in refused.items() if k.split(".")[0] in mine}
        if refused_here or (refused.get("") and mine & set(pending)):
            section.show_errors(refused_here)
            section.status.setText(translate("People", "Refused by the platform: correct and "
                                             "save again."))
        elif mine & set(pending):
            section.status.setText(waiting())

    def _show_forms(self, forms: list[e.OrgForm], names: dict[int, str]) -> None:
        for old in self.forms:
            old.deleteLater()
        self.forms = [FormSection(self.ops, form, names.get(form.organization_id, ""))
                      for form in forms]
        for form in self.forms:
            self.forms_box.addWidget(form)
        self.forms_title.setVisible(bool(self.forms))

    # --- actions -------------------------------------------------------------------------------

    def dirty(self) -> bool:
        shown = [s for s in (*self.sections, self.shares, *self.forms) if not s.isHidden()]
        return any(s.dirty for s in shown)

    def _save(self, section: PersonSection) -> None:
        section.run(self.ops.update_person(self.person.id, section.changes(), initiator=self))

    def _invite(self) -> None:
        InviteDialog(self.ops, self.person, self).exec()

    def _review(self) -> None:
        from desktop.views.conflict_dialog import review

        review(self.ops, self._conflicts, self)
