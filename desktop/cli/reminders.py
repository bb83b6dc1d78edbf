"""`carnet reminders [--json] [--from --to]`: what the tray would show, and when — from the
local store and the window's settings (window.ini beside it), for scripts and checks
(docs/cli.md). Nothing is marked as shown: the tray still shows them."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, time, timedelta

from PySide6.QtCore import QSettings

from desktop.cli.agenda import day_option
from desktop.cli.common import CliError, account_of, fmt, open_store, translate
from desktop.models.reminders_model import load_settings
from desktop.reminder_texts import texts
from services.domain import clock, reminders
from services.domain.calendar import zone
from services.domain.clock import LOCAL_ZONE
from services.store import paths, reminder_reads

JSON_VERSION = 1
DEFAULT_DAYS = 7


def period(args: argparse.Namespace) -> tuple[datetime, datetime]:
    """From now (or the start of --from's day) to a week later (or the end of --to's day)."""
    local = zone(LOCAL_ZONE)
    first, last = day_option(args.date_from, "--from"), day_option(args.date_to, "--to")
    start = datetime.combine(first, time(0), local) if first else clock.now()
    end = (datetime.combine(last + timedelta(days=1), time(0), local) if last
           else start + timedelta(days=DEFAULT_DAYS))
    if end <= start:
        raise CliError(translate("Cli", "--from must not come after --to."))
    return start, end


def cmd_reminders(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    store = open_store(folder)
    try:
        if account_of(store) is None:
            raise CliError(translate("Cli", "This data folder is empty: run “carnet demo-data” "
                                     "first."))
        start, end = period(args)
        settings = load_settings(QSettings(str(folder / "window.ini"),
                                           QSettings.Format.IniFormat))
        with store.reader() as conn:
            data = reminder_reads.inputs(conn, start, end)
    finally:
        store.close()
    planned = reminders.schedule(reminder_reads.found(data, settings), data.state, start, end,
                                 settings)
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "From": _local(start), "To": _local(end),
                          "Reminders": [_json(when, r) for when, r in planned]},
                         ensure_ascii=False, indent=2))
    else:  # one line per reminder; none, nothing (as `carnet agenda` on an empty period)
        for when, reminder in planned:
            title, text = texts(reminder)
            print(fmt("%1  %2 — %3", when.astimezone(zone(LOCAL_ZONE)).strftime(
                "%Y-%m-%d %H:%M"), title, text))
    return 0


def _local(moment: datetime) -> str:
    return moment.astimezone(zone(LOCAL_ZONE)).isoformat()


def _json(when: datetime, reminder: reminders.Reminder) -> dict:
    """As `carnet agenda --json` writes its entries: PascalCase, local times with offsets."""
    title, text = texts(reminder)
    return {"At": _local(when), "Kind": str(reminder.kind), "Key": reminder.key,
            "Title": title, "Text": text, "PersonId": reminder.person_id,
            "Start": _local(reminder.start) if reminder.start else None, "Url": reminder.url}
