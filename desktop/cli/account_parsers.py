"""The account commands' arguments, without importing the commands (requests, sync, API):
`carnet` and `carnet agenda` start faster when they do not load them."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable


def lazy(name: str, module: str = "desktop.cli.account"
         ) -> Callable[[argparse.Namespace], int]:
    """A command's function, imported when the command runs."""

    def run(args: argparse.Namespace) -> int:
        return getattr(importlib.import_module(module), name)(args)

    return run


def export_command(args: argparse.Namespace) -> int:
    """`carnet export`: the dataset, the calendar file or the PDF, each in its own module."""
    if args.ics:
        return lazy("cmd_export_ics", "desktop.cli.export_ics")(args)
    if args.pdf:
        return lazy("cmd_export_pdf", "desktop.cli.export_pdf")(args)
    return lazy("cmd_export")(args)


def add_parsers(sub) -> list[argparse.ArgumentParser]:
    login = sub.add_parser("login", help="sign in to a platform and sync")
    login.add_argument("--server", required=True, help="https://… (http only on loopback)")
    login.add_argument("--username", required=True, help="the login email")
    login.add_argument("--remember", action="store_true",
                       help="keep the password in the OS keychain to sign in again alone")
    login.set_defaults(func=lazy("cmd_login"))
    sync = sub.add_parser("sync", help="send local edits, receive the platform's changes")
    sync.add_argument("--page-size", type=int, default=500,
                      help="changes per request (smaller for poor connections)")
    sync.set_defaults(func=lazy("cmd_sync"))
    status = sub.add_parser("status", help="last sync, edits waiting, conflicts")
    status.set_defaults(func=lazy("cmd_status"))
    logout = sub.add_parser("logout", help="sign out")
    logout.add_argument("--forget-data", action="store_true",
                        help="also remove this account's data and key from this computer")
    logout.set_defaults(func=lazy("cmd_logout"))
    export = sub.add_parser("export", help="the local copy as a dataset (--json), the "
                            "calendar as an iCalendar file (--ics) or a PDF (--pdf)")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--json", metavar="FILE", help="the dataset (docs/dataset.md)")
    what.add_argument("--ics", metavar="FILE", help="the calendar for a calendar app")
    what.add_argument("--pdf", metavar="FILE", help="the calendar to print")
    # The calendar's filters (--ics, --pdf), as `carnet agenda` takes them.
    export.add_argument("--person", help="a member's name (accents and case ignored)")
    export.add_argument("--org", help="an organization's slug or name")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    export.add_argument("--view", choices=("month", "week", "agenda"), default="month",
                        help="the calendar's view (--pdf)")
    export.add_argument("--paper", choices=("letter", "a4"), default=None,
                        help="the paper (--pdf; the locale's by default)")
    export.add_argument("--landscape", action="store_true", help="(--pdf)")
    export.set_defaults(func=export_command)
    recover = sub.add_parser("recover", help="keep an unreadable store (lost key, damaged "
                             "file) aside and start afresh for the same account")
    recover.set_defaults(func=lazy("cmd_recover", "desktop.cli.recover"))
    return [login, sync, status, logout, export, recover]


