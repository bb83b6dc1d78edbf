"""How many calls a front desk sync makes, against the reference server on 127.0.0.1: rosters
only where attendance lives (today's sessions and yesterday's), the other sessions answering
from their activity's registered persons; contacts from the accounts' pages when the owners
carry them, else one call per account — reconciled right either way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from services.domain.demo import FELIX
from services.org import reads
from services.org.client import OrgClient
from services.org.store import OrgStore, org_folder
from services.org.sync import OrgSync
from tests.reference import TODAY
from tests.services.org.test_org_sync import SLUG, SOCCER, org_client, rows


@pytest.fixture
def stores(tmp_path) -> Iterator:
    made: list[OrgStore] = []

    def store(name: str = "a") -> OrgStore:
        made.append(OrgStore.open(org_folder(tmp_path / name, SLUG)))
        return made[-1]

    yield store
    for one in made:
        one.close()


def session(admin, day, first: str = "11:30", last: str = "13:00") -> int:
    response = admin.post("/admin/occurrences", json={
        "ActivityId": SOCCER, "Start": f"{day}T{first}:00-05:00",
        "End": f"{day}T{last}:00-05:00"})
    assert response.status_code == 201, response.text
    return response.json()["Id"]


def attend(admin, occurrence: int, person: int, value: int) -> None:
    response = admin.put(f"/admin/occurrences/{occurrence}/persons/{person}/attendance",
                         json={"AttendanceId": value})
    assert response.status_code == 200, response.text


class Recorded:
    """The client's lists as the server gives them, the accounts' items edited by `contacts`:
    "embed" — each account's contacts put in its first owner (read with another client, so
    not counted), "strip" — the owners' contacts taken out (a platform that does not nest
    them), None — as served; and every list asked for recorded."""

    def __init__(self, client: OrgClient, url: str, contacts: str | None,
                 embed_only: set[int] | None = None, drop: set[int] = frozenset()) -> None:
        self.client, self.contacts, self.embed_only, self.drop = client, contacts, embed_only, drop
        self.other = org_client(url) if contacts == "embed" else None
        self.asked: list[str] = []
        self._pages = client.pages
        client.pages = self.pages  # this client only

    def pages(self, path: str, **query):
        self.asked.append(path)
        for item in self._pages(path, **query):
            if path == "/accounts" and self.contacts is not None:
                owners = item.get("Owners") or []
                for owner in owners:
                    owner.pop("Contacts", None)
                wanted = self.embed_only is None or int(item["Id"]) in self.embed_only
                if self.contacts == "embed" and owners and wanted:
                    owners[0]["Contacts"] = [
                        c for c in self.other.pages(f"/accounts/{item['Id']}/contacts")
                        if int(c["Id"]) not in self.drop]
            yield item

    def contact_calls(self) -> list[str]:
        return [p for p in self.asked if p.endswith("/contacts")]


def test_the_calls_do_not_grow_with_the_window(platform, admin, stores):
    for days in range(10, 60, 2):  # 25 more sessions between a week and two months ahead
        session(admin, TODAY + timedelta(days=days))
    near = OrgSync(stores("near"), org_client(platform.url), days_back=7, days_ahead=7).run()
    far = OrgSync(stores("far"), org_client(platform.url), days_back=7, days_ahead=60).run()
    assert far.added["Occurrence"] >= near.added["Occurrence"] + 25
    assert far.calls <= near.calls + 3, (near.calls, far.calls)


def test_rosters_of_today_and_yesterday_the_others_their_registered_persons(
        platform, admin, stores):
    now, yesterday = session(admin, TODAY), session(admin, TODAY - timedelta(days=1))
    before = session(admin, TODAY - timedelta(days=3))
    coming = session(admin, TODAY + timedelta(days=2))
    for occurrence in (now, yesterday, before, coming):
        attend(admin, occurrence, FELIX, 2)
    store = stores()
    client = org_client(platform.url)
    seen = Recorded(client, platform.url, None)
    OrgSync(store, client).run()
    rostered = {int(p.split("/")[2]) for p in seen.asked if p.startswith("/occurrences/")}
    assert {now, yesterday} <= rostered and not {before, coming} & rostered
    assert all(d[0] >= (TODAY - timedelta(days=1)).isoformat() for d in rows(
        store, f"SELECT day FROM occurrences WHERE id IN ({','.join(map(str, rostered))})"))
    registered = [r[0] for r in rows(store, "SELECT person_id FROM activity_persons"
                                     " WHERE activity_id = ? ORDER BY person_id", SOCCER)]
    assert FELIX in registered
    for occurrence in (now, yesterday):  # attendance as set at the platform
        roster = reads.roster(store, occurrence)
        marks = {p.person_id: p.attendance for p in roster.participants}
        assert roster.session.roster_read and marks[FELIX] == 2
        assert roster.session.absent == list(marks.values()).count(2) >= 1
        assert roster.session.present == list(marks.values()).count(1)
    for occurrence in (before, coming):  # registered persons, attendance not taken
        roster = reads.roster(store, occurrence)
        assert not roster.session.roster_read
        assert sorted(p.person_id for p in roster.participants) == registered
        assert {p.attendance for p in roster.participants} == {0}
        assert (roster.session.registered, roster.session.present,
                roster.session.absent) == (len(registered), 0, 0)
    assert rows(store, "SELECT count(*) FROM participants WHERE occurrence_id IN (?, ?)",
                before, coming) == [(0,)]
    today = reads.today(store, reads_now())
    shown = {x.id: x for x in [*today.now, *today.next]}
    assert shown[now].absent == 1 and shown[now].registered == len(registered)


def reads_now():
    from services.domain import clock
    from services.domain.calendar import zone

    return clock.now().astimezone(zone(clock.LOCAL_ZONE)).replace(hour=11, minute=45)


def test_a_past_roster_is_kept_as_read_until_its_session_leaves_the_window(
        platform, admin, stores):
    past = session(admin, TODAY - timedelta(days=3))
    attend(admin, past, FELIX, 2)
    store = stores()
    sync = OrgSync(store, org_client(platform.url))
    sync.run(today=TODAY - timedelta(days=3))  # that day: its roster read
    attend(admin, past, FELIX, 1)
    report = sync.run()  # three days later: not read again, kept as it was read
    assert report.deleted["Participant"] == 0
    roster = reads.roster(store, past)
    assert roster.session.roster_read and roster.session.absent == 1
    assert {p.person_id: p.attendance for p in roster.participants}[FELIX] == 2
    sync.roster_days_back = 3  # read again when within the roster days
    sync.run()
    roster = reads.roster(store, past)
    assert {p.person_id: p.attendance for p in roster.participants}[FELIX] == 1
    assert roster.session.absent == 0
    sync.days_back = 2  # the session leaves the window, its roster with it
    sync.run()
    assert rows(store, "SELECT count(*) FROM participants WHERE occurrence_id = ?",
                past) == [(0,)]
    assert rows(store, "SELECT count(*) FROM rosters WHERE occurrence_id = ?", past) == [(0,)]
    with pytest.raises(reads.NotFound):
        reads.roster(store, past)


def test_roster_days_back_zero_reads_today_only(platform, admin, stores):
    now, yesterday = session(admin, TODAY), session(admin, TODAY - timedelta(days=1))
    store = stores()
    client = org_client(platform.url)
    seen = Recorded(client, platform.url, None)
    OrgSync(store, client, roster_days_back=0).run()
    rostered = {int(p.split("/")[2]) for p in seen.asked if p.startswith("/occurrences/")}
    assert now in rostered and yesterday not in rostered


def test_a_roster_read_on_demand_then_dropped_by_the_next_sync(platform, admin, stores):
    coming = session(admin, TODAY + timedelta(days=5))
    attend(admin, coming, FELIX, 2)
    store = stores()
    sync = OrgSync(store, org_client(platform.url))
    sync.run()
    calls = sync.client.calls
    roster = sync.roster(coming)
    assert sync.client.calls == calls + 1 and roster.session.absent == 1
    assert sync.run().deleted["Participant"] == len(roster.participants)
    assert not reads.roster(store, coming).session.roster_read
    with pytest.raises(reads.NotFound):
        sync.roster(999_999)


def card_contacts(store: OrgStore, account: int) -> list[tuple]:
    return [(c.id, c.full_name, c.type, c.relationship, c.email, c.telephone_mobile,
             tuple(c.person_ids), c.guardian, c.emergency)
            for c in reads.family(store, account).contacts]


def test_contacts_from_the_accounts_pages_or_one_call_per_account(platform, stores):
    nested, apart, mixed = stores("nested"), stores("apart"), stores("mixed")
    reports, seen = {}, {}
    for name, store, mode, only in (("nested", nested, "embed", None),
                                    ("apart", apart, "strip", None),
                                    ("mixed", mixed, "embed", {1})):
        client = org_client(platform.url)
        seen[name] = Recorded(client, platform.url, mode, embed_only=only)
        reports[name] = OrgSync(store, client).run()
    accounts = [r[0] for r in rows(nested, "SELECT id FROM accounts ORDER BY id")]
    assert len(accounts) == 2
    assert seen["nested"].contact_calls() == []
    assert len(seen["apart"].contact_calls()) == len(accounts)
    assert seen["mixed"].contact_calls() == [f"/accounts/{accounts[1]}/contacts"]
    assert reports["nested"].calls == reports["apart"].calls - len(accounts)
    for account in accounts:
        assert card_contacts(nested, account) == card_contacts(apart, account) == \
            card_contacts(mixed, account)
    assert card_contacts(nested, 1)
    for report in reports.values():
        assert report.added["Contact"] == reports["nested"].added["Contact"] > 0
    links = "SELECT contact_id, person_id FROM contact_persons ORDER BY 1, 2"
    assert rows(nested, links) == rows(apart, links) == rows(mixed, links) != []


@pytest.mark.parametrize("mode", ["embed", "strip"])
def test_a_contact_gone_from_the_platform_is_deleted(platform, stores, mode):
    store = stores()
    client = org_client(platform.url)
    recorded = Recorded(client, platform.url, mode)
    sync = OrgSync(store, client)
    sync.run()
    contact = card_contacts(store, 1)[0][0]
    gone_from = client.pages

    def without(path, **query):  # the platform no longer has it, either way it is read
        for item in gone_from(path, **query):
            if path.endswith("/contacts") and int(item["Id"]) == contact:
                continue
            yield item

    if mode == "embed":
        recorded.drop = {contact}
    else:
        client.pages = without
    report = sync.run()
    assert report.deleted["Contact"] == 1 and sum(report.added.values()) == 0
    assert contact not in [c[0] for c in card_contacts(store, 1)]
    assert rows(store, "SELECT count(*) FROM contact_persons WHERE contact_id = ?",
                contact) == [(0,)]
    assert sync.run().deleted["Contact"] == 0
