"""One organization at the front desk: its store, its last sync, and "Sync now" — run on the
window's writer thread (the network never blocks the window); what it says when it could not
sync is one line in the interface's language."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop import desk_orgs
from desktop.desk_orgs import DeskOrg, SyncProblem
from desktop.tasks import Background, Tasks

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
# Today's rosters and attendance move during the day: the open desk syncs this often.
AUTO_SYNC_MS = 5 * 60_000


class DeskSession(QObject):
    """`changed` after each sync (the pages read again); `status` the line to show."""

    changed = Signal()
    status = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, org: DeskOrg, tasks: Tasks, lang: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.org, self.tasks, self.lang = org, tasks, lang
        self.store = org.open_store()
        self.last_sync: datetime | None = None
        self.problem = ""  # the last sync's failure, "" once one works
        self.busy = False
        self.syncs = 0
        self._background = Background(tasks, self)
        self._background.done.connect(self._read)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

    def keep_synced(self, interval_ms: int = AUTO_SYNC_MS) -> None:
        """Sync now, then every `interval_ms` while the desk is open (a sync under way is not
        started twice)."""
        self.timer.start(interval_ms)
        self.sync_now()

    @property
    def title(self) -> str:
        return self.org.title

    def refresh(self) -> None:
        from services.org.reads import last_sync

        store = self.store
        self._background.run("last sync", lambda: last_sync(store), "the last sync")

    def _read(self, _key: str, text: str | None) -> None:
        self.last_sync = datetime.fromisoformat(text) if text else None
        self.status.emit(self.status_text())

    def status_text(self) -> str:
        from desktop.formatting import day_and_time

        if self.busy:
            return translate("Desk", "Syncing…")
        if self.last_sync is None:
            synced = translate("Desk", "Never synced.")
        else:
            moment = self.last_sync.astimezone(desk_orgs.local_now().tzinfo)
            synced = translate("Desk", "Last sync: %1").replace("%1", day_and_time(moment))
        return f"{synced} {self.problem}".strip()

    def sync_now(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.busy_changed.emit(True)
        self.status.emit(self.status_text())
        org, store, lang = self.org, self.store, self.lang
        self.tasks.write(lambda: desk_orgs.sync(org, store, lang), self._synced)

    def _synced(self, outcome: Future) -> None:
        self.busy = False
        self.syncs += 1
        try:
            outcome.result()
            self.problem = ""
        except SyncProblem as problem:
            self.problem = str(problem)
        except Exception as error:  # a bug: logged with its traceback, said in one line
            log.error("the organization's sync failed", exc_info=error)
            self.problem = translate("Desk", "The sync stopped on an unexpected error (%1); "
                                     "the details are in the log.").replace(
                                         "%1", type(error).__name__)
        self.busy_changed.emit(False)
        self.refresh()
        self.changed.emit()

    def close(self) -> None:
        self.timer.stop()
        self.store.close()
