"""Search everything (issue 18): each kind found, accents, apostrophes and case alike, sealed
values never, and the index kept with the rows (local edits, deletions, a migration)."""

from __future__ import annotations

import sqlite3

import pytest

from services.domain import demo as d
from services.domain.entities import Contact, Email, Organization, Person
from services.store import search
from services.store.store import Store
from services.sync.operations import LocalEdits


def find(store: Store, query: str) -> dict[str, list[search.Hit]]:
    with store.reader() as conn:
        return search.search(conn, query)


def labels(store: Store, query: str, kind: str) -> list[str]:
    return [hit.label for hit in find(store, query).get(kind, [])]


@pytest.mark.parametrize(("query", "kind", "label"), [
    ("etienne tremblay", "Person", "Étienne Tremblay"),
    ("therese", "Contact", "Thérèse Côté"),
    ("grand-mere", "Contact", "Thérèse Côté"),
    ("marsouins", "Organization", "Club de natation Les Marsouins"),
    ("gardiens averti", "Activity", "Cours Gardiens avertis"),
    ("bibliotheque", "Occurrence", "Atelier de bricolage"),  # a session moved there
    ("pedagogique", "Closure", "Journée pédagogique"),
    ("deplace jeudi", "Email", "Changement d'horaire — Natation Junior 3"),  # the body's text
    ("affiliation annuelle", "Transaction", "Affiliation annuelle"),
    ("bains libres", "Pass", "Carte 10 bains libres"),
])
def test_each_kind_is_found(demo_store, query, kind, label):
    assert label in labels(demo_store, query, kind)


def test_sessions_of_a_found_activity_come_soonest_first(demo_store):
    with demo_store.reader() as conn:
        hits = search.search(conn, "natation junior", per_kind=5, since=0)
        starts = [row[0] for row in conn.execute(
            "SELECT o.start FROM occurrences o JOIN activities a ON a.id = o.activity_id"
            " WHERE a.name = 'Natation — Junior 3' ORDER BY o.start LIMIT 5")]
    assert [h.label for h in hits["Activity"]] == ["Natation — Junior 3"]
    assert [h.at for h in hits["Occurrence"]] == starts
    assert {h.label for h in hits["Occurrence"]} == {"Natation — Junior 3"}


def test_accents_case_and_apostrophes_are_alike(demo_store):
    expected = labels(demo_store, "Étienne", "Person")
    assert expected == ["Étienne Tremblay"]
    for query in ("etienne", "ÉTIENNE", "ETIENNE", "étienne", "Etien"):
        assert labels(demo_store, query, "Person") == expected, query
    subject = "Programmation d'hiver"
    for query in ("programmation d'hiver", "programmation d’hiver", "D’HIVER", "d'hiv"):
        assert subject in labels(demo_store, query, "Email"), query
    assert labels(demo_store, "hiver programmation", "Email") == [subject]
    assert labels(demo_store, "zzzz hiver", "Email") == []


def test_amount_as_shown_in_either_language(demo_store):
    for query in ("45,00", "45.00", "45"):
        assert "Affiliation annuelle" in labels(demo_store, query, "Transaction"), query


def test_letters_unicode61_keeps_are_folded(store):
    with store.write() as conn:
        store.upsert(conn, [Person(id=9, version="1", first_name="Jan", last_name="Łukasiewicz",
                                   is_child=False),
                            Organization(id=77, version="1", name="Les Œuvres du cœur",
                                         slug="coeur")])
    for query in ("lukasiewicz", "Łukasiewicz", "LUKAS", "łukas"):
        assert labels(store, query, "Person") == ["Jan Łukasiewicz"], query
    for query in ("coeur", "cœur", "oeuvres"):
        assert labels(store, query, "Organization") == ["Les Œuvres du cœur"], query


def test_sealed_values_never_match(demo_store):
    """A SIN, medical information, health insurance, a contact's notes, a form's answers."""
    with demo_store.read() as conn:
        felix = demo_store.get(conn, Person, d.FELIX)
        notes = [c.notes for c in demo_store.all(conn, Contact) if c.notes]
        insured = [p.health_insurance.number for p in demo_store.all(conn, Person)
                   if p.health_insurance and p.health_insurance.number]
    assert felix.medical_information.allergies == d.ALLERGY_FELIX
    assert insured and notes
    for query in (d.SIN_ETIENNE, d.SIN_ETIENNE[:3], "arachides", "anaphylaxie", "EpiPen",
                  "urticaire", *insured, *notes):
        assert find(demo_store, query) == {}, query
    with sqlite3.connect(demo_store.path) as raw:
        text = " ".join(" ".join(map(str, row)) for row in raw.execute(
            "SELECT label, detail, words, alt FROM search_index"))
    assert "Arachides" not in text and d.SIN_ETIENNE not in text


def test_local_edits_and_deletions_are_indexed_at_once(demo_store):
    edits = LocalEdits(demo_store)
    edits.update_person(d.ZOE, first_name="Zoëlle")
    assert labels(demo_store, "zoelle", "Person") == ["Zoëlle Tremblay"]
    assert labels(demo_store, "zoe", "Person") == ["Zoëlle Tremblay"]  # "zoe…" as typed
    with demo_store.read() as conn:
        therese = [c.id for c in demo_store.all(conn, Contact) if c.first_name == "Thérèse"]
    assert len(therese) > 1
    assert sorted(h.id for h in find(demo_store, "therese")["Contact"]) == therese
    edits.remove_contact(therese[0])
    assert sorted(h.id for h in find(demo_store, "therese")["Contact"]) == therese[1:]


def test_a_renamed_organization_renames_what_shows_it(demo_store):
    with demo_store.read() as conn:
        swim = demo_store.get(conn, Organization, d.SWIM)
    with demo_store.write() as conn:
        demo_store.upsert(conn, [swim.model_copy(update={"name": "Club Dauphins"})])
    assert find(demo_store, "marsouins").keys() <= {"Organization", "Email", "Transaction"}
    hits = find(demo_store, "dauphins")
    assert {"Organization", "Activity", "Occurrence", "Email"} <= hits.keys()
    assert all("Club Dauphins" in hit.detail for hit in hits["Occurrence"])


def test_the_migration_indexes_what_an_older_store_holds(tmp_path, demo):
    from alembic import command

    from services.store import dataset_io
    from services.store.db import alembic_config

    store = Store.open(tmp_path / "s")
    dataset_io.load(store, demo)
    command.downgrade(alembic_config(store.engine), "0005")
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'"
                           ).fetchone() == (0,)
    command.upgrade(alembic_config(store.engine), "head")
    assert labels(store, "francois", "Person") == labels(store, "françois", "Person")
    assert labels(store, "felix", "Person") == ["Félix Tremblay"]
    with store.read() as conn:
        emails = len(store.all(conn, Email))
    assert len(find(store, "example")["Email"]) == emails
    store.close()


def test_match_expression_quotes_what_is_typed():
    assert search.match_expression('  "" ** ') is None
    assert search.match_expression('a"b') == '"a b"*'
    assert search.match_expression("l’école NEAR") == '"l école"* AND "NEAR"*'
