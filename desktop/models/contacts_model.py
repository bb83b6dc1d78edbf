"""A participant's emergency contacts and legal guardians (PEOPLE-7/8), one row each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desktop.models import roles
from services.domain import entities as e
from services.domain.kinds import ContactRank
from services.domain.validators import format_phone

NAME, RELATIONSHIP, ROLE, SHARE, PHONE = range(5)


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[e.Contact] = []

    def set_contacts(self, contacts: list[e.Contact]) -> None:
        self.beginResetModel()
        self._contacts = sorted(contacts, key=lambda c: (
            not c.is_legal_guardian, c.rank != ContactRank.PRIMARY, c.last_name, c.first_name))
        self.endResetModel()

    def contact(self, row: int) -> e.Contact:
        return self._contacts[row]

    def contacts(self) -> list[e.Contact]:
        return list(self._contacts)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Relationship"), self.tr("Role"),
                  self.tr("RL-24 share"), self.tr("Phone"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
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
