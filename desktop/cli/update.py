"""`carnet update`: check the update repository now and stage a newer version (installed at
the next start), or go back to the version kept before the last update (--rollback)."""

from __future__ import annotations

import argparse
import os
import sys

from desktop import update
from desktop.cli.common import translate
from desktop.version import version
from services.store import paths


def cmd_update(args: argparse.Namespace) -> int:
    where = update.installed()
    if where is None or update.source() is None:
        print(translate("Cli", "This Carnet (%1) does not update itself: it was installed "
                        "from source or without an update repository.").replace(
                            "%1", version()), file=sys.stderr)
        return 2
    if not where.ours():
        print(translate("Cli", "Carnet's folder (%1) is kept by the system (its package "
                        "manager, or an administrator): updates come from there.").replace(
                            "%1", str(where.folder)), file=sys.stderr)
        return 2
    if args.rollback:
        done = translate("Cli", "The previous version is back: it starts next time.")
        if not update.rollback(paths.data_dir(args.data_dir), where):
            print(translate("Cli", "No previous version is kept."), file=sys.stderr)
            return 1
        print(done, flush=True)
        # This process's files are the other version's now: it ends here, loading nothing.
        os._exit(0)
    staged = update.waiting(where)
    if staged is not None:  # downloaded by an earlier check: said as then, not "up to date"
        print(_staged_text(staged))
        return 0
    try:
        found = update.check(paths.data_dir(args.data_dir), where)
    except update.Refused as refusal:
        update.log.warning("update refused, nothing installed: %s", refusal)
        print(translate("Cli", "The update was refused: what the update repository sent "
                        "could not be verified. Carnet %1 stays installed; the details are "
                        "in the log.").replace("%1", version()), file=sys.stderr)
        return 1
    except OSError as error:
        update.log.info("update check not done: %s", error)
        print(translate("Cli", "The update repository could not be reached (%1).").replace(
            "%1", type(error).__name__), file=sys.stderr)
        return 1
    if found is None:
        print(translate("Cli", "Carnet %1 is up to date.").replace("%1", version()))
        return 0
    print(_staged_text(found))
    return 0


def _staged_text(staged: str) -> str:
    return translate("Cli", "Carnet %1 is downloaded and verified: it is installed the next "
                     "time Carnet starts.").replace("%1", staged)
