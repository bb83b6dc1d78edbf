"""The Settings tab (SET-1/2): username change with its code and password change against the
real server, the language switched in the open window, theme, sign out, About."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from desktop import i18n
from desktop.app import build
from desktop.models.account_model import AccountModel
from desktop.views.about_dialog import AboutDialog, licences
from desktop.views.account_dialogs import PasswordDialog, UsernameDialog
from desktop.views.person_dialogs import AddPersonDialog
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from services.domain.demo import DEMO_PASSWORD
from tests.desktop.tabs import online_workspace, shown, workspace
from tests.reference import sign_in


@pytest.fixture
def carnet(session_on_platform):
    """Here, Carnet's session on the platform (tests/desktop/conftest.py's is the window)."""
    return session_on_platform


@pytest.fixture
def online(carnet):
    ws = online_workspace(carnet)
    yield ws
    ws.wait()
    ws.stop()


@pytest.mark.expect_log("confirmation code", logger="carnet.server")
def test_a_username_change_completes_with_its_code(qtbot, online, platform, caplog):
    account = AccountModel(online)  # what the Settings tab shows
    account.refresh()
    dialog = UsernameDialog(online.ops)
    qtbot.addWidget(dialog)
    dialog.new.setText("pas-un-courriel")
    dialog.submit()
    online.wait()  # each step on the writer thread
    assert "email" in dialog.section.error_of("NewUsername").lower()
    assert not dialog.new.isReadOnly()  # to correct it
    dialog.new.setText("Famille.Tremblay@Nouveau.example.ca")
    with caplog.at_level(logging.WARNING, logger="carnet.server"):
        dialog.submit()
        online.wait()
    assert dialog.code.isEnabled() and dialog.new.isReadOnly()
    code = next(r.getMessage().rsplit(" ", 1)[1] for r in caplog.records
                if "confirmation code" in r.getMessage())
    dialog.code.setText("000000" if code != "000000" else "111111")
    dialog.submit()
    online.wait()
    assert "code" in dialog.section.error_of("Code").lower()
    dialog.code.setText(code)
    dialog.submit()
    online.wait()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert online.session.client.username == "Famille.Tremblay@nouveau.example.ca"
    assert account.username == "Famille.Tremblay@nouveau.example.ca"  # read again
    assert sign_in(platform, "Famille.Tremblay@nouveau.example.ca", DEMO_PASSWORD)


def test_a_password_change_needs_the_current_one(qtbot, online, platform):
    dialog = PasswordDialog(online.ops)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong")
    dialog.new.setText("Nouveau-mot-2027")
    dialog.again.setText("Nouveau-mot-2028")
    dialog.submit()
    assert "differ" in dialog.section.error_of("Again")  # checked here, nothing sent
    dialog.again.setText("Nouveau-mot-2027")
    dialog.submit()
    online.wait()  # sent on the writer thread
    assert dialog.section.error_of("CurrentPassword") or dialog.section.general_error.text()
    dialog.current.setText(DEMO_PASSWORD)
    dialog.submit()
    online.wait()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.current.text() == ""
    assert sign_in(platform, "famille.tremblay@example.ca", "Nouveau-mot-2027")


def test_offline_the_account_changes_say_they_need_the_platform(qtbot, demo_store):
    dialog = UsernameDialog(workspace(demo_store).ops)
    qtbot.addWidget(dialog)
    dialog.new.setText("a@example.ca")
    dialog.submit()
    assert "platform" in dialog.section.general_error.text()
    assert not dialog.code.isEnabled() and not dialog.new.isReadOnly()
    dialog = PasswordDialog(workspace(demo_store).ops)
    qtbot.addWidget(dialog)
    dialog.current.setText(DEMO_PASSWORD)
    dialog.new.setText("Nouveau-mot-2027")
    dialog.again.setText("Nouveau-mot-2027")
    dialog.submit()
    assert "platform" in dialog.section.general_error.text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_switching_the_language_retranslates_the_open_window(qtbot, demo_store, tmp_path):
    i18n.install("en")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    app = build(demo_store, "en", "famille.tremblay@example.ca", settings)
    try:
        app.window.resize(1000, 700)
        app.window.show()
        app.window.show_tab("settings")
        tab = app.window.tabs.currentWidget().content
        assert app.window.tabs.tabText(0) == "Home"
        app.bridge._state("idle", None)  # as the sync process reports it
        assert app.window.status.connection.text() == "Online"
        tab.language.setCurrentIndex(tab.language.findData("fr"))
        tab.language.activated.emit(tab.language.currentIndex())
        window = app.window
        qtbot.addWidget(window)
        assert window.isVisible() and window.size().width() == 1000
        assert [window.tabs.tabText(i) for i in range(3)] == ["Accueil", "Personnes",
                                                             "Facturation"]
        assert window.tabs.currentIndex() == 5  # still on Settings, now in French
        settings_tab = window.tabs.currentWidget().content
        assert settings_tab.sign_out.text() == "&Déconnexion…"
        assert window.menuBar().actions()[0].text() == "&Fichier"
        assert window.status.pending.text().endswith("en attente")
        assert window.status.connection.text() == "En ligne"  # not "Hors ligne" until a sync
        dialog = AddPersonDialog(app.workspace.ops, window)  # a dialog opened now speaks French
        assert dialog.windowTitle() == "Ajouter une personne"
        dialog.deleteLater()
        assert settings.value(i18n.LANGUAGE_KEY) == "fr"
        settings_tab.language.setCurrentIndex(settings_tab.language.findData("en"))
        settings_tab.language.activated.emit(settings_tab.language.currentIndex())
        assert app.window.tabs.tabText(0) == "Home"
        qtbot.addWidget(app.window)
    finally:
        i18n.install("en")


def test_theme_is_remembered_and_sign_out_closes_the_window(qtbot, demo_store, tmp_path):
    from desktop.app import THEME_KEY

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    app = build(demo_store, "en", "famille.tremblay@example.ca", settings)
    qtbot.addWidget(app.window)
    app.window.show()
    app.window.show_tab("settings")
    tab = app.window.tabs.currentWidget().content
    tab.theme.setCurrentIndex(tab.theme.findData("dark"))
    tab.theme.activated.emit(tab.theme.currentIndex())
    assert settings.value(THEME_KEY) == "dark" and app.actions.theme == "dark"
    tab.theme.setCurrentIndex(tab.theme.findData("system"))
    tab.theme.activated.emit(tab.theme.currentIndex())
    app.actions.sign_out(True)
    assert app.signing_out is True and not app.window.isVisible()


def test_about_lists_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = {name for name, _, _ in licences()}
    assert {"PySide6-Essentials", "SQLAlchemy", "nh3"} <= names
    assert all(licence for _, _, licence in licences())
    assert "SQLAlchemy" in dialog.table.toPlainText()


def test_settings_tab_offline_shows_the_folder(qtbot, demo_store, tmp_path):
    actions = WindowActions(tmp_path, "en")
    ws = workspace(demo_store)
    tab = SettingsTab(AccountModel(ws), ws.ops, actions)
    qtbot.addWidget(tab)
    ws.wait()  # read off the GUI thread
    assert tab.username.text() == "famille.tremblay@example.ca"
    assert str(tmp_path) in [label.text() for label in tab.findChildren(QLabel)]
    ws.stop()
    assert tab.language.currentData() == "en"
    assert QApplication.instance() is not None


def test_unsaved_edits_are_asked_about_before_the_language_changes(qtbot, demo_store, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    i18n.install("en")
    app = build(demo_store, "en", "famille.tremblay@example.ca",
                QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(app.window)
    app.window.show()
    app.window.show_tab("people")
    app.wait()  # the People model read, its first person shown
    people = app.window.tabs.currentWidget().content
    people.editor.sections[4].texts["notes"].setPlainText("typed, not saved")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    app.window.show_tab("settings")
    tab = app.window.tabs.currentWidget().content
    tab.language.setCurrentIndex(tab.language.findData("fr"))
    tab.language.activated.emit(tab.language.currentIndex())
    try:
        assert asked and "not saved" in asked[0]
        assert app.window.tabs.tabText(0) == "Home"  # kept: the edit is still there
        assert people.editor.sections[4].texts["notes"].toPlainText() == "typed, not saved"
        assert tab.language.currentData() == "en"
    finally:
        i18n.install("en")


@pytest.mark.expect_log("confirmation code", logger="carnet.server")
def test_after_a_username_change_the_folder_and_keychain_follow(qtbot, online, caplog):
    from services.store.reads import USERNAME
    from services.sync import online as online_writes

    with caplog.at_level(logging.WARNING, logger="carnet.server"):
        assert online_writes.ask_username_change(online.session, "nouveau@example.ca") == {}
    code = next(r.getMessage().rsplit(" ", 1)[1] for r in caplog.records
                if "confirmation code" in r.getMessage())
    token = online.session.client.credentials.token
    assert online_writes.confirm_username_change(online.session, code) == {}
    client = online.session.client
    assert client.username == "nouveau@example.ca" == client.credentials.username
    assert client.credentials.token == token  # moved, not lost
    with online.store.read() as conn:
        assert online.store.get_meta(conn, USERNAME) == "nouveau@example.ca"
    assert online.session.engine.sync().ok  # still signed in under the new name


def test_about_never_breaks_a_name_inside_a_word(qtbot):
    """Issue 16, item 10: "SQLAlchem/y" — each component's name, version and licence on one
    line, at the size the dialog opens with."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    document = dialog.table.document()
    document.setTextWidth(dialog.table.viewport().width())
    cells = {text for row in licences() for text in row[:2]}
    block, seen = document.begin(), set()
    while block.isValid():
        if block.text() in cells:
            seen.add(block.text())
            assert block.layout().lineCount() == 1, block.text()
        block = block.next()
    assert "SQLAlchemy" in seen


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_username_dialog_gives_the_address_room(qtbot, lang):
    """Issue 16, item 10: in French the labels took the width, ~120 px were left for the
    address: a whole ordinary address shows."""
    i18n.install(lang)
    try:
        dialog = UsernameDialog(None)  # nothing is sent: only its layout is looked at
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        address = "famille.tremblay-gagnon@example.ca"
        needed = dialog.new.fontMetrics().horizontalAdvance(address) + 12
        assert dialog.new.width() >= needed
        assert dialog.code.width() >= dialog.code.fontMetrics().horizontalAdvance("000000")
    finally:
        i18n.install("en")


def test_a_store_key_kept_in_a_file_is_said_in_settings(qtbot, tmp_path, demo, demo_store):
    """SYNC-5 (issue 16, item 10): where no keychain is usable the key goes to an owner-only
    file; only the log said so. Settings says it, and where; with a keychain it says nothing."""
    import keyring
    import keyring.backends.fail

    from services.store import dataset_io
    from services.store.store import Store

    ws = workspace(demo_store)
    tab = SettingsTab(AccountModel(ws), ws.ops, WindowActions(tmp_path, "en"))
    qtbot.addWidget(tab)
    ws.wait()
    assert not tab.key_note.isVisibleTo(tab)
    ws.stop()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the memory keyring comes back after
    store = Store.open(tmp_path / "no-keychain")
    try:
        dataset_io.load(store, demo)
        ws = workspace(store)
        tab = SettingsTab(AccountModel(ws), ws.ops, WindowActions(store.path.parent, "en"))
        qtbot.addWidget(tab)
        ws.wait()
        assert tab.key_note.isVisibleTo(tab)
        assert str(store.path.parent / "store.key") in tab.key_note.text()
        assert "keychain" in tab.key_note.text()
        ws.stop()
    finally:
        store.close()


@pytest.mark.parametrize("style", ["Fusion", None])
def test_the_key_file_note_is_never_cut_at_1024_by_600(qtbot, demo_store, qapp, style):
    """Issue 16: in French at 1024×600 with Fusion (the dark theme's style), the SYNC-5 note
    was given one line's height for its two: the lines overlapped the Sign out button."""
    from desktop import i18n

    before = qapp.style().name()
    if style:
        qapp.setStyle(style)
    i18n.install("fr")
    try:
        ws = workspace(demo_store, "fr")
        tab = SettingsTab(AccountModel(ws), ws.ops, WindowActions(demo_store.path.parent, "fr"))
        shown(qtbot, tab, size=(1024, 540))
        ws.wait()
        note = tab.key_note
        note.setText("Cet ordinateur n’a pas de trousseau du système utilisable : la clé qui "
                     "protège vos renseignements privés est gardée dans " + "/un/long/chemin" * 4
                     + "/store.key, lisible par vous seul. Quiconque copie ce fichier peut lire "
                     "ces renseignements.")
        note.show()
        qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
        below = tab.sign_out.mapTo(tab, tab.sign_out.rect().topLeft()).y()
        assert note.mapTo(tab, note.rect().bottomLeft()).y() < below  # nothing under it
    finally:
        i18n.install("en")
        qapp.setStyle(before)
