"""Issue 13 in the window: a store that cannot be opened, a lost key (a dialog at start:
keep a copy aside and download again, or quit), a full disk during an edit or a sync."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop import i18n, launch
from desktop.app import build
from desktop.models.people_model import PeopleModel
from desktop.store_check import check_key_at_start
from desktop.views.people_tab import PeopleTab
from services.domain.demo import ZOE
from services.store import reads
from services.store.db import STORE_FILE
from services.store.store import Store
from tests.desktop.tabs import shown, workspace
from tests.services.store.bad_inputs import (
    KEY_LOSSES,
    MAKERS,
    disk_full,
    restore_permissions,
    snapshot,
)


def answer_dialogs(qtbot, *buttons: str, seen: list[str] | None = None) -> None:
    """Click, in each modal dialog as it comes, the button whose text contains the next of
    `buttons`; what each dialog said goes to `seen`."""
    pending = list(buttons)

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(dialog.findChild(QMessageBox).text() if not isinstance(
                dialog, QMessageBox) else dialog.text())
        wanted = pending.pop(0)
        button = next((b for b in dialog.findChildren(QPushButton)
                       if wanted.lower() in b.text().replace("&", "").lower()), None)
        if button is None:  # fail the test, do not hang it on a dialog nobody closes
            seen is not None and seen.append(f"no button {wanted!r}")
            pending.clear()
            dialog.reject()
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if pending:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


@pytest.fixture
def lost(tmp_path, demo) -> Path:
    folder = tmp_path / "data"
    KEY_LOSSES["keychain-entry-lost"](folder, demo)
    return folder


@pytest.mark.expect_log("store problem", logger="desktop.store_check")
@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
@pytest.mark.parametrize("lang,words", [
    ("en", ("key", "Keep a copy aside", "Unsent edits that could not be read: 2.")),
    ("fr", ("clé", "Garder une copie", "Modifications non envoyées illisibles : 2.")),
])
def test_a_lost_key_asks_at_start_and_recovers(qtbot, lost, lang, words):
    i18n.install(lang)
    store = Store.open(lost)
    original = snapshot(lost)[STORE_FILE]
    app = build(store, lang, "famille.tremblay@example.ca")  # the first paint needs no key
    qtbot.addWidget(app.window)
    app.window.show()
    said: list[str] = []
    try:
        answer_dialogs(qtbot, words[1], "OK", seen=said)
        assert check_key_at_start(app) is True
        assert words[0] in said[0] and str(lost) in said[0]
        assert words[2] in said[1]
        aside = [p for p in lost.iterdir() if p.suffix == ".sqlite3" and p.name != STORE_FILE]
        assert len(aside) == 1 and snapshot(aside[0])[aside[0].name] == original
        assert str(aside[0].name) in said[1]
        store.check_key()
        with store.reader() as conn:
            assert reads.meta(conn, reads.USERNAME) == "famille.tremblay@example.ca"
            assert reads.person_names(conn) == []
        app.wait()
        assert app.quick.rowCount() == 0  # the screens show the fresh (empty) store
    finally:
        app.stop()
        store.close()
        i18n.install("en")


@pytest.mark.expect_log("store problem", logger="desktop.store_check")
def test_a_lost_key_and_quit_changes_nothing(qtbot, lost):
    store = Store.open(lost)
    before = snapshot(lost)
    app = build(store, "en", "x")
    qtbot.addWidget(app.window)
    try:
        answer_dialogs(qtbot, "Quit")
        assert check_key_at_start(app) is False
    finally:
        app.stop()
        store.close()
    assert snapshot(lost) == before


def _args(folder: Path, **extra) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(folder), lang="en", screenshot=None, tab="home",
                              size="1280x800", **extra)


@pytest.mark.expect_log("store problem", logger="desktop.store_check")
@pytest.mark.parametrize("bad", ["garbage", "not-a-folder", "read-only"])
def test_a_store_that_cannot_open_says_why_at_start(qtbot, tmp_path, demo, bad):
    folder = tmp_path / "data"
    named = MAKERS[bad](folder, demo)
    before = snapshot(folder)
    said: list[str] = []
    try:
        answer_dialogs(qtbot, "Quit", seen=said)
        assert launch.run(_args(folder)) == 2
        assert str(named) in said[0]
        assert snapshot(folder) == before
    finally:
        restore_permissions(folder)


@pytest.mark.expect_log("store problem: StoreFull", logger="desktop")
def test_a_full_disk_during_an_edit_says_so_and_keeps_the_store(qtbot, demo_store):
    i18n.install("fr")
    try:
        ws = workspace(demo_store, "fr")
        tab = shown(qtbot, PeopleTab(PeopleModel(ws), ws.ops))
        ws.wait()
        tab.select_person(ZOE)
        medical = tab.editor.sections[4]
        demo_store.close()
        before = snapshot(demo_store.path.parent)
        with disk_full():
            demo_store.forget()  # new connections from here: they may not grow the file
            medical.texts["allergies"].setPlainText("Arachides. " * 5000)
            qtbot.mouseClick(medical.save_button, Qt.MouseButton.LeftButton)
            ws.wait()
            demo_store.forget()
    finally:
        i18n.install("en")
    assert "plein" in medical.general_error.text()
    assert str(demo_store.path) in medical.general_error.text()
    assert medical.texts["allergies"].toPlainText().startswith("Arachides.")  # still typed
    assert snapshot(demo_store.path.parent) == before
    with demo_store.reader() as conn:
        assert reads.outbox_counts(conn) == (0, 0)


def test_a_store_problem_of_the_sync_is_said_once_and_stays_in_the_status_bar(qtbot,
                                                                             demo_store):
    i18n.install("fr")
    app = build(demo_store, "fr", "x")
    qtbot.addWidget(app.window)
    app.window.show()
    said: list[str] = []
    try:
        answer_dialogs(qtbot, "OK", seen=said)
        app.bridge.problem.emit("StoreFull", str(demo_store.path), "database or disk is full")
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert "plein" in said[0] and str(demo_store.path) in said[0]
        status = app.window.status.connection
        assert status.text() == "Problème de synchronisation"
        assert "plein" in status.toolTip()
        app.bridge.problem.emit("StoreFull", str(demo_store.path), "")  # the next sync
        qtbot.wait(100)
        assert QApplication.activeModalWidget() is None and len(said) == 1
    finally:
        app.stop()
        i18n.install("en")
