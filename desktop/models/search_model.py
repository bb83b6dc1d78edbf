"""Search everything (issue 18): what a query finds in the local store, grouped by kind — a
heading row per kind, then its hits, best first. The search runs on the reader thread
(services.store.search); only the answer to the latest query is shown."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from desktop.formatting import day_and_time, day_label, short_date
from desktop.models import roles
from desktop.tasks import Background
from services.domain import clock
from services.domain.calendar import zone
from services.domain.clock import LOCAL_ZONE
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.search import Hit

HEADING = Qt.ItemDataRole.UserRole + 40  # True on a kind's heading row
MARKED = Qt.ItemDataRole.UserRole + 41  # the label and detail as HTML, matched words in bold

# The tab each kind opens (desktop.views.TABS names them); passes are Billing's (BILL-1).
TAB_OF = {"Person": "people", "Contact": "people", "Organization": "communications",
          "Activity": "home", "Occurrence": "home", "Event": "home", "Closure": "home",
          "Email": "communications", "Transaction": "billing", "Pass": "billing"}
_WORD = re.compile(r"\w+")


def kind_name(kind: str) -> str:
    """A kind's heading, in the application's language."""
    texts = {
        "Person": QCoreApplication.translate("Search", "People"),
        "Contact": QCoreApplication.translate("Search", "Contacts"),
        "Organization": QCoreApplication.translate("Search", "Organizations"),
        "Activity": QCoreApplication.translate("Search", "Activities"),
        "Occurrence": QCoreApplication.translate("Search", "Sessions"),
        "Event": QCoreApplication.translate("Search", "Events"),
        "Closure": QCoreApplication.translate("Search", "Closures"),
        "Email": QCoreApplication.translate("Search", "Emails"),
        "Transaction": QCoreApplication.translate("Search", "Transactions"),
        "Pass": QCoreApplication.translate("Search", "Passes"),
    }
    return texts[kind]


def when(at: int | str | None) -> str:
    """A hit's day (and time, for an instant) as the language writes it: « sam. 28 nov. à
    9 h 00 »; another year's day in full numbers (2025-11-28); "" when it has none."""
    if at is None or at == "":
        return ""
    moment = None
    if isinstance(at, str):
        day = date.fromisoformat(at[:10])
    else:
        from services.store.codec import from_micros

        moment = from_micros(int(at)).astimezone(zone(LOCAL_ZONE))
        day = moment.date()
    if day.year != clock.today().year:
        return short_date(day)
    return day_and_time(moment) if moment is not None else day_label(day)


def _fold(word: str) -> str:
    import unicodedata

    from services.store.search import fold

    plain = unicodedata.normalize("NFKD", fold(word))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def marked(text: str, terms: list[str]) -> str:
    """`text` as HTML, each word that starts with one of `terms` (accents, case and Ł aside)
    in bold."""
    wanted = [_fold(t) for t in terms]
    out, at = [], 0
    for found in _WORD.finditer(text):
        out.append(html.escape(text[at:found.start()]))
        word = found.group()
        folded = _fold(word)
        hit = any(folded.startswith(t) for t in wanted)
        out.append(f"<b>{html.escape(word)}</b>" if hit else html.escape(word))
        at = found.end()
    out.append(html.escape(text[at:]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    hit: Hit | None  # None: the kind's heading
    count: int = 0


class SearchModel(QAbstractListModel):
    """Rows for a list: a heading per kind, then its hits. `search(text)` asks; `found`
    tells when the answer to the latest question is shown (its number of hits)."""

    SHOWN = frozenset({R.PERSON, R.CONTACT, R.ORGANIZATION, R.ACTIVITY, R.OCCURRENCE,
                       R.EVENT, R.CLOSURE, R.EMAIL, R.TRANSACTION, R.PASS})
    found = Signal(int)
    reads = 0

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 per_kind: int = 20) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self.per_kind = per_kind
        self.query = ""
        self.terms: list[str] = []
        self._rows: list[Row] = []
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._delivered)
        workspace.hub.changed.connect(self._on_changes)

    # --- asking ----------------------------------------------------------------------------

    def search(self, text: str) -> None:
        self.query = text
        self.refresh()

    def refresh(self) -> None:
        store, query, per_kind = self.store, self.query, self.per_kind
        if not query.strip():
            self._delivered(query, {})
            return
        self.reads += 1

        def read() -> dict[str, list[Hit]]:
            from services.store import search

            with store.reader() as conn:
                return search.search(conn, query, per_kind)

        self._background.run(query, read, "search")

    def _on_changes(self, changes) -> None:
        if self.query.strip() and changes.touches(self.SHOWN):
            self.refresh()

    def _delivered(self, query: str, groups: dict[str, list[Hit]]) -> None:
        if query != self.query:
            return  # an older question's answer: a newer one is on its way
        from services.store.search import terms

        self.beginResetModel()
        self.terms = terms(query)
        self._rows = []
        for kind, hits in groups.items():
            self._rows.append(Row(kind, None, len(hits)))
            self._rows += [Row(kind, hit) for hit in hits]
        self.endResetModel()
        self.found.emit(sum(len(hits) for hits in groups.values()))

    # --- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].hit is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == HEADING:
            return row.hit is None
        if role == roles.KIND:
            return row.kind
        if row.hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return kind_name(row.kind)
            if role == MARKED:
                return html.escape(kind_name(row.kind))
            return None
        hit = row.hit
        if role == roles.ENTRY:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " — ".join(p for p in (hit.label, hit.detail, when(hit.at)) if p)
        if role == MARKED:
            detail = " · ".join(p for p in (hit.detail, when(hit.at)) if p)
            return marked(hit.label, self.terms) + (
                f"<br><span>{marked(detail, self.terms)}</span>" if detail else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_name(row.kind)
        return None

    def first_hit(self) -> QModelIndex:
        for number, row in enumerate(self._rows):
            if row.hit is not None:
                return self.index(number)
        return QModelIndex()

    def hits(self) -> list[Hit]:
        return [row.hit for row in self._rows if row.hit is not None]
