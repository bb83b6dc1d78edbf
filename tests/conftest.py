"""Shared fixtures: every path in a temp dir, an in-memory keychain, a pinned today."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import: no display here

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from services.domain.dataset import Dataset
from services.domain.demo import demo_dataset
from services.store import dataset_io
from services.store.store import Store
from tests.net import Listener

TODAY = date(2026, 11, 27)


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
