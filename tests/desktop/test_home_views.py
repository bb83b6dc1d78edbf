"""Issue 16, items 3 and 7 (Home): the week's hour axis, the agenda's day headers and chips,
Upcoming as rows, every list opening its entries (HOME-5) by mouse and by key, a Find over
every entry that says it is on, and chips that follow the font."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import QToolTip

from desktop.views.palette import KIND_COLOURS
from services.domain.calendar import EntryKind
from services.store.calendar_reads import calendar_entries


def panel(carnet):
    return carnet.window.home.calendar


def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString())
                        or True)
    return urls


def show_mode(carnet, qtbot, mode: str) -> None:
    button = next(b for b in panel(carnet).modes.buttons() if b.property("mode") == mode)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    carnet.state.wait()


def busiest_week(carnet) -> date:
    """A Monday-ish anchor of the shown month's week holding the most timed entries."""
    entries = [e for e in carnet.state.entries if e.kind is not EntryKind.CLOSURE]
    by_day: dict[date, int] = {}
    for entry in entries:
        by_day[entry.first_day] = by_day.get(entry.first_day, 0) + 1
    return max(by_day, key=by_day.get)


def test_week_has_an_hour_axis_with_overlaps_side_by_side(carnet, qtbot):
    day = busiest_week(carnet)
    carnet.state.go_to(day)
    show_mode(carnet, qtbot, "week")
    week = panel(carnet).week
    assert panel(carnet).stack.currentWidget() is week
    first, last = carnet.state.period()
    timed = [c for c in week.chips() if c.entry is not None and not week.in_band(c)]
    assert timed, "the busiest week has timed entries"
    lo, hi = week.hours()
    assert 0 <= lo < hi <= 24
    for chip in timed:
        entry = chip.entry
        assert first <= chip.day <= last
        start = entry.local_start
        if start.date() == chip.day:  # placed by its start and its end
            assert abs(chip.rect.top() - week.y_of(start.hour + start.minute / 60)) <= 2
        end = entry.local_end
        if end.date() == chip.day:
            assert abs(chip.rect.bottom() - week.y_of(end.hour + end.minute / 60)) <= 3
        column = week.column_rect(chip.day)
        assert column.left() <= chip.rect.left() and chip.rect.right() <= column.right() + 1
    # overlapping entries of a day stand side by side, never on each other
    for a in timed:
        for b in timed:
            if a is not b and a.day == b.day and a.entry.local_start < b.entry.local_end \
                    and b.entry.local_start < a.entry.local_end:
                assert not a.rect.intersects(b.rect), (a.entry, b.entry)
    assert any(a is not b and a.day == b.day and a.rect.top() == b.rect.top()
               for a in timed for b in timed), "two members of one occurrence: side by side"


def test_week_puts_closures_in_a_band_above_the_hours(carnet, qtbot):
    closure = next(e for e in carnet.state.entries if e.kind is EntryKind.CLOSURE)
    carnet.state.go_to(closure.first_day)
    show_mode(carnet, qtbot, "week")
    week = panel(carnet).week
    band = [c for c in week.chips() if c.entry is not None and c.entry.kind is EntryKind.CLOSURE]
    assert band and all(week.in_band(c) for c in band)
    top = week.y_of(week.hours()[0])
    assert all(c.rect.bottom() < top for c in band)


def test_week_scrolls_when_the_hours_do_not_fit(carnet, qtbot):
    carnet.window.resize(1024, 600)
    carnet.state.go_to(busiest_week(carnet))
    show_mode(carnet, qtbot, "week")
    week = panel(carnet).week
    lo, hi = week.hours()
    needed = (hi - lo) * week.hour_height()
    if needed > week.timeline_height():
        bar = week.scroll_bar
        assert bar.maximum() > 0
        before = week.y_of(lo + 1)
        bar.setValue(bar.maximum())
        assert week.y_of(lo + 1) < before


def test_agenda_lists_days_with_headers_and_chips(carnet, qtbot, monkeypatch):
    urls = opened(monkeypatch)
    show_mode(carnet, qtbot, "agenda")
    view, model = panel(carnet).agenda, panel(carnet).agenda_model
    headers = [r for r in range(model.rowCount()) if model.entry(r) is None]
    entries = [r for r in range(model.rowCount()) if model.entry(r) is not None]
    days = {model.entry(r).first_day for r in entries}
    assert len(headers) >= len({d for d in days if d >= carnet.state.period()[0]})
    assert model.index(headers[0], 0).flags() & Qt.ItemFlag.ItemIsSelectable == \
        Qt.ItemFlag.NoItemFlags
    image = view.viewport().grab().toImage()
    for row in entries:
        rect = view.visualRect(model.index(row, 0))
        if not view.viewport().rect().contains(rect):
            break
        chip = view.itemDelegate().chip_rect(rect)
        colour = QColor(image.pixel(QPoint(chip.left() + 2, chip.center().y())))
        want = KIND_COLOURS[model.entry(row).kind]
        assert all(abs(a - b) <= 12 for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3],
                                                     strict=True))
    activity = next(r for r in entries if model.entry(r).kind is EntryKind.ACTIVITY)
    view.scrollTo(model.index(activity, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model.index(activity, 0)).center())
    assert urls == [model.entry(activity).target_url]
    closure = next((r for r in entries if model.entry(r).kind is EntryKind.CLOSURE), None)
    if closure is not None:
        view.scrollTo(model.index(closure, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(model.index(closure, 0)).center())
        assert len(urls) == 1


def test_upcoming_rows_show_whole_and_open(carnet, qtbot, monkeypatch):
    urls = opened(monkeypatch)
    view = carnet.window.home.upcoming
    model = view.model()
    assert model.rowCount() == 5
    for row in range(5):
        rect = view.visualRect(model.index(row, 0))
        assert view.viewport().rect().contains(rect), (row, rect, view.viewport().rect())
    assert view.verticalScrollBar().maximum() == 0
    row = next(r for r in range(5) if model.entry(r).target_url)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model.index(row, 0)).center())
    assert urls == [model.entry(row).target_url]


def test_the_day_list_opens_its_entries(carnet, qtbot, monkeypatch):
    from desktop.views.home_tab import DayDialog

    urls = opened(monkeypatch)
    day = busiest_week(carnet)
    dialog = DayDialog(day, carnet.state.days.entries(day), carnet.window)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.view.model()
    row = next(r for r in range(model.rowCount()) if model.entry(r).target_url)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert urls == [model.entry(row).target_url]
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.view.visualRect(model.index(row, 0)).center())
    assert len(urls) == 2
    dialog.close()


def test_keyboard_only_opens_entries_in_the_grid_week_agenda_and_upcoming(carnet, qtbot,
                                                                         monkeypatch):
    urls = opened(monkeypatch)
    grid = panel(carnet).grid
    target = next(c for c in grid.chips() if c.entry is not None and c.entry.target_url
                  and grid.day_chips(c.day)[0] is c)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_T)
    carnet.state.wait()
    step = 1 if target.day >= carnet.state.selected else -1
    while carnet.state.selected != target.day:  # arrows between days
        qtbot.keyClick(grid, Qt.Key.Key_Right if step > 0 else Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # into the day's entries
    assert grid.hasFocus() and grid.focused_chip() is not None
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert urls == [target.entry.target_url]
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert len(urls) == 2

    show_mode(carnet, qtbot, "week")
    week = panel(carnet).week
    week.setFocus()
    chips = week.day_chips(carnet.state.selected)
    index = next(i for i, c in enumerate(chips) if c.entry is not None and c.entry.target_url)
    for _ in range(index + 1):
        qtbot.keyClick(week, Qt.Key.Key_Tab)
    qtbot.keyClick(week, Qt.Key.Key_Enter)
    assert urls[-1] == chips[index].entry.target_url and len(urls) == 3

    show_mode(carnet, qtbot, "agenda")
    agenda = panel(carnet).agenda
    agenda.setFocus()
    model = agenda.model()
    qtbot.keyClick(agenda, Qt.Key.Key_Home)
    while model.entry(agenda.currentIndex().row()) is None or \
            not model.entry(agenda.currentIndex().row()).target_url:
        qtbot.keyClick(agenda, Qt.Key.Key_Down)
    qtbot.keyClick(agenda, Qt.Key.Key_Return)
    assert urls[-1] == model.entry(agenda.currentIndex().row()).target_url and len(urls) == 4

    upcoming = carnet.window.home.upcoming
    upcoming.setFocus()
    qtbot.keyClick(upcoming, Qt.Key.Key_Home)
    while not upcoming.model().entry(upcoming.currentIndex().row()).target_url:
        qtbot.keyClick(upcoming, Qt.Key.Key_Down)
    qtbot.keyClick(upcoming, Qt.Key.Key_Space)
    assert urls[-1] == upcoming.model().entry(upcoming.currentIndex().row()).target_url
    assert len(urls) == 5


def test_a_closure_opens_nothing_by_key(carnet, qtbot, monkeypatch):
    urls = opened(monkeypatch)
    grid = panel(carnet).grid
    closure = next(c for c in grid.chips() if c.entry is not None
                   and c.entry.kind is EntryKind.CLOSURE and grid.day_chips(c.day)[0] is c)
    grid.setFocus()
    carnet.state.select(closure.day)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.focused_chip() is closure or grid.focused_chip().entry == closure.entry
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert urls == []


def test_chips_follow_the_font(carnet, qtbot):
    grid = panel(carnet).grid
    small = max(c.rect.height() for c in grid.chips())
    big = QFont(grid.font())
    big.setPointSizeF(grid.font().pointSizeF() * 2.2)
    grid.setFont(big)
    grid.relayout()
    chips = [c for c in grid.chips() if c.entry is not None]
    assert chips and min(c.rect.height() for c in chips) >= 1.6 * small
    scaled = QFont(big)
    scaled.setPointSizeF(big.pointSizeF() * 0.85)  # the chips' text: a little smaller
    assert min(c.rect.height() for c in chips) >= QFontMetrics(scaled).height()


def test_chips_and_rows_follow_a_new_font_by_themselves(carnet, qtbot):
    """No changeEvent: the grid lays its chips out again when it next paints, the Upcoming
    list grows with its rows (ChipFonts.following)."""
    grid, upcoming = panel(carnet).grid, carnet.window.home.upcoming
    small, low = max(c.rect.height() for c in grid.chips()), upcoming.height()
    for widget in (grid, upcoming):
        big = QFont(widget.font())
        big.setPointSizeF(widget.font().pointSizeF() * 2.2)
        widget.setFont(big)
    grid.repaint()
    assert min(c.rect.height() for c in grid.chips() if c.entry is not None) >= 1.6 * small
    qtbot.waitUntil(lambda: upcoming.height() >= 1.6 * low)
    model = upcoming.model()
    for row in range(model.rowCount()):  # every row still whole
        assert upcoming.viewport().rect().contains(upcoming.visualRect(model.index(row, 0)))


@pytest.mark.qt_log_ignore("This plugin does not support")  # a tooltip shown offscreen
def test_a_chip_under_the_mouse_gives_its_tooltip(carnet, qtbot):
    grid = panel(carnet).grid
    chip = next(c for c in grid.chips() if c.entry is not None)
    qtbot.mouseMove(grid, chip.rect.center())
    assert grid.toolTip() == grid.entry_tip(chip.entry) and chip.entry.title in grid.toolTip()
    cell = next(rect for rect, _day in grid.cells()
                if not any(rect.contains(c.rect) for c in grid.chips()))
    QToolTip.showText(grid.mapToGlobal(chip.rect.center()), grid.toolTip(), grid)
    assert QToolTip.isVisible()
    qtbot.mouseMove(grid, cell.center())
    assert grid.toolTip() == ""
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # not left up (10 s)
    qtbot.mouseMove(grid, chip.rect.center())
    assert grid.toolTip() == grid.entry_tip(chip.entry)
    carnet.state.step(1)  # another month under the resting mouse: its chip, or none
    carnet.state.wait()
    under = grid.chip_at(chip.rect.center())
    assert grid.toolTip() == (grid.entry_tip(under.entry) if under and under.entry else "")


def matches(entry, text: str) -> bool:
    return text.casefold() in " ".join((entry.title, entry.person_name,
                                        entry.organization_name, entry.location)).casefold()


def test_find_searches_every_entry_and_says_it_is_on(carnet, qtbot):
    with carnet.store.reader() as conn:
        everything = calendar_entries(conn, date(2000, 1, 1), date(2040, 1, 1))
    months = {(e.first_day.year, e.first_day.month) for e in everything if matches(e, "natation")}
    assert len(months) > 1, "the demo's swimming spans months"
    want = [e for e in everything if matches(e, "natation")]
    calendar = panel(carnet)
    calendar.find("natation")
    qtbot.waitUntil(lambda: calendar.agenda_model.entry_count() == len(want))
    model = calendar.agenda_model
    shown = [model.entry(r) for r in range(model.rowCount()) if model.entry(r) is not None]
    assert sorted(shown, key=lambda e: e.sort_key()) == sorted(want, key=lambda e: e.sort_key())
    assert calendar.filter_bar.isVisible()
    text = calendar.filter_label.text()
    assert str(len(want)) in text and str(len(everything)) in text
    calendar.agenda.setFocus()
    qtbot.keyClick(calendar.agenda, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.filter_bar.isVisible())
    first, last = carnet.state.period()
    shown = [model.entry(r) for r in range(model.rowCount()) if model.entry(r) is not None]
    assert shown and all(e.first_day <= last and e.last_day >= first for e in shown)
    assert len(shown) == len([e for e in carnet.state.entries
                              if e.first_day <= last and e.last_day >= first])


def test_find_clears_with_its_button_and_leaves_no_filter(carnet, qtbot):
    calendar = panel(carnet)
    calendar.find("zzz-nothing")
    qtbot.waitUntil(lambda: calendar.filter_bar.isVisible())
    assert calendar.agenda_model.entry_count() == 0
    qtbot.mouseClick(calendar.filter_clear, Qt.MouseButton.LeftButton)
    assert not calendar.filter_bar.isVisible()
    assert calendar.agenda_model.entry_count() > 0


def test_show_view_names_month_week_and_agenda(carnet):
    home = carnet.window.home
    for name, widget in (("week", panel(carnet).week), ("agenda", panel(carnet).agenda),
                         ("month", panel(carnet).grid)):
        home.show_view(name)
        carnet.state.wait()
        assert panel(carnet).stack.currentWidget() is widget
        assert next(b for b in panel(carnet).modes.buttons() if b.isChecked()
                    ).property("mode") == name


_ = (datetime, timedelta)
