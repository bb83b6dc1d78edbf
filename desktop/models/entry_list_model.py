"""Calendar entries as a list (upcoming, a day's entries) and as an agenda (days with their
entries under them)."""

from __future__ import annotations

from datetime import date

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


def clash_note() -> str:
    """What a chip's red corner says, in words (its tooltip, a screen reader)."""
    return QCoreApplication.translate("Calendar", "Clashes with another entry (View ▸ Clashes…)")


def entry_description(entry: CalendarEntry, day: date | None = None) -> str:
    """Everything a screen reader says of an entry: date, time, member (staff or not), title
    (cancelled or moved), organization."""
    parts = [long_date(day or entry.first_day), entry_time(entry), entry_person(entry),
             entry_title(entry), entry.organization_name]
    return ", ".join(x for x in parts if x)


def entry_text(entry: CalendarEntry, with_date: bool) -> str:
    when = entry_time(entry)
    if with_date:
        when = f"{day_label(entry.first_day)} {when}"
    return " · ".join(x for x in (when, entry_title(entry), entry_person(entry)) if x)


def entry_data(entry: CalendarEntry, role: int, with_date: bool, day: date | None = None):
    if role == Qt.ItemDataRole.DisplayRole:
        return entry_text(entry, with_date)
    if role == Qt.ItemDataRole.ToolTipRole:
        return entry_tooltip(entry)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return entry_description(entry, day)
    if role == roles.ENTRY:
        return entry
    if role == roles.KIND:
        return str(entry.kind)
    if role == roles.URL:
        return entry.target_url
    return None


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
        return entry_data(self._entries[index.row()], role, self.with_dates)


DAY = Qt.ItemDataRole.UserRole + 20  # the agenda: a row's day (a header's, or its entry's)


class AgendaModel(QAbstractListModel):
    """The agenda: each day that has entries, as a header row, then its entries. `entry(row)`
    is None for a header."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[date, CalendarEntry | None]] = []
        self._count = 0

    def set_entries(self, entries: list[CalendarEntry], first: date | None = None) -> None:
        """The entries, each under its first day (or `first`, for one that began before)."""
        by_day: dict[date, list[CalendarEntry]] = {}
        for entry in entries:
            day = entry.first_day if first is None else max(entry.first_day, first)
            by_day.setdefault(day, []).append(entry)
        rows: list[tuple[date, CalendarEntry | None]] = []
        for day in sorted(by_day):
            rows.append((day, None))
            rows += [(day, e) for e in sorted(by_day[day], key=CalendarEntry.sort_key)]
        self.beginResetModel()
        self._rows = rows
        self._count = len(entries)
        self.endResetModel()

    def entry_count(self) -> int:
        """How many entries it holds (each once, whatever the days it shows under)."""
        return self._count

    def entry(self, row: int) -> CalendarEntry | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def day(self, row: int) -> date | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] is None:  # a day's header: read, never chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        day, entry = self._rows[index.row()]
        if role == DAY:
            return day
        if entry is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return long_date(day)
            return None
        return entry_data(entry, role, False, day)
