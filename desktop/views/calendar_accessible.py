"""The painted calendars as screen readers see them (issue 16, item 8): the month grid or the
week as a table, its days as cells named by their full date, a day's entries as its children,
named with date, time, member, title, organization and cancelled or staff state.

A day and an entry have no widget of their own. Each gets a small QObject (a node, made only
when something asks: a screen reader, a focus change) whose interface reads the view's current
layout, so Qt's accessibility cache owns every interface and drops it with its node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from desktop.formatting import long_date
from desktop.models.entry_list_model import clash_note, entry_description

if TYPE_CHECKING:
    from desktop.views.calendar_grid import Chip, PaintedCalendar

_installed = False
Role, Text = QAccessible.Role, QAccessible.Text


def install() -> None:
    """Once per process: Qt asks the factory for every object's interface."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_key: str, obj: QObject | None):
    if isinstance(obj, DayNode):
        return DayInterface(obj)
    if isinstance(obj, EntryNode):
        return EntryInterface(obj)
    if isinstance(obj, QWidget) and getattr(obj, "day_chips", None) is not None:
        return CalendarInterface(obj)
    return None


class DayNode(QObject):
    """The day at position `index` of a view's cells."""

    def __init__(self, view: PaintedCalendar, index: int) -> None:
        super().__init__(view)
        self.view, self.index = view, index
        self.entries: list[EntryNode] = []

    def cell(self):
        cells = self.view.cells()
        return cells[self.index] if self.index < len(cells) else None

    def entry_node(self, index: int) -> EntryNode:
        while len(self.entries) <= index:
            self.entries.append(EntryNode(self, len(self.entries)))
        return self.entries[index]


class EntryNode(QObject):
    """The chip at position `index` of its day."""

    def __init__(self, day: DayNode, index: int) -> None:
        super().__init__(day)
        self.day, self.index = day, index

    def chip(self) -> Chip | None:
        cell = self.day.cell()
        if cell is None:
            return None
        chips = self.day.view.day_chips(cell[1])
        return chips[self.index] if self.index < len(chips) else None


def day_node(view: PaintedCalendar, index: int) -> DayNode:
    nodes = view.__dict__.setdefault("_accessible_days", [])
    while len(nodes) <= index:
        nodes.append(DayNode(view, len(nodes)))
    return nodes[index]


def _global(view: QWidget, rect: QRect) -> QRect:
    return QRect(view.mapToGlobal(rect.topLeft()), rect.size())


def focus_node(view: PaintedCalendar) -> QObject | None:
    """The node holding the keyboard focus: the focused entry, else the selected day."""
    day = view.state.selected
    index = next((i for i, (_r, d) in enumerate(view.cells()) if d == day), None)
    if index is None:
        return None
    node = day_node(view, index)
    focused = view.focused_index()
    return node if focused is None else node.entry_node(focused)


def focus_moved(view: PaintedCalendar) -> None:
    """Tell assistive technology where the focus went (a day, an entry)."""
    node = focus_node(view)
    if node is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(node, QAccessible.Event.Focus))


class CalendarInterface(QAccessibleWidget):
    """The view: a table whose children are its days."""

    def __init__(self, view: PaintedCalendar) -> None:
        super().__init__(view, Role.Table, view.accessibleName())
        self.view = view

    def childCount(self) -> int:
        return len(self.view.cells())

    def child(self, index: int):
        if 0 <= index < self.childCount():
            return QAccessible.queryAccessibleInterface(day_node(self.view, index))
        return None

    def indexOfChild(self, child) -> int:
        obj = child.object() if child is not None else None
        return obj.index if isinstance(obj, DayNode) and obj.view is self.view else -1

    def focusChild(self):
        node = focus_node(self.view)
        if node is None:
            return None
        return QAccessible.queryAccessibleInterface(
            node if isinstance(node, DayNode) else node.day)

    def childAt(self, x: int, y: int):
        point = self.view.mapFromGlobal(QPoint(x, y))
        for index, (rect, _day) in enumerate(self.view.cells()):
            if rect.contains(point):
                return self.child(index)
        return None

    def text(self, kind):
        if kind == Text.Name:
            return self.view.accessibleName()
        if kind == Text.Description:
            first, last = self.view.state.period()
            return f"{long_date(first)} – {long_date(last)}"
        return super().text(kind)


class _NodeInterface(QAccessibleInterface):
    """What a day's and an entry's interfaces share."""

    def __init__(self, node: QObject) -> None:
        super().__init__()
        self.node = node

    def object(self):
        return self.node

    def view(self) -> PaintedCalendar:
        raise NotImplementedError

    def window(self):
        return self.view().window().windowHandle()

    def setText(self, kind, text) -> None:
        pass

    def actionInterface(self):
        return None

    def tableCellInterface(self):
        return None

    def textInterface(self):
        return None

    def valueInterface(self):
        return None

    def editableTextInterface(self):
        return None

    def selectionInterface(self):
        return None

    def attributesInterface(self):
        return None

    def relations(self, _match=None):
        return []

    def foregroundColor(self):
        return self.view().palette().text().color()

    def backgroundColor(self):
        return self.view().palette().base().color()


class DayInterface(_NodeInterface):
    def view(self) -> PaintedCalendar:
        return self.node.view

    def isValid(self) -> bool:
        return self.node.cell() is not None

    def day(self):
        cell = self.node.cell()
        return cell[1] if cell is not None else None

    def chips(self) -> list:
        day = self.day()
        return [] if day is None else self.view().day_chips(day)

    def role(self):
        return Role.Cell

    def text(self, kind) -> str:
        day = self.day()
        if day is None:
            return ""
        if kind == Text.Name:
            return long_date(day)
        if kind == Text.Description:
            translate = QCoreApplication.translate
            count = self.view().state.days.count(day)
            notes = [translate("Calendar", "entries: %1").replace("%1", str(count))]
            if self.view().state.days.closed(day):
                notes.append(translate("Calendar", "closed"))
            if day == self.view().state.today:
                notes.append(translate("Calendar", "today"))
            return ", ".join(notes)
        return ""

    def rect(self) -> QRect:
        cell = self.node.cell()
        return _global(self.view(), cell[0]) if cell is not None else QRect()

    def state(self):
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        view = self.view()
        if self.day() == view.state.selected:
            state.selected = True
            state.focused = view.hasFocus() and view.focused_index() is None
        return state

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.view())

    def childCount(self) -> int:
        return len(self.chips())

    def child(self, index: int):
        if 0 <= index < self.childCount():
            return QAccessible.queryAccessibleInterface(self.node.entry_node(index))
        return None

    def indexOfChild(self, child) -> int:
        obj = child.object() if child is not None else None
        return obj.index if isinstance(obj, EntryNode) and obj.day is self.node else -1

    def focusChild(self):
        view = self.view()
        focused = view.focused_index()
        if self.day() != view.state.selected or focused is None:
            return None
        return self.child(focused)

    def childAt(self, x: int, y: int):
        point = self.view().mapFromGlobal(QPoint(x, y))
        for index, chip in enumerate(self.chips()):
            if chip.rect.contains(point):
                return self.child(index)
        return None


class EntryInterface(_NodeInterface):
    def view(self) -> PaintedCalendar:
        return self.node.day.view

    def isValid(self) -> bool:
        return self.node.chip() is not None

    def role(self):
        chip = self.node.chip()
        if chip is not None and (chip.entry is None or chip.entry.target_url):
            return Role.Button  # opens its registration page, or the day's list
        return Role.StaticText

    def text(self, kind) -> str:
        chip = self.node.chip()
        if chip is None:
            return ""
        if kind == Text.Name:
            if chip.entry is None:
                return f"{long_date(chip.day)}, {chip.text}"
            name = entry_description(chip.entry, chip.day)
            return f"{name}, {clash_note()}" if self.view().clashes(chip.entry) else name
        if kind == Text.Description and chip.entry is not None:
            return self.view().entry_tip(chip.entry)
        return ""

    def rect(self) -> QRect:
        chip = self.node.chip()
        return _global(self.view(), chip.rect) if chip is not None else QRect()

    def state(self):
        state = QAccessible.State()
        state.focusable = True
        chip, view = self.node.chip(), self.view()
        if chip is not None:
            if not view.rect().intersects(chip.rect):
                state.invisible = state.offscreen = True
            if view.hasFocus() and chip is view.focused_chip():
                state.focused = True
        return state

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.node.day)

    def childCount(self) -> int:
        return 0

    def child(self, _index: int):
        return None

    def indexOfChild(self, _child) -> int:
        return -1

    def focusChild(self):
        return None

    def childAt(self, _x: int, _y: int):
        return None
