"""`carnet clashes`: the family's clashes (ASSIST-3), offline, from the local store."""

from __future__ import annotations

import argparse
import json

from desktop.cli.agenda import period
from desktop.cli.agenda_render import entry_json
from desktop.cli.common import fmt, open_store, translate
from services.domain.clashes import Clash, ClashKind
from services.store import clash_reads, paths, reads

JSON_VERSION = 1


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
        first, last = period(store, args)
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
