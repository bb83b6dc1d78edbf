"""Calendar entries as a list (agenda view, upcoming, a day's entries)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.formatting import day_label, long_date, short_date, time_of
from desktop.models import roles
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.kinds import OccurrenceState

translate = QCoreApplication.translate


def entry_time(entry: CalendarEntry) -> str:
    if entry.kind is EntryKind.CLOSURE:
        if entry.last_day > entry.first_day:
            return translate("Calendar", "Until %1").replace("%1", short_date(entry.last_day))
        return translate("Calendar", "All day")
    return f"{time_of(entry.local_start)}–{time_of(entry.local_end)}"


def entry_title(entry: CalendarEntry) -> str:
    if entry.kind is EntryKind.CLOSURE:
        return translate("Calendar", "Closed: %1").replace("%1", entry.title)
    title = entry.title
    if entry.state is OccurrenceState.CANCELLED:
        title = translate("Calendar", "Cancelled: %1").replace("%1", title)
    elif entry.state is OccurrenceState.MOVED:
        title = translate("Calendar", "Moved: %1").replace("%1", title)
    return title


def entry_person(entry: CalendarEntry) -> str:
    if not entry.person_name:
        return ""
    if entry.is_staff:
        return translate("Calendar", "%1 (staff)").replace("%1", entry.person_name)
    return entry.person_name


def entry_tooltip(entry: CalendarEntry) -> str:
    lines = [entry_title(entry), f"{long_date(entry.first_day)} · {entry_time(entry)}"]
    lines += [x for x in (entry.location, entry_person(entry), entry.organization_name) if x]
    return "\n".join(lines)


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None, with_dates: bool = True) -> None:
        super().__init__(parent)
        self._entries: list[CalendarEntry] = []
        self.with_dates = with_dates

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> CalendarEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = entry_time(entry)
            if self.with_dates:
                when = f"{day_label(entry.first_day)} {when}"
            who = entry_person(entry)
            return " · ".join(x for x in (when, entry_title(entry), who) if x)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry_tooltip(entry)
        if role == roles.ENTRY:
            return entry
        if role == roles.KIND:
            return str(entry.kind)
        if role == roles.URL:
            return entry.target_url
        return None
