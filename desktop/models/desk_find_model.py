"""Front desk's Find: persons and families (accounts) matching what is typed, from the
organization's store, offline; only the answer to the latest question shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from desktop.models import roles
from desktop.models.desk_session import DeskSession
from desktop.models.rows_model import RowsModel
from desktop.tasks import Background
from services.org import reads

KIND, NAME, DETAIL = range(3)
ACCOUNT = Qt.ItemDataRole.UserRole + 61  # the account a row opens


class FindModel(RowsModel):
    found = Signal(int)

    def __init__(self, session: DeskSession, parent: QObject | None = None,
                 limit: int = 30) -> None:
        super().__init__(parent)
        self.session, self.limit = session, limit
        self.query = ""
        self._background = Background(session.tasks, self)
        self._background.done.connect(self._delivered)
        session.changed.connect(self.refresh)

    def search(self, text: str) -> None:
        self.query = text
        self.refresh()

    def refresh(self) -> None:
        query, store, limit = self.query, self.session.store, self.limit
        if not query.strip():
            self._delivered(query, [])
            return
        self._background.run(query, lambda: reads.find(store, query, limit), "a search")

    def _delivered(self, query: str, rows: list[reads.Found]) -> None:
        if query != self.query:
            return
        self.set_rows(rows)
        self.found.emit(len(rows))

    def results(self) -> list[reads.Found]:
        return list(self._rows)

    # --- Qt ------------------------------------------------------------------------------------

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Name"), self.tr("Details"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.row(index)
        if hit is None:
            return None
        if role == roles.ENTRY:
            return hit
        if role == ACCOUNT:
            return hit.account_id
        if role == roles.KIND:
            return hit.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == KIND:
                return self.tr("Person") if hit.kind == "Person" else self.tr("Family")
            if index.column() == NAME:
                return hit.label
            # A person's detail is its account's owner (its own email when it has none).
            if hit.kind == "Person" and hit.detail and "@" not in hit.detail:
                return self.tr("Family of %1").replace("%1", hit.detail)
            return hit.detail
        return None
