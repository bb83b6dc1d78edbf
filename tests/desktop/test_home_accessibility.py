"""Issue 16, item 8: Qt's accessibility tree of the Home tab holds every visible entry of the
grid, the week and Upcoming, named with its date, time, member and title; focus moves with the
keyboard and is announced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from desktop.formatting import long_date, time_of
from services.domain.calendar import EntryKind


def walk(iface, depth: int = 0, found=None, path=()):
    found = [] if found is None else found
    if iface is None or depth > 40:
        return found
    found.append((iface.role(), iface.text(QAccessible.Text.Name) or "", path))
    for index in range(iface.childCount()):
        walk(iface.child(index), depth + 1, found, (*path, iface.role()))
    return found


def named(nodes, *parts: str):
    return [n for n in nodes if all(p in n[1] for p in parts)]


def entry_parts(entry, day) -> tuple[str, ...]:
    parts = [long_date(day), entry.title]
    if entry.kind is not EntryKind.CLOSURE:
        parts += [time_of(entry.local_start), entry.person_name]
    return tuple(parts)


def visible_entries(view):
    return [c for c in view.chips() if c.entry is not None and view.rect().intersects(c.rect)]


def test_the_tree_holds_every_visible_entry_of_the_month(carnet):
    nodes = walk(QAccessible.queryAccessibleInterface(carnet.window))
    grid = carnet.window.home.calendar.grid
    tables = [n for n in nodes if n[0] == QAccessible.Role.Table and n[1]]
    assert tables
    cells = [n for n in nodes if n[0] == QAccessible.Role.Cell and QAccessible.Role.Table in n[2]]
    for _rect, day in grid._cells:
        assert named(cells, long_date(day)), day
    chips = visible_entries(grid)
    assert chips
    for chip in chips:
        found = named(nodes, *entry_parts(chip.entry, chip.day))
        assert found, (chip.entry, [n[1] for n in nodes if chip.entry.title in n[1]][:5])
        assert QAccessible.Role.Cell in found[0][2]  # an entry is a child of its day
    cancelled = [c for c in chips if c.entry.state.value == "Cancelled"]
    for chip in cancelled:
        assert named(nodes, *entry_parts(chip.entry, chip.day), "ancel")
    for chip in (c for c in chips if c.entry.is_staff):
        assert named(nodes, *entry_parts(chip.entry, chip.day), "staff")


def test_the_tree_holds_upcoming_and_the_week(carnet, qtbot):
    upcoming = carnet.window.home.upcoming.model()
    carnet.window.home.show_view("week")
    carnet.state.wait()
    nodes = walk(QAccessible.queryAccessibleInterface(carnet.window))
    for row in range(upcoming.rowCount()):
        entry = upcoming.entry(row)
        assert named(nodes, *entry_parts(entry, entry.first_day)), entry
    week = carnet.window.home.calendar.week
    chips = visible_entries(week)
    assert chips
    for chip in chips:
        assert named(nodes, *entry_parts(chip.entry, chip.day)), chip.entry


def test_keyboard_focus_moves_and_is_announced(carnet, qtbot, monkeypatch):
    events = []

    def record(event):
        iface = event.accessibleInterface()
        events.append((event.type(), iface.text(QAccessible.Text.Name) if iface else None))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    grid = carnet.window.home.calendar.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    start = carnet.state.selected
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    day = carnet.state.selected
    assert day != start
    focus = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert focus and long_date(day) in focus[-1]
    iface = QAccessible.queryAccessibleInterface(grid)
    assert long_date(day) in iface.focusChild().text(QAccessible.Text.Name)
    carnet.state.select(next(c.day for c in visible_entries(grid)))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    chip = grid.focused_chip()
    focus = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert chip is not None and chip.entry.title in focus[-1]
    cell = iface.focusChild()
    assert cell.focusChild() is not None and chip.entry.title in cell.focusChild().text(
        QAccessible.Text.Name)
