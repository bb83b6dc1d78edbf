"""The organization's store (issue 19) and what front desk reads from it, on data written
into a real SQLite file directly: its own file per organization, medical information sealed
and never indexed, an accent-insensitive find, today's sessions and rosters with counts, the
medical-access audit."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from services.domain.calendar import zone
from services.org import reads, schema
from services.org import store as s
from services.org.store import OrgStore, org_folder, to_micros
from services.store.errors import Problem, StoreError

TZ = zone("America/Toronto")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=TZ)
ALLERGY = "Arachides — EpiPen dans le sac"


def _occurrence(ident: int, activity: int, start: datetime, minutes: int = 60,
                state: str = "Normal") -> dict:
    end = start + timedelta(minutes=minutes)
    return {"id": ident, "activity_id": activity, "start": start.isoformat(),
            "end": end.isoformat(), "start_at": to_micros(start), "end_at": to_micros(end),
            "day": start.date().isoformat(), "state": state, "location": "Aréna"}


def fill(store: OrgStore) -> None:
    with store.write() as conn:
        store.replace(conn, schema.programs, [{"id": 1, "name": "Sports"}])
        store.replace(conn, schema.activities, [{"id": 10, "program_id": 1, "name": "Hockey"},
                                           {"id": 11, "program_id": 1, "name": "Natation"}])
        store.replace(conn, schema.occurrences, [
            _occurrence(100, 10, NOW - timedelta(minutes=30)),  # under way
            _occurrence(101, 11, NOW + timedelta(hours=3)),  # later today
            _occurrence(102, 11, NOW - timedelta(hours=3)),  # over
            _occurrence(103, 10, NOW + timedelta(days=1)),  # tomorrow
            _occurrence(104, 10, NOW + timedelta(hours=5), state="Archived"),  # hidden
        ])
        store.replace(conn, schema.accounts, [{"id": 7}, {"id": 8}])
        store.replace(conn, schema.account_owners, [
            {"account_id": 7, "owner_id": 70, "full_name": "Hélène Łukasiewicz",
             "email": "helene@example.ca", "telephone_mobile": "514-555-0101"},
            {"account_id": 8, "owner_id": 80, "full_name": "Marc Roy",
             "email": "marc@example.ca", "telephone_mobile": "+14505550199"}])
        store.replace(conn, schema.persons, [
            {"id": 71, "account_id": 7, "first_name": "François", "last_name": "Łukasiewicz",
             "date_of_birth": "2015-03-02", "is_child": True,
             "medical": {"Allergies": ALLERGY, "Illnesses": ""}},
            {"id": 72, "account_id": 7, "first_name": "Chloé", "last_name": "Łukasiewicz",
             "date_of_birth": "2017-05-01", "is_child": True, "medical": None},
            {"id": 81, "account_id": 8, "first_name": "Zoë", "last_name": "Roy",
             "email": "zoe.roy@example.ca", "telephone": "(450) 555-0142"}],
            delete=False, sealed=("medical",))
        store.replace(conn, schema.account_members, [{"account_id": 7, "person_id": 71},
                                                {"account_id": 7, "person_id": 72},
                                                {"account_id": 8, "person_id": 81}])
        store.replace(conn, schema.contacts, [
            {"id": 90, "account_id": 7, "full_name": "Hélène Łukasiewicz",
             "relationship": "Mère", "type": "EmergencyContactAndLegalGuardian"},
            {"id": 91, "account_id": 7, "full_name": "Paul Dubé", "relationship": "Voisin",
             "type": "EmergencyContact", "telephone": "514-555-0177"}])
        store.replace(conn, schema.contact_persons, [{"contact_id": 90, "person_id": 71},
                                                {"contact_id": 90, "person_id": 72},
                                                {"contact_id": 91, "person_id": 71}])
        store.replace(conn, schema.registrations, [
            {"id": "AC-1", "person_id": 71, "person_name": "François Łukasiewicz",
             "activity_name": "Hockey", "program_name": "Sports"},
            {"id": "AC-2", "person_id": 72, "person_name": "Chloé Łukasiewicz",
             "activity_name": "Natation", "program_name": "Sports", "is_cancelled": True}])
        store.replace(conn, schema.participants, [
            {"occurrence_id": 100, "person_id": 71, "account_id": 7, "first_name": "François",
             "last_name": "Łukasiewicz", "attendance": 1, "status": "Registered"},
            {"occurrence_id": 100, "person_id": 81, "account_id": 8, "first_name": "Zoë",
             "last_name": "Roy", "attendance": 2, "status": "Registered"},
            {"occurrence_id": 100, "person_id": 72, "account_id": 7, "first_name": "Chloé",
             "last_name": "Łukasiewicz", "attendance": 0, "status": "DropIn"}])
        store.replace(conn, schema.rosters, [{"occurrence_id": 100,
                                         "read_at": NOW.isoformat()}])  # the one read
        store.replace(conn, schema.activity_persons, [{"activity_id": 11, "person_id": 71},
                                                 {"activity_id": 11, "person_id": 81}])
        s.reindex(conn, [71, 72, 81], [7, 8])


@pytest.fixture
def org(tmp_path: Path):
    store = OrgStore.open(org_folder(tmp_path / "data", "loisirs-beaumont"))
    fill(store)
    yield store
    store.close()


def test_its_own_file_per_organization_owner_only(org, tmp_path):
    assert org.path == tmp_path / "data" / "orgs" / "loisirs-beaumont" / "org.sqlite3"
    assert org.path.stat().st_mode & 0o777 == 0o600
    assert org.folder.stat().st_mode & 0o777 == 0o700
    assert not (tmp_path / "data" / "carnet.sqlite3").exists()  # the family's is another
    with pytest.raises(ValueError):
        org_folder(tmp_path, "../elsewhere")


@pytest.mark.parametrize(("query", "kind", "ident"), [
    ("francois", "Person", 71), ("FRANÇOIS luka", "Person", 71), ("lukasiewicz", "Account", 7),
    ("helene@example", "Account", 7), ("514-555-0101", "Account", 7),
    ("5145550101", "Account", 7), ("zoe", "Person", 81), ("4505550142", "Person", 81),
    ("zoe.roy@example.ca", "Person", 81),
])
def test_find_by_name_email_or_phone_accents_aside(org, query, kind, ident):
    found = reads.find(org, query)
    assert (kind, ident) in [(f.kind, f.id) for f in found]


def test_find_results_persons_first_with_their_account(org):
    found = reads.find(org, "łukasiewicz")
    assert [(f.kind, f.id) for f in found] == [("Person", 71), ("Person", 72), ("Account", 7)]
    assert found[0].label == "François Łukasiewicz" and found[0].account_id == 7
    assert reads.find(org, "’ -") == [] and reads.find(org, "nobody") == []


def test_medical_information_is_sealed_and_never_indexed(org):
    assert reads.find(org, "arachides") == [] and reads.find(org, "epipen") == []
    with org.write() as conn:
        pass  # the WAL checkpointed on close below
    org.close()
    raw = b"".join(p.read_bytes() for p in org.folder.iterdir() if p.is_file())
    assert b"Arachides" not in raw and "Arachides".encode("utf-16-le") not in raw
    with sqlite3.connect(org.path) as conn:
        sealed = conn.execute("SELECT medical FROM persons WHERE id = 71").fetchone()[0]
    assert sealed.startswith("s1:")


def test_the_index_follows_the_writes_in_their_transaction(org):
    with org.write() as conn:
        delta = org.replace(conn, schema.persons, [{"id": 81, "first_name": "Zoé-Anne"}],
                            delete=False)
        s.reindex(conn, [k[0] for k in delta.touched])
    assert delta.changed == [(81,)]
    assert [f.id for f in reads.find(org, "zoe-anne")] == [81, 8]
    with org.write() as conn:
        gone = org.replace(conn, schema.accounts, [{"id": 7}])  # account 8 gone from the list
        s.reindex(conn, (), [k[0] for k in gone.deleted])
    assert gone.deleted == [(8,)]
    assert [f.kind for f in reads.find(org, "marc")] == []
    with org.reader() as conn:  # its owners and members went with it
        assert conn.execute("SELECT count(*) FROM account_owners WHERE account_id = 8"
                            ).fetchone()[0] == 0


def test_today_under_way_and_later_with_roster_counts(org):
    today = reads.today(org, NOW)
    assert [x.id for x in today.now] == [100] and [x.id for x in today.next] == [101]
    hockey = today.now[0]
    assert (hockey.registered, hockey.present, hockey.absent) == (3, 1, 1)
    assert (hockey.activity, hockey.program, hockey.location) == ("Hockey", "Sports", "Aréna")
    assert hockey.roster_read
    assert reads.today(org, NOW + timedelta(hours=4)).now == []


def test_roster_with_attendance(org):
    roster = reads.roster(org, 100)
    assert [(p.first_name, p.attendance, p.status) for p in roster.participants] == [
        ("Chloé", 0, "DropIn"), ("François", 1, "Registered"), ("Zoë", 2, "Registered")]
    with pytest.raises(reads.NotFound):
        reads.roster(org, 999)


def test_a_session_whose_roster_was_not_read_answers_its_registered_persons(org):
    swim = reads.today(org, NOW).next[0]  # 101: no roster read, two registered to Natation
    assert swim.id == 101 and not swim.roster_read
    assert (swim.registered, swim.present, swim.absent) == (2, 0, 0)
    roster = reads.roster(org, 102)  # over (the same activity), not read either
    assert (roster.session.registered, roster.session.present) == (2, 0)
    assert [(p.person_id, p.first_name, p.attendance, p.status, p.account_id)
            for p in roster.participants] == [(71, "François", 0, "Registered", 7),
                                              (81, "Zoë", 0, "Registered", 8)]
    assert reads.roster(org, 103).participants == []  # Hockey: nobody registered


def test_a_roster_read_empty_stays_empty(org):
    with org.write() as conn:
        org.replace(conn, schema.rosters, [{"occurrence_id": 101, "read_at": NOW.isoformat()}],
                    delete=False)
    swim = reads.roster(org, 101)
    assert swim.participants == [] and swim.session.roster_read
    assert swim.session.registered == 0


def test_family_card_without_medical_writes_no_audit(org):
    card = reads.family(org, 7)
    assert [o.full_name for o in card.owners] == ["Hélène Łukasiewicz"]
    assert [m.first_name for m in card.members] == ["François", "Chloé"]
    assert all(m.medical is None for m in card.members) and not card.medical_shown
    guardians = {c.full_name: (c.guardian, c.emergency, c.person_ids) for c in card.contacts}
    assert guardians == {"Hélène Łukasiewicz": (True, True, [71, 72]),
                         "Paul Dubé": (False, True, [71])}
    assert [(r.id, r.cancelled) for r in card.registrations] == [("AC-1", False),
                                                                 ("AC-2", True)]
    assert not (org.folder / reads.AUDIT_FILE).exists()
    with pytest.raises(reads.NotFound):
        reads.family(org, 999)


def test_medical_only_when_asked_and_audited_without_the_text(org):
    card = reads.family(org, 7, medical=True, who="desk-1")
    assert card.members[0].medical == {"Allergies": ALLERGY, "Illnesses": ""}
    log = org.folder / reads.AUDIT_FILE
    assert log.stat().st_mode & 0o777 == 0o600
    reads.family(org, 7, medical=True, who="desk-2")
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(x["Who"], x["Account"], x["Persons"]) for x in lines] == [
        ("desk-1", 7, [71, 72]), ("desk-2", 7, [71, 72])]
    assert "Arachides" not in log.read_text(encoding="utf-8")


def test_a_lost_key_is_said_not_replaced(org, tmp_path):
    from services.security import keys

    org.close()
    keys.forget(org.folder)
    again = OrgStore.open(org.folder)
    try:
        assert reads.roster(again, 100).participants  # what is clear still reads
        with pytest.raises(StoreError) as err:
            reads.family(again, 7, medical=True, who="desk")
        assert err.value.problem is Problem.KEY_LOST
    finally:
        again.close()


def test_a_newer_schema_is_refused_an_older_one_made_again(org):
    with org.write() as conn:
        org.set_meta(conn, "schema", "99")
    org.close()
    with pytest.raises(StoreError) as err:
        OrgStore.open(org.folder)
    assert err.value.problem is Problem.DAMAGED
    with sqlite3.connect(org.path) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    again = OrgStore.open(org.folder)
    try:
        with again.reader() as conn:
            assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
            assert again.get_meta(conn, "schema") == s.SCHEMA_VERSION
    finally:
        again.close()


def test_replace_counts_and_scopes(org):
    scope = schema.occurrences.c.activity_id == 11
    with org.write() as conn:
        delta = org.replace(conn, schema.occurrences, [
            _occurrence(101, 11, NOW + timedelta(hours=3)),  # the same
            _occurrence(105, 11, NOW + timedelta(days=2))], scope)  # new; 102 gone
    assert (delta.added, delta.changed, delta.deleted) == ([(105,)], [], [(102,)])
    with org.reader() as conn:  # activity 10's occurrences were outside the scope
        assert {r[0] for r in conn.execute("SELECT id FROM occurrences")} == {
            100, 101, 103, 104, 105}


@pytest.mark.parametrize(("text", "day", "hour"), [
    ("2026-11-28T09:00:00-05:00", "2026-11-28", 9),
    ("2019-06-01T00:00:00.1234567-04:00", "2019-06-01", 0),
    ("2026-11-28", "2026-11-28", 0), ("2026-11-28T09:00:00", "2026-11-28", 9),
])
def test_dates_as_the_platform_writes_them(text, day, hour):
    moment = s.parse_instant(text)
    assert (moment.date().isoformat(), moment.hour, moment.tzinfo is not None) == (day, hour,
                                                                                    True)
    assert s.parse_day(text) == day
