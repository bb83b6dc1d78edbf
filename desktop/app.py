"""Assembling the window: store → models → views, the sync in its own process, the language
and theme switched while it runs (starting it: desktop.launch)."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.models.background import Background, reader_pool
from desktop.models.editing import Editing
from desktop.models.window_actions import WindowActions
from services.domain import clock
from services.store import calendar_reads, reads
from services.store.store import Store

if TYPE_CHECKING:  # sync, API and demo modules load when a session opens, not before
    from desktop.models.calendar_state import CalendarState
    from desktop.models.entry_list_model import EntryListModel
    from desktop.models.postdated_model import PostdatedModel
    from desktop.models.quick_access_model import QuickAccessModel
    from desktop.models.sync_bridge import SyncBridge
    from desktop.views.lazy_tab import LazyTab
    from desktop.views.main_window import MainWindow
    from services.sync.remote import SyncProcess
    from services.sync.session import Session

log = logging.getLogger(__name__)
REFRESH_DELAY_MS = 300
THEME_KEY = "ui/theme"  # in window.ini, beside the store
PRIVATE_TYPES = frozenset({"Person", "Contact", "OrgForm"})  # services.store.private.KINDS
PRIVATE_READ, UPCOMING_READ = "private", "upcoming"  # the keys of Carnet._background


@dataclass
class Carnet:
    window: MainWindow
    state: CalendarState
    upcoming: EntryListModel
    quick: QuickAccessModel
    postdated: PostdatedModel
    bridge: SyncBridge
    editing: Editing
    actions: WindowActions
    account: str = ""
    session: Session | None = None
    signing_out: bool | None = None  # set by Settings: sign out (True: and remove the data)
    told_problem: str = ""  # the store problem last shown in a dialog (not again each sync)
    sync: SyncProcess | None = None
    _pending: dict = field(default_factory=dict)
    _timer: QTimer = field(default_factory=QTimer)
    _background: Background = field(default_factory=Background)  # shows upcoming reads

    def __post_init__(self) -> None:
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._apply_changes)

    def stop(self) -> None:
        """No more gathered refreshes or pending reads: the window is going away."""
        self._timer.stop()
        self.state.stop()

    def refresh_upcoming(self) -> None:
        _read_upcoming(self._background, self.state.store)

    def wait(self) -> None:
        """Until every background read is shown (screenshots, tests)."""
        self.state.wait()
        self._background.wait()
        QApplication.processEvents()

    def on_changes(self, changed: dict) -> None:
        """Changes from the sync (or a local edit), gathered for a moment: a full sync commits
        hundreds of pages, and each screen should refresh once, not once a page."""
        for name, ids in changed.items():
            self._pending.setdefault(name, set()).update(ids)
        if not self._timer.isActive():
            self._timer.start()

    def _apply_changes(self) -> None:
        changed, self._pending = self._pending, {}
        if changed:
            self.apply(changed)

    def apply(self, changed: dict) -> None:
        from desktop.models.calendar_state import CALENDAR_TYPES

        self.state.on_sync_changes(changed)
        self.quick.on_sync_changes(changed)
        self.postdated.on_sync_changes(changed)
        for index in range(1, self.window.tabs.count()):
            tab = self.window.tabs.widget(index)
            if hasattr(tab, "on_sync_changes"):
                tab.on_sync_changes(changed)
        if {"Person", "Organization"} & set(changed):
            self.window.home.calendar.set_choices(*_choices(self.state.store))
        if CALENDAR_TYPES & set(changed):  # what the upcoming list shows comes from those
            self.refresh_upcoming()
        if PRIVATE_TYPES & set(changed):  # the sync process wrote them: the log must know
            self.remember_private()
        self.window.status.refresh()

    def remember_private(self) -> None:
        """The store's private values (sealed, names) kept from the log from now on, read off
        the GUI thread (issue 14). Once the key is checked: after the first paint."""
        store = self.state.store
        self._background.run(PRIVATE_READ, store.remember_private)


def _read_upcoming(background: Background, store: Store) -> None:
    def read() -> list:
        with store.reader() as conn:
            return calendar_reads.upcoming_entries(conn, clock.now())

    background.run(UPCOMING_READ, read)


def _choices(store: Store) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    with store.reader() as conn:
        people = reads.person_names(conn)
        orgs = sorted(((o.id, o.name) for o in reads.organizations(conn).values()),
                      key=lambda x: x[1])
    return people, orgs


def _other_tabs(editing: Editing, postdated: PostdatedModel,
                actions: WindowActions) -> list[LazyTab]:
    """People, Billing, Wallet, Communications, Settings: each module loads when its tab
    first shows."""
    from desktop.views.lazy_tab import LazyTab

    def lazy(module: str, name: str, *args) -> LazyTab:
        def make():
            return getattr(importlib.import_module(f"desktop.views.{module}"), name)(*args)

        return LazyTab(make)

    return [lazy("people_tab", "PeopleTab", editing), lazy("billing_tab", "BillingTab", editing),
            lazy("wallet_tab", "WalletTab", editing, postdated),
            lazy("communications_tab", "CommunicationsTab", editing),
            lazy("settings_tab", "SettingsTab", editing, actions)]


def build(store: Store, lang: str, account: str, settings: QSettings | None = None) -> Carnet:
    """The window on the store, its first reads shown. Each read starts as soon as its model
    exists, and the modules load after (models, then widgets): most of a read is SQLite, which
    lets go of the GIL, so the first paint waits for the slower of the two, not for both."""
    today = clock.today()
    pool = reader_pool()  # one reader thread for every screen (see desktop.models.background)
    from desktop.models.calendar_state import CalendarState

    state = CalendarState(store, today, pool=pool)
    state.refresh()
    from desktop.models.entry_list_model import EntryListModel
    from desktop.models.postdated_model import PostdatedModel
    from desktop.models.quick_access_model import QuickAccessModel

    upcoming = EntryListModel()
    background = Background(pool=pool)
    background.done.connect(lambda key, result: key != UPCOMING_READ or result is None
                            or upcoming.set_entries(result))
    _read_upcoming(background, store)
    quick = QuickAccessModel(store, today, lang, pool=pool)
    quick.refresh()
    postdated = PostdatedModel(store, pool=pool)
    postdated.refresh()
    from desktop.models.sync_bridge import SyncBridge

    editing = Editing(store, lang)
    actions = WindowActions(store.path.parent, lang)
    bridge = SyncBridge()
    editing.notify = bridge.changes.emit  # edits made before a session opens
    app = Carnet(None, state, upcoming, quick, postdated, bridge, editing, actions, account,
                 _background=background)
    app.window = _make_window(app, lang, settings)
    bridge.changes.connect(app.on_changes)
    bridge.progress.connect(lambda done, total: app.window.status.set_progress(done, total))
    bridge.state.connect(lambda state, code: _sync_state(app, state, code))
    bridge.problem.connect(lambda code, path, detail: show_store_problem(app, code, path,
                                                                          detail))
    actions.switch_language = lambda new: switch_language(app, new)
    actions.set_theme = lambda theme: apply_theme(theme, app.window.settings_store)
    actions.sign_out = lambda forget: _sign_out(app, forget)
    app.wait()  # the first paint shows data
    return app


def _make_window(app: Carnet, lang: str, settings: QSettings | None) -> MainWindow:
    """The window's widgets on the app's models (built again when the language changes)."""
    from desktop.views.home_tab import HomeTab
    from desktop.views.main_window import MainWindow
    from desktop.views.status_area import StatusArea

    store = app.state.store
    people, orgs = _choices(store)
    home = HomeTab(app.state, app.upcoming, app.quick, app.postdated, people, orgs)
    window = MainWindow(home, _other_tabs(app.editing, app.postdated, app.actions),
                        StatusArea(store, app.account, lang, app.bridge.last_state,
                                   app.bridge.last_progress), settings)
    home.quick.removeRequested.connect(lambda ident: _remove_card(app, ident))
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
    app.quick.lang = app.editing.lang = app.actions.lang = lang
    app.state.week_start = QLocale().firstDayOfWeek().value - 1
    window = _make_window(app, lang, old.settings_store)
    window.restoreGeometry(old.saveGeometry())
    window.resize(old.size())  # the frame's margins may differ on the first show
    window.tabs.setCurrentIndex(old.tabs.currentIndex())
    app.window = window
    old.settings_store = None  # its geometry is the new window's now
    old.close()
    old.deleteLater()
    window.show()
    app.state.refresh()
    app.postdated.refresh()  # its rows hold a translated label ("Deleted method")
    return True


def apply_theme(theme: str, settings: QSettings | None = None) -> None:
    """SET-2: system, light or dark (Qt 6.8+ lets an application choose)."""
    hints = QApplication.styleHints()
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(schemes.get(theme, Qt.ColorScheme.Unknown))
    if settings is not None:
        settings.setValue(THEME_KEY, theme)


def _sign_out(app: Carnet, forget: bool) -> None:
    """SET-2: done once the window is closed and the store shut (see run)."""
    app.signing_out = forget
    app.window.close()
    QApplication.instance().quit()


def attach_session(app: Carnet, session: Session, start_sync: bool = True) -> None:
    """Sync in its own process: at start, every five minutes, on F5, after edits. Local edits
    are made here and announced through the session's engine listeners."""
    from services.sync.remote import SyncProcess

    app.session = app.editing.session = session
    app.bridge.attach(session.engine.listeners)
    app.sync = SyncProcess(session)
    app.editing.after_edit = app.sync.edited
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


def review_conflicts(app: Carnet) -> int:
    """SYNC-4: each open conflict, both values side by side, the person choosing; every screen
    showing what was chosen then refreshes. Returns how many were settled."""
    from desktop.views.conflict_dialog import review
    from services.sync.conflicts import open_conflicts

    settled = review(app.editing, open_conflicts(app.state.store), app.window)
    app.window.status.refresh()
    return settled


def _remove_card(app: Carnet, ident: int) -> None:
    _, errors = app.editing.apply("remove_quick_access", ident)
    if errors:
        app.window.statusBar().showMessage(" ".join(errors.values()), 8000)
