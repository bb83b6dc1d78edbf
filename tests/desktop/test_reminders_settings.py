"""ASSIST-1 settings: minutes before, quiet hours, keep in the tray, start at login — kept
where the reminders read them; the login entry written for this user and removed again."""

from __future__ import annotations

import sys
from datetime import time

import pytest
from PySide6.QtCore import QSettings

from desktop import autostart
from desktop.models.account_model import AccountModel
from desktop.models.reminders_model import KEEP_IN_TRAY_KEY, load_settings
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from services.domain.calendar import EntryKind
from tests.desktop.tabs import shown, workspace


@pytest.fixture
def section(qtbot, demo_store, tmp_path):
    ws = workspace(demo_store)
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    tab = shown(qtbot, SettingsTab(AccountModel(ws), ws.ops,
                                   WindowActions(demo_store.path.parent, "en", settings=ini)))
    yield tab.reminders, ini
    ws.stop()


def test_what_settings_says_is_what_the_reminders_read(section):
    widget, ini = section
    widget.minutes[EntryKind.ACTIVITY].setValue(30)
    widget.minutes[EntryKind.EVENT].setValue(120)
    widget.quiet_start.setTime(widget.quiet_start.time().fromString("21:30", "HH:mm"))
    widget.quiet_end.setTime(widget.quiet_end.time().fromString("06:45", "HH:mm"))
    widget.keep.setChecked(True)
    rules = load_settings(ini)
    assert rules.minutes_for(None, EntryKind.ACTIVITY) == 30
    assert rules.minutes_for(201, EntryKind.EVENT) == 120
    assert (rules.quiet_start, rules.quiet_end) == (time(21, 30), time(6, 45))
    assert ini.value(KEEP_IN_TRAY_KEY) == "true"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG autostart entry")
def test_start_at_login_writes_and_removes_the_autostart_entry(section, tmp_path):
    widget, _ini = section
    entry = autostart.linux_entry_path()
    assert str(entry).startswith(str(tmp_path))  # XDG_CONFIG_HOME is the test's
    widget.login.setChecked(True)
    text = entry.read_text()
    assert "Exec=" in text and "desktop.cli" in text and "[Desktop Entry]" in text
    assert autostart.enabled()
    widget.login.setChecked(False)
    assert not entry.exists() and not autostart.enabled()


def test_the_other_systems_entries_name_the_same_command():
    argv = ["C:\\Program Files\\Carnet\\carnet.exe"]
    assert autostart.windows_value(argv) == '"C:\\Program Files\\Carnet\\carnet.exe"'
    import plistlib

    agent = plistlib.loads(autostart.mac_agent(["/Applications/Carnet.app/Contents/MacOS/carnet"]))
    assert agent["RunAtLoad"] and agent["ProgramArguments"][0].endswith("MacOS/carnet")
    assert 'Exec="/opt/my apps/carnet"' in autostart.linux_entry(["/opt/my apps/carnet"])


def test_minutes_keep_their_own_width_on_a_wide_window(section, qtbot):
    widget, _ini = section
    widget.window().resize(1920, 1080)
    qtbot.waitUntil(lambda: widget.width() > 1500)
    spin = widget.minutes[EntryKind.ACTIVITY]
    assert spin.width() <= 2 * spin.sizeHint().width()
