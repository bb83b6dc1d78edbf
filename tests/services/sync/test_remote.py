"""The sync in its own process, against the real server: reports, secrets, a killed child."""

from __future__ import annotations

import threading

import pytest

from services.sync.remote import SyncProcess
from services.sync.session import Session
from tests.reference import connect, local_dataset, server_dataset


class Reports:
    """What the child reports, as the window's bridge would see it (from the reader thread)."""

    def __init__(self, sync: SyncProcess) -> None:
        self.states: list[tuple[str, str]] = []
        self.changed: set[str] = set()
        self.progress: list[tuple[int, int]] = []
        self._event = threading.Condition()
        sync.listeners.state.append(self._state)
        sync.listeners.changes.append(lambda changed: self.changed.update(changed))
        sync.listeners.progress.append(lambda done, total: self.progress.append((done, total)))

    def _state(self, state, error) -> None:
        with self._event:
            self.states.append((str(state), error.code if error else ""))
            self._event.notify_all()

    def wait_for(self, state: str, count: int = 1, timeout: float = 30.0) -> list:
        with self._event:
            assert self._event.wait_for(
                lambda: [s for s, _ in self.states].count(state) >= count, timeout), self.states
            return self.states


@pytest.mark.process
def test_the_child_syncs_and_reports(carnet: Session, admin) -> None:
    sync = SyncProcess(carnet)
    reports = Reports(sync)
    sync.start()
    try:
        reports.wait_for("idle")
        assert reports.states[0] == ("syncing", "")
        assert {"Occurrence", "Person", "PostdatedPayment"} <= reports.changed
        assert reports.progress and reports.progress[-1][0] == reports.progress[-1][1]
        # It wrote to the window's store file, which the window reads.
        assert local_dataset(carnet) == server_dataset(admin)
        sync.request()  # F5
        reports.wait_for("idle", 2)
    finally:
        sync.stop()
    assert not sync.running


@pytest.mark.process
def test_a_token_the_child_gets_reaches_the_window(platform, tmp_path) -> None:
    session = connect(platform.url, tmp_path / "client", remember=True)
    session.client.credentials.forget("token")  # expired: only the remembered password is left
    sync = SyncProcess(session)
    reports = Reports(sync)
    sync.start()
    try:
        reports.wait_for("idle")
        assert session.client.credentials.token  # relayed by the child, which signed in again
    finally:
        sync.stop()
        session.close()


@pytest.mark.process
@pytest.mark.expect_log("ended by itself", logger="services.sync.remote")
def test_a_killed_child_is_reported_and_f5_starts_another(carnet: Session) -> None:
    sync = SyncProcess(carnet, every=3600)
    reports = Reports(sync)
    sync.start()
    try:
        reports.wait_for("idle")
        sync._process.kill()
        assert ("error", "SyncStopped") in reports.wait_for("error")
        assert not sync.running
        sync.request()
        reports.wait_for("idle", 2)
        assert sync.running
    finally:
        sync.stop()
