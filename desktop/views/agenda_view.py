"""Entries as lists (the agenda, a day's entries, Upcoming): the grid's chips — the kind's colour,
cancelled struck out, staff in italics — and its click rules (HOME-5): a click, Enter or Space
on an occurrence or an online booking opens its registration page; on a closure or another
event, nothing. The agenda has a header row per day."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.formatting import clock_time, day_label
from desktop.models import roles
from desktop.models.entry_list_model import entry_time
from desktop.views.calendar_grid import ChipFonts, chip_text, open_entry, paint_chip
from services.domain.calendar import CalendarEntry

PAD = 3


class EntryDelegate(QStyledItemDelegate):
    """A row: a day's header (bold date), or an entry as its time and its chip. With `dated`,
    the entry takes two lines: its day and time, then its chip (Upcoming)."""

    def __init__(self, view: QListView, dated: bool = False) -> None:
        super().__init__(view)
        self.view, self.dated = view, dated
        self._fonts = ChipFonts(view.font(), scale=1.0)
        self._time_width = self._measure_times(self._fonts)

    @property
    def fonts(self) -> ChipFonts:
        """For the view's font as it is now (ChipFonts.following: asked, not told; the view
        lays its rows out again by itself when its font changes)."""
        return self._current()[0]

    def time_width(self) -> int:
        return self._current()[1]

    def _current(self) -> tuple[ChipFonts, int]:
        fonts = self._fonts.following(self.view.font())
        if fonts is not self._fonts:
            self._fonts, self._time_width = fonts, self._measure_times(fonts)
        return self._fonts, self._time_width

    def _measure_times(self, fonts: ChipFonts) -> int:
        """The time column: as wide as the widest time range the locale writes."""
        if self.dated:
            return 0
        widest = max((f"{clock_time(QTime(h, 30))}–{clock_time(QTime(h + 1, 30))}"
                      for h in (10, 22)), key=fonts.metrics.horizontalAdvance)
        return fonts.metrics.horizontalAdvance(widest) + 3 * PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = self.fonts.metrics.height()
        if index.data(roles.ENTRY) is None:  # a day's header
            return QSize(200, line + 3 * PAD + 2)
        height = self.fonts.chip_height + 2 * PAD
        if self.dated:
            height += line + PAD
        return QSize(200, height)

    def chip_rect(self, rect: QRect) -> QRect:
        """Where an entry row's chip is painted."""
        top = rect.top() + PAD
        if self.dated:
            top += self.fonts.metrics.height() + PAD
        left = rect.left() + PAD + self.time_width()
        return QRect(left, top, max(10, rect.right() - PAD - left), self.fonts.chip_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        entry: CalendarEntry | None = index.data(roles.ENTRY)
        palette = option.palette
        painter.save()
        if entry is None:
            self._paint_header(painter, option, index)
            painter.restore()
            return
        style = option.widget.style() if option.widget else self.view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.highlightedText().color() if selected else palette.text().color()
        metrics, rect = self.fonts.metrics, option.rect
        painter.setFont(self.fonts.small)
        painter.setPen(text)
        when = entry_time(entry)
        if self.dated:
            when = f"{day_label(entry.first_day)} · {when}"
            line = QRect(rect.left() + PAD, rect.top() + PAD, rect.width() - 2 * PAD,
                         metrics.height())
            painter.drawText(line, Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(when, Qt.TextElideMode.ElideRight, line.width()))
        chip = self.chip_rect(rect)
        if not self.dated:
            column = QRect(rect.left() + PAD, chip.top(), self.time_width() - PAD, chip.height())
            painter.drawText(column, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(
                when, Qt.TextElideMode.ElideRight, column.width()))
        label = metrics.elidedText(chip_text(self.view, entry, with_time=False),
                                   Qt.TextElideMode.ElideRight, chip.width() - 8)
        paint_chip(painter, chip, entry, label, self.fonts)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex) -> None:
        rect = option.rect
        painter.setFont(self.fonts.bold)
        painter.setPen(option.palette.text().color())
        painter.drawText(rect.adjusted(PAD, PAD, -PAD, 0), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, index.data())
        painter.setPen(QPen(option.palette.mid().color(), 1))
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())


class EntryListView(QListView):
    """A list of entries (and day headers) that opens an entry by click, Enter or Space."""

    entryActivated = Signal(object)  # the CalendarEntry chosen

    def __init__(self, parent: QWidget | None = None, dated: bool = False) -> None:
        super().__init__(parent)
        self.delegate = EntryDelegate(self, dated)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)
        self.clicked.connect(self.activate)

    def activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entry = index.data(roles.ENTRY) if index.isValid() else None
        if entry is None:
            return  # a day's header
        self.entryActivated.emit(entry)
        open_entry(entry)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The entry's menu (HOME-5, HOME-8), under the mouse or at the current row."""
        from desktop.views.entry_menu import show_entry_menu

        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        index = self.indexAt(event.pos()) if by_mouse else self.currentIndex()
        entry = index.data(roles.ENTRY) if index.isValid() else None
        where = event.globalPos() if by_mouse else self.viewport().mapToGlobal(
            self.visualRect(index).bottomLeft())
        if not show_entry_menu(entry, self, where):
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            self.activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Arrows go from entry to entry: a day's header is passed over."""
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if model is None or not index.isValid() or index.data(roles.ENTRY) is not None:
            return index
        Action = QAbstractItemView.CursorAction
        backwards = action in (Action.MoveUp, Action.MovePageUp, Action.MovePrevious,
                               Action.MoveLeft, Action.MoveEnd)
        step = -1 if backwards else 1
        row = index.row()
        while 0 <= row < model.rowCount() and model.index(row, 0).data(roles.ENTRY) is None:
            row += step
        if not 0 <= row < model.rowCount():  # nothing past it: the other way
            row = index.row()
            while 0 <= row < model.rowCount() and model.index(row, 0).data(roles.ENTRY) is None:
                row -= step
        return model.index(row, 0) if 0 <= row < model.rowCount() else index

