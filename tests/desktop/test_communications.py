"""The Communications tab (COMMS-1, 2, 4): a safe reader, read marks, the organization filter,
subscriptions sent when the platform is reachable."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from desktop.models import roles
from desktop.models.editing import Editing
from desktop.models.emails_model import PLATFORM
from desktop.views.communications_tab import CommunicationsTab
from desktop.views.email_reader import SafeBrowser, clean_html
from services.domain.demo import SWIM
from services.sync import outbox
from tests.desktop.tabs import shown
from tests.reference import connect


@pytest.fixture
def carnet(session_on_platform):
    """Here, Carnet's session on the platform (tests/desktop/conftest.py's is the window)."""
    return session_on_platform

PLATFORM_SUBSCRIPTION = 1600


class Counting(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counting.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def tracker():
    """A real web server on loopback that counts what is asked of it."""
    Counting.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def tab(qtbot, demo_store):
    return shown(qtbot, CommunicationsTab(Editing(demo_store, "en")))


def waiting(store) -> list:
    with store.read() as conn:
        return outbox.entries(store, conn)


@pytest.mark.server
def test_a_script_never_runs_and_a_remote_image_is_never_fetched(qtbot, tracker, monkeypatch):
    html = (f'<p onclick="steal()">Bonjour</p><script>document.title = "pwned"</script>'
            f'<img src="{tracker}/pixel.png" onerror="steal()" alt="logo">'
            f'<iframe src="{tracker}/frame"></iframe><a href="{tracker}/offre">Offre</a>')
    cleaned = clean_html(html)
    for gone in ("<script", "onerror", "onclick", "<iframe", "pwned"):
        assert gone not in cleaned
    reader = SafeBrowser()
    qtbot.addWidget(reader)
    reader.show()
    reader.show_email(html)
    qtbot.wait(300)
    QCoreApplication.processEvents()
    assert Counting.hits == []  # nothing fetched: no image, no frame
    assert "pwned" not in reader.toPlainText() and "Bonjour" in reader.toPlainText()
    assert any("pixel.png" in url for url in reader.requested)  # asked, and refused
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", opened.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    reader.anchorClicked.emit(QUrl(f"{tracker}/offre"))
    assert opened == []  # the person said no
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    reader.anchorClicked.emit(QUrl(f"{tracker}/offre"))
    reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert [url.toString() for url in opened] == [f"{tracker}/offre"]
    assert Counting.hits == []  # the system browser would fetch it, not Carnet


def test_emails_newest_first_unread_bold_and_read_when_opened(qtbot, tab, demo_store):
    model = tab.model
    dates = [model.email(r).sent_at for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    unread = [r for r in range(model.rowCount()) if not model.email(r).is_read]
    assert unread and model.index(unread[0], 0).data(Qt.ItemDataRole.FontRole).bold()
    tab.list.setCurrentIndex(tab.proxy.mapFromSource(model.index(unread[0], 0)))
    expected = QTextDocument()
    expected.setHtml(clean_html(model.email(unread[0]).html_body))
    assert tab.reader.toPlainText() == expected.toPlainText() != ""
    assert model.index(unread[0], 0).data(Qt.ItemDataRole.FontRole) is None
    assert [e.request.path for e in waiting(demo_store)] == [
        f"/me/emails/{model.email(unread[0]).id}/read"]


def test_the_home_cards_email_button_lands_filtered(qtbot, tab):
    tab.show_organization(SWIM)
    shown = {tab.proxy.index(r, 0).data(roles.KIND) for r in range(tab.proxy.rowCount())}
    assert shown == {SWIM}
    tab.filter.setCurrentIndex(tab.filter.findData(PLATFORM))
    shown = {tab.proxy.index(r, 0).data(roles.KIND) for r in range(tab.proxy.rowCount())}
    assert shown == {PLATFORM}


def test_leaving_the_platforms_notifications_warns_first(qtbot, tab, demo_store, monkeypatch):
    model = tab.subscriptions
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(roles.ENTRY).id == PLATFORM_SUBSCRIPTION)
    box = model.index(row, 1)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or
                        QMessageBox.StandardButton.No)
    assert not model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert warned and "miss" in warned[0] and waiting(demo_store) == []
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_subscription_toggled_offline_is_sent_on_reconnect(qtbot, tmp_path, platform,
                                                            web):
    folder = tmp_path / "offline"
    session = connect(platform.url, folder)
    session.engine.sync()
    tab = CommunicationsTab(Editing(session.store, "en"))  # no session: offline
    qtbot.addWidget(tab)
    model = tab.subscriptions
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(roles.ENTRY).organization_id == SWIM)
    assert model.setData(model.index(row, 2), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    tab.close()
    session.close()
    again = connect(platform.url, folder)
    try:
        assert again.engine.sync().ok
        subscription = web.get(f"/me/subscriptions/{PLATFORM_SUBSCRIPTION + SWIM}").json()
        assert subscription["CalendarInvitations"] is False and subscription["Emails"] is True
    finally:
        again.close()


def test_models_pass_the_model_tester(tab, qtmodeltester):
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)
    qtmodeltester.check(tab.subscriptions, force_py=True)


def test_the_checklist_answers_why_no_email(tab):
    text = tab.checklist.text()
    assert "spam" in text and "subscribed" in text


def test_a_hidden_tab_reads_the_sync_changes_once_it_shows(qtbot, demo_store):
    from desktop.views.lazy_tab import LazyTab
    from services.domain import entities as e

    reads = []
    tab = LazyTab(lambda: CommunicationsTab(Editing(demo_store, "en")))
    qtbot.addWidget(tab)
    tab.show()
    content = tab.content
    original = content.refresh
    content.refresh = lambda: reads.append(1) or original()
    tab.hide()
    with demo_store.write() as conn:
        email = demo_store.all(conn, e.Email)[0]
        demo_store.upsert(conn, [email.model_copy(update={"subject": "Changé pendant"})])
    for _ in range(3):  # three sync batches while nobody looks
        tab.on_sync_changes({"Email": {email.id}})
    assert reads == []
    tab.show()
    assert reads == [1]
    subjects = [content.model.email(r).subject for r in range(content.model.rowCount())]
    assert "Changé pendant" in subjects
    tab.on_sync_changes({"Email": {email.id}})  # shown: at once
    assert reads == [1, 1]
