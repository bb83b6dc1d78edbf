"""The Settings tab (SET-1/2): username and password, language (applied at once), theme, the
data folder, signing out (optionally removing this account's data), About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import update
from desktop.models.account_model import AccountModel
from desktop.operations import Operations
from desktop.views.about_dialog import AboutDialog
from desktop.views.account_dialogs import PasswordDialog, UsernameDialog
from desktop.views.feed_section import CalendarFeedSection
from desktop.views.live_file_section import LiveFileSection
from desktop.views.reminders_section import RemindersSection
from desktop.window_actions import WindowActions

translate = QCoreApplication.translate
LANGUAGES = (("fr", "Français"), ("en", "English"))  # each in its own language


def _row(form: QFormLayout, text: str, widget: QWidget) -> QWidget:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)
    return widget


class SettingsTab(QWidget):
    """Shows the Account model; the account changes through the operations (online only)."""

    def __init__(self, model: AccountModel, ops: Operations, actions: WindowActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.ops, self.actions = model, ops, actions
        model.loaded.connect(self._loaded)
        # Scrolls: with the calendar subscription's QR code shown, it is taller than 600 px.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("<h2>" + translate("Settings", "Settings") + "</h2>"))
        layout.addWidget(self._account())
        layout.addWidget(self._appearance())
        layout.addWidget(self._data())
        self.calendar_feed = CalendarFeedSection(ops)  # OUT-2
        layout.addWidget(self.calendar_feed)
        self.live_file = None
        if actions.calendar_files is not None:  # OUT-1
            self.live_file = LiveFileSection(actions.calendar_files)
            layout.addWidget(self.live_file)
        self.reminders = None
        if actions.settings is not None:  # ASSIST-1
            self.reminders = RemindersSection(actions.settings)
            layout.addWidget(self.reminders)
        about = QPushButton(translate("Settings", "A&bout Carnet…"))
        about.clicked.connect(lambda: AboutDialog(self).exec())
        line = QHBoxLayout()
        line.addWidget(about)
        self.updates = None
        if actions.settings is not None and update.can_update():  # update_wiring reads it
            self.updates = QCheckBox(translate("Settings", "Check for &updates every day"))
            self.updates.setChecked(
                str(actions.settings.value(update.DAILY_KEY, "true")) == "true")
            self.updates.toggled.connect(lambda on: actions.settings.setValue(
                update.DAILY_KEY, "true" if on else "false"))
            line.addWidget(self.updates)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addStretch(1)
        self.model.refresh()

    def models(self) -> list[AccountModel]:
        return [self.model]

    def _loaded(self) -> None:
        self.username.setText(self.model.username or "—")
        key_file = self.model.key_file
        self.key_note.setVisible(key_file is not None)
        if key_file is not None:  # SYNC-5: said here, not only in the log
            self.key_note.setText(translate(
                "Settings", "This computer has no usable OS keychain: the key that protects "
                "your private information is kept in %1, readable only by you. Whoever copies "
                "that file along with the data folder can read that information.").replace(
                "%1", str(key_file)))

    def _account(self) -> QGroupBox:
        box = QGroupBox(translate("Settings", "Account"))
        form = QFormLayout(box)
        self.username = QLabel(self.model.username or "—")
        form.addRow(translate("Settings", "Username:"), self.username)
        buttons = QHBoxLayout()
        self.change_username = QPushButton(translate("Settings", "Change the &username…"))
        self.change_password = QPushButton(translate("Settings", "Change the &password…"))
        self.change_username.clicked.connect(self._username)
        self.change_password.clicked.connect(lambda: PasswordDialog(self.ops, self).exec())
        buttons.addWidget(self.change_username)
        buttons.addWidget(self.change_password)
        buttons.addStretch(1)
        form.addRow(buttons)
        return box

    def _appearance(self) -> QGroupBox:
        box = QGroupBox(translate("Settings", "Appearance"))
        form = QFormLayout(box)
        self.language = _row(form, translate("Settings", "&Language"), QComboBox())
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.actions.lang)))
        self.language.activated.connect(self._language)
        self.theme = _row(form, translate("Settings", "&Theme"), QComboBox())
        for code, name in (("system", translate("Settings", "As the system")),
                           ("light", translate("Settings", "Light")),
                           ("dark", translate("Settings", "Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.actions.theme)))
        self.theme.activated.connect(self._theme)
        return box

    def _data(self) -> QGroupBox:
        box = QGroupBox(translate("Settings", "Data on this computer"))
        form = QFormLayout(box)
        folder = QLabel(str(self.actions.data_dir))
        folder.setWordWrap(True)
        self.open_folder = QPushButton(translate("Settings", "&Open"))
        self.open_folder.setAccessibleName(translate("Settings", "Open the data folder"))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.actions.data_dir))))
        self.move_folder = QPushButton(translate("Settings", "&Move…"))
        self.move_folder.setAccessibleName(translate("Settings", "Move the data folder"))
        self.move_folder.setEnabled(self.actions.can_move)
        self.move_folder.setToolTip(
            translate("Settings", "Move the data (the store, its key and the window's "
                      "settings) to another folder.") if self.actions.can_move else
            translate("Settings", "The data folder is named by --data-dir or CARNET_DATA_DIR: "
                      "change it there."))
        self.move_folder.clicked.connect(self._move)
        line = QHBoxLayout()
        line.addWidget(folder, 1)
        line.addWidget(self.open_folder)
        line.addWidget(self.move_folder)
        form.addRow(translate("Settings", "Data folder:"), line)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.key_note.hide()
        form.addRow(self.key_note)
        self.sign_out = QPushButton(translate("Settings", "&Sign out…"))
        self.sign_out.clicked.connect(self._sign_out)
        line = QHBoxLayout()
        line.addWidget(self.sign_out)
        line.addStretch(1)
        form.addRow(line)
        return box

    def _move(self) -> None:
        """SET-2: a folder chosen (an empty one, or a Carnet folder made inside the one
        chosen), checked, confirmed; the window then closes and the data moves."""
        title = translate("Settings", "Move the data folder")
        chosen = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        if not chosen:
            return
        target = Path(chosen)
        if target.is_dir() and any(target.iterdir()):
            target = target / "Carnet"
        why = self.actions.check_move(target)
        if why:
            QMessageBox.warning(self, title, why)
            return
        asked = QMessageBox.question(self, title, translate(
            "Settings", "Carnet will close and move its data — the store, its key and the "
            "window's settings — to %1, then use it from there. Edits not yet sent stay "
            "waiting and are sent from there.").replace("%1", str(target)))
        if asked == QMessageBox.StandardButton.Yes:
            self.actions.move_data(target)

    def _language(self) -> None:
        if not self.actions.switch_language(self.language.currentData()):  # kept unsaved edits
            self.language.setCurrentIndex(self.language.findData(self.actions.lang))

    def _username(self) -> None:
        """Confirmed, the account changed: the model reads it (the change hub says so)."""
        UsernameDialog(self.ops, self).exec()

    def _theme(self) -> None:
        self.actions.theme = self.theme.currentData()
        self.actions.set_theme(self.actions.theme)

    def _sign_out(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("Settings", "Sign out"),
                          translate("Settings", "Sign out of this account on this computer?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        forget = QCheckBox(translate("Settings", "Also remove this account's data, key and "
                                     "token from this computer"))
        box.setCheckBox(forget)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.actions.sign_out(forget.isChecked())
