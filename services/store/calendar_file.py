"""The calendar written to an .ics file (issue 17): `carnet export --ics`, File ▸ Export
calendar… and the live file all write through here.

The entries are the calendar's (calendar_reads, the filters of `carnet agenda`), read on one
snapshot a month at a time and written as they come (services.domain.ics.ics_chunks): ten years
of a busy family take the memory of a month. The file is written beside the target and renamed
over it, so a reader — a calendar app, a cloud drive's client — sees the old file or the new
one, never half of one, and a full disk leaves the old file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from services.domain import ics
from services.domain.calendar import CalendarEntry
from services.store import calendar_reads, paths, revisions
from services.store.reads import CalendarFilter, organizations, person_names
from services.store.store import Store

CHUNK_DAYS = 31  # read a month at a time


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    events: int


def _entries(conn: sqlite3.Connection, first: date, last: date,
             where: CalendarFilter) -> Iterator[CalendarEntry]:
    """Every entry covering local days first..last, once, read a month at a time: an entry
    spanning months is written with the month it starts in (or the first one)."""
    start = first
    while start <= last:
        end = min(start + timedelta(days=CHUNK_DAYS - 1), last)
        for entry in calendar_reads.calendar_days(conn, start, end, where).each():
            if start == first or entry.first_day >= start:
                yield entry
        start = end + timedelta(days=1)


def calendar_chunks(conn: sqlite3.Connection, first: date, last: date, where: CalendarFilter,
                    *, lang: str, name: str, stamp: datetime | None = None,
                    counter: list[int] | None = None) -> Iterator[bytes]:
    """The .ics of local days first..last under `where`, piece by piece, with the SEQUENCE
    the sync counted (services/store/revisions.py)."""
    orgs = organizations(conn)
    wanted = orgs if where.org_ids is None else {i: o for i, o in orgs.items()
                                                 if i in where.org_ids}
    entries = _entries(conn, first, last, where)
    if counter is not None:
        entries = _counted(entries, counter)
    yield from ics.ics_chunks(entries, lang=lang, name=name,
                              zones={o.time_zone for o in wanted.values()}, first=first,
                              last=last, sequences=revisions.sequences(conn),
                              stamp=stamp or datetime.now(UTC))


def _counted(entries: Iterator[CalendarEntry], counter: list[int]) -> Iterator[CalendarEntry]:
    for entry in entries:
        counter[0] += 1
        yield entry


class WriteFailed(Exception):
    """The file could not be written (an unwritable folder, a full disk): `target` is as it
    was. Not an OSError, so that it is never taken for a problem of the store."""

    def __init__(self, target: Path, error: OSError) -> None:
        self.target = target
        self.reason = error.strerror or type(error).__name__
        super().__init__(f"{target}: {self.reason}")


def write_atomically(target: Path, chunks: Iterator[bytes]) -> None:
    """`chunks` into `target`, all or nothing: a temporary file beside it (owner-only), synced
    to disk, then renamed over it. On any error the temporary file goes and `target` stays;
    the file's own errors come as WriteFailed."""
    try:
        paths.replace_atomically(target, chunks)
    except OSError as error:
        raise WriteFailed(target, error) from error


def write_calendar(store: Store, target: Path, first: date, last: date,
                   where: CalendarFilter | None = None, *, lang: str, name: str,
                   stamp: datetime | None = None) -> Written:
    """The calendar of local days first..last under `where` in `target` (replaced whole).
    Raises WriteFailed (an unwritable folder, a full disk) with `target` left as it was."""
    counter = [0]
    with store.reader() as conn:
        write_atomically(target, calendar_chunks(conn, first, last, where or CalendarFilter(),
                                                 lang=lang, name=name,
                                                 stamp=stamp, counter=counter))
    return Written(target, counter[0])


# --- the live file (issue 17, item 2): rewritten after each sync -----------------------------

LIVE_BEFORE = timedelta(days=92)  # what a phone's calendar keeps of the past…
LIVE_AFTER = timedelta(days=400)  # …and of the year to come
LIVE_NAME = "carnet.ics"


def live_name(person_name: str, person_id: int) -> str:
    """A member's own file: carnet-<first name>-<id>.ics, plain letters (any cloud drive)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", person_name.split(" ")[0].casefold())
    plain = "".join(c for c in folded if c.isascii() and c.isalnum()) or "member"
    return f"carnet-{plain}-{person_id}.ics"


def write_live(store: Store, folder: Path, today: date, *, per_member: bool, lang: str,
               name: str) -> list[Written]:
    """The live calendar in `folder`: the whole family's (carnet.ics), or one file per member.
    Each is replaced whole (a reader sees the old one or the new one)."""
    first, last = today - LIVE_BEFORE, today + LIVE_AFTER
    if not per_member:
        return [write_calendar(store, folder / LIVE_NAME, first, last, lang=lang, name=name)]
    with store.reader() as conn:
        members = dict(person_names(conn))
    return [write_calendar(store, folder / live_name(full, ident), first, last,
                           CalendarFilter(person_ids={ident}), lang=lang,
                           name=ics.calendar_name(lang, full))
            for ident, full in sorted(members.items())]
