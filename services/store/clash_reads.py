"""ASSIST-3: the clashes of a period, with the ones the family dismissed (plain sqlite3: the
window's reader thread and the command line)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from services.domain.clashes import DISMISSED, Clash, dismissed_keys, find_clashes
from services.store import calendar_reads, reads


class Found(NamedTuple):
    clashes: list[Clash]  # every clash of the period, dismissed or not, by start
    dismissed: frozenset[str]  # the keys the family dismissed

    def shown(self) -> list[Clash]:
        return [c for c in self.clashes if c.key not in self.dismissed]


def clashes(conn: sqlite3.Connection, first: date, last: date) -> Found:
    """The whole family's clashes that begin on local days first..last."""
    entries = calendar_reads.calendar_entries(conn, first, last)
    found = [c for c in find_clashes(entries) if first <= c.day <= last]
    return Found(found, dismissed_keys(reads.meta(conn, DISMISSED)))
