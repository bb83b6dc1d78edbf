"""The Communications tab (COMMS-1, 2, 4): a safe reader, read marks, the organization filter,
subscriptions sent when the platform is reachable."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from desktop.changes import Changes
from desktop.models import roles
from desktop.models.communications_model import CommunicationsModel
from desktop.models.emails_model import PLATFORM
from desktop.views.communications_tab import CommunicationsTab
from desktop.views.email_reader import SafeBrowser, clean_html
from services.domain.demo import SWIM
from services.sync import outbox
from tests.desktop.tabs import shown, workspace
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
    ws = workspace(demo_store)
    made = shown(qtbot, CommunicationsTab(CommunicationsModel(ws), ws.ops))
    ws.wait()  # read off the GUI thread, shown
    made.ws = ws
    yield made
    ws.wait()
    ws.stop()


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
    model = tab.emails
    dates = [model.email(r).sent_at for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    unread = [r for r in range(model.rowCount()) if not model.email(r).is_read]
    assert unread and model.index(unread[0], 0).data(Qt.ItemDataRole.FontRole).bold()
    tab.list.setCurrentIndex(tab.proxy.mapFromSource(model.index(unread[0], 0)))
    expected = QTextDocument()
    expected.setHtml(clean_html(model.email(unread[0]).html_body))
    assert tab.reader.toPlainText() == expected.toPlainText() != ""
    reads = tab.model.reads
    tab.ws.wait()  # the read mark saved on the writer thread, the emails read again
    assert model.index(unread[0], 0).data(Qt.ItemDataRole.FontRole) is None
    assert tab.model.reads == reads + 1
    assert tab.list.currentIndex().data(roles.ENTRY).id == model.email(unread[0]).id  # kept
    assert [e.request.path for e in waiting(demo_store)] == [
        f"/me/emails/{model.email(unread[0]).id}/read"]


def test_the_home_cards_email_button_lands_filtered(qtbot, tab, demo_store):
    tab.show_organization(SWIM)
    shown = {tab.proxy.index(r, 0).data(roles.KIND) for r in range(tab.proxy.rowCount())}
    assert shown == {SWIM}
    tab.filter.setCurrentIndex(tab.filter.findData(PLATFORM))
    shown = {tab.proxy.index(r, 0).data(roles.KIND) for r in range(tab.proxy.rowCount())}
    assert shown == {PLATFORM}
    ws = workspace(demo_store)  # the tab built by the card's click: nothing read yet
    fresh = CommunicationsTab(CommunicationsModel(ws), ws.ops)
    qtbot.addWidget(fresh)
    fresh.show_organization(SWIM)
    ws.wait()
    assert fresh.filter.currentData() == SWIM
    shown = {fresh.proxy.index(r, 0).data(roles.KIND) for r in range(fresh.proxy.rowCount())}
    assert shown == {SWIM}
    ws.stop()


def test_leaving_the_platforms_notifications_warns_first(qtbot, tab, demo_store, monkeypatch):
    model = tab.subscriptions
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(roles.ENTRY).id == PLATFORM_SUBSCRIPTION)
    box = model.index(row, 1)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or
                        QMessageBox.StandardButton.No)
    assert not model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    tab.ws.wait()
    assert warned and "miss" in warned[0] and waiting(demo_store) == []
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_subscription_toggled_offline_is_sent_on_reconnect(qtbot, tmp_path, platform,
                                                            web):
    folder = tmp_path / "offline"
    session = connect(platform.url, folder)
    session.engine.sync()
    ws = workspace(session.store)  # no session: offline
    tab = CommunicationsTab(CommunicationsModel(ws), ws.ops)
    qtbot.addWidget(tab)
    ws.wait()
    model = tab.subscriptions
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(roles.ENTRY).organization_id == SWIM)
    assert model.setData(model.index(row, 2), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    ws.wait()  # saved on the writer thread
    assert model.index(row, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    ws.stop()
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
    qtmodeltester.check(tab.emails, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)
    qtmodeltester.check(tab.subscriptions, force_py=True)


def test_the_checklist_answers_why_no_email(tab):
    text = tab.checklist.text()
    assert "spam" in text and "subscribed" in text


def test_a_hidden_tab_reads_the_sync_changes_once_it_shows(qtbot, demo_store):
    from desktop.views.lazy_tab import LazyTab
    from services.domain import entities as e

    ws = workspace(demo_store)
    tab = LazyTab(lambda: CommunicationsTab(CommunicationsModel(ws), ws.ops))
    qtbot.addWidget(tab)
    tab.show()
    ws.wait()
    model = tab.content.model
    first = model.reads
    tab.hide()
    with demo_store.write() as conn:
        email = demo_store.all(conn, e.Email)[0]
        demo_store.upsert(conn, [email.model_copy(update={"subject": "Changé pendant"})])
    for _ in range(3):  # three sync batches while nobody looks
        ws.hub.publish(Changes.of({"Email": {email.id}}))
    ws.wait()
    assert model.reads == first
    tab.show()
    ws.wait()
    assert model.reads == first + 1
    subjects = [model.emails.email(r).subject for r in range(model.emails.rowCount())]
    assert "Changé pendant" in subjects
    ws.hub.publish(Changes.of({"Email": {email.id}}))  # shown: at once
    assert model.reads == first + 2
    ws.hub.publish(Changes.of({"Person": {203}}))  # not what it shows: not read
    ws.wait()
    assert model.reads == first + 2
    ws.stop()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_subscription_headers_are_whole_and_the_platform_comes_first(qtbot, demo_store, lang):
    """Issue 16, item 10: "alendar invitatio" — every header shows whole, even in a narrow
    window; the platform's own notifications are the first row, not sorted among the
    organizations."""
    from desktop import i18n

    i18n.install(lang)
    try:
        ws = workspace(demo_store, lang)
        tab = shown(qtbot, CommunicationsTab(CommunicationsModel(ws), ws.ops), (700, 500))
        ws.wait()
        tab.pages.setCurrentIndex(1)
        qtbot.waitUntil(lambda: tab.table.isVisible())
        header = tab.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(tab.subscriptions.columnCount()):
            title = tab.subscriptions.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
        assert header.length() <= tab.table.viewport().width() + 1  # no scrolling sideways
        rows = [tab.subscriptions.index(r, 0).data(roles.ENTRY)
                for r in range(tab.subscriptions.rowCount())]
        assert len(rows) > 2 and rows[0].organization_id is None
        assert all(row.organization_id is not None for row in rows[1:])
        ws.wait()
        ws.stop()
    finally:
        i18n.install("en")


def test_the_reader_says_who_sent_what_and_when_and_what_to_do_before(qtbot, tab):
    """Issue 16, item 10: no From/Date header, no placeholder."""
    from PySide6.QtCore import QDateTime

    from desktop.formatting import moment_text

    assert not tab.list.currentIndex().isValid()
    assert tab.reader.toPlainText() == ""
    assert tab.reader.placeholderText() == "Select an email to read it."
    assert not tab.heading.isVisible()
    model = tab.emails
    email = model.email(0)
    tab.list.setCurrentIndex(tab.proxy.mapFromSource(model.index(0, 0)))
    text = tab.heading.text()
    assert tab.heading.isVisible()
    for part in (email.subject, email.sender):
        assert part.replace("&", "&amp;") in text
    sent = QDateTime.fromSecsSinceEpoch(int(email.sent_at.timestamp()))
    assert moment_text(sent) in text
    tab.list.setCurrentIndex(QModelIndex())  # nothing chosen again
    assert not tab.heading.isVisible() and tab.reader.toPlainText() == ""
