"""What the first paint is spared (issue 20: the cold start against a same-widgets skeleton,
bench/startup.py). The first Python wrapper of one of Qt's own widgets (a scroll area's
viewport or scroll bar container, made in C++) costs 10 to 30 ms: the first paint asks Qt for
none of them, and lays the month grid out once per shown size."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from desktop import formatting
from desktop.views.calendar_grid import CalendarGrid
from desktop.views.quick_access import QuickAccessPanel


def test_the_cards_follow_their_scroll_area_without_walking_the_focus_chain(carnet,
                                                                             monkeypatch):
    panel = carnet.window.home.quick
    assert isinstance(panel.follows, QScrollArea) and panel.follows.widget() is panel

    def walked(self):
        raise AssertionError("the focus chain was walked")

    monkeypatch.setattr(QuickAccessPanel, "previousInFocusChain", walked)
    panel.rebuild()  # as the first read's delivery does, under the painted window
    buttons = [b for card in panel.cards for b in card.buttons]
    assert buttons and panel.follows.nextInFocusChain() is not None
    chain, widget = [], panel.follows
    for _ in range(200):  # the buttons come in reading order, together, after the scroll area
        widget = widget.nextInFocusChain()
        if widget in buttons:
            chain.append(widget)
        elif chain:
            break
    assert chain == buttons


def test_the_month_grid_is_laid_out_once_when_shown(qapp, qtbot, carnet, monkeypatch):
    grid = carnet.window.home.calendar.grid
    grid.hide()
    grid.resize(grid.width() + 40, grid.height() + 20)  # while hidden: a pending resize
    layouts = []
    original = CalendarGrid.relayout
    monkeypatch.setattr(CalendarGrid, "relayout", lambda self: (layouts.append(self.size()),
                                                                original(self)))
    grid.show()
    assert layouts == [grid.size()]  # by showEvent; not again by the pending resize
    assert grid.chips() and all(grid.rect().contains(chip.rect.topLeft())
                                for chip in grid.chips())


def test_a_time_pattern_is_made_once_per_locale_pattern():
    formatting.unpadded_hours.cache_clear()
    for _ in range(3):
        assert formatting.unpadded_hours("HH 'h' mm") == "H 'h' mm"
    assert formatting.unpadded_hours.cache_info().hits == 2
