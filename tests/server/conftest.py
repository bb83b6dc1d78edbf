"""A real reference server on 127.0.0.1 per test, on SQLite — and on PostgreSQL too when
CARNET_TEST_POSTGRES_URL is set (.ci/run starts one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from server.embedded import RunningServer, start
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.conftest import TODAY
from tests.server.families import SMITH_PASSWORD, SMITH_USER, two_families

POSTGRES = os.environ.get("CARNET_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES else [])]


@pytest.fixture(params=BACKENDS)
def server(request, tmp_path) -> Iterator[RunningServer]:
    database = POSTGRES if request.param == "postgresql" else None
    with start(two_families(TODAY), database=database, folder=tmp_path, demo=True) as running:
        yield running


@dataclass
class Api:
    """A signed-in client of one account: the path after /api/v3/{lang}."""

    base: str
    session: requests.Session
    lang: str = "en"

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("timeout", 10)
        return self.session.request(method, f"{self.base}/api/v3/{self.lang}{path}", **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.call("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.call("POST", path, **kw)

    def patch(self, path: str, **kw: Any) -> requests.Response:
        return self.call("PATCH", path, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.call("PUT", path, **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return self.call("DELETE", path, **kw)

    def items(self, path: str) -> list[dict]:
        response = self.get(path, params={"perPage": 1000})
        assert response.status_code == 200, response.text
        return response.json()["Items"]


def sign_in(server: RunningServer, username: str, password: str, lang: str = "en") -> Api:
    session = requests.Session()
    response = session.get(f"{server.api(lang)}/authenticate", auth=(username, password),
                           timeout=10)
    assert response.status_code == 200, response.text
    session.headers["Authorization"] = f"Bearer {response.json()['Token']}"
    return Api(server.url, session, lang)


@pytest.fixture
def family(server) -> Api:
    return sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)


@pytest.fixture
def famille(server) -> Api:
    """The same account, in French."""
    return sign_in(server, DEMO_USERNAME, DEMO_PASSWORD, "fr")


@pytest.fixture
def smith(server) -> Api:
    return sign_in(server, SMITH_USER, SMITH_PASSWORD)


@pytest.fixture
def admin(server) -> Api:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {server.admin_token}"
    return Api(server.url, session)


def error_of(response: requests.Response) -> dict:
    """The API.md error shape, checked."""
    body = response.json()
    assert set(body["Error"]) == {"Code", "Message", "Fields"}, body
    assert body["Error"]["Message"]
    return body["Error"]
