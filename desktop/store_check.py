"""The window meets a store it cannot use (issue 13): at start, a folder or file problem is
said and the window does not open; a lost key (checked once the window shows, so the first
paint loads no keychain) or a damaged file offers to keep the unreadable copy aside and
download the account again, or to quit."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.store_problems import describe, recovered
from desktop.views.store_problem_dialog import StoreProblemDialog, tell
from services.store.errors import RECOVERABLE, StoreError
from services.store.store import Store

if TYPE_CHECKING:
    from desktop.app import Carnet
    from services.store.recovery import Recovered

log = logging.getLogger(__name__)


def _title() -> str:
    return QCoreApplication.translate("StoreProblem", "Carnet")


def offer_recovery(parent: QWidget | None, data_dir: Path, error: StoreError) -> bool:
    """The problem said; True once the person chose to keep the copy aside and it was done.
    A problem recovery cannot help with (not a folder, read-only…) only has Quit."""
    log.error("store problem: %s at %s (%s)", error.problem, error.path, error.detail)
    dialog = StoreProblemDialog(describe(error.problem, error.path, error.detail),
                                error.problem in RECOVERABLE, parent)
    dialog.exec()
    if not dialog.recover_chosen():
        return False
    done = _recover(parent, data_dir)
    if done is None:
        return False
    tell(parent, _title(), recovered(done.aside, done.unsent) + " " + QCoreApplication.translate(
        "StoreProblem", "Your account downloads again from the platform now."))
    return True


def _recover(parent: QWidget | None, data_dir: Path) -> Recovered | None:
    from services.store.recovery import recover

    try:
        return recover(data_dir)
    except StoreError as error:
        log.error("recovery failed: %s at %s", error.problem, error.path)
        text = describe(error.problem, error.path, error.detail)
    except (OSError, LookupError) as error:
        log.error("recovery failed: %s", error)
        text = describe("", data_dir, str(error))
    tell(parent, _title(), text, StoreProblemDialog.Icon.Critical)
    return None


def open_at_start(data_dir: Path) -> Store | None:
    """The store the window opens on, None when the person quits."""
    try:
        return Store.open(data_dir)
    except StoreError as error:
        if not offer_recovery(None, data_dir, error):
            return None
    return Store.open(data_dir)


def check_key_at_start(app: Carnet) -> bool:
    """The store's key, checked after the first paint. Lost: the dialog; recovered, every
    screen reads the fresh store. False when the person quits."""
    store = app.store
    try:
        store.check_key()
        return True
    except StoreError as error:
        app.wait()  # no read left on the old file
        store.forget()
        if not offer_recovery(app.window, store.path.parent, error):
            return False
    store.check_key()
    app.start_over()
    app.wait()
    return True
