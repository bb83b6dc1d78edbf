"""Self-update in the running window (issue 20): a check shortly after the window shows, then
every day while it runs, when Settings ▸ "Check for updates every day" is on (the default;
the demo checks only when asked: `carnet demo --check-updates`). The download runs on its own
thread (never the store's reader: an archive can take minutes); a staged version is said in
the status bar and installed at the next start (desktop.update.apply_staged)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop import update

if TYPE_CHECKING:
    from desktop.app import Carnet

log = logging.getLogger("carnet.update")
DAY_MS = 24 * 3600 * 1000
FIRST_MS = 3000  # after the first paint and the first sync's start


class UpdateChecks(QObject):
    """Checks on a thread of their own; `staged(version)` on the GUI thread."""

    staged = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.running: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        QTimer.singleShot(FIRST_MS, self, self.check_now)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        if self.running is not None and self.running.is_alive():
            return
        self.running = threading.Thread(target=self._check, name="carnet-update", daemon=True)
        self.running.start()

    def _check(self) -> None:
        try:
            found = update.check(self.data_dir)
        except update.Refused as refusal:
            log.warning("update refused, nothing installed: %s", refusal)
        except OSError as error:  # offline, a full disk: the next check tries again
            log.info("update check not done: %s", error)
        except Exception:  # tufup or TUF failing otherwise: this version goes on
            log.exception("update check failed")
        else:
            if found:
                self.staged.emit(found)


def wanted(settings: QSettings | None, demo: bool, asked: bool) -> bool:
    """A copy that updates itself, whose Settings check daily; the demo only when asked."""
    if not update.can_update():
        return False
    if demo:
        return asked
    return settings is None or str(settings.value(update.DAILY_KEY, "true")) == "true"


def start(app: Carnet, demo: bool = False, asked: bool = False) -> UpdateChecks | None:
    if not wanted(app.window.settings_store, demo, asked):
        return None
    checks = UpdateChecks(app.store.path.parent, app.workspace)
    checks.staged.connect(lambda found: app.window.statusBar().showMessage(
        QApplication.translate("Update", "Carnet %1 is downloaded: it is installed the next "
                               "time Carnet starts.").replace("%1", found)))
    checks.start()
    return checks
