"""The window by keyboard alone (issue 16, item 7): Tab leaves every list and table (the arrows
move inside it), and the quick-access cards' buttons are in the Tab order where they are read,
and pressed with Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from desktop.views import TABS


def focus_cycle(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from `start`, until it comes back to one already seen."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is None or widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def inside(widget: QWidget | None, parent: QWidget) -> bool:
    while widget is not None:
        if widget is parent:
            return True
        widget = widget.parentWidget()
    return False


def test_tab_leaves_every_table_and_list_of_every_tab(carnet, qtbot):
    window = carnet.window
    checked = []
    for name in TABS:
        window.show_tab(name)
        carnet.wait()
        tab = window.tabs.currentWidget()
        for view in tab.findChildren(QAbstractItemView):
            if not view.isVisible() or not view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            view.setFocus(Qt.FocusReason.TabFocusReason)
            assert view.hasFocus(), view.accessibleName()
            if view.model() is not None and view.model().rowCount() > 1:
                view.setCurrentIndex(view.model().index(0, 0))
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            assert not inside(QApplication.focusWidget(), view), (name, view.accessibleName())
            checked.append(view.accessibleName())
    # Among them the ones issue 16 names: postdated (Home), transactions, emails.
    assert {"Postdated payments", "Transactions", "Emails"} <= set(checked), checked


def test_the_arrows_still_move_inside_a_table(carnet, qtbot):
    table = carnet.window.home.postdated.table
    assert table.model().rowCount() >= 2
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1


def test_quick_access_buttons_are_in_the_tab_order_as_they_read(carnet, qtbot):
    window = carnet.window
    cards = window.home.quick.cards
    assert cards
    buttons = [b for card in cards for b in card.buttons]
    cycle = focus_cycle(qtbot, window.tabs.tabBar())
    assert all(b in cycle for b in buttons), "a card's button is never reached with Tab"
    first = cycle.index(buttons[0])
    assert cycle[first:first + len(buttons)] == buttons  # together, in reading order
    status = window.statusBar()
    assert not any(inside(w, status) for w in cycle[:first])  # not after the status bar
    # Reading order: cards top to bottom; in a card, rows top to bottom, left to right.
    spots = [(card_number, b.mapTo(window, b.rect().center()).y(),
              b.mapTo(window, b.rect().center()).x())
             for card_number, card in enumerate(cards) for b in card.buttons
             if b.property("action") != "remove"]  # the ✕ comes first, at the name's end
    assert spots == sorted(spots)


def test_a_focused_card_button_keeps_the_focus_when_a_sync_rebuilds_the_cards(carnet,
                                                                               qtbot):
    panel = carnet.window.home.quick
    card = panel.cards[-1]
    organization = card.card.organization.id
    card.button("emails").setFocus()
    assert card.button("emails").hasFocus()
    panel.rebuild()  # as after a batch that changed what the cards show
    again = next(c for c in panel.cards if c.card.organization.id == organization)
    assert again is not card and again.button("emails").hasFocus()
