"""The calendar subscription (issue 17, OUT-2): GET /feeds/{secret}.ics fetched as a calendar app
does, its ETag, `?person=`, and the link read, regenerated and revoked under /me/calendar-feed."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from icalendar import Calendar
from sqlalchemy import select

from server import feeds
from server.db import calendar_feeds, idempotency
from services.domain.calendar import EntryKind
from services.domain.demo import FELIX
from services.domain.ics import summary, uid
from tests.reference import TODAY, error_of
from tests.server.families import OTTAWA

CALENDAR_APP = {"Accept": "text/calendar", "User-Agent": "iOS/18.1 (22B83) dataaccessd/1.0"}


def new_link(api) -> dict:
    answer = api.post("/me/calendar-feed")
    assert answer.status_code == 201, answer.text
    return answer.json()


def fetch(url: str, **headers: str) -> requests.Response:
    """As a calendar app fetches a subscription: a plain GET, no token."""
    return requests.get(url, headers={**CALENDAR_APP, **headers}, timeout=10)


def events_of(body: bytes) -> list:
    return [c for c in Calendar.from_ical(body).walk("VEVENT")]


def test_an_unchanged_calendar_answers_304_and_a_change_a_new_etag(family, admin):
    url = new_link(family)["Url"]
    first = fetch(url)
    assert first.status_code == 200
    assert first.headers["Content-Type"] == "text/calendar; charset=utf-8"
    tag = first.headers["ETag"]
    assert tag.startswith('"') and tag.endswith('"')
    again = fetch(url, **{"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == tag
    assert fetch(url, **{"If-None-Match": f'"other", W/{tag}'}).status_code == 304
    assert fetch(url, **{"If-None-Match": '"other"'}).status_code == 200
    assert fetch(url).content == first.content  # the same bytes while nothing changes
    occurrence = next(e for e in events_of(first.content)
                      if str(e["UID"]).startswith("occurrence-"))
    ident = int(str(occurrence["UID"]).split("-")[1])
    moved = admin.patch(f"/admin/occurrences/{ident}", json={"State": "Cancelled"})
    assert moved.status_code == 200, moved.text
    changed = fetch(url, **{"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    now = {str(e["UID"]): e for e in events_of(changed.content)}
    assert now[str(occurrence["UID"])]["STATUS"] == "CANCELLED"
    assert now[str(occurrence["UID"])]["SEQUENCE"] > occurrence["SEQUENCE"]


def test_made_up_revoked_and_other_accounts_secrets_all_answer_404(family, smith, server):
    link = new_link(family)
    theirs = new_link(smith)
    made_up = f"{server.url}/feeds/{'A' * 43}.ics"
    assert fetch(link["Url"]).status_code == 200
    # The Smiths' link gives the Smiths' calendar, never the family's members.
    assert fetch(theirs["Url"], **{}).status_code == 200
    assert fetch(f"{theirs['Url']}?person={FELIX}").status_code == 404
    smith_titles = {str(e["SUMMARY"]) for e in events_of(fetch(theirs["Url"]).content)}
    assert any("Smith" in t for t in smith_titles)
    assert not any("Félix" in t for t in smith_titles)
    revoked = family.delete("/me/calendar-feed")
    assert revoked.status_code == 200 and revoked.json()["Active"] is False
    answers = [fetch(link["Url"]), fetch(made_up), fetch(f"{server.url}/feeds/x.ics"),
               fetch(f"{server.url}/feeds/{link['Secret'][:-1]}.ics"),
               fetch(f"{server.url}/feeds/{'é' * 5}.ics")]
    assert {a.status_code for a in answers} == {404}
    assert len({a.content for a in answers}) == 1  # the same answer for every one
    assert error_of(answers[0])["Code"] == "NotFound"
    assert fetch(theirs["Url"]).status_code == 200  # another account's revoke: not theirs


def test_regenerating_revokes_the_old_link(family):
    old = new_link(family)
    assert fetch(old["Url"]).status_code == 200
    new = new_link(family)
    assert new["Secret"] != old["Secret"] and new["Fingerprint"] != old["Fingerprint"]
    assert fetch(old["Url"]).status_code == 404
    assert fetch(new["Url"]).status_code == 200
    state = family.get("/me/calendar-feed").json()
    assert state == {"Active": True, "CreatedAt": new["CreatedAt"],
                     "Fingerprint": new["Fingerprint"]}


def test_the_link_is_read_made_and_revoked_through_the_account(family, famille):
    assert family.get("/me/calendar-feed").json() == {"Active": False, "CreatedAt": None,
                                                       "Fingerprint": None}
    link = famille.post("/me/calendar-feed").json()
    assert link["Url"].startswith("http://127.0.0.1:") and link["Url"].endswith(".ics")
    assert link["Secret"] in link["Url"] and len(link["Secret"]) >= 43  # 256 bits
    body = fetch(link["Url"]).content.decode()
    assert "X-WR-CALNAME:Carnet — calendrier de la famille" in body  # made in French
    for answer in (family.delete("/me/calendar-feed"), family.delete("/me/calendar-feed")):
        assert answer.status_code == 200 and answer.json()["Active"] is False
    assert family.get("/me/calendar-feed").json()["Active"] is False
    unsigned = requests.post(f"{family.base}/api/v3/en/me/calendar-feed", timeout=10)
    assert unsigned.status_code == 401


def test_the_secret_is_kept_nowhere_on_the_server(family, server):
    """Only its SHA-256: neither the feeds table nor the idempotency records hold it."""
    link = family.post("/me/calendar-feed", headers={"Idempotency-Key": str(uuid.uuid4())})
    secret = link.json()["Secret"]
    with server.engine.connect() as conn:
        rows = [tuple(map(str, r)) for table in (calendar_feeds, idempotency)
                for r in conn.execute(select(table))]
    assert not any(secret in value for row in rows for value in row)
    assert any(feeds.digest(secret) in row for row in rows)


def test_a_calendar_app_gets_the_entries_the_account_calendar_shows(family, server, tmp_path):
    """Fetched over HTTP and parsed with icalendar: one event per entry Carnet's calendar shows
    for the same days (its own store, after a sync), the same UIDs, instants and texts."""
    from services.store.calendar_reads import calendar_entries
    from services.store.reads import CalendarFilter
    from tests.reference import connect

    link = new_link(family)
    carnet = connect(server.url, tmp_path / "client")
    try:
        assert carnet.engine.sync().ok
        first = TODAY - timedelta(days=feeds.PAST_DAYS)
        for person, url in ((None, link["Url"]), (FELIX, f"{link['Url']}?person={FELIX}")):
            events = events_of(fetch(url).content)
            where = CalendarFilter(person_ids=None if person is None else {person})
            with carnet.store.reader() as conn:
                shown = calendar_entries(conn, first, date(2100, 1, 1), where)
            assert len(shown) > 20 and len(events) == len(shown)
            expected = {uid(entry): entry for entry in shown}
            assert set(expected) == {str(event["UID"]) for event in events}
            for event in events:
                entry = expected[str(event["UID"])]
                start, end = event.decoded("DTSTART"), event.decoded("DTEND")
                if entry.kind is EntryKind.CLOSURE:
                    assert (start, end) == (entry.first_day,
                                            entry.last_day + timedelta(days=1))
                else:
                    assert start.astimezone(UTC) == entry.start.astimezone(UTC)
                    assert end.astimezone(UTC) == entry.end.astimezone(UTC)
                assert str(event["SUMMARY"]) == summary(entry, "en")
            if person is not None:
                assert all(entry.person_id in (None, person) for entry in shown)
    finally:
        carnet.close()


def test_person_must_be_a_member_of_the_feeds_account(family, smith, server):
    link = new_link(family)
    assert fetch(f"{link['Url']}?person={FELIX}").status_code == 200
    assert fetch(f"{link['Url']}?person=9002").status_code == 404  # a Smith
    assert fetch(f"{link['Url']}?person=0").status_code == 422
    calendar = Calendar.from_ical(fetch(f"{link['Url']}?person={FELIX}").content)
    assert str(calendar["X-WR-CALNAME"]).startswith("Carnet — Félix ")
    theirs = new_link(smith)
    ottawa = [e for e in events_of(fetch(theirs["Url"]).content) if "Smith closure" in
              str(e["SUMMARY"])]
    assert ottawa, OTTAWA  # the closures of the organizations the account deals with


def test_the_access_log_never_shows_a_secret(caplog):
    logger = logging.getLogger("uvicorn.access")
    feeds.hide_secrets_in_access_log()
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        logger.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET",
                    "/feeds/s3cr3t-Value_x.ics?person=201", "1.1", 200)
    assert "s3cr3t" not in caplog.text and "/feeds/….ics?person=201" in caplog.text


@pytest.mark.parametrize("sent, matches", [
    ('"abc"', True), ('W/"abc"', True), ('"x", "abc"', True), ("*", True), ('"x"', False),
    ("", False), (None, False), ("abc", False)])
def test_if_none_match(sent, matches):
    assert feeds.not_modified(sent, '"abc"') is matches


def test_dtstamp_is_the_links_creation_not_the_fetch(family):
    link = new_link(family)
    stamps = {e.decoded("DTSTAMP") for e in events_of(fetch(link["Url"]).content)}
    made = datetime.fromisoformat(link["CreatedAt"])
    assert stamps == {made.astimezone(UTC).replace(microsecond=0)}
