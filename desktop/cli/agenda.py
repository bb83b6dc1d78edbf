"""`carnet demo-data` and `carnet agenda`: offline, from the local store."""

from __future__ import annotations

import argparse
import logging
from datetime import date

from desktop import i18n
from desktop.cli.agenda_render import month_bounds, render_json, render_text
from desktop.cli.common import CliError, account_of, fmt, fold, open_store, translate
from services.domain import clock
from services.domain.demo import DEMO_USERNAME, demo_dataset
from services.store import calendar_reads, dataset_io, paths, queries, reads
from services.store.store import Store

log = logging.getLogger(__name__)
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def refuse_other_account(store: Store, force: bool) -> None:
    account = account_of(store)
    if account is not None and account.username != DEMO_USERNAME and not force:
        raise CliError(fmt(translate("Cli", "This data folder holds the account %1, not "
                                     "the demo. Choose another folder with --data-dir."),
                           account.username))


def cmd_demo_data(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    store = open_store(data_dir)
    try:
        refuse_other_account(store, args.force)
        dataset_io.load(store, demo_dataset(clock.today()))
    finally:
        store.close()
    print(fmt(translate("Cli", "The demo family is ready in %1."), data_dir))
    return 0


def _resolve_person(store: Store, name: str) -> set[int]:
    with store.read() as conn:
        people = [p for p, _ in queries.people_with_contacts(store, conn)]
    wanted = fold(name)
    found = {p.id for p in people if wanted in fold(p.full_name)}
    if not found:
        raise CliError(fmt(translate("Cli", "No member matches “%1”. Members: %2."), name,
                           ", ".join(p.full_name for p in people)))
    return found


def _resolve_org(store: Store, slug: str) -> set[int]:
    with store.reader() as conn:
        orgs = reads.organizations(conn).values()
    found = {o.id for o in orgs if o.slug == slug}
    if not found:
        raise CliError(fmt(translate("Cli", "No organization has the slug “%1”. "
                                     "Organizations: %2."), slug,
                           ", ".join(sorted(o.slug for o in orgs))))
    return found


def day_option(text: str | None, option: str) -> date | None:
    """A --from/--to value: a date of the form YYYY-MM-DD between FIRST_DAY and LAST_DAY
    (a calendar from year 1 or to year 9999 overflowed; nothing lies beyond those anyway)."""
    if text is None:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        log.info("agenda: %s refused, not a date", option)
        raise CliError(fmt(translate("Cli", "%1 %2 is not a date: write it YYYY-MM-DD, "
                                     "e.g. 2026-11-03."), option, text)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        log.info("agenda: %s %s refused, out of range", option, day)
        raise CliError(fmt(translate("Cli", "%1 %2 is outside the dates Carnet shows (%3 "
                                     "to %4)."), option, text, FIRST_DAY, LAST_DAY))
    return day


def period(store: Store, args: argparse.Namespace) -> tuple[date, date]:
    """The days of --from/--to (`carnet agenda`, `export`, `clashes`): by default the current
    month; --from alone runs to the end of its month. A store with no account is said."""
    date_from = day_option(args.date_from, "--from")
    date_to = day_option(args.date_to, "--to")
    first, last = month_bounds(clock.today())
    first = date_from or (first if date_to is None else date_to.replace(day=1))
    last = date_to or month_bounds(first)[1]
    if last < first:
        raise CliError(translate("Cli", "--from must not come after --to."))
    if account_of(store) is None:
        raise CliError(translate("Cli", "This data folder is empty: run “carnet demo-data” "
                                 "first."))
    return first, last


def selection(store: Store, args: argparse.Namespace
              ) -> tuple[date, date, reads.CalendarFilter]:
    """The period and the filters of --person/--org."""
    first, last = period(store, args)
    where = reads.CalendarFilter(
        org_ids=_resolve_org(store, args.org) if args.org else None,
        person_ids=_resolve_person(store, args.person) if args.person else None,
    )
    return first, last, where


def print_agenda(store: Store, args: argparse.Namespace) -> None:
    first, last, where = selection(store, args)
    with store.reader() as conn:
        entries = calendar_reads.calendar_entries(conn, first, last, where)
        orgs = reads.organizations(conn)
    if args.json:
        print(render_json(entries, first, last, orgs))
    else:
        print(render_text(entries, first, last, i18n.locale_for(args.lang)))


def cmd_agenda(args: argparse.Namespace) -> int:
    store = open_store(paths.data_dir(args.data_dir))
    try:
        print_agenda(store, args)
    finally:
        store.close()
    return 0
