"""`carnet`: the command line (the window arrives with the Home tab)."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.agenda import month_bounds, render_json, render_text
from services.domain import clock
from services.domain.demo import DEMO_USERNAME, demo_dataset
from services.domain.entities import Account
from services.security.keys import KeyLocation
from services.store import dataset_io, paths, queries
from services.store.store import Store


class CliError(Exception):
    """A known problem, already worded for the user."""


translate = QCoreApplication.translate


def _fmt(text: str, *args: object) -> str:
    """Fill Qt-style %1, %2 … placeholders (translators may reorder them)."""
    for index, value in enumerate(args, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Félix' matches 'felix'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _open(data_dir: Path) -> Store:
    store = Store.open(data_dir)
    if store.key is not None and store.key.created and store.key.location is KeyLocation.FILE:
        notice = translate("Cli", "No usable OS keychain: the store key is kept in %1, "
                           "readable only by you.")
        print(_fmt(notice, store.key.path), file=sys.stderr)
    return store


def _account(store: Store) -> Account | None:
    with store.read() as conn:
        accounts = store.all(conn, Account)
    return accounts[0] if accounts else None


def cmd_demo_data(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    store = _open(data_dir)
    try:
        account = _account(store)
        if account is not None and account.username != DEMO_USERNAME and not args.force:
            raise CliError(_fmt(translate("Cli", "This data folder holds the account %1, not "
                                          "the demo. Choose another folder with --data-dir."),
                                account.username))
        dataset_io.load(store, demo_dataset(clock.today()))
    finally:
        store.close()
    print(_fmt(translate("Cli", "The demo family is ready in %1."), data_dir))
    return 0


def _resolve_person(store: Store, name: str) -> set[int]:
    with store.read() as conn:
        people = [p for p, _ in queries.people_with_contacts(store, conn)]
    wanted = _fold(name)
    found = {p.id for p in people if wanted in _fold(p.full_name)}
    if not found:
        raise CliError(_fmt(translate("Cli", "No member matches “%1”. Members: %2."), name,
                            ", ".join(p.full_name for p in people)))
    return found


def _resolve_org(store: Store, slug: str) -> set[int]:
    with store.read() as conn:
        orgs = queries.organizations(store, conn).values()
    found = {o.id for o in orgs if o.slug == slug}
    if not found:
        raise CliError(_fmt(translate("Cli", "No organization has the slug “%1”. "
                                      "Organizations: %2."), slug,
                            ", ".join(sorted(o.slug for o in orgs))))
    return found


def cmd_agenda(args: argparse.Namespace) -> int:
    first, last = month_bounds(clock.today())
    first = args.date_from or (first if args.date_to is None else args.date_to.replace(day=1))
    last = args.date_to or month_bounds(first)[1]
    if last < first:
        raise CliError(translate("Cli", "--from must not come after --to."))
    store = Store.open(paths.data_dir(args.data_dir))
    try:
        if _account(store) is None:
            raise CliError(translate("Cli", "This data folder is empty: run “carnet demo-data” "
                                     "first."))
        where = queries.CalendarFilter(
            org_ids=_resolve_org(store, args.org) if args.org else None,
            person_ids=_resolve_person(store, args.person) if args.person else None,
        )
        with store.read() as conn:
            entries = queries.calendar_entries(store, conn, first, last, where)
            orgs = queries.organizations(store, conn)
    finally:
        store.close()
    if args.json:
        print(render_json(entries, first, last, orgs))
    else:
        print(render_text(entries, first, last, i18n.locale_for(args.lang)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Until the window exists: fill the demo store and print this month's agenda."""
    cmd_demo_data(args)
    return cmd_agenda(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carnet", description="Carnet, offline-first.")
    parser.add_argument("--data-dir", help="data folder (default: CARNET_DATA_DIR or the "
                        "platform's user data folder)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language")
    sub = parser.add_subparsers(dest="command", required=True)

    demo_data = sub.add_parser("demo-data", help="fill the store with the demo family")
    demo_data.add_argument("--force", action="store_true",
                           help="replace an account that is not the demo")
    demo_data.set_defaults(func=cmd_demo_data)

    agenda = sub.add_parser("agenda", help="list calendar entries from the local store")
    agenda.add_argument("--from", dest="date_from", type=date.fromisoformat)
    agenda.add_argument("--to", dest="date_to", type=date.fromisoformat)
    agenda.add_argument("--person", help="a member's name (accents and case ignored)")
    agenda.add_argument("--org", help="an organization's slug")
    agenda.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    agenda.set_defaults(func=cmd_agenda)

    demo = sub.add_parser("demo", help="fill the demo store and show this month's agenda")
    demo.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo, date_from=None, date_to=None, person=None, org=None,
                      json=False)
    for command in (demo_data, agenda, demo):  # accept the global options after the verb too
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    args.lang = i18n.install(args.lang)
    try:
        return args.func(args)
    except CliError as exc:
        print(_fmt(translate("Cli", "Error: %1"), exc), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `carnet agenda | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
