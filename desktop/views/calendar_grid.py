"""The month (or week) grid: one widget that paints itself, no widget per entry (HOME-3..5).

Layout — cells, chips, elided texts — is computed when the data or the size changes; a paint
only draws that cache. A day with more entries than fit shows "+N", which opens its list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.formatting import time_of
from desktop.models.calendar_state import CalendarState, ViewMode
from desktop.models.entry_list_model import entry_tooltip
from desktop.views.palette import CLOSURE_DAY, KIND_COLOURS, TEXT_ON_CHIP, TODAY
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.kinds import OccurrenceState

HEADER = 22
DAY_LINE = 18
CHIP = 17
GAP = 2


@dataclass(slots=True)
class Chip:
    rect: QRect
    day: date
    entry: CalendarEntry | None  # None: the "+N" chip
    text: str
    more: int = 0


class CalendarGrid(QWidget):
    dayActivated = Signal(object)  # a date: open that day's list (the "+N" chip, Enter)
    entryActivated = Signal(object)  # a CalendarEntry that was clicked

    def __init__(self, state: CalendarState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Calendar"))
        self._cells: list[tuple[QRect, date]] = []
        self._chips: list[Chip] = []
        self._headers: list[tuple[QRect, str]] = []
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._chip_fonts: dict[tuple[bool, bool], QFont] = {}  # (struck out, italic) → font
        for struck in (False, True):
            for italic in (False, True):
                font = QFont(self._small)
                font.setStrikeOut(struck)
                font.setItalic(italic)
                self._chip_fonts[struck, italic] = font
        state.changed.connect(self.relayout)

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    # --- layout (only when data or size change) ----------------------------------------------

    def resizeEvent(self, event) -> None:
        self.relayout()

    def rows(self) -> int:
        return 1 if self.state.mode is ViewMode.WEEK else 6

    def relayout(self) -> None:
        width, height = max(self.width(), 70), max(self.height(), HEADER + 60)
        first = self.state.first_shown()
        cell_w = width / 7
        cell_h = (height - HEADER) / self.rows()
        metrics = QFontMetrics(self._small)
        self._headers = []
        for column in range(7):
            day = first + timedelta(days=column)
            rect = QRect(round(column * cell_w), 0, round(cell_w), HEADER)
            name = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
            self._headers.append((rect, name))
        self._cells, self._chips = [], []
        capacity = max(1, int((cell_h - DAY_LINE - GAP) // (CHIP + GAP)))
        for index in range(7 * self.rows()):
            day = first + timedelta(days=index)
            row, column = divmod(index, 7)
            rect = QRect(round(column * cell_w), round(HEADER + row * cell_h),
                         round(cell_w), round(cell_h))
            self._cells.append((rect, day))
            self._layout_day(rect, day, capacity, metrics)
        self.update()

    def _layout_day(self, cell: QRect, day: date, capacity: int, metrics: QFontMetrics) -> None:
        days = self.state.days
        count = days.count(day)
        shown = days.entries(day, capacity if count <= capacity else capacity - 1)
        y = cell.top() + DAY_LINE
        width = cell.width() - 2 * GAP
        for entry in shown:
            rect = QRect(cell.left() + GAP, y, width, CHIP)
            text = metrics.elidedText(self._chip_text(entry), Qt.TextElideMode.ElideRight,
                                      width - 6)
            self._chips.append(Chip(rect, day, entry, text))
            y += CHIP + GAP
        hidden = count - len(shown)
        if hidden:
            rect = QRect(cell.left() + GAP, y, width, CHIP)
            self._chips.append(Chip(rect, day, None, self.tr("+%n more", "", hidden), hidden))

    def _chip_text(self, entry: CalendarEntry) -> str:
        if entry.kind is EntryKind.CLOSURE:
            return entry.title
        # HOME-4: the member first, since two of them can share an occurrence.
        person = entry.person_name.split(" ")[0] if entry.person_name else ""
        if entry.is_staff:
            person = self.tr("%1 (staff)").replace("%1", person)
        return f"{time_of(entry.local_start)} {person} · {entry.title}"

    # --- painting (from the cache) -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setFont(self._small)
        painter.setPen(palette.text().color())
        for rect, name in self._headers:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        period = self.state.period()
        grid, text, faint = QPen(palette.mid().color()), palette.text().color(), \
            palette.mid().color()
        today = self.state.today
        for rect, day in self._cells:
            if self.state.days.closed(day):
                painter.fillRect(rect, CLOSURE_DAY)
            if day == today:
                painter.fillRect(rect.adjusted(1, 1, -1, -1), TODAY)
            painter.setPen(grid)
            painter.drawRect(rect)
            inside = period[0] <= day <= period[1]
            painter.setFont(self._bold if day == today else self._small)
            painter.setPen(text if inside else faint)
            painter.drawText(rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignTop, str(day.day))
            if day == self.state.selected and self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        for chip in self._chips:
            self._paint_chip(painter, chip, text)
        painter.end()

    def _paint_chip(self, painter: QPainter, chip: Chip, text: QColor) -> None:
        if chip.entry is None:  # "+N more"
            painter.setFont(self._small)
            painter.setPen(text)
            painter.drawText(chip.rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             chip.text)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(KIND_COLOURS[chip.entry.kind])
        painter.drawRoundedRect(chip.rect, 3, 3)
        painter.setFont(self._chip_fonts[chip.entry.state is OccurrenceState.CANCELLED,
                                         chip.entry.is_staff])
        painter.setPen(TEXT_ON_CHIP)
        painter.drawText(chip.rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter,
                         chip.text)

    # --- interaction -------------------------------------------------------------------------

    def chip_at(self, pos: QPoint) -> Chip | None:
        return next((c for c in self._chips if c.rect.contains(pos)), None)

    def day_at(self, pos: QPoint) -> date | None:
        return next((d for r, d in self._cells if r.contains(pos)), None)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        day = self.day_at(pos)
        if day is not None:
            self.state.select(day)
        if chip is None:
            return
        if chip.entry is None:
            self.dayActivated.emit(chip.day)
            return
        self.entryActivated.emit(chip.entry)
        url = chip.entry.target_url  # HOME-5: occurrences and online bookings only
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, day = event.key(), self.state.selected
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if key in moves:
            self.state.select(day + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.state.step(-1)
        elif key == Qt.Key.Key_PageDown:
            self.state.step(1)
        elif key == Qt.Key.Key_T:
            self.state.go_to(self.state.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dayActivated.emit(day)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            chip = self.chip_at(event.pos())
            if chip is not None and chip.entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(chip.entry), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)
