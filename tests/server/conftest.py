"""The reference server on 127.0.0.1 on SQLite, and on PostgreSQL too when
CARNET_TEST_POSTGRES_URL is set (.ci/run starts one): one per module and backend, put back to
the two families before each test (tests/reference.py); the accounts' clients."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from server.embedded import RunningServer
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.reference import BACKENDS, POSTGRES, Api, ModuleServer, as_admin, sign_in
from tests.server.families import SMITH_PASSWORD, SMITH_USER


@pytest.fixture(scope="module", params=BACKENDS)
def module_server(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleServer]:
    database = POSTGRES if request.param == "postgresql" else None
    served = ModuleServer(tmp_path_factory.mktemp("server"), database)
    yield served
    served.close()


@pytest.fixture
def server(module_server: ModuleServer) -> RunningServer:
    return module_server.serve()


@pytest.fixture
def family(server: RunningServer) -> Api:
    return sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)


@pytest.fixture
def famille(server: RunningServer) -> Api:
    """The same account, in French."""
    return sign_in(server, DEMO_USERNAME, DEMO_PASSWORD, "fr")


@pytest.fixture
def smith(server: RunningServer) -> Api:
    return sign_in(server, SMITH_USER, SMITH_PASSWORD)


@pytest.fixture
def admin(server: RunningServer) -> Api:
    """Here, the organization side of `server` (elsewhere, of the platform)."""
    return as_admin(server)
