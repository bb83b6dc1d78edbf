"""`carnet login | sync | status | logout | export`: the account and its sync, from a terminal."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale

from desktop import i18n
from desktop.cli.common import CliError, fmt, open_store, translate
from desktop.formatting import lockout, moment_text, not_revoked
from services.api.client import server_url
from services.api.errors import ApiError, BadServerUrl, Rejected, SignInNeeded, TooManyAttempts
from services.domain.messages import message
from services.store import dataset_io, paths
from services.store.reads import LAST_SYNC
from services.sync import outbox
from services.sync.engine import Report
from services.sync.session import (
    AccountMismatch,
    Session,
    bind_account,
    open_session,
    sign_out,
)


def _password(args: argparse.Namespace) -> str:
    password = os.environ.get("CARNET_PASSWORD")
    if password:
        return password
    if not sys.stdin.isatty():
        raise CliError(translate("Cli", "No password: type it at the prompt or set "
                                 "CARNET_PASSWORD."))
    return getpass.getpass(translate("Cli", "Password: "))


def _error_text(error: ApiError, lang: str) -> str:
    """The platform's own words when it refused something; ours for everything else (a
    lockout: until when)."""
    if isinstance(error, TooManyAttempts):
        return lockout(error.retry_after, lang)
    if isinstance(error, Rejected | SignInNeeded) and error.message \
            and not error.message.startswith("HTTP "):
        return error.message
    return message(error.code, lang)


def _server(text: str, lang: str) -> str:
    """`text` if Carnet may send a password there, else the reason, before any request."""
    try:
        server_url(text)
    except BadServerUrl as error:
        raise CliError(message(error.code, lang)) from error
    return text


class ProgressBar:
    """Pages done of total on standard error; a bar on a terminal, lines otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        label = translate("Cli", "Syncing")
        if self.tty:
            width = 30
            filled = width * done // max(total, 1)
            sys.stderr.write(f"\r{label} ▕{'█' * filled}{'░' * (width - filled)}▏ "
                             f"{done}/{total}")
            if done >= total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(f"{label} {done}/{total}\n")
        sys.stderr.flush()


def run_sync(session: Session, lang: str) -> Report:
    session.engine.listeners.progress.append(ProgressBar())
    report = session.engine.sync()
    if report.skipped:
        raise CliError(translate("Cli", "Another sync of this data folder (the window's, or "
                                 "another command's) has been running for two minutes: it "
                                 "sends your edits too. Try again when it ends."))
    if report.error is not None:
        raise CliError(_error_text(report.error, lang))
    summary = translate("Cli", "Synced: %1 edits sent, %2 changes received.")
    print(fmt(summary, report.pushed, report.pulled))
    for count, text in ((report.conflicts, translate("Cli", "%1 edits conflict with changes "
                                                     "made on the platform: see “carnet "
                                                     "status”.")),
                        (report.parked, translate("Cli", "%1 edits were refused by the "
                                                  "platform: see “carnet status”."))):
        if count:
            print(fmt(text, count), file=sys.stderr)
    return report


def cmd_login(args: argparse.Namespace) -> int:
    server = _server(args.server, args.lang)
    store = open_store(paths.data_dir(args.data_dir))
    try:
        try:
            bind_account(store, server, args.username, args.lang)
        except AccountMismatch as exc:
            raise CliError(fmt(translate("Cli", "This data folder holds unsent edits of %1. "
                                         "Sync them, or sign out with --forget-data first."),
                               exc)) from exc
        session = open_session(store=store, lang=args.lang)
        session.client.sign_in(_password(args), remember=args.remember)
        if not session.client.credentials.persistent:
            print(translate("Cli", "No usable OS keychain: the sign-in lasts for this command "
                            "only. “carnet sync” will ask for the password (or read "
                            "CARNET_PASSWORD)."), file=sys.stderr)
        print(fmt(translate("Cli", "Signed in as %1."), args.username))
        run_sync(session, args.lang)
    except ApiError as error:
        raise CliError(_error_text(error, args.lang)) from error
    finally:
        store.close()
    return 0


def _session(args: argparse.Namespace) -> Session:
    store = open_store(paths.data_dir(args.data_dir))
    try:
        return open_session(store=store, lang=args.lang)
    except LookupError as exc:
        store.close()
        raise CliError(translate("Cli", "Nobody is signed in on this data folder: run “carnet "
                                 "login” first.")) from exc
    except BadServerUrl as exc:  # kept by an older version, which took it
        store.close()
        raise CliError(message(exc.code, args.lang) + " " + translate(
            "Cli", "Sign in again with “carnet login --server”.")) from exc


def cmd_sync(args: argparse.Namespace) -> int:
    session = _session(args)
    session.engine.per_page = max(1, min(args.page_size, 1000))
    try:
        credentials = session.client.credentials
        if credentials.token is None and credentials.password is None:
            session.client.sign_in(_password(args))
        run_sync(session, args.lang)
    except ApiError as error:
        raise CliError(_error_text(error, args.lang)) from error
    finally:
        session.close()
    return 0


def _when(text: str | None, lang: str) -> str:
    if not text:
        return translate("Cli", "never")
    moment = QDateTime.fromSecsSinceEpoch(int(datetime.fromisoformat(text).timestamp()))
    return moment_text(moment.toLocalTime(), i18n.locale_for(lang), QLocale.FormatType.LongFormat)


def cmd_status(args: argparse.Namespace) -> int:
    session = _session(args)
    try:
        store = session.store
        with store.read() as conn:
            last = store.get_meta(conn, LAST_SYNC)
            waiting = outbox.entries(store, conn)
        print(fmt(translate("Cli", "Account: %1 on %2"), session.client.username,
                  session.client.server))
        print(fmt(translate("Cli", "Last successful sync: %1"), _when(last, args.lang)))
        print(fmt(translate("Cli", "Edits not yet accepted by the platform: %1"), len(waiting)))
        labels = {outbox.PENDING: translate("Cli", "waiting"),
                  outbox.IN_FLIGHT: translate("Cli", "sending"),
                  outbox.UNKNOWN: translate("Cli", "sent, no answer yet: will be sent again"),
                  outbox.PARKED: translate("Cli", "refused"),
                  outbox.CONFLICT: translate("Cli", "conflict")}
        for entry in waiting:
            line = f"  #{entry.id} [{labels[entry.state]}] {entry.request.method} " \
                   f"{entry.request.path}"
            if entry.error:
                line += f" — {entry.error.get('Message')}"
            print(line)
    finally:
        session.close()
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    if not sign_out(data_dir, args.forget_data):  # the platform first, then this computer
        print(not_revoked(), file=sys.stderr)
    if args.forget_data:
        print(fmt(translate("Cli", "Signed out; this account's data was removed from %1."),
                  data_dir))
    else:
        print(translate("Cli", "Signed out; the local copy stays readable offline."))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(paths.data_dir(args.data_dir))
    try:
        text = dataset_io.export(store).to_json()
    finally:
        store.close()
    target = Path(args.json)
    try:
        write_private(target, text.encode("utf-8"))  # holds SIN, medical
    except OSError as error:
        raise CliError(fmt(translate("Cli", "Could not write %1 (%2); nothing was exported."),
                           target, error.strerror or type(error).__name__)) from error
    print(fmt(translate("Cli", "Exported to %1 (it contains personal data: keep it safe)."),
              target))
    return 0


def write_private(target: Path, data: bytes) -> None:
    """`data` in `target`, owner-only, all or nothing: written beside it, then renamed over
    it (a full disk never leaves half a file, nor an older export cut short)."""
    paths.replace_atomically(target, [data])
