"""Settings ▸ Calendar subscription (issue 17, OUT-2) against the real server: the webcal:// link,
its QR code (the modules read back from the pixels), Copy, Regenerate (the old link stops
working), Stop, a link made or revoked elsewhere, offline."""

from __future__ import annotations

import pytest
import requests
import segno
from PySide6.QtGui import QGuiApplication, qGray
from PySide6.QtWidgets import QMessageBox

from desktop.models.account_model import AccountModel
from desktop.views.feed_section import MODULE, QUIET, CalendarFeedSection, qr_image
from desktop.views.settings_tab import SettingsTab
from desktop.window_actions import WindowActions
from tests.desktop.tabs import online_workspace, shown, workspace


@pytest.fixture
def online(session_on_platform):
    ws = online_workspace(session_on_platform)
    yield ws
    ws.wait()
    ws.stop()


@pytest.fixture
def yes(monkeypatch):
    """The confirmations answered Yes; what they asked is kept."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    return asked


def http(webcal: str) -> str:
    """The URL a calendar app fetches for a webcal:// link (http on the test's loopback)."""
    assert webcal.startswith("webcal://")
    return "http://" + webcal.removeprefix("webcal://")


def fetch(webcal: str) -> requests.Response:
    return requests.get(http(webcal), headers={"Accept": "text/calendar"}, timeout=10)


def modules_of(section: CalendarFeedSection) -> list[list[bool]]:
    """The QR code as the screen shows it: each module's centre pixel, dark or not."""
    image = section.qr.pixmap().toImage()
    count = image.width() // MODULE - 2 * QUIET
    assert image.width() == image.height() == (count + 2 * QUIET) * MODULE
    centre = MODULE // 2
    return [[qGray(image.pixel((x + QUIET) * MODULE + centre,
                               (y + QUIET) * MODULE + centre)) < 128 for x in range(count)]
            for y in range(count)]


def test_settings_shows_the_link_and_its_qr_code_and_regenerate_revokes_the_old(
        qtbot, online, yes, tmp_path):
    tab = shown(qtbot, SettingsTab(AccountModel(online), online.ops,
                                   WindowActions(tmp_path, "en")))
    section = tab.calendar_feed
    assert section.show_link.isVisible() and not section.link_row.isVisible()
    section.show_link.click()
    online.wait()
    assert "no subscription link" in section.message.text()  # none made yet
    assert section.make.isVisible() and not section.qr.isVisible()
    section.make.click()
    online.wait()
    first = section.link.text()
    assert first.startswith("webcal://127.0.0.1:") and first.endswith(".ics")
    assert section.qr.isVisible() and section.link_row.isVisible()
    answer = fetch(first)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith(
        "text/calendar")
    expected = [[bool(m) for m in row]
                for row in segno.make(first, error="m", micro=False).matrix]
    assert modules_of(section) == expected  # what a phone's camera reads is the link
    section.copy.click()
    assert QGuiApplication.clipboard().text() == first
    section.regenerate.click()
    online.wait()
    assert yes and "stops working" in yes[-1]  # asked first
    second = section.link.text()
    assert second != first and second.startswith("webcal://")
    assert modules_of(section) != expected
    assert fetch(first).status_code == 404 and fetch(second).status_code == 200
    section.stop.click()
    online.wait()
    assert fetch(second).status_code == 404
    assert not section.qr.isVisible() and "no subscription link" in section.message.text()


def test_a_link_made_or_revoked_elsewhere_is_said(qtbot, online, web, yes):
    section = shown(qtbot, CalendarFeedSection(online.ops), None)
    section.make.click()
    online.wait()
    mine = section.link.text()
    web.post("/me/calendar-feed")  # on the platform's site, or another computer
    section.ask()
    online.wait()
    assert "another computer" in section.message.text()
    assert not section.qr.isVisible() and section.regenerate.isVisible()
    assert fetch(mine).status_code == 404
    web.delete("/me/calendar-feed")
    section.ask()
    online.wait()
    assert "no subscription link" in section.message.text() and section.make.isVisible()


def test_the_link_is_kept_sealed_in_the_store(qtbot, online):
    section = shown(qtbot, CalendarFeedSection(online.ops), None)
    section.make.click()
    online.wait()
    secret = http(section.link.text()).rsplit("/", 1)[1].removesuffix(".ics")
    online.store.close()
    files = [p for p in online.store.path.parent.iterdir() if p.name.startswith(
        online.store.path.name)]
    assert files and not any(secret.encode() in p.read_bytes() for p in files)
    section.ask()  # read back with the store's key
    online.wait()
    assert secret in section.link.text()


def test_offline_the_link_needs_the_platform(qtbot, demo_store):
    ws = workspace(demo_store)
    section = shown(qtbot, CalendarFeedSection(ws.ops), None)
    section.show_link.click()
    ws.wait()
    assert "platform" in section.message.text() and section.show_link.isVisible()
    assert section.show_link.isEnabled()
    ws.stop()


def test_the_qr_image_has_its_quiet_zone():
    image = qr_image("webcal://example.ca/feeds/x.ics")
    assert all(qGray(image.pixel(x, y)) == 255
               for x in range(QUIET * MODULE) for y in range(image.height()))
