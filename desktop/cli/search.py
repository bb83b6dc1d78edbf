"""`carnet search`: search everything (issue 18), offline, from the local store's index —
people, contacts, organizations, activities and their coming sessions, events, closures,
emails, transactions, passes; grouped by kind, as the window's Ctrl+F shows them."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import CliError, account_of, fmt, open_store, translate
from desktop.models.search_model import TAB_OF, kind_name, when
from services.store import paths, search

JSON_VERSION = 1


def _at(at: int | str | None) -> str | None:
    if at is None or isinstance(at, str):
        return at
    from services.store.codec import from_micros

    return from_micros(int(at)).isoformat()


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if search.match_expression(query) is None:
        raise CliError(translate("Cli", "Say what to look for: a name, a word, an amount."))
    store = open_store(paths.data_dir(args.data_dir))
    try:
        if account_of(store) is None:
            raise CliError(translate("Cli", "This data folder is empty: run “carnet "
                                     "demo-data” first."))
        with store.reader() as conn:
            found = search.search(conn, query, per_kind=args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps({
            "Version": JSON_VERSION, "Query": query,
            "Groups": [{"Kind": kind, "Tab": TAB_OF[kind], "Results": [
                {"Id": hit.id, "Title": hit.label, "Detail": hit.detail, "At": _at(hit.at)}
                for hit in hits]} for kind, hits in found.items()],
        }, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(fmt(translate("Cli", "Nothing found for “%1”."), query))
        return 0
    for kind, hits in found.items():
        print(f"{kind_name(kind)} ({len(hits)})")
        for hit in hits:
            print("  " + " — ".join(p for p in (hit.label, hit.detail, when(hit.at)) if p))
    return 0
