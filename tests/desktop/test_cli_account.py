"""`carnet login | sync | status | export | logout` against the reference server."""

from __future__ import annotations

import json
import os
import stat

import pytest

from desktop.cli import main
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, SIN_ETIENNE
from services.security.keys import SERVICE
from services.sync.session import open_session
from tests.reference import changes_received


@pytest.fixture
def carnet(qapp, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CARNET_PASSWORD", DEMO_PASSWORD)
    folder = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(folder), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    run.folder = folder
    return run


@pytest.fixture
def signed_in(carnet, platform):
    code, out, err = carnet("login", "--server", platform.url, "--username", DEMO_USERNAME)
    assert code == 0, err
    assert f"Signed in as {DEMO_USERNAME}." in out
    assert changes_received(out) > 100  # the whole demo family
    return carnet


def test_status_sync_and_pending_edits(signed_in, memory_keyring):
    code, out, _ = signed_in("status")
    assert code == 0 and "Edits not yet accepted by the platform: 0" in out
    assert "Last successful sync: " in out and "never" not in out
    session = open_session(signed_in.folder)
    session.edits.update_person(203, first_name="Zoë")
    session.close()
    _, out, _ = signed_in("status")
    assert "Edits not yet accepted by the platform: 1" in out
    assert "[waiting] PATCH /me/persons/203" in out
    code, out, err = signed_in("sync")
    assert code == 0 and "Synced: 1 edits sent" in out and "Syncing 1/1" in err
    assert any(name.startswith("token:") for _, name in memory_keyring.secrets)


def test_export_is_owner_only_and_complete(signed_in, tmp_path):
    target = tmp_path / "family.json"
    code, out, _ = signed_in("export", "--json", str(target))
    assert code == 0 and "keep it safe" in out
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["Accounts"][0]["Password"] is None
    assert SIN_ETIENNE in target.read_text(encoding="utf-8")  # asked for: the user's own data
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.expect_log("sync stopped: Offline", logger="services.sync.engine")
@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_sync_failure_exits_non_zero_with_a_message(signed_in, platform):
    platform.stop()
    code, _, err = signed_in("sync")
    assert code == 2 and "The platform cannot be reached" in err and "kept" in err


def test_wrong_password(carnet, platform, monkeypatch):
    monkeypatch.setenv("CARNET_PASSWORD", "nope")
    code, _, err = carnet("--lang", "fr", "login", "--server", platform.url, "--username",
                          DEMO_USERNAME)
    assert code == 2 and "incorrect" in err


def test_not_signed_in(carnet):
    code, _, err = carnet("sync")
    assert code == 2 and "carnet login" in err


def test_logout_forgetting_data(signed_in, memory_keyring):
    code, out, _ = signed_in("logout", "--forget-data")
    assert code == 0 and "removed" in out
    assert not signed_in.folder.exists()
    assert not [k for k in memory_keyring.secrets if k[0] == SERVICE]


def test_logout_keeps_the_copy_readable(signed_in, memory_keyring):
    code, out, _ = signed_in("logout")
    assert code == 0 and "readable offline" in out
    assert not [n for _, n in memory_keyring.secrets if n.startswith("token:")]
    code, out, _ = signed_in("agenda", "--from", "2026-11-03", "--to", "2026-11-03")
    assert code == 0 and "Soccer" in out


def test_status_names_an_edit_sent_without_an_answer(signed_in):
    from services.sync import outbox

    session = open_session(signed_in.folder)
    session.edits.update_person(203, first_name="Zoë")
    with session.store.write() as conn:
        [entry] = outbox.entries(session.store, conn)
        outbox.set_state(conn, entry.id, outbox.UNKNOWN, attempts=1)
    session.close()
    code, out, _ = signed_in("status")
    assert code == 0
    assert "[sent, no answer yet: will be sent again] PATCH /me/persons/203" in out


def test_sync_says_when_another_sync_holds_the_folder(signed_in, monkeypatch):
    from filelock import FileLock

    from services.sync import engine

    monkeypatch.setattr(engine, "LOCK_WAIT", 0.2)
    with FileLock(signed_in.folder / engine.PUSH_LOCK):  # the window's sync, say
        code, out, err = signed_in("sync")
    assert code == 2 and "Another sync of this data folder" in err and "Synced" not in out
    code, out, _ = signed_in("sync")
    assert code == 0 and "Synced" in out
