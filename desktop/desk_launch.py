"""Starting front-desk mode (issue 19): `carnet desk [--org ID]` on the organizations signed in
on this computer (`carnet org login`), and `carnet demo --desk` on the embedded reference
server's swim club, signed in and synced; both take screenshots (`--screenshot`)."""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtWidgets import QApplication

from desktop import desk_orgs
from desktop.cli.common import CliError
from desktop.desk_orgs import DeskOrg

translate = QCoreApplication.translate
DEMO_ORG = "marsouins"
DEMO_NAME = "Club de natation Les Marsouins"


def run(args: argparse.Namespace) -> int:
    """`carnet desk`: the window on what was synced; none signed in: said, exit 2."""
    from services.store import paths

    orgs = desk_orgs.signed_in(paths.data_dir(args.data_dir))
    wanted = getattr(args, "org", None)
    if not orgs:
        raise CliError(translate("Desk", "No organization is signed in here: sign in first "
                                 "with “carnet org login”, then “carnet org sync”."))
    chosen = desk_orgs.choose(orgs, wanted)
    if not chosen:
        raise CliError(translate("Desk", "Organization %1 is not signed in here: sign in "
                                 "first with “carnet org login --org %1”.").replace(
                                     "%1", wanted))
    return show(chosen, args)


def sign_in(data_dir: Path, lang: str, dialog=None) -> list[DeskOrg]:
    """The front desk's sign-in dialog until an organization is signed in (its list) or the
    person cancels ([]); what went wrong is said under the field it is about."""
    from desktop.views.desk_sign_in import DeskSignInDialog
    from services.api.errors import ApiError, BadServerUrl, SignInNeeded
    from services.domain.messages import message

    dialog = dialog or DeskSignInDialog()
    while dialog.exec():
        org = dialog.org.text().strip()
        try:
            chosen, _ = desk_orgs.sign_in(data_dir, dialog.server.text(), org,
                                          dialog.key.text(), dialog.secret.text(), lang)
        except BadServerUrl as error:
            dialog.show_error(message(error.code, lang), "server")
        except ValueError:
            dialog.show_error(translate("Desk", "“%1” is not an organization number or store "
                                        "slug.").replace("%1", org), "org")
        except SignInNeeded:
            dialog.show_error(translate("Desk", "The platform refused this key and secret: "
                                        "check them as the organization's back office shows "
                                        "them."))
        except ApiError as error:
            dialog.show_error(desk_orgs.api_problem(error, DeskOrg(data_dir, org), lang))
        else:
            return desk_orgs.choose(desk_orgs.signed_in(data_dir), chosen["Org"])
    return []


def show(orgs: list[DeskOrg], args: argparse.Namespace) -> int:
    from desktop.views.desk_window import DeskWindow

    theme = getattr(args, "theme", None)
    if theme and theme != "system":
        from desktop.app import apply_theme

        apply_theme(theme)
    window = DeskWindow(orgs, args.lang)
    page = getattr(args, "desk_page", None) or "today"
    if args.screenshot:
        screenshot(window, Path(args.screenshot), args.size, page)
        return 0
    window.show_page(page)
    window.resize(window.sizeHint())
    window.show()
    from desktop import collector

    QTimer.singleShot(0, collector.started)  # as the family's window (desktop.launch)
    window.keep_synced()
    code = QApplication.instance().exec()
    window.stop()
    return code


def screenshot(window, target: Path, size: str, page: str = "today") -> None:
    from desktop.launch import painted

    width, height = (int(x) for x in size.lower().split("x"))
    window.resize(QSize(width, height))
    window.show_page(page)
    window.show()
    window.wait()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    window.wait()
    QApplication.processEvents()
    painted(window).save(str(target), "PNG", 80)
    window.stop()
    window.close()


def demo_org(folder: Path, server_url: str, lang: str) -> DeskOrg:
    """The swim club of the demo data, signed in with its demo key (credentials in memory)
    and synced into `folder`."""
    from services.domain.demo import DEMO_ORG_KEYS, DEMO_ORG_SECRET, SWIM
    from services.security.credentials import MemoryCredentials

    key = DEMO_ORG_KEYS[SWIM]
    org = DeskOrg(folder / "orgs" / DEMO_ORG, DEMO_ORG, server_url, key, lang, DEMO_NAME,
                  MemoryCredentials(server_url, key))
    client = org.client(lang)
    try:
        client.sign_in(DEMO_ORG_SECRET, remember=True)
    finally:
        client.close()
    store = org.open_store()
    try:
        desk_orgs.sync(org, store, lang)
    finally:
        store.close()
    return org


def run_demo(args: argparse.Namespace) -> int:
    """`carnet demo --desk`: the embedded server with the demo data, the swim club synced
    into a temporary folder, and the desk window on it."""
    from server.embedded import start
    from services.domain import clock
    from services.domain.demo import demo_dataset

    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="carnet-desk-")))
        server = stack.enter_context(start(demo_dataset(clock.today()), folder=folder / "server",
                                           demo=True))
        org = demo_org(folder / "data", server.url, args.lang)
        return show([org], args)
