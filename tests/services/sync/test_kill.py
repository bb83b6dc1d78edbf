"""`carnet sync` SIGKILLed at 20 different points: the store stays sound, no queued edit is
lost or doubled, and the next sync converges to the platform's state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from services.domain import entities as e
from services.store.db import STORE_FILE, make_engine
from services.store.schema import outbox as outbox_table
from tests.reference import TODAY, connect, local_dataset, server_dataset

CARNET = Path(sys.executable).with_name("carnet")


def run_sync(folder: Path, log: Path, kill_at: int | None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CARNET_PASSWORD": "Carnet-demo-2026", "CARNET_TODAY": str(TODAY),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "CARNET_SYNC_KILL_LOG": str(log), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CARNET_SYNC_KILL_AT", None)
    if kill_at is not None:
        env["CARNET_SYNC_KILL_AT"] = str(kill_at)
    return subprocess.run([str(CARNET), "--data-dir", str(folder), "--lang", "en", "sync",
                           "--page-size", "10"], env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.process
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("kill_at", range(1, 21))
def test_killed_sync_loses_nothing(platform, admin, web, tmp_path, kill_at):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the child reads the key file
    folder = tmp_path / "client"
    session = connect(platform.url, folder)
    assert session.engine.sync().ok
    session.edits.pay(101, Decimal("30.00"), 901)
    session.edits.update_person(203, first_name="Zoë")
    session.edits.update_person(204, gender="PreferNotToSay")
    session.edits.mark_email_read(1101)
    session.edits.set_subscription(1702, emails=False)
    session.close()
    for hour in range(45):  # the platform changes too: five pages of ten to pull
        admin.post("/admin/occurrences", json={
            "ActivityId": 502, "Start": f"2027-01-{1 + hour % 28:02d}T08:00:00-05:00",
            "End": f"2027-01-{1 + hour % 28:02d}T09:00:00-05:00"})

    log = tmp_path / "kill.log"
    killed = run_sync(folder, log, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    label = log.read_text().split(" ", 1)[1].strip()

    engine = make_engine(folder / STORE_FILE)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        left = conn.execute(outbox_table.select()).all()
    engine.dispose()
    assert len(left) <= 5, label

    finished = run_sync(folder, log, None)
    assert finished.returncode == 0, finished.stderr
    session = connect(platform.url, folder)
    try:
        assert local_dataset(session) == server_dataset(admin), label
        with session.store.read() as conn:
            assert session.store.get(conn, e.Person, 203).first_name == "Zoë"
    finally:
        session.close()
    payments = [t for t in web.items("/me/transactions")
                if t["Kind"] == "Payment" and t["OrganizationId"] == 101]
    assert len(payments) == 2, label  # the demo's own, and ours exactly once
    assert web.get("/me/subscriptions/1702").json()["Emails"] is False
