"""ASSIST-1 in the running window: the reminders' model and the tray icon, started once the
window shows (never for a screenshot), stopped before the store closes; a clicked notification
opens its entry — its registration page, else the tab it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.app import Carnet
    from desktop.models.reminders_model import RemindersModel
    from desktop.views.tray import Tray
    from services.domain.reminders import Reminder


@dataclass
class Reminding:
    model: RemindersModel
    tray: Tray
    on_close: Callable[[], None]

    def stop(self) -> None:
        """The window is gone: nothing of it stays connected to the application."""
        self.model.timer.stop()
        self.tray.close()
        instance = QApplication.instance()
        instance.lastWindowClosed.disconnect(self.on_close)
        instance.setQuitOnLastWindowClosed(True)


def start(app: Carnet, come_forward) -> Reminding:
    from desktop.models.reminders_model import RemindersModel
    from desktop.views.tray import Tray

    model = RemindersModel(app.workspace, app.window.settings_store, parent=app.workspace)
    tray = Tray(model, QApplication.windowIcon(), app.workspace)
    tray.open_window.connect(come_forward)
    tray.quit.connect(lambda: (app.window.close(), QApplication.instance().quit()))
    tray.open_entry.connect(lambda reminder: open_reminder(app, reminder, come_forward))
    tray.show()
    model.start()
    instance = QApplication.instance()
    instance.setQuitOnLastWindowClosed(False)  # the tray may keep it running (Settings)

    def on_close() -> None:
        _window_closed(app, tray)

    instance.lastWindowClosed.connect(on_close)
    return Reminding(model, tray, on_close)


def _window_closed(app: Carnet, tray: Tray) -> None:
    """The window closed: Carnet ends, unless Settings keeps it in a tray that exists."""
    from desktop.models.reminders_model import KEEP_IN_TRAY_KEY

    if app.window.isVisible():  # another window took its place (a new language)
        return
    settings = app.window.settings_store
    keep = settings is not None and str(settings.value(KEEP_IN_TRAY_KEY, "false")) == "true"
    leaving = app.signing_out is not None or app.moving_to is not None
    if leaving or not (keep and tray.icon.isVisible()):
        QApplication.instance().quit()


def open_reminder(app: Carnet, reminder: Reminder, come_forward) -> None:
    """Its page in the browser when it has one, else its tab, the window brought forward."""
    from services.domain.reminders import ReminderKind

    if reminder.url:
        QDesktopServices.openUrl(QUrl(reminder.url))
        return
    tabs = {ReminderKind.PAYMENT_DUE: "wallet", ReminderKind.PAYMENT_REFUSED: "wallet",
            ReminderKind.EMAIL: "communications"}
    app.window.show_tab(tabs.get(reminder.kind, "home"))
    come_forward()
