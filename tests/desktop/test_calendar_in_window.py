"""Issue 17 in the window: File ▸ Export calendar… writes what the calendar shows under its
filters; Settings ▸ Calendar file keeps an .ics up to date in a chosen folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.models.account_model import AccountModel
from desktop.models.calendar_files import CalendarFiles
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from services.domain.demo import FELIX
from services.store import calendar_file
from tests.desktop.tabs import shown, workspace
from tests.ics_readers import icalendar_events


def test_export_calendar_writes_what_the_filtered_calendar_shows(carnet, qtbot, tmp_path,
                                                                  monkeypatch):
    target = tmp_path / "felix"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    carnet.state.set_filters(None, {FELIX})
    carnet.window.actions_by_name["export_calendar"].trigger()
    written = tmp_path / "felix.ics"
    qtbot.waitUntil(written.exists, timeout=10_000)
    carnet.wait()
    events = icalendar_events(written.read_bytes())
    assert events
    assert all("-person-" not in str(e["UID"]) or f"-person-{FELIX}@" in str(e["UID"])
               for e in events)
    assert any(f"-person-{FELIX}@" in str(e["UID"]) for e in events)
    assert str(written) in carnet.window.statusBar().currentMessage()


def test_a_folder_gone_is_said_and_nothing_written(carnet, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "gone" / "carnet.ics"
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    carnet.window.actions_by_name["export_calendar"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert str(target) in said[0] and not target.exists()


def test_settings_keeps_a_calendar_file_up_to_date(qtbot, demo_store, tmp_path, monkeypatch):
    ws = workspace(demo_store)
    ini = tmp_path / "window.ini"
    files = CalendarFiles(demo_store, ws.tasks, ws.hub, "en",
                          QSettings(str(ini), QSettings.Format.IniFormat))
    actions = WindowActions(demo_store.path.parent, "en", calendar_files=files)
    tab = shown(qtbot, SettingsTab(AccountModel(ws), ws.ops, actions))
    folder = tmp_path / "Drive"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    section = tab.live_file
    assert not section.keep.isChecked() and not section.per_member.isEnabled()
    section.keep.click()  # asks for the folder, then writes at once
    ws.wait()
    live = folder / calendar_file.LIVE_NAME
    assert live.exists() and icalendar_events(live.read_bytes())
    section.per_member.click()
    ws.wait()
    assert len(list(folder.glob("carnet-*.ics"))) >= 2  # one per member with entries
    again = CalendarFiles(demo_store, ws.tasks, ws.hub, "en",
                          QSettings(str(ini), QSettings.Format.IniFormat))
    assert again.live() == (True, folder, True)  # kept for the next start
    section.keep.click()
    assert again.live()[0] is False
    ws.stop()


def test_without_a_folder_nothing_is_kept(qtbot, demo_store, tmp_path, monkeypatch):
    ws = workspace(demo_store)
    files = CalendarFiles(demo_store, ws.tasks, ws.hub, "en",
                          QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    tab = shown(qtbot, SettingsTab(AccountModel(ws), ws.ops,
                                   WindowActions(demo_store.path.parent, "en",
                                                 calendar_files=files)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    tab.live_file.keep.click()
    assert not tab.live_file.keep.isChecked() and files.live()[0] is False
    assert not list(Path(tmp_path).glob("*.ics"))
    ws.stop()
