"""The search index (issue 18) after a sync against the reference server: what the pages
brought and deleted, and after a 410 rebuild, equals an index made afresh from the rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from services.store import search
from services.sync.engine import Report


def index_rows(store) -> list[tuple]:
    with closing(sqlite3.connect(store.path)) as raw:
        return raw.execute("SELECT rowid, label, detail, at, words, alt FROM search_index"
                           " ORDER BY rowid").fetchall()


def fresh_rows(store) -> list[tuple]:
    """The index as a rebuild from the stored rows would make it (rolled back after)."""
    with closing(sqlite3.connect(store.path, isolation_level=None)) as raw:
        raw.execute("BEGIN")
        search.rebuild(raw)
        rows = raw.execute("SELECT rowid, label, detail, at, words, alt FROM search_index"
                           " ORDER BY rowid").fetchall()
        raw.execute("ROLLBACK")
    return rows


def ids(store, query: str, kind: str) -> set[int]:
    with store.reader() as conn:
        return {hit.id for hit in search.search(conn, query, per_kind=500, since=0).get(kind, [])}


def activity_of(store, occurrence: int) -> str:
    with store.reader() as conn:
        return conn.execute("SELECT a.name FROM occurrences o JOIN activities a"
                            " ON a.id = o.activity_id WHERE o.id = ?", (occurrence,)).fetchone()[0]


def indexed(store, kind: str, ident: int) -> bool:
    return any(search.kind_of(row[0]) == (kind, ident) for row in index_rows(store))


def test_a_sync_with_deletions_keeps_the_index(carnet, admin, web):
    carnet.engine.sync()
    assert index_rows(carnet.store) == fresh_rows(carnet.store) != []
    activity = activity_of(carnet.store, 10004)
    assert 10004 in ids(carnet.store, activity, "Occurrence")
    assert indexed(carnet.store, "Contact", 307)
    admin.post("/admin/closures", json={"OrganizationId": 101, "Name": "Tempête de neige",
                                        "StartDate": "2026-12-02", "EndDate": "2026-12-02"})
    admin.delete("/admin/occurrences/10004")
    web.delete("/me/contacts/307")
    web.patch("/me/persons/205", json={"FirstName": "Éloïse"})
    assert carnet.engine.sync().ok
    assert index_rows(carnet.store) == fresh_rows(carnet.store)
    assert ids(carnet.store, "tempete neige", "Closure")
    assert 10004 not in ids(carnet.store, activity, "Occurrence")
    assert ids(carnet.store, activity, "Occurrence")
    assert not indexed(carnet.store, "Contact", 307)
    assert ids(carnet.store, "eloise", "Person") == {205}


def test_a_410_rebuild_keeps_the_index(carnet, web, admin):
    carnet.engine.sync()
    activity = activity_of(carnet.store, 10004)
    carnet.edits.update_person(204, first_name="Félix-Antoine")
    carnet.edits.add_person("Noé", "Tremblay", True, date(2024, 5, 1))
    web.delete("/me/contacts/307")
    admin.delete("/admin/occurrences/10004")
    admin.post("/admin/purge-tombstones")
    report = Report()
    carnet.engine.pull(report)
    assert report.rebuilt
    assert index_rows(carnet.store) == fresh_rows(carnet.store)
    assert ids(carnet.store, "felix-antoine", "Person") == {204}
    assert len(ids(carnet.store, "noe", "Person")) == 1
    assert not indexed(carnet.store, "Contact", 307)
    assert 10004 not in ids(carnet.store, activity, "Occurrence")
    assert ids(carnet.store, activity, "Occurrence")
    assert carnet.engine.sync().pushed == 2  # Noé gets the platform's id: indexed under it
    assert index_rows(carnet.store) == fresh_rows(carnet.store)
    assert all(ident > 0 for ident in ids(carnet.store, "noe", "Person"))
