"""Front desk (issue 19): the organizations signed in on this computer, their sync, and the
reads the desk window needs that services.org.reads does not give (the next day with sessions,
a month of the calendar).

`carnet org login` makes an organization the commands' current one (`<data>/orgs/current.json`)
and writes, beside that organization's store, what the desk needs to sync it again later
(`desk.json`: server, number or slug, key, language, a display name; owner-only, never the
secret), so the desk shows every organization signed in on this computer side by side. (A
folder from before this was written gets it when its organization is the current one as the
desk opens.) An organization's folder with a store but no `desk.json` is shown (readable
offline) and its sync says to sign in again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from services.org.client import OrgClient
    from services.org.store import OrgStore
    from services.org.sync import SyncReport

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CURRENT = "current.json"
DESK_FILE = "desk.json"
ZONE = "America/Toronto"
# The month calendar shows the weeks before today too: the desk syncs from five weeks back.
DAYS_BACK = 35
DAYS_AHEAD = 60
HIDDEN_STATES = ("Archived", "Replaced")


@dataclass
class DeskOrg:
    """One organization the desk shows: its store's folder and how to reach it."""

    folder: Path
    org: str
    server: str | None = None
    key: str | None = None
    lang: str = "fr"
    name: str = ""
    credentials: Any = None  # the demo's MemoryCredentials; else the keychain's

    @property
    def title(self) -> str:
        return self.name or self.org

    def client(self, lang: str) -> OrgClient:
        from services.org.client import OrgClient

        return OrgClient(self.server, self.org, self.key, lang, self.credentials)

    def open_store(self) -> OrgStore:
        from services.org.store import OrgStore

        return OrgStore.open(self.folder)


def orgs_folder(data_dir: Path) -> Path:
    from services.org.store import ORGS

    return data_dir / ORGS


def _read_json(path: Path) -> dict | None:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or not all(isinstance(found.get(k), str)
                                              for k in ("Server", "Org", "Key")):
        return None
    return found


def remember(data_dir: Path, chosen: dict[str, str]) -> Path:
    """Write what reaches organization `chosen["Org"]` beside its store (owner-only)."""
    from services.org.store import org_folder
    from services.store import paths

    folder = org_folder(data_dir, chosen["Org"])
    paths.private_folder(folder)
    text = json.dumps(chosen, ensure_ascii=False, indent=2).encode()
    paths.replace_atomically(folder / DESK_FILE, [text])
    return folder


def make_current(data_dir: Path, chosen: dict[str, str]) -> None:
    """`chosen` becomes the `carnet org` commands' organization (`current.json`)."""
    from services.store import paths

    folder = orgs_folder(data_dir)
    paths.private_folder(folder)
    text = json.dumps(chosen, ensure_ascii=False, indent=2).encode()
    paths.replace_atomically(folder / CURRENT, [text])


def address(server: str, org: str) -> tuple[str, str]:
    """The platform's address and the organization's number or slug, checked before any
    secret is asked for: BadServerUrl, or ValueError when `org` is neither."""
    from services.api.client import server_url
    from services.org.store import org_folder_name

    server = server_url(server)
    org_folder_name(org)
    return server, org.strip()


def sign_in(data_dir: Path, server: str, org: str, key: str, secret: str,
            lang: str) -> tuple[dict[str, str], bool]:
    """Sign in to organization `org` with an API key and its secret, check the key reads it,
    and remember it (the desk's list, the commands' current one). Returns what was remembered
    and whether the secret is kept by the OS keychain. Raises BadServerUrl (the address),
    ValueError (`org` is not a number or slug) or the platform's ApiError."""
    from services.api.errors import ApiError
    from services.org.client import OrgClient

    server, org = address(server, org)
    chosen = {"Server": server, "Org": org, "Key": key.strip(), "Lang": lang}
    client = OrgClient(server, chosen["Org"], chosen["Key"], lang)
    try:
        client.credentials.forget()  # another secret for this key: not the old token
        client.sign_in(secret, remember=True)
        client.one("/programs", perPage=1)  # the key may read this organization
    except ApiError:
        client.credentials.forget()
        raise
    finally:
        client.close()
    make_current(data_dir, chosen)
    remember(data_dir, chosen)  # the desk shows every organization signed in
    return chosen, client.credentials.persistent


def signed_in(data_dir: Path) -> list[DeskOrg]:
    """The organizations signed in (a `desk.json`) or synced (a store) in `<data>/orgs`."""
    from services.org.store import OrgStore

    root = orgs_folder(data_dir)
    current = _read_json(root / CURRENT)
    if current is not None:
        with contextlib.suppress(OSError, ValueError):
            known = _read_json(_folder_of(data_dir, current["Org"]) / DESK_FILE) or {}
            remember(data_dir, {**known, **current})
    found = []
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return []
    for folder in folders:
        chosen = _read_json(folder / DESK_FILE)
        if chosen is None and not OrgStore.exists(folder):
            continue  # neither signed in nor synced here
        chosen = chosen or {}
        found.append(DeskOrg(folder, chosen.get("Org") or folder.name, chosen.get("Server"),
                             chosen.get("Key"), chosen.get("Lang") or "fr",
                             chosen.get("Name") or ""))
    return found


def _folder_of(data_dir: Path, org: str) -> Path:
    from services.org.store import org_folder

    return org_folder(data_dir, org)


def choose(orgs: list[DeskOrg], wanted: str | None) -> list[DeskOrg]:
    """`--org ID`: that organization first (its tab shown); [] when it is not signed in."""
    if not wanted:
        return orgs
    name = wanted.strip().lower()
    first = [o for o in orgs if name in (o.org.lower(), o.folder.name)]
    return first + [o for o in orgs if o not in first] if first else []


# --- sync ----------------------------------------------------------------------------------------

class SyncProblem(Exception):
    """A sync that did not happen, said in one line in the interface's language."""


def sync(org: DeskOrg, store: OrgStore, lang: str, today: date | None = None) -> SyncReport:
    """The organization's lists read into its store (runs off the GUI thread); SyncProblem
    for what the person can act on."""
    from services.api.errors import ApiError
    from services.org.sync import OrgSync
    from services.store.errors import StoreError

    if not org.server or not org.key:
        raise SyncProblem(translate(
            "Desk", "Carnet no longer knows how to reach organization %1: sign in again "
            "with “carnet org login --org %1”.").replace("%1", org.org))
    client = org.client(lang)
    try:
        if client.credentials.password is None and os.environ.get("CARNET_ORG_SECRET"):
            client.credentials.set("password", os.environ["CARNET_ORG_SECRET"])
        return OrgSync(store, client, DAYS_BACK, DAYS_AHEAD, ZONE).run(today)
    except ApiError as error:
        log.info("organization sync failed: %s", type(error).__name__)
        raise SyncProblem(api_problem(error, org, lang)) from error
    except StoreError as error:
        log.warning("organization sync: the store could not be written (%s)",
                    type(error).__name__)
        raise SyncProblem(translate("Desk", "The organization's copy on this computer could "
                                    "not be written (%1).").replace("%1", type(error).__name__)
                          ) from error
    finally:
        client.close()


def api_problem(error: Exception, org: DeskOrg, lang: str) -> str:
    from services.api.errors import Offline, Rejected, SignInNeeded
    from services.domain.messages import message

    if isinstance(error, SignInNeeded):
        return translate("Desk", "The platform refused this organization's key and secret: "
                         "sign in again with “carnet org login”.")
    if isinstance(error, Rejected) and error.status in (403, 404):
        return translate("Desk", "The platform does not let this key read organization "
                         "%1.").replace("%1", org.org)
    if isinstance(error, Offline):
        return translate("Desk", "The platform cannot be reached: what was synced before "
                         "stays readable here.")
    return message(error.code, lang)


# --- reads the desk adds -------------------------------------------------------------------------

def local_now() -> datetime:
    from services.domain import clock
    from services.domain.calendar import zone

    return clock.now().astimezone(zone(ZONE))


def next_day(store: OrgStore, after: date) -> date | None:
    """The first day after `after` with a session (not archived or replaced)."""
    with store.reader() as conn:
        found = conn.execute("SELECT min(day) FROM occurrences WHERE day > ? AND state NOT IN"
                             " (?, ?)", (after.isoformat(), *HIDDEN_STATES)).fetchone()[0]
    return date.fromisoformat(found) if found else None


def day_start(day: date) -> datetime:
    from services.domain.calendar import zone

    return datetime.combine(day, time(0), zone(ZONE))


def month_entries(store: OrgStore, first: date, last: date, org_name: str) -> list:
    """The organization's closures, sessions and events covering days first..last, as the
    calendar's entries (services.domain.calendar.CalendarEntry)."""
    from services.domain.calendar import CalendarEntry, EntryKind, zone
    from services.domain.kinds import OccurrenceState

    states = {s.value: s for s in OccurrenceState}
    tz = zone(ZONE)
    low, high = first.isoformat(), last.isoformat()
    entries = []
    with store.reader() as conn:
        for ident, name, start, end in conn.execute(
                'SELECT id, name, start, "end" FROM closures WHERE start <= ? AND "end" >= ?',
                (high, low)):
            entries.append(CalendarEntry(
                EntryKind.CLOSURE, datetime.combine(date.fromisoformat(start), time(0), tz),
                datetime.combine(date.fromisoformat(end) + timedelta(days=1), time(0), tz),
                name, 0, org_name, ZONE, ident))
        for ident, start, end, state, location, title in conn.execute(
                'SELECT o.id, o.start, o."end", o.state, coalesce(o.location, a.location),'
                " a.name FROM occurrences o JOIN activities a ON a.id = o.activity_id"
                " WHERE o.day BETWEEN ? AND ? AND o.state NOT IN (?, ?)",
                (low, high, *HIDDEN_STATES)):
            entries.append(CalendarEntry(
                EntryKind.ACTIVITY, datetime.fromisoformat(start), datetime.fromisoformat(end),
                title, 0, org_name, ZONE, ident,
                state=states.get(state, OccurrenceState.NORMAL), location=location or ""))
        for ident, title, start, end, location in conn.execute(
                'SELECT id, title, start, "end", location FROM events WHERE start_day <= ?'
                " AND end_day >= ?", (high, low)):
            entries.append(CalendarEntry(
                EntryKind.EVENT, datetime.fromisoformat(start), datetime.fromisoformat(end),
                title, 0, org_name, ZONE, ident, location=location or ""))
    return entries


def who(org: DeskOrg) -> str:
    """The person at the desk, for the medical-access log: the computer's user and the key."""
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user} (key {org.key or '?'}, desk)"
