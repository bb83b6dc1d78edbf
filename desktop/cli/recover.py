"""`carnet recover`: start again from a store that cannot be read (a lost key, a damaged file).
The unreadable copy is kept aside, renamed beside the new store; the next sync downloads the
account again (services.store.recovery)."""

from __future__ import annotations

import argparse

from desktop.cli.common import fmt, translate
from desktop.store_problems import recovered
from services.store import paths


def cmd_recover(args: argparse.Namespace) -> int:
    from services.store.recovery import recover

    data_dir = paths.data_dir(args.data_dir)
    try:
        done = recover(data_dir)  # a folder problem (StoreError) is said by desktop.cli
    except LookupError:
        print(fmt(translate("Cli", "Nothing to recover: the store in %1 opens, and its key "
                            "matches."), data_dir))
        return 0
    print(recovered(done.aside, done.unsent))
    _, username = done.account
    if username:
        print(fmt(translate("Cli", "A fresh store for %1 is ready: run “carnet sync” to "
                            "download the account again."), username))
    else:
        print(translate("Cli", "No account could be read from it: sign in again with "
                        "“carnet login”."))
    return 0
