"""Settings ▸ Check for updates every day (issue 20): shown only where this copy updates
itself, on by default, kept in window.ini where the window's checks read it; the demo checks
only when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop import update, update_wiring
from desktop.models.account_model import AccountModel
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from tests.desktop.tabs import shown, workspace


@pytest.fixture
def settings_tab(qtbot, demo_store, tmp_path):
    ws = workspace(demo_store)
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def make() -> SettingsTab:
        return shown(qtbot, SettingsTab(AccountModel(ws), ws.ops, WindowActions(
            demo_store.path.parent, "en", settings=ini)))

    yield make, ini
    ws.stop()


def test_run_from_source_there_is_nothing_to_update(settings_tab):
    make, ini = settings_tab
    assert not update.can_update()  # not frozen
    assert make().updates is None
    assert not update_wiring.wanted(ini, demo=False, asked=True)


def test_the_daily_check_is_on_by_default_and_kept_where_it_is_read(settings_tab,
                                                                      monkeypatch):
    monkeypatch.setattr(update, "can_update", lambda: True)  # a bundle with a repository
    make, ini = settings_tab
    box = make().updates
    assert box.isChecked() and update_wiring.wanted(ini, demo=False, asked=False)
    assert not update_wiring.wanted(ini, demo=True, asked=False)  # the demo: when asked
    assert update_wiring.wanted(ini, demo=True, asked=True)
    box.setChecked(False)
    assert ini.value(update.DAILY_KEY) == "false"
    assert not update_wiring.wanted(ini, demo=False, asked=False)
    assert not make().updates.isChecked()  # as saved, the next time Settings shows
