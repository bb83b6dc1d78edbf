"""Emergency contacts and legal guardians of one participant (PEOPLE-7), their RL-24 shares
with a live total (PEOPLE-8), what the child's RL-24 still misses, and who receives the
participant's notifications, and why (COMMS-3)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import roles
from desktop.models.contacts_model import ContactsModel
from desktop.operations import Operations, Outcome
from desktop.views.contact_dialog import ContactDialog
from desktop.views.section import Section, error_style
from desktop.views.tables import record_table
from services.domain import entities as e
from services.domain.notifications import RecipientReason, notification_recipient
from services.domain.rl24 import readiness

translate = QCoreApplication.translate


class ContactsPanel(Section):

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "Emergency contacts and legal guardians"), parent)
        self.ops = ops
        self.person: e.Person | None = None
        self.show_sin = False
        self.model = ContactsModel(self)
        self.table = record_table(self.model, self.title())
        self.table.setFixedHeight(120)
        self.table.doubleClicked.connect(lambda index: self._edit(index.row()))
        self.add = QPushButton(translate("People", "&Add a contact…"))
        self.edit = QPushButton(translate("People", "&Edit…"))
        self.remove = QPushButton(translate("People", "Remove (X)"))
        self.remove.setAccessibleName(translate("People", "Remove the contact"))
        self.add.clicked.connect(lambda: self._edit(None))
        self.edit.clicked.connect(lambda: self._edit(self._row()))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form.addRow(self.table)
        self.form.addRow(buttons)
        self.save_button.hide()  # each contact is saved by its dialog

    def load(self, person: e.Person, contacts: list[e.Contact], show_sin: bool) -> None:
        """The same person read again: the selected contact stays selected."""
        index = self.table.currentIndex()
        kept = index.data(roles.ENTRY).id if index.isValid() and self.person is not None \
            and self.person.id == person.id else None
        self.person, self.show_sin = person, show_sin
        self.model.set_contacts(contacts)
        self.edit.setEnabled(bool(contacts))
        self.remove.setEnabled(bool(contacts))
        self.show_errors({})
        if kept is not None:
            self.select_contact(kept)

    def select_contact(self, contact_id: int) -> bool:
        """That contact selected and scrolled to (False: not one of this person's)."""
        rows = self.model.contacts()
        row = next((r for r, contact in enumerate(rows) if contact.id == contact_id), -1)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if self.model.rowCount() else None)

    def _edit(self, row: int | None) -> None:
        contact = self.model.contact(row) if row is not None else None
        ContactDialog(self.ops, self.person, contact, self.show_sin, self).exec()

    def _remove(self) -> None:
        row = self._row()
        if row is None:
            return
        contact = self.model.contact(row)
        answer = QMessageBox.question(self, translate("People", "Remove the contact"),
                                      translate("People", "Remove %1 from %2's contacts?")
                                      .replace("%1", contact.full_name)
                                      .replace("%2", self.person.first_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.remove_contact(contact.id, initiator=self).then(self._removed)

    def _removed(self, outcome: Outcome) -> None:
        self.show_errors(dict(outcome.errors))


class SharesPanel(Section):
    """PEOPLE-8: one whole percent per legal guardian, checked live to sum to 100."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(translate("People", "RL-24 shares"), parent)
        self.ops = ops
        self.person: e.Person | None = None
        self.spins: dict[int, QSpinBox] = {}
        self.rows = QVBoxLayout()
        self.form.addRow(self.rows)
        self.total = QLabel()
        self.form.addRow(self.total)
        self.saveRequested.connect(self.save)
        self.changed.connect(self._update_total)

    def load(self, person: e.Person, contacts: list[e.Contact]) -> None:
        self.person = person
        self.begin_load()
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        for contact in (c for c in contacts if c.is_legal_guardian):
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(contact.rl24_percent or 0)
            spin.setAccessibleName(translate("People", "RL-24 share of %1").replace(
                "%1", contact.full_name))
            label = QLabel(contact.full_name)
            label.setBuddy(spin)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(label, 1)
            line.addWidget(spin)
            self.rows.addWidget(row)
            self._watch(spin)
            self.spins[contact.id] = spin
        self.end_load()
        self._update_total()

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        if not self.spins:
            self.total.setText(translate("People", "No legal guardian yet: add one above."))
            self.total.setStyleSheet("")
            return
        ok = total == 100
        self.total.setText(translate("People", "Total: %1 %").replace("%1", str(total)) + (
            "" if ok else " — " + translate("People", "the shares must add up to 100 %.")))
        self.total.setStyleSheet("" if ok else error_style())

    def save(self) -> None:
        shares = {ident: spin.value() for ident, spin in self.spins.items()}
        self.run(self.ops.set_rl24_shares(self.person.id, shares, initiator=self))


def readiness_text(child: e.Person, contacts: list[e.Contact], holder: e.Person | None,
                   lang: str) -> tuple[str, bool]:
    """PEOPLE-8: what the child's RL-24 still misses, or that it is complete."""
    missing = readiness(child, contacts, holder.address if holder else None)
    if not missing:
        return translate("People", "Everything the RL-24 needs is here."), True
    return "\n".join("• " + v.message(lang) for v in missing), False


def recipient_text(person: e.Person, contacts: list[e.Contact], account: e.Account) -> str:
    """COMMS-3: who receives this participant's notifications, and why."""
    found = notification_recipient(person, contacts, account)
    why = {
        RecipientReason.PRIMARY_GUARDIAN: translate(
            "People", "the primary legal guardian, who has an email address"),
        RecipientReason.CONTACT_EMAIL: translate(
            "People", "the account's contact email: no primary guardian with an email"),
        RecipientReason.USERNAME: translate(
            "People", "the account's username: no primary guardian with an email and no "
            "contact email"),
    }[found.reason]
    return translate("People", "Notifications about %1 go to %2 — %3.").replace(
        "%1", person.first_name).replace("%2", found.email).replace("%3", why)


def wrap(text: str, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
