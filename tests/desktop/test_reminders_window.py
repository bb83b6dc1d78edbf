"""ASSIST-1 in the running window: the reminders start with the window (model and tray), a
due reminder becomes a notification in the user's words, and clicking it opens its entry."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSystemTrayIcon

from desktop import launch
from desktop.models.reminders_model import RemindersModel, load_settings
from desktop.views.tray import Tray
from services.domain import clock, reminders
from services.domain.demo import DEMO_USERNAME
from services.store import reminder_reads
from services.store.store import Store


def first_before(folder) -> reminders.Reminder:
    """The first "minutes before" reminder from now on, as `carnet reminders` plans it."""
    store = Store.open(folder)
    try:
        start = clock.now()
        with store.reader() as conn:
            data = reminder_reads.inputs(conn, start, start + timedelta(days=7))
    finally:
        store.close()
    rules = load_settings(None)
    planned = reminders.schedule(reminder_reads.found(data, rules), data.state, start,
                                 start + timedelta(days=7), rules)
    return next(r for _when, r in planned if r.kind is reminders.ReminderKind.BEFORE and r.url)


def test_a_due_reminder_is_notified_and_its_click_opens_the_page(run_window, cli, tmp_path,
                                                                 platform, monkeypatch):
    folder = tmp_path / "data"
    assert cli(folder, "login", "--server", platform.url, "--username", DEMO_USERNAME)[0] == 0
    wanted = first_before(folder)
    shown: list[tuple[str, str]] = []
    opened: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda _icon, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    seen = {}

    def attached(app, session, **_):
        model = app.workspace.findChild(RemindersModel)
        tray = app.workspace.findChild(Tray)
        seen["started"] = model is not None and model.timer.isActive() and tray is not None
        app.wait()
        model.now = lambda: wanted.at + timedelta(minutes=1)  # the clock reaches it
        model.refresh()
        app.wait()
        seen["last_url"] = tray.last.url if tray.last is not None else None
        tray.icon.messageClicked.emit()
        session.close()
        app.stop()
        app.window.close()

    monkeypatch.setattr(launch, "_sign_in", lambda store, lang: None)
    monkeypatch.setattr(launch, "attach_session", attached)
    assert run_window(folder) == 0
    assert seen["started"]
    assert any(wanted.title in title and "60 min" in title for title, _ in shown), shown
    assert seen["last_url"] and opened == [seen["last_url"]]  # the clicked one's page
