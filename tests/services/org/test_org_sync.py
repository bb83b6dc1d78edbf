"""Front desk's sync end to end against the reference server's organization routes on
127.0.0.1 (tests/plugins/fixtures.py `platform`): sign in with the demo organization's API key,
sync by windows, read offline; what the platform no longer has is deleted locally; a tight
rate limit makes the sync slower, not failed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2.profiles import CHEAPEST

from server.embedded import start
from services.api.errors import Offline, SignInNeeded
from services.domain import clock
from services.domain.calendar import zone
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET, FELIX
from services.org import reads
from services.org import store as s
from services.org.client import OrgClient
from services.org.store import OrgStore, org_folder
from services.org.sync import OrgSync
from services.security.credentials import MemoryCredentials
from tests.reference import TODAY
from tests.server.families import two_families

SLUG = "loisirs-beaumont"
SOCCER = 501
SOCCER_FELIX = 601  # Félix's registration to indoor soccer


def org_client(url: str, org: str = SLUG) -> OrgClient:
    api = OrgClient(url, org, DEMO_ORG_KEYS[CITY], "en",
                    MemoryCredentials(url, DEMO_ORG_KEYS[CITY]), timeout=(2.0, 5.0))
    api.sign_in(DEMO_ORG_SECRET, remember=True)
    return api


@pytest.fixture
def org(tmp_path: Path) -> Iterator[OrgStore]:
    store = OrgStore.open(org_folder(tmp_path / "data", SLUG))
    yield store
    store.close()


@pytest.fixture
def synced(platform, org) -> tuple[OrgSync, OrgStore]:
    sync = OrgSync(org, org_client(platform.url))
    report = sync.run()
    assert report.added["Account"] == 2 and report.added["Occurrence"] > 0
    assert sum(report.changed.values()) == 0  # a person read twice is added once
    return sync, org


def rows(store: OrgStore, sql: str, *args) -> list[tuple]:
    with store.reader() as conn:
        return conn.execute(sql, args).fetchall()


def test_a_second_sync_changes_nothing(synced):
    sync, _ = synced
    report = sync.run()
    assert sum(report.added.values()) + sum(report.changed.values()) == 0
    assert sum(report.deleted.values()) == 0 and report.calls > 10


def test_sign_in_by_number_and_refusals(platform, org):
    assert list(org_client(platform.url, str(CITY)).pages("/programs"))
    bad = OrgClient(platform.url, SLUG, DEMO_ORG_KEYS[CITY], "en",
                    MemoryCredentials(platform.url, "x"))
    with pytest.raises(SignInNeeded):
        bad.sign_in("not the secret")


def test_find_card_and_roster_from_the_store(synced, admin):
    sync, store = synced
    found = reads.find(store, "genevieve")
    assert ("Person", 202) in [(f.kind, f.id) for f in found]
    assert ("Account", 1) in [(f.kind, f.id) for f in reads.find(store, "gagnon")]
    assert [(f.kind, f.id) for f in reads.find(store, "felix tremblay")] == [
        ("Person", FELIX), ("Account", 1)]
    card = reads.family(store, 1)
    assert {m.first_name for m in card.members} >= {"Zoé", "Félix"}
    roles = {c.full_name: (c.guardian, c.emergency) for c in card.contacts}
    assert roles["Étienne Tremblay"] == (True, True)
    assert roles["Thérèse Côté"] == (False, True)
    assert SOCCER_FELIX in {int(r.id) for r in card.registrations}
    assert all(m.medical is None for m in card.members)

    coming = rows(store, "SELECT id FROM occurrences WHERE activity_id = ? AND day > ?"
                  " ORDER BY start_at", SOCCER, TODAY.isoformat())[0][0]
    response = admin.put(f"/admin/occurrences/{coming}/persons/{FELIX}/attendance",
                         json={"AttendanceId": 2})
    assert response.status_code == 200, response.text
    sync.run()  # a session to come: its registered persons, attendance not taken
    roster = reads.roster(store, coming)
    assert not roster.session.roster_read and roster.session.absent == 0
    assert FELIX in [p.person_id for p in roster.participants]
    assert {p.attendance for p in roster.participants} == {0}
    roster = sync.roster(coming)  # read now, on demand
    felix = next(p for p in roster.participants if p.person_id == FELIX)
    assert felix.attendance == 2 and roster.session.absent == 1
    assert roster.session.registered == len(roster.participants) >= 2
    assert reads.roster(store, coming) == roster


def test_medical_information_is_sealed_then_shown_when_asked(synced):
    _, store = synced
    assert reads.find(store, "anaphylaxie") == [] and reads.find(store, "arachides") == []
    sealed = rows(store, "SELECT medical FROM persons WHERE id = ?", FELIX)[0][0]
    assert sealed.startswith("s1:")
    card = reads.family(store, 1, medical=True, who="desk")
    felix = next(m for m in card.members if m.id == FELIX)
    assert "Arachides" in felix.medical["Allergies"]
    assert "Arachides" not in (store.folder / reads.AUDIT_FILE).read_text(encoding="utf-8")


def test_today_now_and_next(synced, admin):
    sync, store = synced
    for first, last in (("11:30", "13:00"), ("18:00", "19:00")):
        response = admin.post("/admin/occurrences", json={
            "ActivityId": SOCCER, "Start": f"{TODAY}T{first}:00-05:00",
            "End": f"{TODAY}T{last}:00-05:00"})
        assert response.status_code == 201, response.text
    sync.run()
    now = clock.now().astimezone(zone(clock.LOCAL_ZONE))  # noon, the tests' today
    today = reads.today(store, now)
    assert [x.start[11:16] for x in today.now] == ["11:30"]
    assert [x.start[11:16] for x in today.next] == ["18:00"]
    assert today.now[0].registered >= 2 and today.now[0].activity == "Soccer intérieur U10"


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_everything_reads_offline_after_a_sync(synced, platform):
    sync, store = synced
    platform.stop()
    assert reads.find(store, "zoe") and reads.family(store, 1).contacts
    occurrence = rows(store, "SELECT id FROM occurrences LIMIT 1")[0][0]
    assert reads.roster(store, occurrence).participants
    reads.today(store, clock.now())
    with pytest.raises(Offline):
        sync.run()
    assert reads.family(store, 1).members  # a failed sync left the store as it was


def test_deletions_are_reconciled(synced, admin):
    sync, store = synced
    occurrences = [r[0] for r in rows(store, "SELECT id FROM occurrences WHERE activity_id = ?"
                                      " AND day > ? ORDER BY start_at", SOCCER,
                                      TODAY.isoformat())]
    assert admin.delete(f"/admin/occurrences/{occurrences[0]}").status_code == 200
    assert admin.post(f"/admin/registrations/{SOCCER_FELIX}/cancel").status_code == 200
    report = sync.run()
    assert report.deleted["Occurrence"] == 1 and report.deleted["ActivityPerson"] == 1
    assert rows(store, "SELECT 1 FROM occurrences WHERE id = ?", occurrences[0]) == []
    assert rows(store, "SELECT 1 FROM participants WHERE occurrence_id = ?",
                occurrences[0]) == []  # its roster went with it
    assert rows(store, "SELECT 1 FROM activity_persons WHERE activity_id = ? AND"
                " person_id = ?", SOCCER, FELIX) == []
    assert FELIX not in [p.person_id for p in reads.roster(store, occurrences[1]).participants]
    cancelled = rows(store, "SELECT is_cancelled FROM registrations WHERE id = ?",
                     str(SOCCER_FELIX))
    assert cancelled == [(1,)]
    assert [r.cancelled for r in reads.family(store, 1).registrations
            if r.id == str(SOCCER_FELIX)] == [True]


def test_the_window_rolls(synced):
    sync, store = synced
    sync.days_back, sync.days_ahead = 0, 3
    report = sync.run()
    assert report.deleted["Occurrence"] > 0
    days = [r[0] for r in rows(store, "SELECT day FROM occurrences")]
    assert days and all(TODAY.isoformat() <= d <= "2026-11-30" for d in days)


@pytest.mark.server
def test_a_tight_rate_limit_makes_the_sync_slower_not_failed(tmp_path, org):
    running = start(two_families(TODAY), folder=tmp_path / "slow", demo=True,
                    password_hashing=CHEAPEST, org_rate_per_second=5)
    try:
        sync = OrgSync(org, org_client(running.url))
        report = sync.run()
    finally:
        running.stop()
    assert report.waited > 0 and report.calls > 10
    assert report.added["Account"] == 2 and report.added["Occurrence"] > 0
    assert report.added["Contact"] > 0 and report.added["ActivityPerson"] > 0
    with org.reader() as conn:
        assert conn.execute("SELECT count(*) FROM programs").fetchone()[0] == \
            report.added["Program"]
    assert s.SCHEMA_VERSION  # the store is whole
