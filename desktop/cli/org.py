"""`carnet org …`: front-desk mode (issue 19) from a terminal — sign in with the
organization's API key, sync its lists into its own store, then read it offline: today's
sessions, finding a person or a family, a family's card (medical information only when asked,
and audited), a session's roster. docs/cli.md, "Organization (front desk)".

The organization chosen last is remembered in `<data>/orgs/current.json` (server, number or
slug, key, language); its secret and token live in the OS keychain only."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.cli.account_parsers import lazy
from desktop.cli.common import CliError, fmt, translate

CURRENT = "current.json"
JSON_VERSION = 1
MODULE = "desktop.cli.org"


def add_parsers(sub) -> list[argparse.ArgumentParser]:
    """`carnet org` and its commands; returns the commands (the global options go on them)."""
    org = sub.add_parser("org", help="front desk: an organization's side (sign in with its "
                         "API key, sync, then read offline)")
    verbs = org.add_subparsers(dest="org_command", required=True)
    login = verbs.add_parser("login", help="sign in with the organization's API key")
    login.add_argument("--server", required=True, help="https://… (http only on loopback)")
    login.add_argument("--org", required=True, metavar="ID|SLUG",
                       help="the organization's number or store slug")
    login.add_argument("--key", help="the API key (else CARNET_ORG_KEY, else asked); the "
                       "secret: CARNET_ORG_SECRET, else asked without echo")
    login.set_defaults(func=lazy("cmd_login", MODULE))
    sync = verbs.add_parser("sync", help="read the organization's lists into its local store")
    sync.add_argument("--days-back", type=int, default=7, help="sessions kept before today")
    sync.add_argument("--days-ahead", type=int, default=60, help="sessions read after today")
    sync.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    sync.set_defaults(func=lazy("cmd_sync", MODULE))
    today = verbs.add_parser("today", help="sessions under way and later today, with counts")
    today.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    today.set_defaults(func=lazy("cmd_today", MODULE))
    find = verbs.add_parser("find", help="persons and families by name, email or phone")
    find.add_argument("query", nargs="+", help="words to find (accents and case ignored)")
    find.add_argument("--limit", type=int, default=20, help="results per kind (default 20)")
    find.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    find.set_defaults(func=lazy("cmd_find", MODULE))
    roster = verbs.add_parser("roster", help="a session's participants and attendance")
    roster.add_argument("occurrence", help="the session's (occurrence's) number")
    roster.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    roster.set_defaults(func=lazy("cmd_roster", MODULE))
    card = verbs.add_parser("card", help="a family's card: members, contacts, registrations")
    card.add_argument("account", help="the account's number")
    card.add_argument("--medical", action="store_true", help="with medical information "
                      "(the access is written to the audit log)")
    card.add_argument("--json", action="store_true", help="machine-readable (docs/cli.md)")
    card.set_defaults(func=lazy("cmd_card", MODULE))
    return [login, sync, today, find, roster, card]


# --- the remembered organization ---------------------------------------------------------------

def _data(args: argparse.Namespace) -> Path:
    from services.store import paths

    return paths.data_dir(getattr(args, "data_dir", None))


def _current(args: argparse.Namespace) -> dict[str, str]:
    path = _data(args) / "orgs" / CURRENT
    try:
        chosen = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        chosen = None
    except (OSError, ValueError) as exc:
        raise CliError(fmt(translate("Cli", "%1 cannot be read: run “carnet org login” "
                                     "again."), path)) from exc
    if not isinstance(chosen, dict) or not all(isinstance(chosen.get(k), str)
                                               for k in ("Server", "Org", "Key")):
        raise CliError(translate("Cli", "No organization yet: run “carnet org login” first."))
    return chosen


def _folder(args: argparse.Namespace, chosen: dict[str, str]) -> Path:
    from services.org.store import org_folder

    return org_folder(_data(args), chosen["Org"])


def _client(chosen: dict[str, str], lang: str):
    from services.org.client import OrgClient

    return OrgClient(chosen["Server"], chosen["Org"], chosen["Key"], lang)


def _synced_store(args: argparse.Namespace):
    """The remembered organization's store, once a sync made it; else a CliError."""
    from services.org.store import OrgStore

    chosen = _current(args)
    folder = _folder(args, chosen)
    if not OrgStore.exists(folder):
        raise CliError(fmt(translate("Cli", "Nothing of organization %1 here yet: run "
                                     "“carnet org sync” first."), chosen["Org"]))
    store = OrgStore.open(folder)
    from services.org.reads import last_sync

    if last_sync(store) is None:
        store.close()
        raise CliError(fmt(translate("Cli", "Nothing of organization %1 here yet: run "
                                     "“carnet org sync” first."), chosen["Org"]))
    return store, chosen


def _api_error(error: Exception, chosen: dict[str, str], lang: str) -> CliError:
    """What went wrong talking to the platform, in one line."""
    from services.api.errors import Offline, Rejected, SignInNeeded
    from services.domain.messages import message

    if isinstance(error, SignInNeeded):
        text = translate("Cli", "The platform refused this organization key and secret: check "
                         "them and run “carnet org login” again.")
    elif isinstance(error, Rejected) and error.status in (403, 404):
        text = fmt(translate("Cli", "The platform does not let this key read organization %1 "
                             "(check its number or slug)."), chosen["Org"])
    elif isinstance(error, Offline):
        text = fmt(translate("Cli", "The platform at %1 cannot be reached. What was synced "
                             "before stays readable offline."), chosen["Server"])
    else:  # the platform cannot serve now, a link elsewhere, an answer not understood
        text = message(error.code, lang)
    return CliError(text)


# --- commands ----------------------------------------------------------------------------------

def _ask(label: str, env: str, hidden: bool) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(fmt(translate("Cli", "No %1: type it at the prompt or set %2."),
                           label, env))
    if hidden:
        import getpass

        return getpass.getpass(fmt(translate("Cli", "%1: "), label))
    return input(fmt(translate("Cli", "%1: "), label)).strip()


def cmd_login(args: argparse.Namespace) -> int:
    from desktop import desk_orgs
    from services.api.errors import ApiError, BadServerUrl
    from services.domain.messages import message

    try:
        server, org = desk_orgs.address(args.server, args.org)
    except BadServerUrl as error:
        raise CliError(message(error.code, args.lang)) from error
    except ValueError as error:
        raise CliError(fmt(translate("Cli", "“%1” is not an organization number or slug."),
                           args.org)) from error
    key = args.key or _ask(translate("Cli", "API key"), "CARNET_ORG_KEY", hidden=False)
    secret = _ask(translate("Cli", "API secret"), "CARNET_ORG_SECRET", hidden=True)
    try:
        chosen, kept = desk_orgs.sign_in(_data(args), server, org, key, secret, args.lang)
    except ApiError as error:
        raise _api_error(error, {"Org": org, "Server": server}, args.lang) from error
    if not kept:
        print(translate("Cli", "No usable OS keychain: the secret is kept for this command "
                        "only; “carnet org sync” will read CARNET_ORG_SECRET."), file=sys.stderr)
    print(fmt(translate("Cli", "Signed in to organization %1 at %2. Next: “carnet org "
                        "sync”."), chosen["Org"], chosen["Server"]))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from services.api.errors import ApiError
    from services.org.store import OrgStore
    from services.org.sync import OrgSync

    chosen = _current(args)
    if args.days_back < 0 or args.days_ahead < 0 or args.days_back + args.days_ahead > 400:
        raise CliError(translate("Cli", "--days-back and --days-ahead: from 0, at most 400 "
                                 "days together."))
    client = _client(chosen, args.lang)
    if client.credentials.password is None and os.environ.get("CARNET_ORG_SECRET"):
        client.credentials.set("password", os.environ["CARNET_ORG_SECRET"])
    store = OrgStore.open(_folder(args, chosen))
    try:
        report = OrgSync(store, client, args.days_back, args.days_ahead).run()
    except ApiError as error:
        raise _api_error(error, chosen, args.lang) from error
    finally:
        client.close()
        store.close()
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "Org": chosen["Org"], **report.as_json()},
                         ensure_ascii=False, indent=2))
        return 0
    print(fmt(translate("Cli", "Synced organization %1 (sessions from %2 to %3): %4 added, %5 "
                        "changed, %6 deleted, in %7 s."), chosen["Org"],
              report.window[0].isoformat(), report.window[1].isoformat(),
              sum(report.added.values()), sum(report.changed.values()),
              sum(report.deleted.values()), _decimal(report.duration, args.lang)))
    if report.waited >= 1:
        print(fmt(translate("Cli", "The platform asked to slow down: %1 s spent waiting."),
                  _decimal(report.waited, args.lang)), file=sys.stderr)
    return 0


def _decimal(value: float, lang: str) -> str:
    from PySide6.QtCore import QLocale

    return QLocale(lang).toString(value, "f", 1)


def _now() -> datetime:
    from services.domain import clock
    from services.domain.calendar import zone

    return clock.now().astimezone(zone(clock.LOCAL_ZONE))


def _when(start: str, end: str, lang: str) -> str:
    from PySide6.QtCore import QLocale

    from desktop.formatting import time_of

    locale = QLocale(lang)
    first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
    return f"{time_of(first, locale)}–{time_of(last, locale)}"


def _state(state: str) -> str:
    return {"Cancelled": translate("Cli", "cancelled"), "Skipped": translate("Cli", "skipped"),
            "Moved": translate("Cli", "moved")}.get(state, "")


def _session_json(session) -> dict[str, Any]:
    return {"Id": session.id, "ActivityId": session.activity_id, "Activity": session.activity,
            "Program": session.program, "Start": session.start, "End": session.end,
            "State": session.state, "Location": session.location,
            "Registered": session.registered, "Present": session.present,
            "Absent": session.absent, "DropInSpotsRemaining": session.drop_in_remaining}


def _session_line(session, lang: str) -> str:
    counts = fmt(translate("Cli", "%1 registered, %2 present, %3 absent"), session.registered,
                 session.present, session.absent)
    parts = [_when(session.start, session.end, lang), session.activity, session.location,
             counts, _state(session.state), fmt(translate("Cli", "session %1"), session.id)]
    return "  " + " · ".join(p for p in parts if p)


def cmd_today(args: argparse.Namespace) -> int:
    from services.org import reads

    store, chosen = _synced_store(args)
    try:
        now = _now()
        found = reads.today(store, now)
        synced = reads.last_sync(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "Org": chosen["Org"], "At": now.isoformat(),
                          "LastSync": synced,
                          "Now": [_session_json(s) for s in found.now],
                          "Next": [_session_json(s) for s in found.next]},
                         ensure_ascii=False, indent=2))
        return 0
    if not found.now and not found.next:
        print(translate("Cli", "No more sessions today."))
        return 0
    for title, sessions in ((translate("Cli", "Now"), found.now),
                            (translate("Cli", "Next"), found.next)):
        if sessions:
            print(f"{title} ({len(sessions)})")
            for session in sessions:
                print(_session_line(session, args.lang))
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    from services.org import reads
    from services.store.search import match_expression

    query = " ".join(args.query)
    if match_expression(query) is None:
        raise CliError(translate("Cli", "Say what to look for: a name, an email, a phone "
                                 "number."))
    store, chosen = _synced_store(args)
    try:
        found = reads.find(store, query, args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "Org": chosen["Org"], "Query": query,
                          "Results": [{"Kind": f.kind, "Id": f.id, "Title": f.label,
                                       "Detail": f.detail, "AccountId": f.account_id}
                                      for f in found]}, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(fmt(translate("Cli", "Nothing found for “%1”."), query))
        return 0
    for kind, title in (("Person", translate("Cli", "Persons")),
                        ("Account", translate("Cli", "Families"))):
        hits = [f for f in found if f.kind == kind]
        if hits:
            print(f"{title} ({len(hits)})")
            for hit in hits:
                account = fmt(translate("Cli", "account %1"), hit.account_id) \
                    if hit.account_id is not None else ""
                print("  " + " — ".join(p for p in (hit.label, hit.detail, account) if p))
    return 0


def _number(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise CliError(fmt(translate("Cli", "%1: “%2” is not a number."), what, text))
    return value


_ATTENDANCE = {1: "Present", 2: "Absent"}


def cmd_roster(args: argparse.Namespace) -> int:
    from services.org import reads

    ident = _number(args.occurrence, "OCCURRENCE")
    store, chosen = _synced_store(args)
    try:
        found = reads.roster(store, ident)
    except reads.NotFound as error:
        raise CliError(fmt(translate("Cli", "No session %1 in what was synced of organization "
                                     "%2."), ident, chosen["Org"])) from error
    finally:
        store.close()
    if args.json:
        print(json.dumps({"Version": JSON_VERSION, "Org": chosen["Org"],
                          "Session": _session_json(found.session),
                          "Participants": [{"PersonId": p.person_id, "AccountId": p.account_id,
                                            "FirstName": p.first_name,
                                            "LastName": p.last_name, "Status": p.status,
                                            "Attendance": _ATTENDANCE.get(p.attendance, "None")}
                                           for p in found.participants]},
                         ensure_ascii=False, indent=2))
        return 0
    session = found.session
    start = datetime.fromisoformat(session.start)
    print(" · ".join(p for p in (session.activity, _day(start.date(), args.lang),
                                 _when(session.start, session.end, args.lang),
                                 session.location, _state(session.state)) if p))
    print(fmt(translate("Cli", "%1 registered, %2 present, %3 absent"), session.registered,
              session.present, session.absent))
    marks = {1: translate("Cli", "present"), 2: translate("Cli", "absent")}
    for person in found.participants:
        extra = [marks.get(person.attendance, ""),
                 translate("Cli", "drop-in") if person.status == "DropIn" else ""]
        line = f"{person.first_name} {person.last_name}"
        print("  " + " — ".join(p for p in (line, *extra) if p))
    return 0


def _day(day: date, lang: str) -> str:
    from PySide6.QtCore import QLocale

    from desktop.formatting import long_date

    return long_date(day, QLocale(lang))


def _who(chosen: dict[str, str]) -> str:
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user} (key {chosen['Key']})"


def cmd_card(args: argparse.Namespace) -> int:
    from services.org import reads

    ident = _number(args.account, "ACCOUNT")
    store, chosen = _synced_store(args)
    try:
        found = reads.family(store, ident, medical=args.medical, who=_who(chosen))
    except reads.NotFound as error:
        raise CliError(fmt(translate("Cli", "No account %1 in what was synced of organization "
                                     "%2."), ident, chosen["Org"])) from error
    finally:
        store.close()
    if args.json:
        print(json.dumps(_card_json(found, chosen), ensure_ascii=False, indent=2))
        return 0
    _print_card(found, args.lang)
    return 0


def _card_json(found, chosen: dict[str, str]) -> dict[str, Any]:
    def member(m) -> dict[str, Any]:
        out = {"Id": m.id, "FirstName": m.first_name, "LastName": m.last_name,
               "DateOfBirth": m.date_of_birth, "IsChild": m.is_child, "Email": m.email,
               "Telephone": m.telephone}
        if found.medical_shown:
            out["MedicalInformation"] = m.medical
        return out

    return {"Version": JSON_VERSION, "Org": chosen["Org"], "Id": found.id,
            "Owners": [{"Id": o.id, "FullName": o.full_name, "Email": o.email,
                        "TelephoneMobile": o.telephone_mobile} for o in found.owners],
            "Members": [member(m) for m in found.members],
            "Contacts": [{"Id": c.id, "FullName": c.full_name, "Relationship": c.relationship,
                          "Type": c.type, "IsLegalGuardian": c.guardian,
                          "IsEmergencyContact": c.emergency, "Email": c.email,
                          "Telephone": c.telephone, "TelephoneMobile": c.telephone_mobile,
                          "PersonIds": c.person_ids} for c in found.contacts],
            "Registrations": [{"Id": r.id, "PersonId": r.person_id, "Person": r.person,
                               "Program": r.program, "Activity": r.activity,
                               "DateCreated": r.date_created, "IsCancelled": r.cancelled}
                              for r in found.registrations]}


_MEDICAL = ("Allergies", "Illnesses", "Medication", "Reactions")


def _born(day: str | None, lang: str) -> str:
    if not day:
        return ""
    from PySide6.QtCore import QLocale

    from desktop.formatting import short_date

    return fmt(translate("Cli", "born %1"), short_date(date.fromisoformat(day), QLocale(lang)))


def _print_card(found, lang: str) -> None:
    names = " & ".join(o.full_name for o in found.owners)
    print(fmt(translate("Cli", "Account %1"), found.id) + (f" — {names}" if names else ""))
    for owner in found.owners:
        print("  " + " · ".join(p for p in (owner.full_name, owner.email,
                                            owner.telephone_mobile) if p))
    print(fmt(translate("Cli", "Members (%1)"), len(found.members)))
    labels = {"Allergies": translate("Cli", "Allergies"),
              "Illnesses": translate("Cli", "Illnesses"),
              "Medication": translate("Cli", "Medication"),
              "Reactions": translate("Cli", "Reactions")}
    for m in found.members:
        born = _born(m.date_of_birth, lang)
        print("  " + " · ".join(p for p in (f"{m.first_name} {m.last_name}", born, m.email,
                                            m.telephone) if p))
        if found.medical_shown:
            info = m.medical or {}
            keys = (*_MEDICAL, *sorted(set(info) - set(_MEDICAL)))
            shown = [fmt(translate("Cli", "%1: %2"), labels.get(k, k), info[k])
                     for k in keys if info.get(k)]
            print("    " + ("; ".join(shown) if shown
                            else translate("Cli", "No medical information.")))
    print(fmt(translate("Cli", "Contacts (%1)"), len(found.contacts)))
    for c in found.contacts:
        roles = [translate("Cli", "legal guardian") if c.guardian else "",
                 translate("Cli", "emergency contact") if c.emergency else ""]
        print("  " + " · ".join(p for p in (c.full_name, c.relationship, *roles,
                                            c.telephone_mobile or c.telephone, c.email) if p))
    print(fmt(translate("Cli", "Registrations (%1)"), len(found.registrations)))
    for r in found.registrations:
        print("  " + " · ".join(p for p in (r.person, r.activity, r.program,
                                            translate("Cli", "cancelled") if r.cancelled
                                            else "") if p))
