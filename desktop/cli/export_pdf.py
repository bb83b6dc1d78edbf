"""`carnet export --pdf FILE --view month|week|agenda [--person NAME] [--org NAME] [--from DATE]
[--to DATE] [--paper letter|a4] [--landscape]`: the calendar to print, painted as the window
prints it (desktop/printing.py), from the local store, offline.

The entries are the ones `carnet agenda` lists with the same filters; the month and the week
are made whole (--from and --to name days inside them). Painting needs a QGuiApplication:
`painting_application` makes one — offscreen on Linux, where a PDF needs no display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from desktop import printing
from desktop.cli.agenda import day_option, selection
from desktop.cli.common import CliError, fmt, open_store, translate
from desktop.models.print_model import PrintRequest, read_printout
from services.domain import clock
from services.store import paths
from services.store.store import Store


def painting_application() -> QGuiApplication:
    """The application a PDF is painted in (fonts need a QGuiApplication, not a window):
    on Linux the offscreen platform, which needs no display nor xcb's libraries."""
    argv = [sys.argv[0]]
    if sys.platform.startswith("linux"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)


def request_of(store: Store, args: argparse.Namespace) -> PrintRequest:
    """The view, its days and filters, as `carnet agenda` and `carnet export --ics` take them
    (agenda.selection: the current month by default, --from alone to the end of its month);
    the week view's is the current week, or --from's alone."""
    first, last, where = selection(store, args)
    if args.view == "week" and args.date_to is None:  # the week of --from, or this one
        first = last = day_option(args.date_from, "--from") or clock.today()
    return PrintRequest(args.view, first, last, where.org_ids, where.person_ids,
                        week_start=QLocale().firstDayOfWeek().value - 1)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("carnet export --pdf paints: it needs a QGuiApplication")
    target = Path(args.pdf)
    store = open_store(paths.data_dir(args.data_dir))
    try:
        request = request_of(store, args)
        with store.reader() as conn:
            printout = read_printout(conn, request)
    finally:
        store.close()
    data = printing.pdf(printout, args.paper or printing.default_paper(), args.landscape)
    try:
        printing.write_file(target, data)
    except OSError as error:
        raise CliError(printing.write_problem(target, error)) from error
    print(fmt(translate("Cli", "The calendar to print is in %1."), target))
    return 0
