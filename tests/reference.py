"""The reference server as the tests use it: one per test module (and backend), put back to the
two families before each test (tests/plugins/fixtures.py, tests/server/conftest.py); a client
of its API signed in to one account (Api); Carnet's session on it (connect)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import requests
from argon2.profiles import CHEAPEST

from server.embedded import RunningServer, start
from services.domain.dataset import Dataset
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.security.credentials import MemoryCredentials
from services.store.store import Store
from services.sync.session import Session, bind_account, open_session
from tests.server.families import two_families

TODAY = date(2026, 11, 27)  # the tests' today (CARNET_TODAY), and the datasets'
POSTGRES = os.environ.get("CARNET_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES else [])]
# Every sign-in verifies an argon2 hash at the cost it was made with: production's takes 0.15 s
# here, and the suite signs in a few thousand times.
TEST_SETTINGS: dict[str, Any] = {"demo": True, "password_hashing": CHEAPEST}


class ModuleServer:
    """The reference server of one test module on one backend, serving the two families: started
    for the module's first test, put back to the dataset for each next one (a new epoch, the
    tables emptied and loaded again in one transaction: 10 ms, against 0.4 s to start and stop
    one), started again after a test that stopped it."""

    def __init__(self, folder: Path, database: str | None = None) -> None:
        self.folder, self.database = folder, database
        self.dataset = two_families(TODAY)
        self.current: RunningServer | None = None

    def serve(self) -> RunningServer:
        if self.current is None or not self.current.running:
            self.current = start(self.dataset, database=self.database, folder=self.folder,
                                 **TEST_SETTINGS)
        else:
            self.current.replace(self.dataset)
        return self.current

    def close(self) -> None:
        if self.current is not None:
            self.current.stop()


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


def as_admin(server: RunningServer) -> Api:
    """The organization side: the server's admin token."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {server.admin_token}"
    return Api(server.url, session)


def error_of(response: requests.Response) -> dict:
    """The API.md error shape, checked."""
    body = response.json()
    assert set(body["Error"]) == {"Code", "Message", "Fields"}, body
    assert body["Error"]["Message"]
    return body["Error"]


def connect(url: str, folder: Path, remember: bool = False, timeout=(2.0, 2.0)) -> Session:
    """Carnet's session on a new store in `folder`, signed in to the demo family at `url`."""
    store = Store.open(folder)
    bind_account(store, url, DEMO_USERNAME, "en")
    credentials = MemoryCredentials(url, DEMO_USERNAME)
    session = open_session(store=store, credentials=credentials, lang="en")
    session.client.timeout = timeout
    session.client.sign_in(DEMO_PASSWORD, remember=remember)
    return session


def server_dataset(admin: Api) -> Dataset:
    return Dataset.from_json(admin.get("/admin/accounts/1/dataset").text)


def local_dataset(session: Session) -> Dataset:
    from services.store import dataset_io

    return dataset_io.export(session.store)


def stored_records(store: Store) -> int:
    """The records in the store's resource tables: after a first sync, what it pulled (the
    demo's size depends on the day it is built around)."""
    from services.store.tables import TABLES

    with store.reader() as conn:
        return sum(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                   for table in TABLES.values())


def changes_received(out: str) -> int:
    """`carnet sync`'s (and login's) count of changes received, from its output."""
    import re

    found = re.search(r"Synced: 0 edits sent, (\d+) changes received\.", out)
    assert found, out
    return int(found.group(1))
