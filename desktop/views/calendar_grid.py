"""The month grid: one widget that paints itself, no widget per entry (HOME-3..5).

Layout — cells, chips, elided texts — is computed when the data, the size or the font changes;
a paint only draws that cache. A day with more entries than fit shows "+N", which opens its
list. `PaintedCalendar` holds what the month grid and the week (week_view) share: chips that
follow the font, the click and key rules (HOME-5: an entry opens its registration page, by
mouse, Enter or Space), the keyboard focus (arrows between days, Tab into a day's entries) and
the accessibility tree (calendar_accessible: days as cells, entries as their children).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.formatting import time_of
from desktop.models.calendar_state import CalendarState, ViewMode
from desktop.models.entry_list_model import clash_note, entry_tooltip
from desktop.views import calendar_accessible
from desktop.views.palette import cell_background, chip_colours, day_number_colour
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.clashes import entry_mark
from services.domain.kinds import OccurrenceState

GAP = 2
CHIP_PADDING = 4  # above and below a chip's line of text, together


@dataclass(slots=True)
class Chip:
    rect: QRect
    day: date
    entry: CalendarEntry | None  # None: the "+N" chip
    text: str
    more: int = 0


def open_entry(entry: CalendarEntry | None) -> bool:
    """HOME-5: an occurrence, or a purple online booking, opens its registration page in the
    system browser; closures and other events open nothing. Whether something opened."""
    url = entry.target_url if entry is not None else None
    if not url:
        return False
    QDesktopServices.openUrl(QUrl(url))
    return True


class ChipFonts:
    """A chip's fonts from a widget's font: cancelled struck out, staff in italics (HOME-4)."""

    def __init__(self, base: QFont, scale: float = 0.85) -> None:
        self.base, self.scale = QFont(base), scale
        self.small = QFont(base)
        if base.pointSizeF() > 0:
            self.small.setPointSizeF(max(7.0, base.pointSizeF() * scale))
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        for struck in (False, True):
            for italic in (False, True):
                font = QFont(self.small)
                font.setStrikeOut(struck)
                font.setItalic(italic)
                self._fonts[struck, italic] = font
        self.metrics = QFontMetrics(self.small)
        self.chip_height = self.metrics.height() + CHIP_PADDING

    def of(self, entry: CalendarEntry) -> QFont:
        return self._fonts[entry.state is OccurrenceState.CANCELLED, entry.is_staff]

    def following(self, font: QFont) -> ChipFonts:
        """These fonts, or new ones when the widget's font is no longer `base`. Widgets ask
        each time rather than hear of a change in changeEvent: a changeEvent (or event())
        written in Python gets every event as a QEvent, and PySide then makes the classes of
        some fifty event types at the first paint (3 ms of the cold start, issue 20)."""
        return self if font == self.base else ChipFonts(font, self.scale)


def paint_chip(painter: QPainter, rect: QRect, entry: CalendarEntry, text: str,
               fonts: ChipFonts, flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter
               ) -> None:
    """One entry's chip: its kind's colour, its text struck out when cancelled, in italics
    for staff (the grid, the week, the agenda, Upcoming and a day's list)."""
    background, foreground = chip_colours(entry.kind)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setFont(fonts.of(entry))
    painter.setPen(foreground)
    painter.setClipRect(rect)
    if "\n" in text:  # lines laid out already (the week): as many as the chip holds
        line = QFontMetrics(painter.font()).height()
        y = rect.top() + CHIP_PADDING // 2
        for part in text.split("\n"):
            if y + line > rect.bottom() + 2 and y > rect.top() + CHIP_PADDING:
                break
            painter.drawText(QRect(rect.left() + 3, y, rect.width() - 6, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, part)
            y += line
    else:
        painter.drawText(rect.adjusted(3, 0, -3, 0), flags, text)
    painter.restore()


CLASH_MARK = QColor("#c5221f")  # ASSIST-3: red, outlined in white on every chip colour


def paint_clash_mark(painter: QPainter, rect: QRect) -> None:
    """A clashing entry's mark: a small red corner at the chip's top right."""
    size = max(6, min(10, rect.height() // 2))
    corner = QPolygon([QPoint(rect.right() - size, rect.top()), QPoint(rect.right(), rect.top()),
                       QPoint(rect.right(), rect.top() + size)])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(CLASH_MARK)
    painter.drawPolygon(corner)
    painter.restore()


def chip_person(entry: CalendarEntry) -> str:
    """HOME-4: the member's first name, marked when staff."""
    person = entry.person_name.split(" ")[0] if entry.person_name else ""
    if person and entry.is_staff:
        person = QCoreApplication.translate("CalendarGrid", "%1 (staff)").replace("%1", person)
    return person


def chip_text(widget: QWidget, entry: CalendarEntry, with_time: bool = True) -> str:
    if entry.kind is EntryKind.CLOSURE:
        return entry.title
    # HOME-4: the member first, since two of them can share an occurrence.
    person = chip_person(entry)
    text = f"{person} · {entry.title}" if person else entry.title
    return f"{time_of(entry.local_start)} {text}" if with_time else text


class PaintedCalendar(QWidget):
    """What the month grid and the week share: chips, clicks, keys, focus, accessibility."""

    dayActivated = Signal(object)  # a date: open that day's list (the "+N" chip, Enter)
    clash_marks: frozenset = frozenset()  # ASSIST-3: entries in a clash (clashes.entry_mark)
    entryActivated = Signal(object)  # a CalendarEntry that was clicked or chosen by key
    MODE = ViewMode.MONTH

    def __init__(self, state: CalendarState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._cells: list[tuple[QRect, date]] = []
        self._chips: list[Chip] = []
        self._focus: int | None = None  # index among the selected day's chips (Tab, arrows)
        self._focus_day: date | None = None
        self._fonts = self._laid_out_with = ChipFonts(self.font())
        self.setMouseTracking(True)  # a chip's tooltip is the widget's, set as the mouse moves
        calendar_accessible.install()
        state.changed.connect(self._state_changed)

    def set_clash_marks(self, marks: frozenset) -> None:
        """ASSIST-3: the entries to mark as clashing (from the clashes' model)."""
        if marks != self.clash_marks:
            self.clash_marks = marks
            self.update()
            self.refresh_tip()  # a chip under the mouse may have gained or lost its clash

    def clashes(self, entry: CalendarEntry) -> bool:
        return bool(self.clash_marks) and entry_mark(entry) in self.clash_marks

    def entry_tip(self, entry: CalendarEntry) -> str:
        """A chip's tooltip: the entry, and its clash when it has one (the red corner)."""
        tip = entry_tooltip(entry)
        return f"{tip}\n{clash_note()}" if self.clashes(entry) else tip

    # --- what the subclasses give ------------------------------------------------------------

    def relayout(self) -> None:
        raise NotImplementedError

    def day_moves(self) -> dict[int, int]:
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                Qt.Key.Key_Down: 7}

    # --- shared state ------------------------------------------------------------------------

    def _state_changed(self) -> None:
        if self.state.mode is self.MODE:
            self.relayout()
            if self._focus_day != self.state.selected:
                self._focus_day, self._focus = self.state.selected, None
                self._announce()

    def chip_font(self) -> QFont:
        return self.fonts.small

    @property
    def fonts(self) -> ChipFonts:
        """The chips' fonts for the widget's font as it is now (a new font: Qt asks for the
        size hints again and repaints, and the paint lays the chips out again first)."""
        self._fonts = self._fonts.following(self.font())
        return self._fonts

    def follow_font(self) -> None:
        """Before painting: the chips laid out again if the font changed since (the painting
        then reads self._fonts, current: the property's check costs at each of 50 chips)."""
        if self._laid_out_with is not self.fonts:
            self.relayout()

    def laid_out(self) -> None:
        """Said by relayout: the chips' places are those of the current fonts (and another
        chip may be under the mouse now: a new month, a scrolled week)."""
        self._laid_out_with = self._fonts
        self.refresh_tip()

    def resizeEvent(self, event) -> None:
        if self.isVisible():  # being shown: showEvent, which follows, lays out (issue 20)
            self.relayout()

    def showEvent(self, event) -> None:
        self.relayout()
        super().showEvent(event)

    def chip_text(self, entry: CalendarEntry) -> str:
        return chip_text(self, entry)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def cells(self) -> list[tuple[QRect, date]]:
        return list(self._cells)

    def day_rect(self, day: date) -> QRect:
        return next((r for r, d in self._cells if d == day), QRect())

    def day_chips(self, day: date) -> list[Chip]:
        """The chips a day shows, in order (its entries, then any "+N")."""
        return [c for c in self._chips if c.day == day]

    def chip_at(self, pos: QPoint) -> Chip | None:
        return next((c for c in self._chips if c.rect.contains(pos)), None)

    def day_at(self, pos: QPoint) -> date | None:
        return next((d for r, d in self._cells if r.contains(pos)), None)

    def focused_chip(self) -> Chip | None:
        chips = self.day_chips(self.state.selected)
        if self._focus is None or not 0 <= self._focus < len(chips):
            return None
        return chips[self._focus]

    def focused_index(self) -> int | None:
        return self._focus if self.focused_chip() is not None else None

    def set_focused(self, index: int | None) -> None:
        self._focus_day, self._focus = self.state.selected, index
        chip = self.focused_chip()
        if chip is not None:
            self.ensure_visible(chip)
        self.update()
        self._announce()

    def ensure_visible(self, chip: Chip) -> None:
        """A scrolling view brings the chip into sight."""

    def _announce(self) -> None:
        if self.hasFocus():
            calendar_accessible.focus_moved(self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The entry's menu (HOME-5, HOME-8): the chip under the mouse, or — from the
        keyboard (Menu, Shift+F10) — the focused one."""
        from desktop.views.entry_menu import show_entry_menu

        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        chip = self.chip_at(event.pos()) if by_mouse else self.focused_chip()
        where = event.globalPos() if by_mouse or chip is None else self.mapToGlobal(
            chip.rect.bottomLeft())
        if not show_entry_menu(chip.entry if chip is not None else None, self, where):
            event.ignore()

    def activate(self, chip: Chip | None) -> None:
        """A click, Enter or Space on a chip: "+N" opens the day's list, an entry its page."""
        if chip is None:
            return
        if chip.entry is None:
            self.dayActivated.emit(chip.day)
            return
        self.entryActivated.emit(chip.entry)
        open_entry(chip.entry)

    # --- painting helpers --------------------------------------------------------------------

    def day_background(self, day: date) -> QColor:
        return cell_background(self.palette(), self.state.days.closed(day),
                               day == self.state.today)

    def _paint_chip(self, painter: QPainter, chip: Chip, text: QColor | None = None,
                    flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> None:
        if chip.entry is None:  # "+N more", written on its cell
            painter.setFont(self._fonts.small)
            painter.setPen(text or day_number_colour(self.palette(),
                                                     self.day_background(chip.day)))
            painter.drawText(chip.rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                             chip.text)
        else:
            paint_chip(painter, chip.rect, chip.entry, chip.text, self._fonts, flags)
            if self.clashes(chip.entry):
                paint_clash_mark(painter, chip.rect)
        if self.hasFocus() and chip is self.focused_chip():
            painter.save()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().text().color(), 2, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(chip.rect.adjusted(-1, -1, 1, 1), 3, 3)
            painter.restore()

    # --- interaction -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        day = chip.day if chip is not None else self.day_at(pos)
        if day is not None:
            self.state.select(day)
        if chip is None:
            return
        chips = self.day_chips(chip.day)
        if chip in chips:
            self.set_focused(chips.index(chip))
        self.activate(chip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, day = event.key(), self.state.selected
        focused = self.focused_index()
        moves = self.day_moves()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            chip = self.focused_chip()
            if chip is not None:
                self.activate(chip)
            elif key != Qt.Key.Key_Space:
                self.dayActivated.emit(day)
        elif key == Qt.Key.Key_Escape and focused is not None:
            self.set_focused(None)
        elif focused is not None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key == Qt.Key.Key_Down else -1
            index = focused + step
            self.set_focused(index if 0 <= index < len(self.day_chips(day)) else
                             (None if index < 0 else focused))
        elif key in moves:
            self.state.select(day + timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.state.step(-1)
        elif key == Qt.Key.Key_PageDown:
            self.state.step(1)
        elif key == Qt.Key.Key_T:
            self.state.go_to(self.state.today)
        elif key == Qt.Key.Key_Home:
            self.set_focused(None)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the selected day's entries, then leaves; Shift+Tab walks back to the day,
        then leaves."""
        if self.hasFocus():
            count = len(self.day_chips(self.state.selected))
            focused = self.focused_index()
            following = 0 if focused is None else focused + 1
            if forward and following < count:
                self.set_focused(following)
                return True
            if not forward and focused is not None:
                self.set_focused(focused - 1 if focused > 0 else None)
                return True
            if self._focus is not None:
                self._focus = None
                self.update()
        return super().focusNextPrevChild(forward)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.refresh_tip(event.position().toPoint())
        super().mouseMoveEvent(event)

    def refresh_tip(self, pos: QPoint | None = None) -> None:
        """The chip under the mouse gives the widget its tooltip, which Qt shows as any
        widget's (no event() in Python: see ChipFonts.following); between chips there is none,
        and a tip still shown is hidden. Asked as the mouse moves (at `pos`), and when the
        chips change under it."""
        if pos is None:
            if not self.underMouse():
                return
            from PySide6.QtGui import QCursor

            pos = self.mapFromGlobal(QCursor.pos())
        chip = self.chip_at(pos)
        tip = self.entry_tip(chip.entry) if chip is not None and chip.entry is not None else ""
        if tip == self.toolTip():
            return
        self.setToolTip(tip)
        if not tip:
            from PySide6.QtWidgets import QToolTip  # PySide makes the class when imported

            if QToolTip.isVisible():
                QToolTip.hideText()

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)
        self._announce()

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class CalendarGrid(PaintedCalendar):
    """Six weeks of seven days, the month's own days in full colour."""

    MODE = ViewMode.MONTH

    def __init__(self, state: CalendarState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setAccessibleName(self.tr("Calendar"))
        self._headers: list[tuple[QRect, str]] = []

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    def minimumSizeHint(self) -> QSize:
        line = self.fonts.chip_height
        return QSize(7 * 40, self.header_height() + 6 * (self.day_line() + line + 2 * GAP))

    def header_height(self) -> int:
        return self.fonts.metrics.height() + 6

    def day_line(self) -> int:
        return QFontMetrics(self.fonts.bold).height() + 2

    # --- layout (only when data, size or font change) ----------------------------------------

    def relayout(self) -> None:
        if self.state.mode is not ViewMode.MONTH and self._cells:
            return  # the week shows: laid out again when the month shows
        header, day_line, chip_h = self.header_height(), self.day_line(), self.fonts.chip_height
        width, height = max(self.width(), 70), max(self.height(), header + 60)
        first = self.state.first_shown()
        cell_w = width / 7
        cell_h = (height - header) / 6
        metrics = self.fonts.metrics
        self._headers = []
        for column in range(7):
            day = first + timedelta(days=column)
            rect = QRect(round(column * cell_w), 0, round(cell_w), header)
            name = self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)
            self._headers.append((rect, name))
        self._cells, self._chips = [], []
        capacity = max(1, int((cell_h - day_line - GAP) // (chip_h + GAP)))
        for index in range(42):
            day = first + timedelta(days=index)
            row, column = divmod(index, 7)
            rect = QRect(round(column * cell_w), round(header + row * cell_h),
                         round(cell_w), round(cell_h))
            self._cells.append((rect, day))
            self._layout_day(rect, day, capacity, metrics, day_line, chip_h)
        self.laid_out()
        self.update()

    def _layout_day(self, cell: QRect, day: date, capacity: int, metrics: QFontMetrics,
                    day_line: int, chip_h: int) -> None:
        days = self.state.days
        count = days.count(day)
        shown = days.entries(day, capacity if count <= capacity else capacity - 1)
        y = cell.top() + day_line
        width = cell.width() - 2 * GAP
        for entry in shown:
            rect = QRect(cell.left() + GAP, y, width, chip_h)
            text = metrics.elidedText(self.chip_text(entry), Qt.TextElideMode.ElideRight,
                                      width - 6)
            self._chips.append(Chip(rect, day, entry, text))
            y += chip_h + GAP
        hidden = count - len(shown)
        if hidden:
            rect = QRect(cell.left() + GAP, y, width, chip_h)
            self._chips.append(Chip(rect, day, None, self.tr("+%n more", "", hidden), hidden))

    # --- painting (from the cache) -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.follow_font()
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setFont(self._fonts.small)
        painter.setPen(palette.text().color())
        for rect, name in self._headers:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        period = self.state.period()
        grid = QPen(palette.mid().color())
        today = self.state.today
        for rect, day in self._cells:
            background = self.day_background(day)
            painter.fillRect(rect, background)
            painter.setPen(grid)
            painter.drawRect(rect)
            inside = period[0] <= day <= period[1]
            painter.setFont(self._fonts.bold if day == today else self._fonts.small)
            painter.setPen(day_number_colour(palette, background, inside))
            painter.drawText(rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignTop, str(day.day))
            if day == self.state.selected and self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        for chip in self._chips:
            self._paint_chip(painter, chip)
        painter.end()
