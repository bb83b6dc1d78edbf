"""Issue 16, item 10 (HOME-8): how to cancel a registration was only in the Help menu. Each
activity's own menu — right click, the Menu key or Shift+F10, in the month, the week and the
agenda — says it, and opens the registration page (HOME-5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from services.domain.calendar import EntryKind
from tests.desktop.test_home_views import panel, show_mode

# A menu pops up on the offscreen platform, which says it cannot raise it or grab the keys.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def choose_in_menu(qtbot, text: str, seen: list[list[str]]) -> None:
    """When the menu shows: note its items, then trigger the one containing `text`."""
    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        actions = [a for a in menu.actions() if not a.isSeparator()]
        seen.append([a.text().replace("&", "") for a in actions])
        chosen = next(a for a in actions if text in a.text().replace("&", ""))
        menu.close()
        chosen.trigger()

    QTimer.singleShot(0, pick)


def told(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: said.append(text)
                        or QMessageBox.StandardButton.Ok)
    return said


def test_an_activitys_menu_says_how_to_cancel_it_in_the_grid_by_mouse(carnet, qtbot,
                                                                       monkeypatch):
    said, seen = told(monkeypatch), []
    grid = panel(carnet).grid
    chip = next(c for c in grid.chips() if c.entry is not None
                and c.entry.kind is EntryKind.ACTIVITY)
    choose_in_menu(qtbot, "cancel", seen)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, chip.rect.center(),
                              grid.mapToGlobal(chip.rect.center()))
    QApplication.sendEvent(grid, event)
    assert seen and "Open the registration page" in seen[0]
    assert said and chip.entry.title in said[0] and "mobile app" in said[0]


def test_by_keyboard_in_the_agenda_the_menu_opens_the_page(carnet, qtbot, monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toString()) or True)
    show_mode(carnet, qtbot, "agenda")
    agenda = panel(carnet).agenda
    model = agenda.model()
    row = next(r for r in range(model.rowCount()) if model.entry(r) is not None
               and model.entry(r).target_url)
    agenda.setFocus()
    agenda.setCurrentIndex(model.index(row, 0))
    seen: list[list[str]] = []
    choose_in_menu(qtbot, "Open the registration page", seen)
    QApplication.sendEvent(agenda, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard,
                                                     QPoint(0, 0),
                                                     agenda.mapToGlobal(QPoint(0, 0))))
    assert urls == [model.entry(row).target_url]


def test_a_closure_has_no_cancel_to_explain(carnet, qtbot):
    from desktop.views.entry_menu import entry_menu

    grid = panel(carnet).grid
    closure = next(c.entry for c in grid.chips() if c.entry is not None
                   and c.entry.kind is EntryKind.CLOSURE)
    menu = entry_menu(closure, grid)
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert not any("cancel" in t for t in texts)
    assert not menu.actions()[0].isEnabled()  # nothing to open either
    menu.deleteLater()
