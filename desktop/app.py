"""Assembling the window: store → models → views, the sync in its own process, screenshots."""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication

from desktop.models.background import Background, reader_pool
from desktop.models.editing import Editing
from services.domain import clock
from services.domain.errors import RuleViolation
from services.domain.messages import message
from services.store import calendar_reads, paths, reads
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

REFRESH_DELAY_MS = 300


@dataclass
class Carnet:
    window: MainWindow
    state: CalendarState
    upcoming: EntryListModel
    quick: QuickAccessModel
    postdated: PostdatedModel
    bridge: SyncBridge
    editing: Editing
    session: Session | None = None
    sync: SyncProcess | None = None
    _pending: dict = field(default_factory=dict)
    _timer: QTimer = field(default_factory=QTimer)
    _background: Background = field(default_factory=Background)  # shows upcoming reads

    def __post_init__(self) -> None:
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._apply_changes)

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
        self.state.on_sync_changes(changed)
        self.quick.on_sync_changes(changed)
        self.postdated.on_sync_changes(changed)
        for index in range(1, self.window.tabs.count()):
            tab = self.window.tabs.widget(index)
            if hasattr(tab, "on_sync_changes"):
                tab.on_sync_changes(changed)
        if {"Person", "Organization"} & set(changed):
            self.window.home.calendar.set_choices(*_choices(self.state.store))
        self.refresh_upcoming()
        self.window.status.refresh()


def _read_upcoming(background: Background, store: Store) -> None:
    def read() -> list:
        with store.reader() as conn:
            return calendar_reads.upcoming_entries(conn, clock.now())

    background.run("upcoming", read)


def _choices(store: Store) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    with store.reader() as conn:
        people = reads.person_names(conn)
        orgs = sorted(((o.id, o.name) for o in reads.organizations(conn).values()),
                      key=lambda x: x[1])
    return people, orgs


def _other_tabs(store: Store, editing: Editing, postdated: PostdatedModel) -> list[LazyTab]:
    from desktop.views.lazy_tab import LazyTab

    def people():
        from desktop.views.people_tab import PeopleTab

        return PeopleTab(editing)

    def billing():
        from desktop.views.billing_tab import BillingTab

        return BillingTab(editing)

    def wallet():
        from desktop.views.wallet_tab import WalletTab

        return WalletTab(editing, postdated)

    def communications():
        from desktop.views.communications_tab import CommunicationsTab

        return CommunicationsTab(editing)

    def tab(name: str) -> LazyTab:
        def make():
            from desktop.views import simple_tabs

            return getattr(simple_tabs, name)(store)

        return LazyTab(make)

    return [LazyTab(people), LazyTab(billing), LazyTab(wallet), LazyTab(communications),
            tab("SettingsTab")]


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
    background.done.connect(lambda key, result: result is None or upcoming.set_entries(result))
    _read_upcoming(background, store)
    quick = QuickAccessModel(store, today, lang, pool=pool)
    quick.refresh()
    postdated = PostdatedModel(store, pool=pool)
    postdated.refresh()
    people, orgs = _choices(store)
    from desktop.models.sync_bridge import SyncBridge
    from desktop.views.home_tab import HomeTab
    from desktop.views.main_window import MainWindow
    from desktop.views.status_area import StatusArea

    home = HomeTab(state, upcoming, quick, postdated, people, orgs)
    editing = Editing(store, lang)
    window = MainWindow(home, _other_tabs(store, editing, postdated),
                        StatusArea(store, account, lang), settings)
    bridge = SyncBridge(window)
    editing.notify = bridge.changes.emit  # edits made before a session opens
    app = Carnet(window, state, upcoming, quick, postdated, bridge, editing,
                 _background=background)
    bridge.changes.connect(app.on_changes)
    bridge.progress.connect(window.status.set_progress)
    bridge.state.connect(window.status.set_state)
    app.wait()  # the first paint shows data
    return app


def attach_session(app: Carnet, session: Session, start_sync: bool = True) -> None:
    """Sync in its own process: at start, every five minutes, on F5, after edits. Local edits
    are made here and announced through the session's engine listeners."""
    from services.sync.remote import SyncProcess

    app.session = app.editing.session = session
    app.bridge.attach(session.engine.listeners)
    app.sync = SyncProcess(session)
    app.editing.after_edit = app.sync.edited
    app.bridge.attach(app.sync.listeners)
    app.window.sync_requested = app.sync.request
    app.window.home.quick.removeRequested.connect(lambda ident: _remove_card(app, ident))
    if start_sync:
        app.sync.start()


def _remove_card(app: Carnet, ident: int) -> None:
    try:
        app.session.edits.remove_quick_access(ident)
    except RuleViolation as violation:
        app.window.statusBar().showMessage(message(violation.code, app.quick.lang), 8000)
        return
    app.sync.edited()


def settings_store() -> QSettings:
    path = paths.data_dir() / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def screenshot(app: Carnet, target: Path, tab: str, size: str) -> None:
    width, height = (int(x) for x in size.lower().split("x"))
    app.window.resize(QSize(width, height))
    app.window.show_tab(tab)
    app.window.show()
    app.wait()
    # Quality 80 is zlib's fastest level for PNG: as small as the default here, a third faster.
    app.window.grab().save(str(target), "PNG", 80)
    app.state.stop()


def _finish(app: Carnet, args: argparse.Namespace) -> int:
    if args.screenshot:
        screenshot(app, Path(args.screenshot), args.tab, args.size)
        return 0
    app.window.show()
    QTimer.singleShot(0, startup_over)
    code = QApplication.instance().exec()
    if app.sync is not None:
        app.sync.stop()
    return code


def startup_over() -> None:
    """The window shows: what was allocated so far lives as long as it does. Frozen, the
    collector does not walk it again at every full collection (during a sync, say)."""
    gc.freeze()
    gc.enable()


def run(args: argparse.Namespace) -> int:
    """`carnet`: the window on the local store, painted first; the session (API client, sync
    process) opens right after. Signs in first when nobody is."""
    store = Store.open(paths.data_dir(args.data_dir))
    try:
        session = None
        if not args.screenshot:
            with store.reader() as conn:
                known = reads.signed_in(conn)
            if not known and (session := _sign_in(store, args.lang)) is None:
                return 1
        with store.reader() as conn:
            account = reads.account_name(conn)
        app = build(store, args.lang, account, settings_store())
        if not args.screenshot:
            QTimer.singleShot(0, lambda: attach_session(app, session or _open(store, args.lang)))
        return _finish(app, args)
    finally:
        store.close()


def _open(store: Store, lang: str | None) -> Session:
    from services.sync.session import open_session

    return open_session(store=store, lang=lang)


def sign_in(store: Store, lang: str, server: str, username: str, password: str,
            remember: bool) -> Session | str:
    """A session, or what to tell the person (in their language) when it did not work."""
    from services.api.errors import ApiError, SignInNeeded
    from services.sync.session import AccountMismatch, bind_account, open_session

    try:
        bind_account(store, server, username, lang)
        session = open_session(store=store, lang=lang)
        session.client.sign_in(password, remember=remember)
        return session
    except SignInNeeded:
        return message("BadCredentials", lang)
    except ApiError as error:
        return message(error.code, lang)
    except (ValueError, AccountMismatch):
        return message("InvalidValue", lang)


def _sign_in(store: Store, lang: str) -> Session | None:
    from desktop.views.sign_in import SignInDialog

    dialog = SignInDialog()
    while dialog.exec():
        outcome = sign_in(store, lang, dialog.server.text().strip(),
                          dialog.username.text().strip(), dialog.password.text(),
                          dialog.remember.isChecked())
        if not isinstance(outcome, str):
            return outcome
        dialog.show_error(outcome)
    return None


def run_demo(args: argparse.Namespace) -> int:
    """`carnet demo`: the demo family on the embedded server, signed in, synced, in the window."""
    from server.embedded import start
    from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_dataset
    from services.domain.entities import RESOURCE_TYPES
    from services.security.credentials import MemoryCredentials
    from services.sync.session import bind_account, open_session, reset

    store = Store.open(paths.data_dir(args.data_dir))
    with ExitStack() as stack:
        stack.callback(store.close)
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="carnet-demo-")))
        server = stack.enter_context(start(demo_dataset(clock.today()), folder=folder,
                                           demo=True))
        reset(store)
        bind_account(store, server.url, DEMO_USERNAME, args.lang)
        session = open_session(store=store, lang=args.lang,
                               credentials=MemoryCredentials(server.url, DEMO_USERNAME))
        session.client.sign_in(DEMO_PASSWORD)
        if args.screenshot:
            report = session.engine.sync()  # the first sync, then the picture
            if not report.ok:
                print(message(report.error.code, args.lang), file=sys.stderr)
                return 1
        app = build(store, args.lang, DEMO_USERNAME, settings_store())
        attach_session(app, session, start_sync=not args.screenshot)
        if args.screenshot:
            app.apply({name: set() for name in RESOURCE_TYPES})
            app.wait()
        return _finish(app, args)

