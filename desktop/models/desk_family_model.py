"""A family's card at the front desk: owners, members, contacts (legal guardians flagged),
registrations. Medical notes are read only when the clerk asks for them
(`show_medical()`), through services.org.reads.family(medical=True), which writes the
access to the audit log first; they are never logged and never kept after the card closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop import desk_orgs
from desktop.models.desk_session import DeskSession
from desktop.tasks import Background
from services.org import reads


class FamilyCard(QObject):
    loaded = Signal(object)  # a services.org.reads.Family
    missing = Signal()  # no such account (any more) in the store

    def __init__(self, session: DeskSession, account_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.account_id = session, account_id
        self.family: reads.Family | None = None
        self._background = Background(session.tasks, self)
        self._background.done.connect(self._delivered)

    def refresh(self) -> None:
        self._read(medical=False)

    def show_medical(self) -> None:
        self._read(medical=True)

    def _read(self, medical: bool) -> None:
        store, ident = self.session.store, self.account_id
        who = desk_orgs.who(self.session.org)

        def read() -> reads.Family | None:
            try:
                return reads.family(store, ident, medical=medical, who=who)
            except reads.NotFound:
                return None

        self._background.run(medical, read, "a family's card")

    def _delivered(self, medical: bool, family: reads.Family | None) -> None:
        if family is None:
            self.missing.emit()
            return
        if self.family is not None and self.family.medical_shown and not medical:
            return  # the notes asked for stay shown
        self.family = family
        self.loaded.emit(family)
