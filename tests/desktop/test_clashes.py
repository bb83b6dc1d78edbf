"""ASSIST-3 (issue 18 item 3) in the window: View ▸ Clashes…, Dismiss, the day shown, and the
calendar's marks on the chips of clashing entries (month and week)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.app import build, switch_language
from desktop.models import roles
from desktop.models.calendar_state import ViewMode
from desktop.views.calendar_grid import CLASH_MARK
from services.domain.clashes import DISMISSED, ClashKind, entry_mark
from services.sync import outbox


def _action(window, text):
    return next(a for menu in window.menuBar().actions() for a in menu.menu().actions()
                if a.text().replace("&", "") == text)


def test_the_clashes_model_lists_each_kind(carnet, qtmodeltester):
    model = carnet.window.clashes
    assert model.rowCount() == 3
    kinds = [model.index(row, 0).data(roles.ENTRY).kind for row in range(3)]
    assert kinds == [ClashKind.TWO_PLACES, ClashKind.DOUBLE_BOOKED, ClashKind.CLOSED]
    assert model.index(0, 1).data() == "Two places at once"
    assert "Zoé" in model.index(0, 2).data() and "Félix" in model.index(0, 2).data()
    assert "is closed" in model.index(2, 3).data()
    qtmodeltester.check(model, force_py=True)


def _mark_painted(view, entry) -> bool:
    image = view.grab().toImage()
    chip = next(c for c in view.chips() if c.entry is not None and entry_mark(c.entry)
                == entry_mark(entry))
    pixel = QColor(image.pixel(chip.rect.right() - 2, chip.rect.top() + 1))
    return abs(pixel.red() - CLASH_MARK.red()) < 40 and pixel.green() < 90


def test_clashing_chips_are_marked_in_the_month_and_the_week(carnet, qtbot):
    model, home = carnet.window.clashes, carnet.window.home.calendar
    rehearsal = model.index(0, 0).data(roles.ENTRY).entries[0]
    assert rehearsal.title.startswith("Spectacle")
    assert home.grid.clash_marks == model.marks and entry_mark(rehearsal) in model.marks
    assert _mark_painted(home.grid, rehearsal)
    quiet = next(c.entry for c in home.grid.chips() if c.entry is not None
                 and c.entry.title.startswith("Éveil"))
    assert not _mark_painted(home.grid, quiet)
    carnet.window.show_day(rehearsal.first_day)
    carnet.state.wait()
    assert home.state.mode is ViewMode.WEEK and home.state.selected == date(2026, 11, 3)
    assert _mark_painted(home.week, rehearsal)


def _entry_texts(view) -> list[tuple[str, str]]:
    """(name, description) of every entry a screen reader finds on the calendar."""
    calendar = QAccessible.queryAccessibleInterface(view)
    days = [calendar.child(i) for i in range(calendar.childCount())]
    return [(entry.text(QAccessible.Text.Name), entry.text(QAccessible.Text.Description))
            for day in days for entry in (day.child(j) for j in range(day.childCount()))]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_screen_reader_hears_the_clash_the_red_corner_shows(carnet, lang):
    from desktop import i18n

    i18n.install(lang)
    note = {"en": "Clashes with another entry", "fr": "En conflit avec une autre inscription"}
    try:
        texts = _entry_texts(carnet.window.home.calendar.grid)
    finally:
        i18n.install("en")
    rehearsal = [t for t in texts if "Spectacle" in t[0]]
    quiet = [t for t in texts if "Éveil" in t[0]]
    assert rehearsal and all(note[lang] in name and note[lang] in tip
                             for name, tip in rehearsal)
    assert quiet and not any(note[lang] in name or note[lang] in tip for name, tip in quiet)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no hints
def test_dismiss_from_the_list_and_show_a_day(carnet, qtbot):
    window = carnet.window
    _action(window, "Clashes…").trigger()
    dialog = window.clashes_dialog
    assert dialog.isVisible() and dialog.table.model().rowCount() == 3
    dialog.table.selectRow(1)
    key = dialog.table.currentIndex().data(roles.ENTRY).key
    dialog.dismiss()
    carnet.workspace.ops.wait()
    qtbot.waitUntil(lambda: window.clashes.rowCount() == 2)
    assert key not in {window.clashes.index(r, 0).data(roles.ENTRY).key for r in range(2)}
    with carnet.store.read() as conn:
        assert key in carnet.store.get_meta(conn, DISMISSED)
        assert outbox.entries(carnet.store, conn) == []  # local only: nothing to send
    assert window.home.calendar.grid.clash_marks == window.clashes.marks
    dialog.table.selectRow(1)  # the Closed clash: Zoé's swim on the 25th
    dialog.show_button.click()
    carnet.state.wait()
    assert window.tabs.currentWidget() is window.home
    assert window.home.calendar.state.selected == date(2026, 11, 25)


def test_the_marks_follow_the_window_rebuilt_in_another_language(qtbot, demo_store):
    """The clashes' model is the app's (its read starts with the first ones): a window built
    again in French marks the same entries, and the marks that change later reach it, not the
    window it replaced (gone by then)."""
    i18n.install("en")
    app = build(demo_store, "en", "famille.tremblay@example.ca")
    try:
        app.window.show()
        model, old = app.window.clashes, app.window
        marked = model.marks
        assert marked and switch_language(app, "fr")
        window = app.window
        qtbot.addWidget(window)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(old) and window.clashes is model
        assert window.home.calendar.grid.clash_marks == marked
        assert window.home.calendar.week.clash_marks == marked
        model.dismiss(0)
        app.workspace.ops.wait()
        qtbot.waitUntil(lambda: model.marks != marked)
        assert window.home.calendar.grid.clash_marks == model.marks
    finally:
        app.stop()
        i18n.install("en")


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize(("carnet", "words"), [
    ("fr", ("Conflits d'horaire", "Quand", "À deux endroits en même temps", "est fermé")),
    ("en", ("Clashes", "When", "Two places at once", "is closed")),
], indirect=["carnet"])
def test_the_list_in_each_language(carnet, words, tmp_path):
    """Its picture is saved where CARNET_SHOTS names a folder (to look at it)."""
    window = carnet.window
    window.show_clashes()
    dialog = window.clashes_dialog
    model = dialog.table.model()
    title, when, kind, closed = words
    assert dialog.windowTitle() == title
    assert model.headerData(0, Qt.Orientation.Horizontal) == when
    assert model.index(0, 1).data() == kind and closed in model.index(2, 3).data()
    folder = Path(os.environ.get("CARNET_SHOTS", tmp_path))
    lang = "fr" if title != "Clashes" else "en"
    assert dialog.grab().save(str(folder / f"clashes-{lang}.png"))
    window.show_day(date(2026, 11, 3))
    carnet.state.wait()
    assert window.grab().save(str(folder / f"clashes-week-{lang}.png"))
