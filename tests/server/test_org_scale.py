"""The organization routes at scale (issue 19): an occurrence's roster never sends every
occurrence id of the organization as query parameters (SQLite refused past ~250,000: "too many
SQL variables"), and the organization's view is built once, not at every call.

The shape of the queries is what is tested, on an organization of a moderate size: an SQLAlchemy
listener sees every statement the server runs and its parameters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from argon2.profiles import CHEAPEST
from sqlalchemy import event

from server.embedded import RunningServer, start
from services.domain import clock
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET
from services.domain.org_demo import organization_dataset
from tests.reference import TODAY, Api, as_admin, sign_in

CITY_PATH = "/org/loisirs-beaumont"
OCCURRENCES = 500  # at least: 4 activities, 20 a week for 10 weeks, but closed days


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    dataset = organization_dataset(TODAY, families=40, activities=4, weeks=10, per_week=20)
    with start(dataset, folder=tmp_path_factory.mktemp("scale"), demo=True,
               password_hashing=CHEAPEST, org_rate_per_second=100_000) as server:
        yield server


@pytest.fixture
def city(big: RunningServer) -> Api:
    return sign_in(big, DEMO_ORG_KEYS[CITY], DEMO_ORG_SECRET)


class Statements:
    """Every statement run on the engine while inside, with its parameters."""

    def __init__(self, server: RunningServer) -> None:
        self.engine = server.engine
        self.seen: list[tuple[str, object]] = []

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:
        self.seen.append((statement, parameters))

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def most_parameters(self) -> int:
        return max((len(p) for _, p in self.seen if isinstance(p, tuple | list | dict)),
                   default=0)

    def values(self) -> set:
        return {v for _, p in self.seen if isinstance(p, tuple | list)
                for v in p if isinstance(v, str)}


def _page(api: Api, path: str, **params) -> list[dict]:
    answer = api.get(path, params={"perPage": 1000, **params})
    assert answer.status_code == 200, answer.text
    return answer.json()["Items"]


def _activities(api: Api) -> list[int]:
    return [a["Id"] for p in _page(api, f"{CITY_PATH}/programs", showArchived="true")
            for a in _page(api, f"{CITY_PATH}/programs/{p['Id']}/activities")]


@pytest.mark.server
def test_a_roster_sends_no_parameter_per_occurrence(big, city):
    activities = _activities(city)
    occurrences = [o for a in activities
                   for o in _page(city, f"{CITY_PATH}/activities/{a}/occurrences")]
    assert len(occurrences) >= OCCURRENCES
    past = next(o for o in occurrences
                if datetime.fromisoformat(o["End"]) <= clock.now() and o["State"] == "Normal")
    # The view kept, then changed: built again by the roster below.
    registration = _any_registration(city, past["ActivityId"])
    answer = as_admin(big).post(f"/admin/registrations/{registration}/cancel")
    assert answer.status_code == 200, answer.text
    with Statements(big) as seen:
        roster = _page(city, f"{CITY_PATH}/occurrences/{past['Id']}/persons")
    assert roster and {p["OccurrenceId"] for p in roster} == {past["Id"]}
    # The build (this call's) and the roster: a few parameters each, never one per occurrence.
    assert seen.most_parameters() < 50, seen.most_parameters()


def _any_registration(api: Api, activity: int) -> str:
    found = [r for r in _page(api, f"{CITY_PATH}/registrations", showEnded="true")
             if r["Activity"]["Id"] == activity and not r["IsCancelled"]]
    return found[0]["RegistrationId"]


@pytest.mark.server
def test_later_calls_read_only_what_they_answer(big, city):
    activity = _activities(city)[0]
    occurrence = _page(city, f"{CITY_PATH}/activities/{activity}/occurrences")[0]
    calls = [f"{CITY_PATH}/programs", f"{CITY_PATH}/activities/{activity}/persons",
             f"{CITY_PATH}/occurrences/{occurrence['Id']}/persons", f"{CITY_PATH}/accounts",
             f"{CITY_PATH}/registrations"]
    for path in calls:
        _page(city, path)  # the view built (or already)
    with Statements(big) as seen:
        answers = [_page(city, path) for path in calls]
    assert all(answers)
    # No row of the organization's registrations, accounts, persons or contacts read again,
    # and of its occurrences only the one asked for.
    assert not {"Registration", "Account", "Person", "Contact"} & seen.values()
    occurrence_reads = [s for s, p in seen.seen if isinstance(p, tuple | list)
                        and "Occurrence" in p]
    assert len(occurrence_reads) == 1 and "resources.id =" in occurrence_reads[0]


@pytest.mark.server
def test_an_activitys_occurrences_are_read_through_its_index(big, city):
    """Not through the organization's (every occurrence of it: 70 ms at the issue's size)."""
    activity = _activities(city)[0]
    with Statements(big) as seen:
        assert _page(city, f"{CITY_PATH}/activities/{activity}/occurrences")
    [(statement, parameters)] = [(s, p) for s, p in seen.seen
                                 if isinstance(p, tuple) and "Occurrence" in p]
    with big.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "ix_resources_activity_id" in plan, plan


def test_threads_asking_together_build_the_view_once(monkeypatch):
    """The routes run in a thread pool: threads asking together after a change wait for one
    build rather than each making its own (a build made slow here, as at scale; tested on the
    cache itself, as SQLite's write lock already serializes the server's calls)."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from server import org_reads

    builds: list[int] = []
    version = [(1, 10)]

    class Slow:
        def __init__(self, conn, org, at) -> None:
            builds.append(at[1])
            time.sleep(0.2)
            self.org, self.version = org, at

    monkeypatch.setattr(org_reads, "OrgData", Slow)
    monkeypatch.setattr(org_reads, "data_version", lambda conn: version[0])
    cache, org = org_reads.OrgCache(), organization_dataset(TODAY, families=0).organizations[0]
    start = threading.Barrier(8)

    def ask(_: int) -> object:
        start.wait()
        return cache.get(None, org)

    with ThreadPoolExecutor(8) as pool:
        first = list(pool.map(ask, range(8)))
    assert builds == [10] and all(found is first[0] for found in first)
    assert cache.get(None, org) is first[0]  # kept while the version stays
    version[0] = (1, 11)  # a write
    start.reset()
    with ThreadPoolExecutor(8) as pool:
        second = list(pool.map(ask, range(8)))
    assert builds == [10, 11] and all(found is second[0] for found in second)
    version[0] = (2, 11)  # the same seq in a replaced database: built again
    assert cache.get(None, org).version == (2, 11) and builds == [10, 11, 11]
