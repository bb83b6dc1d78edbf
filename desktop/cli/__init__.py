"""`carnet`: the command line (the window arrives with the Home tab). The sub-commands live
beside this file, one module per theme; `python -m desktop.cli` runs it too."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication

from desktop import display, i18n, logs
from desktop.cli.common import CliError, fmt, translate
from desktop.cli.failures import store_problem, unexpected
from desktop.views import TABS
from services.store import paths
from services.store.errors import StoreError

AGENDA = "desktop.cli.agenda"
ICON = Path(__file__).resolve().parent / "icons" / "carnet.png"
THEMES = ("system", "light", "dark")
VIEWS = ("month", "week", "agenda")  # the calendar's (desktop.models.calendar_state.ViewMode)
DESK_PAGES = ("today", "find", "calendar")  # front desk's (desktop.views.desk_window.PAGES)
# How multiprocessing starts a frozen executable as its child: a spawned process
# (--multiprocessing-fork …) or a helper (-c "from multiprocessing.resource_tracker …").
CHILD_ARGUMENTS = frozenset({"--multiprocessing-fork", "-c"})


def _parser(commands: bool = True) -> argparse.ArgumentParser:
    """`carnet`'s parser; without its commands (commands=False), the window's options alone
    (_parse)."""
    parser = argparse.ArgumentParser(prog="carnet", description="Carnet, offline-first.",
                                     exit_on_error=commands)
    parser.add_argument("--data-dir", help="data folder (default: CARNET_DATA_DIR or the "
                        "platform's user data folder)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language")
    parser.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and "
                        "exit (with `demo`: after the first sync)")
    parser.add_argument("--tab", default="home", choices=TABS, help="tab of the screenshot")
    parser.add_argument("--size", default="1280x800", help="window size of the screenshot")
    parser.add_argument("--view", choices=VIEWS, help="calendar view of the screenshot")
    parser.add_argument("--theme", choices=THEMES, help="theme of the screenshot (default: the "
                        "one chosen in Settings)")
    parser.add_argument("--desk-page", choices=DESK_PAGES, help="front desk page of the "
                        "screenshot (with `desk` or `demo --desk`)")
    parser.add_argument("--version", action="store_true", help="print the versions of Carnet, "
                        "Qt and the components (with their licences), and exit")
    parser.set_defaults(func=None, window="main")
    if not commands:
        return parser
    from desktop.cli import account_parsers
    from desktop.cli import org as org_parsers

    sub = parser.add_subparsers(dest="command")

    demo_data = sub.add_parser("demo-data", help="fill the store with the demo family")
    demo_data.add_argument("--force", action="store_true",
                           help="replace an account that is not the demo")
    demo_data.set_defaults(func=account_parsers.lazy("cmd_demo_data", AGENDA))

    listing = sub.add_parser("agenda", help="list calendar entries from the local store")
    # Dates are checked by the command, so that a wrong one is said in the user's language.
    listing.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    listing.add_argument("--person", help="a member's name (accents and case ignored)")
    listing.add_argument("--org", help="an organization's slug")
    listing.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    listing.set_defaults(func=account_parsers.lazy("cmd_agenda", AGENDA))

    clashes = sub.add_parser("clashes", help="the family's clashes (two places at once, "
                             "closed days, booked twice), from the local store")
    clashes.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    clashes.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    clashes.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    clashes.set_defaults(func=account_parsers.lazy("cmd_clashes", "desktop.cli.clashes"))

    planned = sub.add_parser("reminders", help="the reminders the tray would show, and when")
    planned.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    planned.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    planned.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    planned.set_defaults(func=account_parsers.lazy("cmd_reminders", "desktop.cli.reminders"))

    finding = sub.add_parser("search", help="search everything in the local store (people, "
                             "activities, emails, payments…), grouped by kind")
    finding.add_argument("query", nargs="+", help="words to find (accents and case ignored)")
    finding.add_argument("--limit", type=int, default=20, help="results per kind (default 20)")
    finding.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    finding.set_defaults(func=account_parsers.lazy("cmd_search", "desktop.cli.search"))

    updating = sub.add_parser("update", help="check for a newer Carnet now (installed at the "
                              "next start), or go back to the previous one")
    updating.add_argument("--rollback", action="store_true",
                          help="the version kept before the last update takes its place again")
    updating.set_defaults(func=account_parsers.lazy("cmd_update", "desktop.cli.update"))

    show = sub.add_parser("demo", help="the window on the demo family (embedded server)")
    show.add_argument("--desk", action="store_true", help="the front desk window on the demo "
                      "swim club instead (signed in with its API key, synced)")
    show.add_argument("--check-updates", action="store_true", help="check for updates as the "
                      "window does (the demo does not, unless asked)")
    show.set_defaults(func=None, window="demo")

    desk = sub.add_parser("desk", help="front desk: the organizations signed in with "
                          "`carnet org login`, side by side (Today, Find, Calendar)")
    desk.add_argument("--org", metavar="ID|SLUG", help="the organization shown first")
    desk.set_defaults(func=None, window="desk")
    for command in (demo_data, listing, clashes, planned, finding, updating, show, desk,
                    *account_parsers.add_parsers(sub), *org_parsers.add_parsers(sub)):
        # The global options are accepted after the verb too.
        command.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        command.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
    for option, extra in (("--screenshot", {}), ("--tab", {"choices": TABS}), ("--size", {}),
                          ("--view", {"choices": VIEWS}), ("--theme", {"choices": THEMES}),
                          ("--desk-page", {"choices": DESK_PAGES})):
        for command in (show, desk):
            command.add_argument(option, default=argparse.SUPPRESS, help=argparse.SUPPRESS,
                                 **extra)
    return parser


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The arguments. A plain `carnet [--screenshot …]` is parsed by the window's options
    alone: the commands' parsers, and desktop.cli.org's import, are 15 ms of the window's
    cold start. A command, --help or anything these options do not take goes to the whole
    parser, which parses it, or says what is wrong, as always."""
    given = sys.argv[1:] if argv is None else list(argv)
    if not {"-h", "--help"} & set(given):
        try:
            args, rest = _parser(commands=False).parse_known_args(given)
        except argparse.ArgumentError:  # a wrong value: the whole parser says it
            rest = given
        if not rest:
            return args
    return _parser().parse_args(given)


def _saved_language(args: argparse.Namespace) -> str | None:
    """The language chosen in Settings (window.ini beside the store), if any."""
    path = paths.data_dir(getattr(args, "data_dir", None)) / "window.ini"
    try:
        if not path.is_file():
            return None
    except OSError:  # a folder we may not look into: the command says so, in English or not
        return None
    from PySide6.QtCore import QSettings

    return QSettings(str(path), QSettings.Format.IniFormat).value(i18n.LANGUAGE_KEY)


def _print_versions() -> int:
    """What Help → About shows, for support and for checking a bundle."""
    from desktop.version import version
    from desktop.views.about_dialog import licences, pyside_version

    print(f"Carnet {version()}\nQt {qVersion()}, PySide6 {pyside_version}")
    for name, number, licence in licences():
        print(f"{name} {number} ({licence})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command's exit code. Run as the program (argv None: packaging/launcher.py,
    `python -m desktop.cli`), a window's screenshot ends the process once the PNG is written
    (_end_now); a caller that passes argv (a test) gets the code back."""
    if getattr(sys, "frozen", False) and CHILD_ARGUMENTS & set(sys.argv[1:]):
        # A child the frozen app started (the sync process, multiprocessing's resource
        # tracker): it runs what it was started for and exits. Only then is multiprocessing
        # imported (with PyInstaller's hook for it: packaging/rth_deferred.py).
        import multiprocessing

        multiprocessing.freeze_support()
    args = _parse(argv)
    ends_now = argv is None and args.func is None and args.window == "main" and \
        bool(args.screenshot)
    code = _run(args, argv, collect_after=not ends_now)
    if ends_now:
        _end_now(code)
    return code


def _end_now(code: int) -> NoReturn:
    """After `carnet --screenshot`: the PNG is written and closed, the reads and writes are
    over (launch.screenshot), the store is closed and its WAL checkpointed (launch.run), the
    window's settings are on disk. Python's own teardown (each Qt object, each module's
    globals, one by one: 50 ms frozen) would save nothing more; the log is flushed and closed,
    then the process ends."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


def _run(args: argparse.Namespace, argv: list[str] | None, collect_after: bool = True) -> int:
    """The command's code. A window's start runs with the collector off; it is on again at
    the end unless the process ends at once (collect_after False: the first collection of
    everything the start allocated, 3 to 6 ms, would be the last thing it did)."""
    logs.setup()  # first: a staged update's swap, below, is logged
    if getattr(sys, "frozen", False):  # a version downloaded last time takes this one's place
        from desktop import update

        update.apply_staged(sys.argv[1:] if argv is None else list(argv))
    if args.version:
        return _print_versions()
    if args.func is None and (missing := display.missing_libraries()):
        # Qt would abort in its own words (and name xcb-cursor whatever is missing).
        lang = args.lang or _saved_language(args)
        print(display.explain(missing, lang if lang in i18n.LANGUAGES
                              else i18n.system_language()), file=sys.stderr)
        return 1
    if args.func is None:  # a window: no collection, quick GIL hand-overs until it shows
        from desktop import collector

        collector.starting()
    from desktop import crash
    from services.store import paths

    crash.native(paths.log_dir())  # a native crash of any command, window or not, is written
    if QCoreApplication.instance() is None and getattr(args, "pdf", None):
        from desktop.cli.export_pdf import painting_application

        painting_application()  # a PDF is painted: fonts, no window
    if QCoreApplication.instance() is None:
        # Only the window needs widgets; the other commands start faster without them.
        (QApplication if args.func is None else QCoreApplication)([sys.argv[0]])
        if args.func is None:
            from PySide6.QtGui import QIcon

            QApplication.setWindowIcon(QIcon(str(ICON)))
    args.lang = i18n.install(args.lang or _saved_language(args))
    if logs.unwritable is not None:
        logs.say_unwritable(logs.unwritable)
    try:
        if args.func is None and (args.window == "desk" or getattr(args, "desk", False)):
            from desktop import desk_launch

            return desk_launch.run_demo(args) if args.window == "demo" else \
                desk_launch.run(args)
        if args.func is None:
            from desktop import launch

            return launch.run_demo(args) if args.window == "demo" else launch.run(args)
        return args.func(args)
    except CliError as exc:
        print(fmt(translate("Cli", "Error: %1"), exc), file=sys.stderr)
        return 2
    except StoreError as error:
        return store_problem(error)
    except BrokenPipeError:  # `carnet agenda | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # environmental (OSError, SQLite) or a bug: never a traceback
        return unexpected(error, args)
    finally:
        if collect_after and args.func is None:
            from desktop import collector

            collector.ended()

