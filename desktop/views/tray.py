"""ASSIST-1: the tray icon — a menu (Open Carnet, Reminders on/off, Quit) and the reminders'
notifications; clicking one opens its entry (its registration page, else its tab)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.models.reminders_model import RemindersModel
from desktop.reminder_texts import next_text, texts
from services.domain.reminders import Reminder, ReminderKind


class Tray(QObject):
    open_window = Signal()
    open_entry = Signal(object)  # the Reminder whose notification was clicked
    quit = Signal()

    def __init__(self, model: RemindersModel, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Carnet")
        self.menu = QMenu()
        self.next_action = QAction(self.menu)  # what comes next; opens it
        self.next_action.setVisible(False)
        self.open_action = QAction(self.tr("Open Carnet"), self.menu)
        self.toggle_action = QAction(self.tr("Reminders"), self.menu, checkable=True)
        self.toggle_action.setChecked(model.enabled)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.menu.addAction(self.next_action)
        self.next_separator = self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_window)
        self.toggle_action.toggled.connect(model.set_enabled)
        self.quit_action.triggered.connect(self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._clicked)
        self.next_action.triggered.connect(
            lambda: model.next_up is not None and self.open_entry.emit(model.next_up))
        self.last: Reminder | None = None
        model.remind.connect(self.notify)
        model.nextChanged.connect(self._show_next)
        self._show_next()

    def _show_next(self) -> None:
        coming = self.model.next_up
        self.next_action.setVisible(coming is not None)
        self.next_separator.setVisible(coming is not None)
        if coming is not None:
            self.next_action.setText(next_text(coming).replace("&", "&&"))

    def show(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def notify(self, reminder: Reminder) -> None:
        title, text = texts(reminder)
        self.last = reminder
        icon = QSystemTrayIcon.MessageIcon.Warning if reminder.kind in (
            ReminderKind.PAYMENT_REFUSED, ReminderKind.CANCELLED, ReminderKind.CLOSURE) \
            else QSystemTrayIcon.MessageIcon.Information
        self.icon.showMessage(title, text, icon, 15_000)

    def _clicked(self) -> None:
        if self.last is not None:
            self.open_entry.emit(self.last)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_window.emit()

    def close(self) -> None:
        # A read of the reminders may still be under way: what it delivers must not reach a
        # menu deleted below (a sign-out closes the tray at once).
        self.model.remind.disconnect(self.notify)
        self.model.nextChanged.disconnect(self._show_next)
        self.icon.hide()
        self.menu.deleteLater()
