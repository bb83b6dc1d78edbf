"""A participant's emergency contacts and legal guardians (PEOPLE-7/8), one row each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.collation import name_key
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e
from services.domain.kinds import ContactRank
from services.domain.validators import format_phone

NAME, RELATIONSHIP, ROLE, SHARE, PHONE = range(5)


class ContactsModel(RowsModel):
    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Relationship"), self.tr("Role"),
                self.tr("RL-24 share"), self.tr("Phone"))

    def set_contacts(self, contacts: list[e.Contact]) -> None:
        name = name_key()
        self.set_rows(sorted(contacts, key=lambda c: (
            not c.is_legal_guardian, c.rank != ContactRank.PRIMARY, name(c.last_name),
            name(c.first_name))))

    def contact(self, row: int) -> e.Contact:
        return self._rows[row]

    def contacts(self) -> list[e.Contact]:
        return list(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        contact = self.row(index)
        if contact is None:
            return None
        if role == roles.ENTRY:
            return contact
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == NAME:
            return contact.full_name
        if column == RELATIONSHIP:
            return contact.relationship
        if column == ROLE:
            return self.role_text(contact)
        if column == SHARE:
            return "" if contact.rl24_percent is None else f"{contact.rl24_percent} %"
        if column == PHONE:
            return format_phone(contact.phones[0].number) if contact.phones else ""
        return None

    def role_text(self, contact: e.Contact) -> str:
        parts = []
        if contact.is_legal_guardian:
            parts.append({ContactRank.PRIMARY: self.tr("Primary guardian"),
                          ContactRank.SECONDARY: self.tr("Secondary guardian")}.get(
                contact.rank, self.tr("Legal guardian")))
        if contact.is_emergency_contact:
            parts.append(self.tr("Emergency contact"))
        return ", ".join(parts)
