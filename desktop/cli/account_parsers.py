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
    export = sub.add_parser("export", help="the local copy as a dataset (docs/dataset.md)")
    export.add_argument("--json", required=True, metavar="FILE")
    export.set_defaults(func=lazy("cmd_export"))
    recover = sub.add_parser("recover", help="keep an unreadable store (lost key, damaged "
                             "file) aside and start afresh for the same account")
    recover.set_defaults(func=lazy("cmd_recover", "desktop.cli.recover"))
    return [login, sync, status, logout, export, recover]


