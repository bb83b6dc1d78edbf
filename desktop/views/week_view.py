"""The week on an hour axis (HOME-3): seven day columns, entries placed by their start and end,
overlapping ones side by side, closures and entries of a day or more in a band at the top. The
hours run from the week's earliest start to its latest end; when they do not fit, they scroll
under the band (wheel, scroll bar, or the keyboard's focus). Painted from a cached layout like
the month grid, with its keys, clicks and accessibility (calendar_grid.PaintedCalendar)."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QWidget

from desktop.formatting import clock_time, time_of
from desktop.models.calendar_state import CalendarState, ViewMode
from desktop.views.calendar_grid import CHIP_PADDING, GAP, Chip, PaintedCalendar, chip_person
from desktop.views.palette import day_number_colour
from services.domain.calendar import CalendarEntry, EntryKind

BAND_ROWS = 3  # all-day entries shown a day before "+N"
DEFAULT_HOURS = (8, 18)  # a week with no timed entry


def in_band(entry: CalendarEntry) -> bool:
    """Closures, and anything lasting a day or more, go in the band above the hours."""
    return entry.kind is EntryKind.CLOSURE or entry.local_end - entry.local_start >= timedelta(
        days=1)


class WeekView(PaintedCalendar):
    MODE = ViewMode.WEEK

    def __init__(self, state: CalendarState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setAccessibleName(self.tr("Week"))
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_bar.valueChanged.connect(self._scrolled)
        self._headers: list[tuple[QRect, str, date]] = []
        self._columns: list[tuple[QRect, date]] = []
        self._band: set[int] = set()  # ids of chips in the band
        self._hours = DEFAULT_HOURS
        self._hour_h = 40
        self._top = 0  # where the hours begin (below the header and the band)
        self._laying_out = False

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 40 + self.axis_width(), self.header_height() + 4 * self.fonts.chip_height)

    # --- geometry ----------------------------------------------------------------------------

    def header_height(self) -> int:
        return QFontMetrics(self.fonts.bold).height() + 8

    def axis_width(self) -> int:
        return self.fonts.metrics.horizontalAdvance(clock_time(QTime(22, 0))) + 10

    def hour_height(self) -> int:
        return self._hour_h

    def hours(self) -> tuple[int, int]:
        """The first and the last hour on the axis."""
        return self._hours

    def timeline_top(self) -> int:
        return self._top

    def timeline_height(self) -> int:
        return max(0, self.height() - self._top)

    def y_of(self, hour: float) -> float:
        """Where an hour of the day (9.5: half past nine) is, scrolled as shown."""
        return self._top + (hour - self._hours[0]) * self._hour_h - self.scroll_bar.value()

    def column_rect(self, day: date) -> QRect:
        return next((r for r, d in self._columns if d == day), QRect())

    def in_band(self, chip: Chip) -> bool:
        return id(chip) in self._band

    def day_moves(self) -> dict[int, int]:
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                Qt.Key.Key_Down: 7}

    # --- layout ------------------------------------------------------------------------------

    def _timed_hours(self, days: list[date]) -> tuple[int, int]:
        lo, hi = 24.0, 0.0
        for day in days:
            for entry in self.state.days.entries(day):
                if in_band(entry):
                    continue
                start, end = self._segment(entry, day)
                lo = min(lo, start)
                hi = max(hi, end)
        if lo >= hi:
            return DEFAULT_HOURS
        lo, hi = math.floor(lo), math.ceil(hi)
        if hi - lo < 4:  # a short day still reads as a day
            hi = min(24, lo + 4)
            lo = hi - 4
        return lo, hi

    @staticmethod
    def _segment(entry: CalendarEntry, day: date) -> tuple[float, float]:
        """The entry's hours on that day (an entry past midnight is cut at midnight)."""
        tz = entry.local_start.tzinfo
        midnight = datetime.combine(day, time(0), tz)
        start = max(entry.local_start, midnight)
        end = min(entry.local_end, midnight + timedelta(days=1))
        hours = (start - midnight).total_seconds() / 3600, (end - midnight).total_seconds() / 3600
        return hours[0], max(hours[1], hours[0])

    def relayout(self) -> None:
        if self.state.mode is not ViewMode.WEEK or self._laying_out:
            return
        self._laying_out = True
        try:
            self._relayout()
            self.laid_out()
        finally:
            self._laying_out = False
        self.update()

    def _relayout(self) -> None:
        fonts, chip_h = self.fonts, self.fonts.chip_height
        first = self.state.first_shown()
        days = [first + timedelta(days=k) for k in range(7)]
        header, axis = self.header_height(), self.axis_width()
        bar_w = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(self.width(), axis + 70 + bar_w)
        col_w = (width - axis - bar_w) / 7
        band_entries = {d: [e for e in self.state.days.entries(d) if in_band(e)] for d in days}
        rows = min(BAND_ROWS, max((len(x) for x in band_entries.values()), default=0))
        band_h = rows * (chip_h + GAP) + 2 * GAP
        self._top = header + band_h
        self._hours = self._timed_hours(days)
        lo, hi = self._hours
        room = max(1, self.height() - self._top)
        self._hour_h = max(2 * chip_h + 2, math.floor(room / (hi - lo)))
        content = (hi - lo) * self._hour_h
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, max(0, content - room))
        self.scroll_bar.setPageStep(room)
        self.scroll_bar.setSingleStep(max(1, self._hour_h // 2))
        self.scroll_bar.blockSignals(False)
        self.scroll_bar.setGeometry(width - bar_w, self._top, bar_w, room)
        self.scroll_bar.setVisible(content > room)

        self._headers, self._columns, self._cells, self._chips = [], [], [], []
        self._band = set()
        locale = self.locale()
        metrics = fonts.metrics
        for index, day in enumerate(days):
            left = round(axis + index * col_w)
            right = round(axis + (index + 1) * col_w)
            column = QRect(left, 0, right - left, self.height())
            self._columns.append((column, day))
            self._cells.append((column, day))
            name = f"{locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat)} {day.day}"
            self._headers.append((QRect(left, 0, right - left, header), name, day))
            inner = column.width() - 2 * GAP
            # the band: closures and entries of a day or more
            shown = band_entries[day]
            if len(shown) > rows:
                shown = shown[:rows - 1]
            y = header + GAP
            for entry in shown:
                rect = QRect(left + GAP, y, inner, chip_h)
                chip = Chip(rect, day, entry, metrics.elidedText(
                    self.chip_text(entry), Qt.TextElideMode.ElideRight, inner - 6))
                self._band.add(id(chip))
                self._chips.append(chip)
                y += chip_h + GAP
            hidden = len(band_entries[day]) - len(shown)
            if hidden:
                chip = Chip(QRect(left + GAP, y, inner, chip_h), day, None,
                            self.tr("+%n more", "", hidden), hidden)
                self._band.add(id(chip))
                self._chips.append(chip)
            self._layout_timed(day, left + GAP, inner)

    def _layout_timed(self, day: date, left: int, width: int) -> None:
        """Overlapping entries side by side: each cluster of overlaps shares the column."""
        segments = sorted(((*self._segment(e, day), e) for e in self.state.days.entries(day)
                           if not in_band(e)), key=lambda s: (s[0], -s[1]))
        clusters: list[list[tuple[float, float, CalendarEntry, int]]] = []
        ends: list[float] = []  # the end of each column of the current cluster
        cluster_end = -1.0
        for start, end, entry in segments:
            if start >= cluster_end:  # no overlap with anything before: a new cluster
                clusters.append([])
                ends = []
            lane = next((i for i, e in enumerate(ends) if e <= start), None)
            if lane is None:
                lane = len(ends)
                ends.append(end)
            else:
                ends[lane] = end
            clusters[-1].append((start, end, entry, lane))
            cluster_end = max(cluster_end, end) if clusters[-1][:-1] else end
        chip_h = self.fonts.chip_height
        for cluster in clusters:
            lanes = max(lane for *_x, lane in cluster) + 1
            lane_w = width / lanes
            for start, end, entry, lane in cluster:
                top = round(self.y_of(start))
                height = max(chip_h, round(self.y_of(end)) - top)
                rect = QRect(round(left + lane * lane_w), top,
                             max(4, round(lane_w) - GAP), height)
                self._chips.append(Chip(rect, day, entry, self._lines(entry, rect)))

    def _lines(self, entry: CalendarEntry, rect: QRect) -> str:
        """A timed chip's text: its time and member, then its title, each line elided to the
        chip's width (one line when the chip holds only one)."""
        metrics, width = self.fonts.metrics, rect.width() - 6
        lines = max(1, (rect.height() - CHIP_PADDING) // metrics.height())
        if lines == 1:
            return metrics.elidedText(self.chip_text(entry), Qt.TextElideMode.ElideRight, width)
        if entry.kind is EntryKind.CLOSURE:
            parts = [entry.title]
        else:
            parts = [f"{time_of(entry.local_start)} {chip_person(entry)}".strip(), entry.title]
        return "\n".join(metrics.elidedText(p, Qt.TextElideMode.ElideRight, width)
                         for p in parts[:lines])

    def _scrolled(self) -> None:
        self.relayout()

    def ensure_visible(self, chip: Chip) -> None:
        if self.in_band(chip):
            return
        room = self.timeline_height()
        if chip.rect.top() < self._top:
            self.scroll_bar.setValue(self.scroll_bar.value() - (self._top - chip.rect.top()))
        elif chip.rect.bottom() > self._top + room:
            self.scroll_bar.setValue(self.scroll_bar.value()
                                     + min(chip.rect.top() - self._top,
                                           chip.rect.bottom() - self._top - room))

    def chip_at(self, pos: QPoint) -> Chip | None:
        for chip in self._chips:
            if chip.rect.contains(pos) and (self.in_band(chip) or pos.y() >= self._top):
                return chip
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.scroll_bar.isVisible():
            self.scroll_bar.setValue(self.scroll_bar.value() - event.angleDelta().y()
                                     * self._hour_h // 240)
            event.accept()
        else:
            super().wheelEvent(event)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.follow_font()
        painter = QPainter(self)
        palette = self.palette()
        text, faint = palette.text().color(), palette.mid().color()
        painter.fillRect(self.rect(), palette.base())
        today = self.state.today
        lo, hi = self._hours
        width = self.scroll_bar.x() if self.scroll_bar.isVisible() else self.width()
        for column, day in self._columns:
            painter.fillRect(column, self.day_background(day))
        # the hours, clipped below the band
        painter.save()
        painter.setClipRect(QRect(0, self._top, self.width(), self.height() - self._top))
        painter.setFont(self._fonts.small)
        axis = self.axis_width()
        for hour in range(lo, hi + 1):
            y = round(self.y_of(hour))
            painter.setPen(QPen(faint, 1))
            painter.drawLine(axis, y, width, y)
            if hour < hi:
                painter.setPen(text)
                painter.drawText(QRect(0, y + 1, axis - 4, self._fonts.metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 clock_time(QTime(hour % 24, 0)))
        for chip in self._chips:
            if not self.in_band(chip):
                self._paint_chip(painter, chip)
        painter.restore()
        # the days' lines, their names, the band
        painter.setPen(QPen(faint, 1))
        for column, _day in self._columns:
            painter.drawLine(column.left(), 0, column.left(), self.height())
        painter.drawLine(0, self._top - 1, width, self._top - 1)
        painter.drawLine(0, self.header_height() - 1, width, self.header_height() - 1)
        for rect, name, day in self._headers:
            painter.setFont(self._fonts.bold if day == today else self._fonts.small)
            painter.setPen(day_number_colour(palette, self.day_background(day)))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
            if day == self.state.selected and self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.drawRect(self.column_rect(day).adjusted(1, 1, -1, -1))
        for chip in self._chips:
            if self.in_band(chip):
                self._paint_chip(painter, chip)
        painter.end()
