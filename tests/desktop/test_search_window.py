"""Search everything in the window (issue 18, item 2): Ctrl+F, the results grouped by kind with
the matched words in bold, Enter opening the thing in its tab; a picture in each language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from desktop.models import roles
from desktop.models.search_model import HEADING, MARKED, marked

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise


def ask(carnet, qtbot, text: str):
    window = carnet.window
    window.actions_by_name["search"].trigger()
    dialog = window.search_dialog
    assert dialog.isVisible()
    with qtbot.waitSignal(window.search_model.found, timeout=5000):
        dialog.box.setText(text)
    return dialog


def test_ctrl_f_is_search_everything_and_the_calendar_find_stays(carnet):
    actions = carnet.window.actions_by_name
    assert actions["search"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert actions["find"].shortcut() == QKeySequence("Ctrl+Shift+F")
    assert actions["find"].shortcut() != actions["search"].shortcut()


def test_results_grouped_by_kind_with_the_words_marked(carnet, qtbot, qtmodeltester):
    dialog = ask(carnet, qtbot, "natation")
    model = dialog.model
    qtmodeltester.check(model)
    headings = [model.index(r).data() for r in range(model.rowCount())
                if model.index(r).data(HEADING)]
    assert headings == ["Organizations", "Activities", "Sessions", "Closures", "Emails",
                        "Transactions", "Passes"]
    first = model.index(1)
    assert first.data(roles.ENTRY).label == "Club de natation Les Marsouins"
    assert "Club de <b>natation</b> Les Marsouins" in first.data(MARKED)
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable  # a heading
    assert dialog.results.currentIndex() == first  # Enter would open the first hit
    assert "result" in dialog.summary.text()


def test_marking_ignores_accents_case_and_unfolded_letters():
    assert marked("Félix & Łukasiewicz", ["FELIX", "lukas"]) == (
        "<b>Félix</b> &amp; <b>Łukasiewicz</b>")
    assert marked("Programmation d'hiver", ["d", "hiv"]) == (
        "Programmation <b>d</b>&#x27;<b>hiver</b>")


def test_enter_opens_a_person_in_the_people_tab(carnet, qtbot):
    dialog = ask(carnet, qtbot, "felix")
    QTest.keyClick(dialog.box, Qt.Key.Key_Return)
    window = carnet.window
    assert not dialog.isVisible()
    people = window.tabs.currentWidget()
    content = getattr(people, "content", people)
    assert window.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: content.model.row_of(204) >= 0, timeout=5000)  # read just now
    assert content.list.currentIndex().row() == content.model.row_of(204)


def test_enter_on_a_calendar_entry_opens_the_calendar_filtered(carnet, qtbot):
    dialog = ask(carnet, qtbot, "natation junior")
    hit = dialog.results.currentIndex().data(roles.ENTRY)
    assert (hit.kind, hit.label) == ("Activity", "Natation — Junior 3")
    QTest.keyClick(dialog.box, Qt.Key.Key_Down)  # over the heading, to the first session
    assert dialog.results.currentIndex().data(roles.ENTRY).kind == "Occurrence"
    QTest.keyClick(dialog.results, Qt.Key.Key_Return)
    assert carnet.window.tabs.currentIndex() == 0
    assert carnet.state.search_text == "Natation — Junior 3"


def test_nothing_found_is_said(carnet, qtbot):
    dialog = ask(carnet, qtbot, "arachides")  # Félix's allergy: sealed, never searched
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "Nothing found for “arachides”."


@pytest.mark.parametrize(("carnet", "words"), [
    ("fr", ("Tout rechercher", "Organisations", "Séances", "résultats")),
    ("en", ("Search everything", "Organizations", "Sessions", "results")),
], indirect=["carnet"])
def test_the_results_in_each_language(carnet, qtbot, words, tmp_path):
    """Its picture is saved where CARNET_SHOTS names a folder (to look at it)."""
    title, organizations, sessions, results = words
    dialog = ask(carnet, qtbot, "natation")
    model = dialog.model
    headings = [model.index(r).data() for r in range(model.rowCount())
                if model.index(r).data(HEADING)]
    assert dialog.windowTitle() == title
    assert headings[0] == organizations and sessions in headings
    assert results in dialog.summary.text()
    folder = Path(os.environ.get("CARNET_SHOTS", tmp_path))
    lang = "fr" if title != "Search everything" else "en"
    assert dialog.grab().save(str(folder / f"search-{lang}.png"))
