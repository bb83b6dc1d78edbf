"""Issue 13: a store problem met by the sync process (a full disk during a sync, a store file
made read-only) reaches the window, which says it; the store stays as it was."""

from __future__ import annotations

import threading
from multiprocessing import Pipe

import pytest

from desktop.app import attach_session, build
from services.domain.demo import DEMO_USERNAME
from services.store.db import STORE_FILE
from services.sync import worker
from services.sync.worker import WorkerConfig
from tests.reference import connect
from tests.services.store.bad_inputs import disk_full, snapshot


@pytest.fixture
def synced(platform, tmp_path):
    session = connect(platform.url, tmp_path / "client")
    assert session.engine.sync().ok
    yield session
    session.close()


@pytest.mark.expect_log("store problem: StoreFull", logger="services.sync.worker")
def test_a_full_disk_during_a_sync_is_told_by_the_sync_process(synced, web, monkeypatch):
    """The sync process's own code (worker.run), in a thread of this process so that the
    fault can be injected: the platform sends a long note, the store may not grow."""
    monkeypatch.setattr(worker, "_yield_to_the_window", lambda: None)
    note = "Noix. " * 1600  # the platform takes 10,000 characters a string: 48 kB in five
    medical = {name: note for name in ("Allergies", "Illnesses", "Medication", "Reactions",
                                       "Notes")}
    changed = web.patch("/me/persons/203", json={"MedicalInformation": medical})
    assert changed.status_code == 200, changed.text
    folder = synced.store.path.parent
    synced.store.close()
    before = snapshot(folder)
    config = WorkerConfig(folder, synced.store.key, {"token": synced.client.credentials.token},
                          "en")
    commands_in, commands_out = Pipe(duplex=False)
    events_in, events_out = Pipe(duplex=False)
    reports: list[tuple] = []
    with disk_full():
        child = threading.Thread(target=worker.run, args=(config, commands_in, events_out))
        child.start()
        while not any(r[0] == "store" for r in reports):
            assert events_in.poll(20), reports
            reports.append(events_in.recv())
        commands_out.send("stop")
        child.join(20)
    problem = next(r for r in reports if r[0] == "store")
    assert problem[:3] == ("store", "StoreFull", str(folder / STORE_FILE))
    assert snapshot(folder) == before


@pytest.mark.process
def test_the_window_says_what_the_sync_process_met(qtbot, synced):
    """A real sync process on a store file its owner made read-only: it cannot open it,
    tells the window, and ends; the window says it instead of "the sync stopped"."""
    store = synced.store
    app = build(store, "en", DEMO_USERNAME)
    qtbot.addWidget(app.window)
    problems: list[tuple] = []
    app.bridge.problem.connect(lambda *args: problems.append(args))
    states: list[tuple] = []
    app.bridge.state.connect(lambda *args: states.append(args))
    store.path.chmod(0o400)
    try:
        attach_session(app, synced)
        qtbot.waitUntil(lambda: bool(problems), timeout=20_000)
        assert problems[0][:2] == ("StoreReadOnly", str(store.path))
        qtbot.waitUntil(lambda: not app.sync.running, timeout=10_000)
        qtbot.wait(200)
        assert all(code != "SyncStopped" for _, code in states)
        status = app.window.status.connection
        assert status.text() == "Sync problem" and "read-only" in status.toolTip()
    finally:
        store.path.chmod(0o600)
        app.sync.stop()
        app.stop()
