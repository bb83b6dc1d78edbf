"""`carnet clashes`: the family's clashes (ASSIST-3), offline, from the local store."""

from __future__ import annotations

import argparse
import json

from desktop.cli.agenda import day_option
from desktop.cli.agenda_render import entry_json, month_bounds
from desktop.cli.common import CliError, account_of, fmt, open_store, translate
from services.domain import clock
from services.domain.clashes import Clash, ClashKind
from services.store import clash_reads, paths, reads
from services.store.store import Store

JSON_VERSION = 1


def _period(store: Store, args: argparse.Namespace):
    date_from = day_option(args.date_from, "--from")
    date_to = day_option(args.date_to, "--to")
    first, _ = month_bounds(clock.today())
    first = date_from or (first if date_to is None else date_to.replace(day=1))
    last = date_to or month_bounds(first)[1]
    if last < first:
        raise CliError(translate("Cli", "--from must not come after --to."))
    if account_of(store) is None:
        raise CliError(translate("Cli", "This data folder is empty: run “carnet demo-data” "
                                 "first."))
    return first, last


def clash_json(clash: Clash, dismissed: bool, orgs: dict) -> dict:
    closure, tz = clash.closure, clash.entries[0].local_start.tzinfo
    return {
        "Kind": clash.kind.value,
        "Key": clash.key,
        "Start": clash.start.astimezone(tz).isoformat(),
        "End": clash.end.astimezone(tz).isoformat(),
        "Dismissed": dismissed,
        "Closure": None if closure is None else {
            "SourceId": closure.source_id, "Title": closure.title,
            "OrganizationId": closure.organization_id,
            "Start": closure.first_day.isoformat(), "End": closure.last_day.isoformat()},
        "Entries": [entry_json(e, orgs) for e in clash.entries],
    }


def describe(clash: Clash) -> str:
    """One line for a person (the command's text output)."""
    names = ", ".join(dict.fromkeys(e.person_name for e in clash.entries if e.person_name))
    titles = " / ".join(dict.fromkeys(e.title for e in clash.entries))
    what = {
        ClashKind.TWO_PLACES: translate("Cli", "Two places at once"),
        ClashKind.CLOSED: translate("Cli", "Held on a closed day"),
        ClashKind.DOUBLE_BOOKED: translate("Cli", "Booked twice"),
    }[clash.kind]
    when = clash.start.astimezone(clash.entries[0].local_start.tzinfo)
    return f"{when:%Y-%m-%d %H:%M}  {what}: {titles} ({names})"


def cmd_clashes(args: argparse.Namespace) -> int:
    store = open_store(paths.data_dir(args.data_dir))
    try:
        first, last = _period(store, args)
        with store.reader() as conn:
            found = clash_reads.clashes(conn, first, last)
            orgs = reads.organizations(conn)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "From": first.isoformat(),
                          "To": last.isoformat(),
                          "Clashes": [clash_json(c, c.key in found.dismissed, orgs)
                                      for c in found.clashes]},
                         ensure_ascii=False, indent=2))
        return 0
    shown = found.shown()
    if not shown:
        print(fmt(translate("Cli", "No clash from %1 to %2."), first, last))
    for clash in shown:
        print(describe(clash))
    hidden = len(found.clashes) - len(shown)
    if hidden:
        print(fmt(translate("Cli", "%1 dismissed (see --json)."), hidden))
    return 0
