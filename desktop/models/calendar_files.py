"""The calendar written to .ics files from the window (issue 17): File ▸ Export calendar…, and
the live file that Settings ▸ "Keep a calendar file up to date" rewrites after each sync. The
writing modules (icalendar, SQLAlchemy) load when a file is first written, not at the first
paint.

Both read the store and write the file on the workspace's reader thread (the file is not the
store: no write lock is needed), and say on the GUI thread what was written or why not. The live
file's choice (on, folder, whole family or per member) is kept in window.ini; off by default.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.changes import ChangeHub, Changes
from desktop.tasks import Tasks
from services.domain import clock
from services.store.reads import CalendarFilter
from services.store.store import Store
from services.store.tables import ResourceType

log = logging.getLogger(__name__)

LIVE_KEY, FOLDER_KEY, PER_MEMBER_KEY = "calendar/live", "calendar/liveFolder", \
    "calendar/livePerMember"
# What a calendar file shows: a change to any of these rewrites the live file.
SHOWN = frozenset({ResourceType("Closure"), ResourceType("Occurrence"), ResourceType("Event"),
                   ResourceType("Activity"), ResourceType("Registration"),
                   ResourceType("Organization"), ResourceType("Person")})


def _bool(value: object) -> bool:
    return value is True or str(value).lower() == "true"


class CalendarFiles(QObject):
    written = Signal(str, int)  # the file, its events
    failed = Signal(str, str)  # the file, why (the system's words)

    def __init__(self, store: Store, tasks: Tasks, hub: ChangeHub, lang: str,
                 settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.tasks, self.lang, self.settings = store, tasks, lang, settings
        self._pending = False  # a rewrite asked while one runs: once more after it
        self._running = False
        hub.changed.connect(self._changed)

    # --- File ▸ Export calendar… -------------------------------------------------------------

    def export(self, target: Path, first: date, last: date,
               where: CalendarFilter | None = None) -> None:
        """`target` written (replaced whole) off the GUI thread; `written` or `failed` says."""
        from services.domain import ics
        from services.store import calendar_file

        name = ics.calendar_name(self.lang)

        def work():
            try:
                return calendar_file.write_calendar(self.store, target, first, last, where,
                                                    lang=self.lang, name=name)
            except calendar_file.WriteFailed as error:
                return error

        self.tasks.read(work, self._delivered, "the calendar to export")

    def export_shown(self, target: Path, org_ids: set[int] | None,
                     person_ids: set[int] | None) -> None:
        """File ▸ Export calendar…: what the calendar shows under its filters, from three
        months back to a year ahead (as the live file: what a phone's calendar keeps)."""
        from services.store import calendar_file

        today = clock.today()
        self.export(target, today - calendar_file.LIVE_BEFORE, today + calendar_file.LIVE_AFTER,
                    CalendarFilter(org_ids, person_ids))

    def _delivered(self, result) -> None:
        from services.store import calendar_file

        for item in result if isinstance(result, list) else [result]:
            if isinstance(item, calendar_file.WriteFailed):
                log.info("calendar file not written: %s", item.reason)
                self.failed.emit(str(item.target), item.reason)
            else:
                self.written.emit(str(item.path), item.events)

    # --- the live file -------------------------------------------------------------------------

    def live(self) -> tuple[bool, Path | None, bool]:
        """(on, folder, one file per member)."""
        if self.settings is None:
            return False, None, False
        folder = self.settings.value(FOLDER_KEY)
        return (_bool(self.settings.value(LIVE_KEY, False)),
                Path(str(folder)) if folder else None,
                _bool(self.settings.value(PER_MEMBER_KEY, False)))

    def set_live(self, on: bool, folder: Path | None, per_member: bool) -> None:
        """The choice kept; when on, the file written at once."""
        if self.settings is not None:
            self.settings.setValue(LIVE_KEY, on)
            self.settings.setValue(FOLDER_KEY, str(folder) if folder else "")
            self.settings.setValue(PER_MEMBER_KEY, per_member)
        if on:
            self.rewrite()

    def rewrite(self) -> None:
        """The live file(s) written again, now (one rewrite at a time; one more if asked
        meanwhile)."""
        on, folder, per_member = self.live()
        if not on or folder is None:
            return
        if self._running:
            self._pending = True
            return
        self._running = True
        today, lang = clock.today(), self.lang

        def work():
            from services.domain import ics
            from services.store import calendar_file

            try:
                return calendar_file.write_live(self.store, folder, today, per_member=per_member,
                                                lang=lang, name=ics.calendar_name(lang))
            except calendar_file.WriteFailed as error:
                return error

        def done(result) -> None:
            self._running = False
            self._delivered(result)
            if self._pending:
                self._pending = False
                self.rewrite()

        def failed() -> None:  # said by the tasks; the next sync tries again
            self._running = self._pending = False

        self.tasks.read(work, done, "the live calendar file", failed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(SHOWN):
            self.rewrite()
