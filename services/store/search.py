"""Search everything (issue 18): one SQLite FTS5 index over what a person may look for —
people, contacts, organizations, activities, occurrences, events, closures, emails,
transactions, passes — kept current in the transaction that writes the rows (Store.upsert and
Store.delete: a sync page, a rebuild, a local edit).

Sealed fields (schema.SECRET_FIELDS: a SIN, medical information, health insurance, a contact's
notes, a form's answers) are never read here, so never indexed. The tokenizer is `unicode61
remove_diacritics 2` ("francois" finds "François", case aside); apostrophes split words either
way (’ and ' alike). Letters it does not fold (Ł, Ø, Œ, Æ, ß…) get their folded spelling in a
second column (`alt`), so "lukasiewicz" finds "Łukasiewicz" and "coeur" finds "cœur".

A row's rowid says its kind and id (`_rowid`); `label` and `detail` are what a result shows,
`at` when it happens (microseconds UTC for instants, an ISO date for days).
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

TABLE = "search_index"
CREATE = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(label UNINDEXED, detail UNINDEXED,"
          " at UNINDEXED, words, alt, tokenize = 'unicode61 remove_diacritics 2',"
          " prefix = '1 2 3')")

# The kinds a result can be, in the order results are grouped, and their resource types.
KINDS: dict[str, int] = {
    "Person": 1, "Contact": 2, "Organization": 3, "Activity": 4, "Occurrence": 5,
    "Event": 6, "Closure": 7, "Email": 8, "Transaction": 9, "Pass": 10,
}
_BY_CODE = {code: kind for kind, code in KINDS.items()}
_SHIFT = 1 << 40
_OFFSET = 1 << 39  # ids may be negative (local creations)
_CHUNK = 500

# Letters unicode61 keeps as they are (no decomposition), folded to their usual Latin spelling.
_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŀ": "l", "Ŀ": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
})
_FOLDED = frozenset("łŁøØđĐħĦıŀĿßæÆœŒþÞðÐ")
_APOSTROPHES = "’‘ʼ`´"
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Apostrophes of every kind as ', at index and at query time."""
    # str.replace per mark present, not str.translate: translate walks an email's body a
    # character at a time in Python's mapping code, which made a third of a full sync's
    # index upkeep (0.54 s of 1.5 s for 20,000 emails).
    for mark in _APOSTROPHES:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def fold(word: str) -> str:
    """`word` with the letters unicode61 does not fold spelled in plain Latin."""
    return word.translate(_FOLD)


def _alt(text: str) -> str:
    if _FOLDED.isdisjoint(text):
        return ""
    return " ".join(fold(w) for w in _WORD.findall(text) if _FOLDED.intersection(w))


def _rowid(kind: str, ident: int) -> int:
    return KINDS[kind] * _SHIFT + ident + _OFFSET


def kind_of(rowid: int) -> tuple[str, int]:
    return _BY_CODE[rowid // _SHIFT], rowid % _SHIFT - _OFFSET


_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def plain_text(body: str) -> str:
    """The words of an email's HTML body (no tags, no scripts or styles, entities read)."""
    if "<" not in body and "&" not in body:
        return body
    return " ".join(html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", body))).split())


def _amount(cents: int | None) -> str:
    if cents is None:
        return ""
    value = abs(cents) / 100
    return f"{value:.2f} {value:,.2f}"  # 1234.56 and 1,234.56: "1234,56" and "45" match


def _phones(value: Any) -> str:
    import json

    phones = json.loads(value) if isinstance(value, str) else (value or [])
    numbers = [p.get("Number") or p.get("number") or "" for p in phones if isinstance(p, dict)]
    return " ".join(n + " " + re.sub(r"\D", "", n) for n in numbers)


def _join(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


def _dot(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


# An occurrence is in the index only when it has a place of its own (a moved session): the
# others say what their activity says, and a search finds them through it (`_sessions`) —
# 100,000 rows the index and every sync would carry for nothing.
_OCCURRENCES = ("SELECT x.id, a.name, coalesce(x.location, a.location), g.name, x.start"
                " FROM occurrences x LEFT JOIN activities a ON a.id = x.activity_id"
                " LEFT JOIN organizations g ON g.id = a.organization_id")
_OWN_PLACE = " AND x.location IS NOT NULL AND x.location != ''"

# Per kind: the SELECT (its first column the id) and how a row becomes (label, detail, at,
# words). Only clear columns are read: never a sealed one.
_ORG = "LEFT JOIN organizations g ON g.id = x.organization_id"
SOURCES: dict[str, tuple[str, Any]] = {
    "Person": ("SELECT x.id, x.first_name, x.last_name, x.email, x.phones FROM persons x",
               lambda r: (_join(r[1], r[2]), "", None,
                          _join(r[1], r[2], r[3], _phones(r[4])))),
    "Contact": ("SELECT x.id, x.first_name, x.last_name, x.relationship, x.phones,"
                " p.first_name, p.last_name FROM contacts x"
                " LEFT JOIN persons p ON p.id = x.person_id",
                lambda r: (_join(r[1], r[2]), _dot(r[3], _join(r[5], r[6])), None,
                           _join(r[1], r[2], r[3], _phones(r[4])))),
    "Organization": ("SELECT x.id, x.name, x.slug, x.phone, x.email FROM organizations x",
                     lambda r: (r[1], "", None, _join(r[1], r[2], r[3], r[4]))),
    "Activity": (f"SELECT x.id, x.name, x.program, x.location, g.name FROM activities x {_ORG}",
                 lambda r: (r[1], _dot(r[4], r[3]), None, _join(r[1], r[2], r[3], r[4]))),
    "Occurrence": (_OCCURRENCES,
                   lambda r: (r[1] or "", _dot(r[3], r[2]), r[4], _join(r[1], r[2], r[3]))),
    "Event": (f"SELECT x.id, x.title, x.location, g.name, x.start FROM events x {_ORG}",
              lambda r: (r[1], _dot(r[3], r[2]), r[4], _join(r[1], r[2], r[3]))),
    "Closure": (f"SELECT x.id, x.name, g.name, x.start_date FROM closures x {_ORG}",
                lambda r: (r[1], r[2] or "", r[3], _join(r[1], r[2]))),
    "Email": (f"SELECT x.id, x.subject, x.sender, g.name, x.sent_at, x.html_body FROM emails x"
              f" {_ORG}",
              lambda r: (r[1], r[3] or r[2], r[4],
                         _join(r[1], r[2], r[3], plain_text(r[5] or "")))),
    "Transaction": (f"SELECT x.id, x.description, g.name, x.date, x.amount, x.kind"
                    f" FROM transactions x {_ORG}",
                    lambda r: (r[1] or r[5], r[2] or "", r[3],
                               _join(r[1], r[2], _amount(r[4])))),
    "Pass": (f"SELECT x.id, x.name, g.name, x.valid_to FROM passes x {_ORG}",
             lambda r: (r[1], r[2] or "", r[3], _join(r[1], r[2]))),
}
# What else shows a kind's text: re-indexed with it (an organization renamed, an activity
# moved). Each SELECT takes the changed ids and gives the dependent ids.
DEPENDENTS: dict[str, list[tuple[str, str]]] = {
    "Person": [("Contact", "SELECT id FROM contacts WHERE person_id IN ({})")],
    "Organization": [(kind, f"SELECT id FROM {table} WHERE organization_id IN ({{}})")
                     for kind, table in (("Activity", "activities"), ("Event", "events"),
                                         ("Closure", "closures"), ("Email", "emails"),
                                         ("Transaction", "transactions"), ("Pass", "passes"))],
    "Activity": [("Occurrence", "SELECT id FROM occurrences WHERE activity_id IN ({})"
                               " AND location IS NOT NULL AND location != ''")],
}


def _raw(conn: Connection | sqlite3.Connection) -> sqlite3.Connection:
    if isinstance(conn, sqlite3.Connection):
        return conn
    return conn.connection.driver_connection  # the transaction's own sqlite3 connection


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for at in range(0, len(ids), _CHUNK):
        yield ids[at:at + _CHUNK]


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _insert(raw: sqlite3.Connection, kind: str, rows: Iterable[tuple]) -> None:
    shape = SOURCES[kind][1]
    docs = []
    for row in rows:
        label, detail, at, words = shape(row)
        words = normalise(words)
        docs.append((_rowid(kind, row[0]), label, detail, at, words, _alt(words)))
    raw.executemany(f"INSERT INTO {TABLE} (rowid, label, detail, at, words, alt)"
                    f" VALUES (?, ?, ?, ?, ?, ?)", docs)


def remove(conn: Connection | sqlite3.Connection, kind: str, ids: Iterable[int]) -> None:
    """The index rows of `ids` gone (in the caller's transaction)."""
    if kind not in KINDS:
        return
    raw = _raw(conn)
    rowids = [_rowid(kind, ident) for ident in ids]
    for part in _chunks(rowids):
        raw.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({_marks(part)})", part)


def reindex(conn: Connection | sqlite3.Connection, kind: str, ids: Iterable[int],
            follow: bool = True) -> None:
    """The index rows of `ids` of `kind` made again from the stored rows (and those of what
    shows their text: `DEPENDENTS`), in the caller's transaction."""
    if kind not in KINDS:
        return
    raw = _raw(conn)
    ids = list(dict.fromkeys(ids))
    remove(raw, kind, ids)
    select, own = SOURCES[kind][0], _OWN_PLACE if kind == "Occurrence" else ""
    for part in _chunks(ids):
        _insert(raw, kind, raw.execute(f"{select} WHERE x.id IN ({_marks(part)}){own}", part))
    if follow:
        for dependent, sql in DEPENDENTS.get(kind, ()):
            found = [row[0] for part in _chunks(ids)
                     for row in raw.execute(sql.format(_marks(part)), part)]
            if found:
                reindex(raw, dependent, found, follow=dependent != kind)


def clear(conn: Connection | sqlite3.Connection) -> None:
    _raw(conn).execute(f"DELETE FROM {TABLE}")


def rebuild(conn: Connection | sqlite3.Connection) -> None:
    """The whole index made again from the stored rows (a 410 rebuild, the migration)."""
    raw = _raw(conn)
    clear(raw)
    for kind, (select, _) in SOURCES.items():
        own = f" WHERE 1{_OWN_PLACE}" if kind == "Occurrence" else ""
        _insert(raw, kind, raw.execute(select + own))


# --- searching ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # a key of KINDS: the resource type
    id: int
    label: str
    detail: str
    at: int | str | None  # microseconds UTC (instants), an ISO date (days), or None


def terms(query: str) -> list[str]:
    """The words of `query` as the index splits them (apostrophes split words)."""
    return [w.casefold() for w in _WORD.findall(normalise(query))]


def match_expression(query: str) -> str | None:
    """An FTS5 expression for what a person typed: every word must match, as a prefix (the
    last one as it is being typed too); "l'école" is the phrase "l école". None: nothing."""
    parts = []
    for chunk in normalise(query).split():
        words = _WORD.findall(chunk)
        if not words:
            continue
        phrase = " ".join(words)
        folded = " ".join(fold(w) for w in words)
        text = f'"{phrase}"*'
        if folded != phrase:  # "Łuk" finds the word or its folded spelling
            text = f'({text} OR alt : "{folded}"*)'
        parts.append(text)
    return " AND ".join(parts) or None


def _sessions(conn: sqlite3.Connection, activities: list[int], since: int,
              limit: int) -> list[Hit]:
    """The next sessions of `activities` from `since` (microseconds UTC), soonest first."""
    if not activities or limit <= 0:
        return []
    shape = SOURCES["Occurrence"][1]
    rows = conn.execute(f"{_OCCURRENCES} WHERE x.activity_id IN ({_marks(activities)})"
                        f" AND x.start >= ? ORDER BY x.start LIMIT ?",
                        (*activities, since, limit))
    return [Hit("Occurrence", row[0], *shape(row)[:3]) for row in rows]


def search(conn: sqlite3.Connection, query: str, per_kind: int = 20,
           since: int | None = None) -> dict[str, list[Hit]]:
    """The first `per_kind` hits of each kind (the newest; sessions: the coming ones, from
    `since`, microseconds UTC, now by default), grouped in KINDS' order (kinds with none left
    out). `conn`: a plain reader (services.store.reads)."""
    expression = match_expression(query)
    if expression is None:
        return {}
    rows = _newest_per_kind(conn, expression, per_kind)
    found: dict[str, list[Hit]] = {}
    for kind in KINDS:
        hits = [Hit(kind, kind_of(r[0])[1], r[1], r[2], r[3]) for r in rows.get(kind, ())]
        if kind == "Occurrence":
            if since is None:
                from services.domain import clock
                from services.store.codec import to_micros

                since = to_micros(clock.now())
            own = {hit.id for hit in hits}
            hits += [hit for hit in _sessions(conn, [h.id for h in found.get("Activity", [])],
                                              since, per_kind) if hit.id not in own]
            hits = hits[:per_kind]
        if hits:
            found[kind] = hits
    return found


def _newest_per_kind(conn: sqlite3.Connection, expression: str,
                     per_kind: int) -> dict[str, list[tuple]]:
    """The index rows of the `per_kind` newest matches of each kind, newest first.

    One MATCH for every kind, its rowids only, then the shown columns of those kept: a query
    per kind made FTS5 merge each prefix's terms once per kind (3-word queries took 3 times
    as long)."""
    counts: dict[int, int] = {}
    kept: list[int] = []
    for (rowid,) in conn.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?"
                                 f" ORDER BY rowid DESC", (expression,)):
        code = rowid // _SHIFT
        seen = counts.get(code, 0)
        if seen < per_kind:
            counts[code] = seen + 1
            kept.append(rowid)
    rows: dict[str, list[tuple]] = {}
    for part in _chunks(kept):
        for row in conn.execute(f"SELECT rowid, label, detail, at FROM {TABLE}"
                                f" WHERE rowid IN ({_marks(part)})", part):
            rows.setdefault(_BY_CODE[row[0] // _SHIFT], []).append(row)
    for found in rows.values():
        found.sort(key=lambda row: row[0], reverse=True)
    return rows
