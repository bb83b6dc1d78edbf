"""Issue 13, bad local input: every `carnet` command meets a damaged store, a data folder that
is a file, read-only or another user's, a full disk and a lost key with a message in the
user's language naming the file or folder, exit status 2, a log line, no traceback, and the
user's files byte-for-byte as they were."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.cli import main
from services.domain.demo import DEMO_USERNAME
from services.store.db import STORE_FILE
from tests.services.store.bad_inputs import (
    MAKERS,
    OTHER_UID,
    disk_full,
    filled,
    restore_permissions,
    snapshot,
)

# What each problem's message says, in each language (besides the path).
WORDS = {
    "garbage": {"en": "damaged", "fr": "endommagé"},
    "truncated": {"en": "damaged", "fr": "endommagé"},
    "not-a-folder": {"en": "not a folder", "fr": "n'est pas un dossier"},
    "read-only": {"en": "read-only", "fr": "lecture seule"},
    "not-yours": {"en": "another user", "fr": "autre utilisateur"},
}
CODES = {"garbage": "StoreDamaged", "truncated": "StoreDamaged", "not-a-folder": "StoreNotAFolder",
         "read-only": "StoreReadOnly", "not-yours": "StoreNotYours"}
# What to do, for the problems a command can get past.
REMEDY = {"garbage": "carnet recover", "truncated": "carnet recover",
          "not-a-folder": "--data-dir", "read-only": "--data-dir", "not-yours": "--data-dir"}


def commands(tmp_path: Path) -> list[tuple[str, ...]]:
    return [
        ("agenda",),
        ("agenda", "--json", "--from", "2026-11-01", "--to", "2026-11-30"),
        ("demo-data",),
        ("status",),
        ("sync",),
        ("export", "--json", str(tmp_path / "out.json")),
        ("login", "--server", "http://127.0.0.1:9", "--username", DEMO_USERNAME),
        ("logout",),
        ("--screenshot", str(tmp_path / "shot.png")),
    ]


def log_text(tmp_path: Path) -> str:
    log = tmp_path / "logs" / "carnet.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.expect_log("store problem", logger="carnet.cli")
@pytest.mark.parametrize("bad", sorted(MAKERS))
def test_every_command_says_what_is_wrong_and_changes_nothing(cli, tmp_path, demo, bad):
    folder = tmp_path / "data"
    named = MAKERS[bad](folder, demo)
    before = snapshot(folder)
    try:
        for argv in commands(tmp_path):
            for lang in ("en", "fr"):
                code, out, err = cli(folder, *argv, lang=lang)
                assert code == 2, (argv, err)
                assert "Traceback" not in err + out, (argv, err)
                assert str(named) in err, (argv, err)
                assert WORDS[bad][lang] in err, (argv, lang, err)
                assert REMEDY[bad] in err, (argv, err)
                assert snapshot(folder) == before, argv
    finally:
        restore_permissions(folder)
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "shot.png").exists()
    assert CODES[bad] in log_text(tmp_path)


@pytest.mark.expect_log("store problem", logger="carnet.cli")
def test_a_parent_that_is_a_file_is_named(cli, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = cli(blocker / "Carnet", "agenda")
    assert code == 2 and str(blocker) in err and "not a folder" in err
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.expect_log("store problem", logger="carnet.cli")
def test_a_full_disk_during_a_sync_keeps_the_store_as_it_was(cli, tmp_path, platform,
                                                               web):
    folder = tmp_path / "data"
    code, _, err = cli(folder, "login", "--server", platform.url, "--username",
                          DEMO_USERNAME)
    assert code == 0, err
    long_note = "Arachides, noix et sésame. " * 333  # the platform takes 10,000 characters
    medical = {name: long_note for name in ("Allergies", "Illnesses", "Medication",
                                            "Reactions", "Notes")}  # 45 kB: new pages
    changed = web.patch("/me/persons/203", json={"MedicalInformation": medical})
    assert changed.status_code == 200, changed.text
    before = snapshot(folder)
    with disk_full():
        code, out, err = cli(folder, "sync", lang="fr")
    assert code == 2 and "Traceback" not in err
    assert "plein" in err and str(folder / STORE_FILE) in err
    assert snapshot(folder) == before
    assert "StoreFull" in log_text(tmp_path)
    code, out, err = cli(folder, "sync")
    assert code == 0 and "1 changes received" in out, err


@pytest.mark.expect_log("store problem", logger="carnet.cli")
def test_a_full_disk_when_the_store_is_made(cli, tmp_path):
    folder = tmp_path / "data"
    with disk_full():
        code, _, err = cli(folder, "demo-data")
    assert code == 2 and "Traceback" not in err and "full" in err and str(folder) in err


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "3000-01-01"])
def test_agenda_dates_out_of_range(cli, tmp_path, demo, option, day):
    folder = tmp_path / "data"
    filled(folder, demo)
    for lang, word in (("en", "outside"), ("fr", "hors")):
        code, out, err = cli(folder, "agenda", option, day, lang=lang)
        assert code == 2 and out == "" and "Traceback" not in err
        assert day in err and word in err and option in err


@pytest.mark.parametrize("day", ["2026-13-01", "tomorrow", "2026-02-30"])
def test_agenda_dates_that_are_not_dates(cli, tmp_path, demo, day):
    folder = tmp_path / "data"
    filled(folder, demo)
    code, out, err = cli(folder, "agenda", "--from", day, lang="fr")
    assert code == 2 and out == "" and "Traceback" not in err
    assert day in err and "AAAA-MM-JJ" in err


def test_agenda_dates_at_the_edges_work(cli, tmp_path, demo):
    folder = tmp_path / "data"
    filled(folder, demo)
    code, out, _ = cli(folder, "agenda", "--json", "--from", "1900-01-01",
                          "--to", "2999-12-31")
    assert code == 0 and '"From": "1900-01-01"' in out


def test_export_to_a_folder_that_does_not_exist(cli, tmp_path, demo):
    folder = tmp_path / "data"
    filled(folder, demo)
    target = tmp_path / "nowhere" / "family.json"
    code, _, err = cli(folder, "export", "--json", str(target), lang="fr")
    assert code == 2 and "Traceback" not in err and str(target) in err


def test_export_never_leaves_a_half_written_file(cli, tmp_path, demo, monkeypatch):
    folder = tmp_path / "data"
    filled(folder, demo)
    target = tmp_path / "family.json"
    target.write_text("my previous export\n", encoding="utf-8")

    def disk_full_at_flush(fd: int) -> None:  # what a full disk can answer at fsync
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full_at_flush)
    code, _, err = cli(folder, "export", "--json", str(target))
    monkeypatch.undo()
    assert code == 2 and "Traceback" not in err and str(target) in err
    assert target.read_text(encoding="utf-8") == "my previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("family")] == \
        ["family.json"]


def test_a_log_folder_that_is_a_file_does_not_stop_a_command(qapp, capsys, tmp_path, demo,
                                                                monkeypatch):
    folder = tmp_path / "data"
    filled(folder, demo)
    blocker = tmp_path / "logfile"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CARNET_LOG_DIR", str(blocker))
    code = main(["--data-dir", str(folder), "--lang", "en", "agenda", "--from", "2026-11-03",
                 "--to", "2026-11-03"])
    out, err = capsys.readouterr()
    assert code == 0 and "Soccer" in out and "Traceback" not in err and str(blocker) in err


@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_a_bug_goes_to_the_crash_log_with_a_short_message(cli, tmp_path, demo,
                                                           monkeypatch):
    from desktop.cli import agenda

    folder = tmp_path / "data"
    filled(folder, demo)

    def broken(store, args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(agenda, "print_agenda", broken)
    code, _, err = cli(folder, "agenda")
    assert code == 1 and "Traceback" not in err and "carnet.log" in err
    assert "ZeroDivisionError" in log_text(tmp_path)


# --- read-only for real: `carnet` run by a user the folder does not let write ---------------

def _as_other_user() -> dict:
    if os.getuid() != 0:
        return {}
    return {"preexec_fn": lambda: (os.setgid(OTHER_UID), os.setuid(OTHER_UID))}


@pytest.mark.process
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_for_real_as_another_user(demo):
    """Root writes anywhere: run the console script as nobody on nobody's read-only folder (as
    the user itself, when not root), so the refusal is the system's, not a mode check's."""
    base = Path(tempfile.mkdtemp(prefix="carnet-ro-"))
    try:
        base.chmod(0o755)
        folder = base / "data"
        filled(folder, demo)
        home = base / "home"
        home.mkdir(mode=0o700)
        for path in (folder, *folder.iterdir(), home):
            if os.getuid() == 0:
                os.chown(path, OTHER_UID, OTHER_UID)
        folder.chmod(0o500)
        before = snapshot(folder)
        script = Path(sys.executable).with_name("carnet")
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(home), "QT_QPA_PLATFORM":
               "offscreen", "XDG_RUNTIME_DIR": str(home), "CARNET_LOG_DIR": str(home / "logs"),
               "CARNET_TODAY": "2026-11-27", "PYTHON_KEYRING_BACKEND":
               "keyring.backends.fail.Keyring"}
        for argv in (["agenda"], ["demo-data"], ["status"]):
            done = subprocess.run([str(script), "--data-dir", str(folder), "--lang", "fr",
                                   *argv], env=env, capture_output=True, text=True,
                                  timeout=60, **_as_other_user())
            assert done.returncode == 2, done.stderr
            assert "Traceback" not in done.stderr and str(folder) in done.stderr
            assert "lecture seule" in done.stderr
            assert snapshot(folder) == before
        assert "StoreReadOnly" in (home / "logs" / "carnet.log").read_text(encoding="utf-8")
    finally:
        for path in base.rglob("*"):
            if path.is_dir():
                path.chmod(0o700)
        shutil.rmtree(base)


@pytest.mark.process
def test_a_garbage_store_through_the_console_script(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / STORE_FILE).write_bytes(b"\x00garbage" * 1000)
    before = snapshot(folder)
    script = Path(sys.executable).with_name("carnet")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(script), "--data-dir", str(folder), "--lang", "en", "status"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert str(folder / STORE_FILE) in done.stderr and "carnet recover" in done.stderr
    assert snapshot(folder) == before
