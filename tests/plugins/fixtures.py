"""The fixtures tests share across folders: temp paths and an in-memory keychain for every test,
the demo store, and the reference server ("the platform") with its clients and a fault proxy.
A folder's own fixtures stay in its conftest.py (tests/desktop: the window; tests/server: the
server on every backend)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from server.embedded import RunningServer
from services.domain.dataset import Dataset
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_dataset
from services.store import dataset_io
from services.store.store import Store
from services.sync.session import Session
from tests.net import Listener
from tests.reference import TODAY, Api, ModuleServer, as_admin, connect, sign_in
from tests.services.sync.proxy import FaultProxy


def pytest_configure(config: pytest.Config) -> None:
    # Finding the system's keychain runs gcc and ld (ctypes.util.find_library, for the macOS
    # backend's library): once, here, rather than in whichever test asks first.
    keyring.get_keyring()


class MemoryKeyring(KeyringBackend):
    """A keychain that forgets everything when the test ends."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real data, log or config folders."""
    monkeypatch.setenv("CARNET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CARNET_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("CARNET_TODAY", TODAY.isoformat())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path


@pytest.fixture(scope="session")
def demo() -> Dataset:
    return demo_dataset(TODAY)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store, demo: Dataset) -> Store:
    dataset_io.load(store, demo)
    return store


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A loopback socket counting the connections and bytes that reach it."""
    running = Listener()
    yield running
    running.close()


# --- the platform: the reference server on 127.0.0.1 (SQLite) ----------------------------------


@pytest.fixture(scope="module")
def module_platform(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleServer]:
    served = ModuleServer(tmp_path_factory.mktemp("platform"))
    yield served
    served.close()


@pytest.fixture
def platform(module_platform: ModuleServer) -> RunningServer:
    """The reference server serving the two families (tests/server/families.py) as loaded:
    one per test module, put back before each test."""
    return module_platform.serve()


@pytest.fixture
def admin(platform: RunningServer) -> Api:
    return as_admin(platform)


@pytest.fixture
def web(platform: RunningServer) -> Api:
    """The same family on the platform's web portal: edits made elsewhere than in Carnet."""
    return sign_in(platform, DEMO_USERNAME, DEMO_PASSWORD)


@pytest.fixture
def session_on_platform(platform: RunningServer, tmp_path: Path) -> Iterator[Session]:
    """Carnet's session on a new store, signed in to the demo family (not synced yet)."""
    session = connect(platform.url, tmp_path / "client")
    yield session
    session.close()


@pytest.fixture
def carnet(session_on_platform: Session) -> Session:
    """The session, as the services tests call it (in tests/desktop, `carnet` is the window)."""
    return session_on_platform


@pytest.fixture
def proxy(platform: RunningServer) -> Iterator[FaultProxy]:
    """A fault-injecting proxy before the platform (tests/services/sync/proxy.py)."""
    running = FaultProxy(platform.url)
    yield running
    running.close()


@pytest.fixture
def carnet_via_proxy(proxy: FaultProxy, tmp_path: Path) -> Iterator[Session]:
    session = connect(proxy.url, tmp_path / "client", remember=True)
    yield session
    session.close()
