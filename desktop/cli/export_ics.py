"""`carnet export --ics FILE [--person NAME] [--org SLUG] [--from D] [--to D]`: the calendar as
an iCalendar file for a calendar app (issue 17), offline, from the local store."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from desktop.cli.agenda import selection
from desktop.cli.common import CliError, account_of, fmt, open_store, translate
from desktop.collation import by_name
from desktop.i18n import locale_for
from services.domain import ics
from services.store import calendar_file, paths, reads
from services.store.store import Store

log = logging.getLogger(__name__)


def calendar_title(store: Store, person_ids, lang: str) -> str:
    """X-WR-CALNAME: the family's calendar, or the members' asked for."""
    if person_ids is None:
        return ics.calendar_name(lang)
    with store.reader() as conn:
        names = dict(reads.person_names(conn))
    members = by_name((names.get(i, "") for i in person_ids), str, locale_for(lang))
    return ics.calendar_name(lang, ", ".join(members))


def export_ics(store: Store, args: argparse.Namespace) -> calendar_file.Written:
    if account_of(store) is None:
        raise CliError(translate("Cli", "This data folder is empty: run “carnet demo-data” "
                                 "first."))
    first, last, where = selection(store, args)
    target = Path(args.ics)
    try:
        return calendar_file.write_calendar(
            store, target, first, last, where, lang=args.lang,
            name=calendar_title(store, where.person_ids, args.lang))
    except calendar_file.WriteFailed as error:
        log.info("export --ics: not written (%s)", error.reason)
        raise CliError(fmt(translate("Cli", "Could not write %1 (%2); nothing was exported."),
                           target, error.reason)) from error


def cmd_export_ics(args: argparse.Namespace) -> int:
    store = open_store(paths.data_dir(args.data_dir))
    try:
        written = export_ics(store, args)
    finally:
        store.close()
    print(fmt(translate("Cli", "%1 calendar entries written to %2."), written.events,
              written.path))
    return 0
