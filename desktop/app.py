"""Assembling the window: store → workspace (threads, change hub, operations) → models →
views, the sync in its own process, the language and theme switched while it runs (starting
it: desktop.launch)."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.changes import Changes
from desktop.window_actions import WindowActions
from desktop.workspace import Workspace
from services.domain import clock
from services.store.store import Store
from services.store.tables import ResourceType as R

if TYPE_CHECKING:  # sync, API and demo modules load when a session opens, not before
    from pathlib import Path

    from desktop.models.calendar_files import CalendarFiles
    from desktop.models.calendar_state import CalendarState, FilterChoices
    from desktop.models.clashes_model import ClashesModel
    from desktop.models.postdated_model import PostdatedModel
    from desktop.models.print_model import PrintModel
    from desktop.models.quick_access_model import QuickAccessModel
    from desktop.models.search_model import SearchModel
    from desktop.models.status_model import StatusModel
    from desktop.models.upcoming_model import UpcomingModel
    from desktop.sync_bridge import SyncBridge
    from desktop.views.lazy_tab import LazyTab
    from desktop.views.main_window import MainWindow
    from services.sync.remote import SyncProcess
    from services.sync.session import Session

log = logging.getLogger(__name__)
THEME_KEY = "ui/theme"  # in window.ini, beside the store
PRIVATE = frozenset({R.PERSON, R.CONTACT, R.ORG_FORM})  # services.store.private.KINDS


@dataclass
class Carnet:
    window: MainWindow
    workspace: Workspace
    state: CalendarState
    choices: FilterChoices
    upcoming: UpcomingModel
    quick: QuickAccessModel
    postdated: PostdatedModel
    status: StatusModel
    bridge: SyncBridge
    actions: WindowActions
    account: str = ""
    session: Session | None = None
    signing_out: bool | None = None  # set by Settings: sign out (True: and remove the data)
    moving_to: Path | None = None  # set by Settings: the data folder moves there (SET-2)
    told_problem: str = ""  # the store problem last shown in a dialog (not again each sync)
    sync: SyncProcess | None = None
    calendar_files: CalendarFiles | None = None  # File ▸ Export calendar…, the live file
    clashes: ClashesModel | None = None  # View ▸ Clashes…, the calendar's marks

    @property
    def store(self) -> Store:
        return self.workspace.store

    def stop(self) -> None:
        """No more gathered changes or pending reads: the window is going away."""
        self.state.stop()
        self.workspace.stop()

    def wait(self) -> None:
        """Until every background read and write is done and shown (screenshots, tests). What
        was shown before is laid out first: the waiting paints, and a paint before the
        layout is one more (the whole month grid again, after a screenshot's show: issue
        20)."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.state.wait()
        self.workspace.wait()

    def start_over(self) -> None:
        """Any resource may have changed (a recovered store, the demo's first sync): every
        model reads again."""
        self.workspace.hub.publish(Changes.everything())

    def remember_private(self) -> None:
        """The store's private values (sealed, names) kept from the log from now on, read off
        the GUI thread (issue 14). Once the key is checked: after the first paint."""
        store = self.store
        self.workspace.tasks.read(store.remember_private, lambda _: None,
                                  "the private values to keep from the log")

    def _private_changed(self, changes: Changes) -> None:
        if changes.touches(PRIVATE):  # the sync process wrote some: the log must know them
            self.remember_private()


def _other_tabs(app: Carnet) -> list[LazyTab]:
    """People, Billing, Wallet, Communications, Settings: each module, and its models, load
    when its tab first shows."""
    from desktop.views.lazy_tab import LazyTab

    ws = app.workspace

    def lazy(module: str, name: str, models: str, *more) -> LazyTab:
        def make():
            made = [getattr(importlib.import_module(f"desktop.models.{part.split(':')[0]}"),
                            part.split(":")[1])(ws) for part in models.split()]
            return getattr(importlib.import_module(f"desktop.views.{module}"), name)(
                *made, *more)

        return LazyTab(make)

    return [lazy("people_tab", "PeopleTab", "people_model:PeopleModel", ws.ops),
            lazy("billing_tab", "BillingTab", "billing_model:BillingModel", ws.ops),
            lazy("wallet_tab", "WalletTab", "wallet_model:WalletModel", app.postdated,
                 ws.ops),
            lazy("communications_tab", "CommunicationsTab",
                 "communications_model:CommunicationsModel", ws.ops),
            lazy("settings_tab", "SettingsTab", "account_model:AccountModel", ws.ops,
                 app.actions)]


def build(store: Store, lang: str, account: str, settings: QSettings | None = None) -> Carnet:
    """The window on the store, its first reads shown. Each read starts as soon as its model
    exists, and the modules load after (models, then widgets): most of a read is SQLite, which
    lets go of the GIL, so the first paint waits for the slower of the two, not for both."""
    today = clock.today()
    workspace = Workspace(store, lang)
    from desktop.models.calendar_state import CalendarState, FilterChoices

    state = CalendarState(workspace, today)
    state.refresh()
    choices = FilterChoices(workspace)
    choices.refresh()
    from desktop.models.upcoming_model import UpcomingModel

    upcoming = UpcomingModel(workspace)
    upcoming.refresh()
    from desktop.models.postdated_model import PostdatedModel
    from desktop.models.quick_access_model import QuickAccessModel
    from desktop.models.status_model import StatusModel

    quick = QuickAccessModel(workspace, today)
    quick.refresh()
    postdated = PostdatedModel(workspace)
    postdated.refresh()
    status = StatusModel(workspace)
    status.refresh()
    from desktop.models.clashes_model import ClashesModel

    # A year of entries to compare: the slowest of the first reads, so started with them,
    # before the widgets' modules load (issue 20).
    clashes = ClashesModel(workspace)
    clashes.refresh()
    from desktop.sync_bridge import SyncBridge

    actions = WindowActions(store.path.parent, lang)
    bridge = SyncBridge()
    app = Carnet(None, workspace, state, choices, upcoming, quick, postdated, status, bridge,
                 actions, account, clashes=clashes)
    from desktop.models.calendar_files import CalendarFiles

    actions.settings = settings
    app.calendar_files = actions.calendar_files = CalendarFiles(
        store, workspace.tasks, workspace.hub, lang, settings)
    app.window = _make_window(app, lang, settings)
    bridge.changes.connect(workspace.hub.gather)
    workspace.hub.changed.connect(app._private_changed)
    bridge.progress.connect(lambda done, total: app.window.status.set_progress(done, total))
    bridge.state.connect(lambda state, code: _sync_state(app, state, code))
    bridge.problem.connect(lambda code, path, detail: show_store_problem(app, code, path,
                                                                          detail))
    workspace.tasks.failed.connect(lambda text: app.window.statusBar().showMessage(text, 15000))
    actions.switch_language = lambda new: switch_language(app, new)
    actions.set_theme = lambda theme: apply_theme(theme, app.window.settings_store)
    actions.sign_out = lambda forget: _sign_out(app, forget)
    actions.check_move = lambda target: move_refusal(store.path.parent, target)
    actions.move_data = lambda target: _move_data(app, target)
    app.wait()  # the first paint shows data
    return app


def _make_window(app: Carnet, lang: str, settings: QSettings | None) -> MainWindow:
    """The window's widgets on the app's models (built again when the language changes)."""
    from desktop.views.home_tab import HomeTab
    from desktop.views.main_window import MainWindow
    from desktop.views.status_area import StatusArea

    home = HomeTab(app.state, app.upcoming, app.quick, app.postdated, app.choices)
    window = MainWindow(home, _other_tabs(app),
                        StatusArea(app.status, app.account, lang, app.bridge.last_state,
                                   app.bridge.last_progress), settings)
    home.quick.removeRequested.connect(lambda ident: _remove_card(app, ident))
    # File ▸ Print…'s and Edit ▸ Search everything…'s models (and their modules) are made when
    # first used: not before the first paint.
    def print_model() -> PrintModel:
        from desktop.models.print_model import PrintModel

        return PrintModel(app.workspace, window)

    def search_model() -> SearchModel:
        from desktop.models.search_model import SearchModel

        return SearchModel(app.workspace, window)

    window.make_print_model, window.make_search_model = print_model, search_model
    window.calendar_files = app.calendar_files  # File ▸ Export calendar…
    window.set_clashes(app.clashes)
    if app.calendar_files is not None:
        app.calendar_files.written.connect(window.calendar_written)
        app.calendar_files.failed.connect(window.calendar_failed)
    window.status.conflictsRequested.connect(lambda: review_conflicts(app))
    if app.sync is not None:
        window.sync_requested = app.sync.request
    return window


def _unsaved(window: MainWindow) -> bool:
    for index in range(window.tabs.count()):
        content = getattr(window.tabs.widget(index), "content", None)
        if content is not None and getattr(content, "has_unsaved", lambda: False)():
            return True
    return False


def switch_language(app: Carnet, lang: str) -> bool:
    """SET-2, without a restart: the translator and the locale change, and the window is built
    again on the same models, where it was (size, tab). Unsaved edits are asked about first:
    the rebuilt window would not have them. False when the person keeps them."""
    from PySide6.QtWidgets import QMessageBox

    if _unsaved(app.window) and QMessageBox.question(
            app.window, app.window.tr("Unsaved changes"), app.window.tr(
                "Some changes are not saved yet. Changing the language now leaves them. "
                "Change it anyway?"), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
    ) != QMessageBox.StandardButton.Yes:
        return False
    lang = i18n.install(lang)
    old = app.window
    if old.settings_store is not None:
        old.settings_store.setValue(i18n.LANGUAGE_KEY, lang)
    app.quick.lang = app.workspace.lang = app.workspace.ops.lang = app.actions.lang = lang
    if app.calendar_files is not None:  # the files' calendar name, in the new language
        app.calendar_files.lang = lang
    app.state.week_start = QLocale().firstDayOfWeek().value - 1
    window = _make_window(app, lang, old.settings_store)
    window.restoreGeometry(old.saveGeometry())
    window.resize(old.size())  # the frame's margins may differ on the first show
    window.tabs.setCurrentIndex(old.tabs.currentIndex())
    app.window = window
    old.settings_store = None  # its geometry is the new window's now
    window.show()  # before the old one closes: never a moment with no window (the tray)
    old.close()
    old.deleteLater()
    app.state.refresh()
    app.postdated.refresh()  # its rows hold a translated label ("Deleted method")
    return True


def apply_theme(theme: str, settings: QSettings | None = None) -> None:
    """SET-2: system, light or dark (the platform's scheme, else Fusion's dark palette)."""
    from desktop.views import palette

    palette.apply(theme)
    if settings is not None:
        settings.setValue(THEME_KEY, theme)


def _sign_out(app: Carnet, forget: bool) -> None:
    """SET-2: done once the window is closed and the store shut (see run)."""
    app.signing_out = forget
    app.window.close()
    QApplication.instance().quit()


def _move_data(app: Carnet, target: Path) -> None:
    """SET-2: done once the window is closed and the store shut (desktop.launch)."""
    app.moving_to = target
    app.window.close()
    QApplication.instance().quit()


def move_refusal(folder: Path, target: Path) -> str:
    """Why the data cannot move to `target`, in the user's words ("" when it can)."""
    from PySide6.QtCore import QCoreApplication

    from services.store import relocate

    try:
        relocate.check_target(folder, target)
    except relocate.MoveRefused as refused:
        translate = QCoreApplication.translate
        texts = {
            "DataFolderSame": translate("Settings", "The data is already in %1."),
            "DataFolderInside": translate("Settings", "%1 is inside the data folder, or the "
                                          "data folder inside it."),
            "DataFolderNotEmpty": translate("Settings", "%1 already holds files: choose an "
                                            "empty folder."),
        }
        return texts[refused.code].replace("%1", str(refused.path))
    return ""


def attach_session(app: Carnet, session: Session, start_sync: bool = True) -> None:
    """Sync in its own process: at start, every five minutes, on F5, after edits. Local edits
    are made by the workspace's operations and told on its change hub."""
    from services.sync.remote import SyncProcess

    app.session = session
    app.workspace.attach(session)
    app.sync = SyncProcess(session)
    app.workspace.ops.after_edit = app.sync.edited
    app.bridge.attach(app.sync.listeners)
    app.bridge.attach_problems(app.sync.problems)
    app.window.sync_requested = app.sync.request
    if start_sync:
        app.sync.start()


def _sync_state(app: Carnet, state: str, code: str) -> None:
    app.window.status.set_state(state, code)
    if state == "idle":  # whatever the store's problem was, it is over: say the next one
        app.told_problem = ""


def show_store_problem(app: Carnet, code: str, path: str, detail: str = "") -> None:
    """A store problem the sync met (full disk, damaged file…): said in the status bar, and
    in a dialog the first time (the sync tries again every few minutes)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.store_problems import describe

    text = describe(code, path, detail)
    app.window.status.show_problem(text)
    if code == app.told_problem:
        return
    app.told_problem = code
    title = QCoreApplication.translate("StoreProblem", "The sync could not save")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Ok, app.window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def review_conflicts(app: Carnet) -> None:
    """SYNC-4: each open conflict (read off the GUI thread), both values side by side, the
    person choosing; each choice is an operation, which every screen showing it hears of."""
    from desktop.views.conflict_dialog import review

    app.status.read_conflicts(lambda found: review(app.workspace.ops, found, app.window))


def _remove_card(app: Carnet, ident: int) -> None:
    def said(outcome) -> None:
        if not outcome.ok:
            app.window.statusBar().showMessage(" ".join(outcome.errors.values()), 8000)

    app.workspace.ops.remove_quick_access(ident, initiator=app.quick).then(said)
