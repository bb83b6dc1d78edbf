"""A real reference server (and, for fault tests, a fault proxy before it) and a client
session on a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from server.embedded import RunningServer, start
from services.domain.dataset import Dataset
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.security.credentials import MemoryCredentials
from services.store.store import Store
from services.sync.session import Session, bind_account, open_session
from tests.conftest import TODAY
from tests.server.conftest import Api, sign_in
from tests.server.families import two_families
from tests.services.sync.proxy import FaultProxy


@pytest.fixture
def platform(tmp_path) -> Iterator[RunningServer]:
    with start(two_families(TODAY), folder=tmp_path / "server", demo=True) as server:
        yield server


@pytest.fixture
def admin(platform) -> Api:
    import requests

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {platform.admin_token}"
    return Api(platform.url, session)


@pytest.fixture
def web(platform) -> Api:
    """The same family on the platform's web portal: edits made elsewhere than in Carnet."""
    return sign_in(platform, DEMO_USERNAME, DEMO_PASSWORD)


def connect(url: str, folder: Path, remember: bool = False, timeout=(2.0, 2.0)) -> Session:
    store = Store.open(folder)
    bind_account(store, url, DEMO_USERNAME, "en")
    credentials = MemoryCredentials(url, DEMO_USERNAME)
    session = open_session(store=store, credentials=credentials, lang="en")
    session.client.timeout = timeout
    session.client.sign_in(DEMO_PASSWORD, remember=remember)
    return session


@pytest.fixture
def carnet(platform, tmp_path) -> Iterator[Session]:
    session = connect(platform.url, tmp_path / "client")
    yield session
    session.close()


@pytest.fixture
def proxy(platform) -> Iterator[FaultProxy]:
    running = FaultProxy(platform.url)
    yield running
    running.close()


@pytest.fixture
def carnet_via_proxy(proxy, tmp_path) -> Iterator[Session]:
    session = connect(proxy.url, tmp_path / "client", remember=True)
    yield session
    session.close()


def server_dataset(admin: Api) -> Dataset:
    return Dataset.from_json(admin.get("/admin/accounts/1/dataset").text)


def local_dataset(session: Session) -> Dataset:
    from services.store import dataset_io

    return dataset_io.export(session.store)
