"""Issue 13: a lost store key on the command line. Every command says so and names
`carnet recover`, which keeps the unreadable copy aside, starts a fresh store for the same
account and says how many unsent edits could not be read."""

from __future__ import annotations

import pytest

from services.domain.demo import DEMO_USERNAME
from services.store.db import STORE_FILE
from tests.reference import changes_received
from tests.services.store.bad_inputs import KEY_LOSSES, filled, keychain_names, snapshot

COMMANDS = [("agenda",), ("status",), ("sync",), ("demo-data",), ("export", "--json", "x.json"),
            ("login", "--server", "http://127.0.0.1:9", "--username", DEMO_USERNAME)]
WORDS = {"en": ("key", "carnet recover"), "fr": ("clé", "carnet recover")}


@pytest.mark.expect_log("store problem", logger="carnet.cli")
@pytest.mark.parametrize("loss", sorted(KEY_LOSSES))
def test_every_command_says_the_key_is_lost(cli, tmp_path, demo, loss, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    KEY_LOSSES[loss](folder, demo)
    before, keys = snapshot(folder), keychain_names()
    for argv in COMMANDS:
        for lang in ("en", "fr"):
            code, _, err = cli(folder, *argv, lang=lang)
            assert code == 2 and "Traceback" not in err, (argv, err)
            assert all(word in err for word in WORDS[lang]), (argv, err)
            assert str(folder) in err, (argv, err)
    assert snapshot(folder) == before and keychain_names() == keys
    assert not (tmp_path / "x.json").exists()
    log = (tmp_path / "logs" / "carnet.log").read_text(encoding="utf-8")
    assert "StoreKeyLost" in log


@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
@pytest.mark.parametrize("lang,words", [
    ("en", ("Unsent edits that could not be read: 2.", "carnet sync")),
    ("fr", ("Modifications non envoyées illisibles : 2.", "carnet sync")),
])
def test_recover_keeps_the_copy_and_counts_the_unsent_edits(cli, tmp_path, demo, lang,
                                                            words):
    folder = tmp_path / "data"
    KEY_LOSSES["keychain-entry-lost"](folder, demo)
    original = snapshot(folder)[STORE_FILE]
    code, out, err = cli(folder, "recover", lang=lang)
    assert code == 0, err
    assert all(word in out for word in words), out
    aside = [p for p in folder.iterdir() if p.suffix == ".sqlite3" and p.name != STORE_FILE]
    assert len(aside) == 1 and str(aside[0]) in out
    assert snapshot(aside[0])[aside[0].name] == original
    code, out, err = cli(folder, "status")
    assert code == 0 and "famille.tremblay@example.ca" in out, err
    assert "Edits not yet accepted by the platform: 0" in out


@pytest.mark.expect_log("store problem", logger="carnet.cli")
@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
def test_recover_then_sync_downloads_the_account_again(cli, tmp_path, demo,
                                                       platform):
    folder = tmp_path / "data"
    code, _, err = cli(folder, "login", "--server", platform.url, "--username",
                          DEMO_USERNAME)
    assert code == 0, err
    import keyring

    from services.security.keys import SERVICE, key_name

    keyring.delete_password(SERVICE, key_name(folder))
    code, _, err = cli(folder, "sync")
    assert code == 2 and "carnet recover" in err
    code, out, _ = cli(folder, "recover")
    assert code == 0 and "Unsent edits that could not be read: 0." in out
    code, out, err = cli(folder, "sync")
    assert code == 0 and changes_received(out) > 100, err  # everything again
    code, out, _ = cli(folder, "agenda", "--from", "2026-11-03", "--to", "2026-11-03")
    assert code == 0 and "Soccer" in out


def test_recover_on_a_sound_store_changes_nothing(cli, tmp_path, demo):
    folder = tmp_path / "data"
    filled(folder, demo)
    before = snapshot(folder)
    code, out, err = cli(folder, "recover")
    assert code == 0 and "nothing to recover" in (out + err).lower()
    assert snapshot(folder) == before


@pytest.mark.expect_log("store problem", logger="carnet.cli")
@pytest.mark.expect_log("store recovered from", logger="services.store.recovery")
def test_recover_a_damaged_store(cli, tmp_path, demo):
    folder = tmp_path / "data"
    path = filled(folder, demo)
    data = path.read_bytes()[:50_000]
    path.write_bytes(data)
    code, _, err = cli(folder, "agenda")
    assert code == 2 and "carnet recover" in err
    code, _, err = cli(folder, "--lang", "fr", "recover")
    assert code == 0, err
    aside = [p for p in folder.iterdir() if p.suffix == ".sqlite3" and p.name != STORE_FILE]
    assert [p.read_bytes() for p in aside] == [data]
    code, _, err = cli(folder, "agenda")
    assert code == 2 and "carnet demo-data" in err  # empty now: no account was readable


@pytest.mark.expect_log("store problem", logger="carnet.cli")
def test_a_folder_problem_is_not_recovered(cli, tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = cli(blocker, "recover")
    assert code == 2 and "not a folder" in err and blocker.read_text(encoding="utf-8") == "x"
