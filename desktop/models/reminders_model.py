"""ASSIST-1: the reminders due, checked every minute on the reader thread and when the sync's
changes touch what they are made of; each one shown is remembered in the store's meta (written
on the writer thread), so none comes twice across restarts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from desktop.changes import Watches
from desktop.models.calendar_state import CALENDAR_TYPES
from desktop.tasks import Background
from services.domain import clock, reminders
from services.domain.calendar import EntryKind
from services.store import reminder_reads
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace

log = logging.getLogger(__name__)

ENABLED_KEY = "reminders/enabled"
MINUTES_KEY = "reminders/minutes/%s"  # per EntryKind value
MEMBER_KEY = "reminders/member/%d/%s"  # per member and EntryKind value
QUIET_START_KEY, QUIET_END_KEY = "reminders/quiet_start", "reminders/quiet_end"
KEEP_IN_TRAY_KEY = "reminders/keep_in_tray"


def _time(value: object) -> time | None:
    try:
        return time.fromisoformat(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def load_settings(settings: QSettings | None) -> reminders.Settings:
    """The reminders' settings in window.ini (default: 60 minutes, quiet 22:00–07:00)."""
    if settings is None:
        return reminders.Settings(quiet_start=time(22), quiet_end=time(7))
    minutes, per_member = {}, {}
    for kind in (EntryKind.ACTIVITY, EntryKind.EVENT):
        value = settings.value(MINUTES_KEY % kind.value)
        if value not in (None, ""):
            minutes[kind] = int(value)
    settings.beginGroup("reminders/member")
    for person in settings.childGroups():
        for kind in (EntryKind.ACTIVITY, EntryKind.EVENT):
            value = settings.value(f"{person}/{kind.value}")
            if value not in (None, "") and person.isdigit():
                per_member[(int(person), kind)] = int(value)
    settings.endGroup()
    return reminders.Settings(minutes, per_member,
                              _time(settings.value(QUIET_START_KEY, "22:00")),
                              _time(settings.value(QUIET_END_KEY, "07:00")))


class RemindersModel(Watches, QObject):
    SHOWN = CALENDAR_TYPES | {R.POSTDATED_PAYMENT, R.EMAIL}
    remind = Signal(object)  # a reminders.Reminder to show now
    nextChanged = Signal()  # `next_up` is another entry (the tray's menu says it)

    def __init__(self, workspace: Workspace, settings: QSettings | None = None,
                 now: Callable[[], datetime] = clock.now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = workspace.store
        self.tasks = workspace.tasks
        self.settings = settings
        self.now = now  # the clock (a test walks its own)
        self.state: reminders.State | None = None  # read from meta the first time
        self.next_up: reminders.Reminder | None = None  # the next entry a reminder is for
        self._background = Background(workspace.tasks, self)
        self._background.done.connect(self._delivered)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.watch(workspace.hub)

    @property
    def enabled(self) -> bool:
        return self.settings is None or \
            str(self.settings.value(ENABLED_KEY, "true")).lower() == "true"

    def set_enabled(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue(ENABLED_KEY, "true" if on else "false")
        if on:
            self.refresh()

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        store, now, rules = self.store, self.now(), load_settings(self.settings)

        def read() -> tuple[datetime, list[reminders.Reminder], reminders.State]:
            with store.reader() as conn:
                data = reminder_reads.inputs(conn, now)
            return now, reminder_reads.found(data, rules), data.state

        self._background.run("reminders", read, "the reminders")

    def _delivered(self, _key: str, result) -> None:
        now, found, kept = result
        if self.state is None:
            self.state = kept
        before = self.state.dumps()
        shown = reminders.due(found, self.state, now, load_settings(self.settings))
        if self.state.dumps() != before:
            self._save(self.state.dumps())
        coming = reminders.next_entry(found, now)
        if coming != self.next_up:
            self.next_up = coming
            self.nextChanged.emit()
        if not self.enabled:
            return  # remembered as shown all the same: turning them on again shows no backlog
        for reminder in shown:
            self.remind.emit(reminder)

    def _save(self, text: str) -> None:
        store = self.store

        def write() -> None:
            with store.write() as conn:
                store.set_meta(conn, reminders.META_KEY, text)

        def done(future) -> None:
            if future.exception() is not None:
                log.error("the reminders shown could not be remembered",
                          exc_info=future.exception())

        self.tasks.write(write, done)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._background.wait(msecs)
