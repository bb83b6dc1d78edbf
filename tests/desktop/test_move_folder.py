"""SET-2 (issue 16, item 10): the data folder can be changed in the app — Settings ▸ Move…,
the window closes, the store moves with its key and settings, and the next start uses it; when
the move cannot finish, the data stays whole where it was and the person is told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import launch
from desktop.app import build
from desktop.models.account_model import AccountModel
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from services.domain import entities as e
from services.domain.demo import ALLERGY_FELIX, FELIX
from services.store import paths
from services.store.store import Store
from tests.desktop.tabs import shown, workspace


def settings(qtbot, store, actions) -> SettingsTab:
    ws = workspace(store)
    return shown(qtbot, SettingsTab(AccountModel(ws), ws.ops, actions))


def test_move_asks_for_a_folder_and_moves_into_a_carnet_folder_inside_a_full_one(
        qtbot, demo_store, tmp_path, monkeypatch):
    moved: list[Path] = []
    chosen = tmp_path / "Dropbox"
    chosen.mkdir()
    (chosen / "photos.zip").write_bytes(b"theirs")
    actions = WindowActions(demo_store.path.parent, "en", can_move=True,
                            check_move=lambda _target: "", move_data=moved.append)
    tab = settings(qtbot, demo_store, actions)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.move_folder.isEnabled()
    tab.move_folder.click()
    assert moved == [chosen / "Carnet"]


def test_a_folder_named_on_the_command_line_is_not_moved_from_settings(qtbot, demo_store):
    tab = settings(qtbot, demo_store, WindowActions(demo_store.path.parent, "en"))
    assert not tab.move_folder.isEnabled()
    assert "--data-dir" in tab.move_folder.toolTip()


@pytest.fixture
def window(qtbot, demo_store):
    app = build(demo_store, "en", "famille.tremblay@example.ca")
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    app.stop()


def allergies(folder: Path) -> str:
    store = Store.open(folder)
    try:
        with store.read() as conn:
            return store.get(conn, e.Person, FELIX).medical_information.allergies
    finally:
        store.close()


def test_the_window_closes_the_data_moves_and_the_next_start_uses_it(window, demo_store,
                                                                     tmp_path, monkeypatch):
    folder, target = demo_store.path.parent, tmp_path / "elsewhere"
    assert "already" in window.actions.check_move(folder)
    assert window.actions.check_move(target) == ""
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(launch, "tell_moved", lambda text, moved: told.append((text, moved)))
    before = allergies(folder)
    window.actions.move_data(target)  # what Settings calls once confirmed
    assert not window.window.isVisible() and window.moving_to == target
    window.stop()
    demo_store.close()
    assert launch.move_data(folder, window)
    assert told and told[0][1] and str(target) in told[0][0]
    monkeypatch.delenv("CARNET_DATA_DIR")
    assert paths.data_dir() == target and not folder.exists()
    assert allergies(target) == before == ALLERGY_FELIX


@pytest.mark.expect_log("the data folder could not be moved", logger="desktop.launch")
def test_a_move_cut_short_keeps_the_data_where_it_was_and_says_so(window, demo_store,
                                                                  tmp_path, monkeypatch):
    folder, target = demo_store.path.parent, tmp_path / "elsewhere"
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(launch, "tell_moved", lambda text, moved: told.append((text, moved)))
    real = shutil.copy2

    def full_disk(source, destination, **kw):
        if Path(source).name == "carnet.sqlite3":
            raise OSError(28, "No space left on device")
        return real(source, destination, **kw)

    monkeypatch.setattr(shutil, "copy2", full_disk)
    window.actions.move_data(target)
    window.stop()
    demo_store.close()
    assert not launch.move_data(folder, window)
    assert told and not told[0][1]
    assert "No space left" in told[0][0] and str(folder) in told[0][0]
    monkeypatch.setattr(shutil, "copy2", real)
    assert not target.exists() and paths.chosen_data_dir() is None
    assert allergies(folder) == ALLERGY_FELIX  # whole, and still the one used
