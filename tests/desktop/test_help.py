"""Help ▸ Keyboard shortcuts (read from the window's own actions, in the UI language) and Help ▸
Guide (a page in each language, bundled) — issue 20, item 5."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence

from desktop import i18n
from desktop.app import build
from desktop.views.help_dialogs import GUIDE_DIR, GuideDialog, guide_text

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {
    "en": ["Carnet guide", "The tabs", "Syncing and offline", "Reminders", "Search", "Clashes",
           "Privacy"],
    "fr": ["Guide de Carnet", "Les onglets", "Synchronisation et hors ligne", "Rappels",
           "Recherche", "Conflits d'horaire", "Confidentialité"],
}
TABS = {"en": ["Home", "People", "Billing", "Wallet", "Communications", "Settings"],
        "fr": ["Accueil", "Personnes", "Facturation", "Portefeuille", "Communications",
               "Paramètres"]}


@pytest.fixture(params=["en", "fr"])
def window(request, qapp, qtbot, demo_store):
    i18n.install(request.param)
    app = build(demo_store, request.param, "famille.tremblay@example.ca")
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield request.param, app.window
    app.stop()
    app.window.close()
    i18n.install("en")


def test_the_shortcuts_list_every_menu_shortcut_in_the_ui_language(window, qtbot):
    lang, main = window
    dialog = main.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    search = "Search everything" if lang == "en" else "Tout rechercher"
    assert ("Edit" if lang == "en" else "Édition", search, "Ctrl+F") in rows
    view = "View" if lang == "en" else "Affichage"
    for number, tab in enumerate(TABS[lang], start=1):
        assert (view, tab, f"Ctrl+{number}") in rows
    assert (view, "Week" if lang == "en" else "Semaine", "Ctrl+Alt+2") in rows
    menus = "Menus"
    assert (menus, "File" if lang == "en" else "Fichier", "Alt+F") in rows
    letters = [keys for group, _, keys in rows if group == menus]
    assert len(letters) == 4 and len(set(letters)) == 4, letters  # one Alt letter per menu
    # Every action with a shortcut, in any menu, is listed: nothing is kept by hand.
    listed = {keys for _, _, keys in rows}
    for action in main.findChildren(QAction):
        in_menu = any(w is not main for w in action.associatedObjects())
        if not action.shortcut().isEmpty() and in_menu:
            assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed
    # The calendar's keys, translated.
    calendar = "Calendar" if lang == "en" else "Calendrier"
    assert any(group == calendar and keys == "T" for group, _, keys in rows)
    # and the tree shows them
    texts = []
    for top in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(top)
        texts.append(item.text(0))
        texts += [f"{item.child(i).text(0)}\t{item.child(i).text(1)}"
                  for i in range(item.childCount())]
    assert f"{search}\tCtrl+F" in texts
    assert dialog.windowTitle() == ("Keyboard shortcuts" if lang == "en" else
                                    "Raccourcis clavier")


def test_a_new_action_is_listed_without_touching_the_dialog(window, qtbot):
    lang, main = window
    extra = QAction("Something new", main)
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    main.menuBar().actions()[0].menu().addAction(extra)
    dialog = main.show_shortcuts()
    qtbot.addWidget(dialog)
    shown = "Ctrl+Shift+J" if lang == "en" else "Ctrl+Maj+J"  # Qt's French names its keys
    assert any(what == "Something new" and keys == shown for _, what, keys in dialog.rows())


def test_the_guide_opens_in_the_ui_language_with_its_headings(window, qtbot):
    lang, main = window
    dialog = main.show_guide()
    qtbot.addWidget(dialog)
    assert dialog.lang == lang
    assert dialog.headings() == SECTIONS[lang]
    other = SECTIONS["fr" if lang == "en" else "en"]
    text = dialog.browser.toPlainText()
    assert not [h for h in other[1:] if h in text.splitlines()]
    assert dialog.windowTitle() == ("Carnet guide" if lang == "en" else "Guide de Carnet")
    guide = main.actions_by_name["guide"]
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_guide_names_the_menus_as_the_window_does(qapp, lang):
    """The guide's menu paths (Edit ▸ Search everything…) are the menus' translated texts."""
    i18n.install(lang)
    try:
        from PySide6.QtCore import QCoreApplication

        text = guide_text(lang)
        for source in ("&Search everything…", "&Sync now", "&Clashes…"):
            shown = QCoreApplication.translate("MainWindow", source).replace("&", "")
            assert shown in text, (lang, shown)
    finally:
        i18n.install("en")


def test_the_guides_are_bundled():
    spec = (ROOT / "packaging" / "carnet.spec").read_text(encoding="utf-8")
    assert re.search(r'ROOT / "resources" / "guide"\), "resources/guide"', spec)
    assert sorted(p.name for p in GUIDE_DIR.iterdir()) == ["guide_en.md", "guide_fr.md"]


def test_the_help_menu(window):
    lang, main = window
    menu = main.menuBar().actions()[-1].menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    if lang == "fr":
        assert texts == ["&Guide", "&Raccourcis clavier", "Comment annuler une inscription?",
                         "&Signaler un problème…"]
    else:
        assert texts == ["&Guide", "&Keyboard shortcuts", "How do I cancel a registration?",
                         "&Report a problem…"]


def test_no_guide_dialog_is_left_open(qapp, qtbot):
    dialog = GuideDialog(lang="en")
    qtbot.addWidget(dialog)
    assert "Ctrl+F" in dialog.browser.toPlainText()
