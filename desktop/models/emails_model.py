"""Emails (COMMS-1): newest first, unread in bold, each from an organization or the platform."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from desktop.formatting import short_date
from desktop.models import roles
from desktop.models.rows_model import RowsModel
from services.domain import entities as e

DATE, SENDER, SUBJECT = range(3)
PLATFORM = 0  # roles.KIND of the platform's own emails (organization ids start at 1)


class EmailsModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_emails(self, emails: list[e.Email]) -> None:
        """Newest first; the same emails again: no reset (the table keeps its selection)."""
        rows = sorted(emails, key=lambda m: m.sent_at, reverse=True)
        if rows != self._rows:
            self.set_rows(rows)

    def email(self, row: int) -> e.Email:
        return self._rows[row]

    def row_of(self, email_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == email_id), -1)

    def mark_read(self, email_id: int) -> None:
        """Shown as read at once (the store has it; the next read says so too)."""
        row = self.row_of(email_id)
        if row < 0 or self._rows[row].is_read:
            return
        self._rows[row] = self._rows[row].model_copy(update={"is_read": True})
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("From"), self.tr("Subject"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        email = self.row(index)
        if email is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            day = email.sent_at.astimezone().date()  # the day it was here, not in UTC
            return (short_date(day), email.sender, email.subject)[index.column()]
        if role == Qt.ItemDataRole.FontRole and not email.is_read:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and not email.is_read:
            return self.tr("Unread")
        if role == roles.ENTRY:
            return email
        if role == roles.KIND:
            return email.organization_id or PLATFORM
        if role == roles.SORT:
            return email.sent_at.isoformat()
        return None
