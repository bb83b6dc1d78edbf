"""Starting Carnet: `carnet` (the local store, signing in when nobody is) and `carnet demo`
(the embedded reference server), a second launch handing over to the first, screenshots."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import THEME_KEY, Carnet, apply_theme, attach_session, build, move_refusal
from services.domain import clock
from services.domain.messages import message
from services.store import paths, reads
from services.store.store import Store

if TYPE_CHECKING:
    from desktop.single_instance import InstanceServer
    from services.sync.session import Session

log = logging.getLogger(__name__)


def settings_store(data_dir: Path) -> QSettings:
    """window.ini beside the store: geometry, language, theme. Owner-only, like the store:
    made so before QSettings writes it, which then keeps the mode (issue 14)."""
    path = data_dir / "window.ini"
    with contextlib.suppress(OSError):  # QSettings says nothing either: the window goes on
        paths.private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _built(store: Store, args: argparse.Namespace, account: str) -> Carnet:
    settings = settings_store(store.path.parent)
    theme = str(settings.value(THEME_KEY) or "system")
    shown = getattr(args, "theme", None) if args.screenshot else None  # not saved
    if (shown or theme) != "system":  # the system's is what Qt starts with
        apply_theme(shown or theme)
    app = build(store, args.lang, account, settings)
    app.actions.theme = theme
    return app


def screenshot(app: Carnet, target: Path, tab: str, size: str, view: str | None = None
               ) -> None:
    width, height = (int(x) for x in size.lower().split("x"))
    app.window.resize(QSize(width, height))
    if view is not None:
        app.window.show_view(view)
    app.window.show_tab(tab)
    app.window.show()
    app.wait()
    # What the last reads showed (a label filled in, a row added) is laid out, then painted:
    # the backing store read below is the last paint, which could precede that layout.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    # Quality 80 is zlib's fastest level for PNG: as small as the default here, a third faster.
    painted(app.window).save(str(target), "PNG", 80)
    app.stop()
    if app.window.settings_store is not None:  # on disk now: the process may end at once
        app.window.settings_store.sync()  # (desktop.cli._end_now)


def painted(window: QWidget) -> QPixmap:
    """The window as its last paint left it. Offscreen, that is the backing store: reading it
    costs a copy (3 ms), where QWidget.grab() would paint the whole window again (20 ms)."""
    if QGuiApplication.platformName() == "offscreen":
        return window.screen().grabWindow(window.winId())
    return window.grab()


def _claim(args: argparse.Namespace) -> InstanceServer | bool | None:
    """This launch's single-instance server, taken before anything else; None when another
    Carnet runs on this folder (it came forward, and this launch ends). Screenshots: none."""
    if args.screenshot:
        return False
    from desktop.single_instance import claim, server_name

    instance = claim(server_name(paths.data_dir(args.data_dir)))
    if instance is None:
        log.info("another Carnet runs on this folder: it was brought forward")
    return instance


def _come_forward(app: Carnet) -> None:
    window = app.window
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _finish(app: Carnet, args: argparse.Namespace, instance: InstanceServer | bool) -> int:
    if args.screenshot:
        screenshot(app, Path(args.screenshot), args.tab, args.size, getattr(args, "view", None))
        return 0
    from desktop import crash

    crash.install()
    instance.raised.connect(lambda: _come_forward(app))
    app.window.show()
    from desktop import collector

    QTimer.singleShot(0, collector.started)
    from desktop import reminders_wiring

    reminding = reminders_wiring.start(app, lambda: _come_forward(app))
    from desktop import update_wiring

    checks = update_wiring.start(app, demo=getattr(args, "window", "main") == "demo",
                                 asked=getattr(args, "check_updates", False))
    code = QApplication.instance().exec()
    instance.close()
    reminding.stop()
    if checks is not None:
        checks.stop()
    app.stop()  # the writes asked are finished, no read outlives the window (sign out)
    if app.sync is not None:
        app.sync.stop()
    return code


def run(args: argparse.Namespace) -> int:
    """`carnet`: the window on the local store, painted first; the session (API client, sync
    process) opens right after. Signs in first when nobody is; after a sign-out that kept the
    data, offers to over the painted window, and keeps the copy offline if the person would
    rather not."""
    instance = _claim(args)
    if instance is None:
        return 0
    store = _open(paths.data_dir(args.data_dir), args)
    if store is None:
        return 2
    app = None
    try:
        session = None
        with store.reader() as conn:
            known, account = reads.signed_in(conn), reads.account_name(conn)
        if not args.screenshot and not known:
            desk = _front_desk(store.path.parent, args)
            if desk is not None:  # this computer is an organization's front desk
                return desk
            session = _sign_in(store, args.lang)
            if session is None:
                return 1
            with store.reader() as conn:
                account = reads.account_name(conn)
        app = _built(store, args, account)
        app.actions.can_move = not paths.data_dir_is_given(args.data_dir)
        if not args.screenshot:
            QTimer.singleShot(0, lambda: _connect(app, store, args.lang, session))
        return _finish(app, args, instance)
    finally:
        store.close()
        if app is not None and app.signing_out is not None:
            _sign_out(store, app)
        elif app is not None and app.moving_to is not None:
            move_data(store.path.parent, app)


def _front_desk(data_dir: Path, args: argparse.Namespace) -> int | None:
    """No family account here: the organizations signed in at this front desk open (issue
    19); none either, the first run asks whose calendar this is. None: the family's sign-in."""
    from desktop import desk_launch, desk_orgs

    orgs = desk_orgs.signed_in(data_dir)
    if not orgs:
        from desktop.views.first_run import DESK, FirstRunDialog

        first = FirstRunDialog()
        if not first.exec():
            return 1
        if first.choice != DESK:
            return None
        orgs = desk_launch.sign_in(data_dir, args.lang)
        if not orgs:
            return 1
    return desk_launch.show(orgs, args)


def _sign_out(store: Store, app: Carnet) -> None:
    """Settings → Sign out, once the window is closed (and its sync stopped): the token
    revoked on the platform, then forgotten here; said when the platform could not be told."""
    from services.sync.session import sign_out

    if app.window.settings_store is not None:  # the closed window's geometry, written now:
        app.window.settings_store.sync()  # later, it would come back into a removed folder
    client = app.session.client if app.session is not None else None
    if not sign_out(store.path.parent, app.signing_out, client):
        tell_not_revoked()


def move_data(folder: Path, app: Carnet) -> bool:
    """Settings → Move the data folder, once the window is closed, its sync stopped and the
    store shut (SET-2): moved, or left whole where it was; said either way."""
    from keyring.errors import KeyringError

    from services.store import relocate

    translate = QApplication.translate
    if app.window.settings_store is not None:  # the window's geometry goes along
        app.window.settings_store.sync()
    try:
        new = relocate.move(folder, app.moving_to)
    except (OSError, KeyringError, relocate.MoveRefused) as error:
        log.warning("the data folder could not be moved (%s)", type(error).__name__)
        why = (move_refusal(folder, app.moving_to) if isinstance(error, relocate.MoveRefused)
               else getattr(error, "strerror", None) or type(error).__name__)
        tell_moved(translate("Settings", "The data could not be moved (%1). It stays in %2, "
                             "which Carnet keeps using.").replace("%1", why)
                   .replace("%2", str(folder)), moved=False)
        return False
    tell_moved(translate("Settings", "Carnet's data is now in %1. Open Carnet again to "
                         "use it.").replace("%1", str(new)), moved=True)
    return True


def tell_moved(text: str, moved: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Information if moved else QMessageBox.Icon.Warning
    QMessageBox(icon, QApplication.translate("Settings", "Data folder"), text).exec()


def tell_not_revoked() -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.formatting import not_revoked

    QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("Settings", "Sign out"),
                not_revoked()).exec()


def _open(data_dir: Path, args: argparse.Namespace) -> Store | None:
    """The store, or None when it cannot be used and the person quits (a screenshot has
    nobody to ask: its StoreError is said by desktop.cli)."""
    if args.screenshot:
        store = Store.open(data_dir)
        if args.tab == "home":  # nothing sealed on Home: no keychain before its paint either
            return store
        try:
            store.check_key()  # a tab with private details would meet a lost key later
        except BaseException:
            store.close()
            raise
        return store
    from desktop.store_check import open_at_start

    return open_at_start(data_dir)


def _connect(app: Carnet, store: Store, lang: str, session: Session | None) -> None:
    """After the first paint: the keychain and the session stack (SQLAlchemy, requests, the
    API client) load only now. The store's key is checked first (a lost one: keep the copy
    aside and download again, or quit). No token or password kept for the account (a
    sign-out that kept the data): the sign-in dialog, and the copy offline when it is
    declined."""
    from desktop.store_check import check_key_at_start

    if not check_key_at_start(app):
        app.window.close()
        QApplication.exit(2)
        return
    app.remember_private()
    if session is None and not has_credentials(store):
        session = _sign_in(store, lang)
    if session is None:
        from services.api.errors import BadServerUrl

        try:
            session = _open_session(store, lang)
        except BadServerUrl as error:  # kept by an older version, which took it
            log.info("the saved server address is refused (%s): asking again", error.code)
            session = _sign_in(store, lang, Refusal.on("server", message(error.code, lang)))
            if session is None:
                return  # the copy, offline
    attach_session(app, session)


def _open_session(store: Store, lang: str | None) -> Session:
    from services.sync.session import open_session

    return open_session(store=store, lang=lang)


class Refusal(str):
    """What to tell the person when signing in did not work, in their language; `field` names
    the dialog's field it is about ("server"), "" for none in particular."""

    field = ""

    @classmethod
    def on(cls, field: str, text: str) -> Refusal:
        refusal = cls(text)
        refusal.field = field
        return refusal


def sign_in(store: Store, lang: str, server: str, username: str, password: str,
            remember: bool) -> Session | Refusal:
    """A session, or what to tell the person (in their language) when it did not work. A
    server address Carnet will not send a password to is said before any request."""
    from desktop.formatting import lockout
    from services.api.client import server_url
    from services.api.errors import ApiError, BadServerUrl, SignInNeeded, TooManyAttempts
    from services.sync.session import AccountMismatch, bind_account, open_session

    try:
        server_url(server)
        bind_account(store, server, username, lang)
        session = open_session(store=store, lang=lang)
        session.client.sign_in(password, remember=remember)
        return session
    except BadServerUrl as error:
        return Refusal.on("server", message(error.code, lang))
    except SignInNeeded:
        return Refusal(message("BadCredentials", lang))
    except TooManyAttempts as error:
        return Refusal(lockout(error.retry_after, lang))
    except ApiError as error:
        return Refusal(message(error.code, lang))
    except (ValueError, AccountMismatch):
        return Refusal(message("InvalidValue", lang))


def has_credentials(store: Store) -> bool:
    """A token or a remembered password for the folder's account: none after a sign-out.
    Where no keychain keeps them between runs, the window opens anyway (the status bar asks
    to sign in again when a sync needs it) rather than asking at every start."""
    from services.security.credentials import Credentials
    from services.sync.session import saved_account

    server, username, _ = saved_account(store)
    if not server or not username:
        return False
    credentials = Credentials(server, username)
    return (not credentials.persistent or credentials.token is not None
            or credentials.password is not None)


def _sign_in(store: Store, lang: str, refused: Refusal | None = None) -> Session | None:
    from desktop.views.sign_in import SignInDialog
    from services.sync.session import saved_account

    server, username, _ = saved_account(store)
    dialog = SignInDialog(**{k: v for k, v in (("server", server), ("username", username))
                             if v})
    if refused is not None:
        dialog.show_error(refused, refused.field)
    while dialog.exec():
        outcome = sign_in(store, lang, dialog.server.text().strip(),
                          dialog.username.text().strip(), dialog.password.text(),
                          dialog.remember.isChecked())
        if not isinstance(outcome, str):
            return outcome
        dialog.show_error(outcome, outcome.field)
    return None


def run_demo(args: argparse.Namespace) -> int:
    """`carnet demo`: the demo family on the embedded server, signed in, synced, in the window."""
    from server.embedded import start
    from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_dataset
    from services.security.credentials import MemoryCredentials
    from services.sync.session import bind_account, open_session, reset

    instance = _claim(args)
    if instance is None:
        return 0
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
        app = _built(store, args, DEMO_USERNAME)
        attach_session(app, session, start_sync=not args.screenshot)
        if args.screenshot:
            app.start_over()
            app.wait()
        return _finish(app, args, instance)

