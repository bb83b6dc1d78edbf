"""`carnet-server --load FILE` (issue 13): the file is read and checked before the database is
touched, then replaces its content in one transaction. A bad file gets one clear line naming
it (and the field, for a validation error), exit status 2, and the database as it was."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.app import create_app
from server.cli import main
from server.db import counters, logins, make_engine, reset, resources
from server.loader import load, replace
from server.settings import Settings
from services.domain.dataset import Dataset
from services.domain.demo import demo_dataset
from tests.reference import BACKENDS, POSTGRES, TODAY
from tests.server.families import two_families

GOOD = two_families(TODAY).to_json()


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path) -> str:
    """A database already serving the two families."""
    url = POSTGRES if request.param == "postgresql" else f"sqlite:///{tmp_path / 's.sqlite3'}"
    engine = make_engine(url)
    reset(engine)
    create_app(Settings(database=url), engine)
    load(engine, Dataset.from_json(GOOD))
    engine.dispose()
    yield url
    if request.param == "postgresql":
        engine = make_engine(url)
        reset(engine)
        engine.dispose()


def content(url: str) -> tuple:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return (conn.execute(select(resources).order_by(resources.c.type, resources.c.id))
                    .all(), conn.execute(select(logins).order_by(logins.c.account_id)).all(),
                    conn.execute(select(counters).order_by(counters.c.name)).all())
    finally:
        engine.dispose()


def _account(dataset: dict, **changes) -> dict:
    return {**dataset, "Accounts": [{**dataset["Accounts"][0], **changes}]}


def _bad_files(folder: Path) -> dict[str, tuple[Path, list[str]]]:
    """name → (file, what its one-line message must say)."""
    good = json.loads(GOOD)
    files = {
        "missing": (None, ["missing.json", "cannot read"]),
        "directory": (b"", ["a-folder", "cannot read"]),
        "empty": (b"", ["empty.json", "empty"]),
        "blank": (b"  \n", ["blank.json", "empty"]),
        "truncated": (GOOD.encode()[: len(GOOD) // 2], ["truncated.json", "not valid JSON"]),
        "garbage": (b"\x89PNG\r\n\x1a\n\x00\x00", ["garbage.json", "not valid JSON"]),
        "not-a-dataset": (b"[1, 2, 3]", ["not-a-dataset.json"]),
        "unknown-format": (json.dumps({**good, "Format": "smartrec-export"}).encode(),
                           ["unknown-format.json", "Format", "carnet-dataset"]),
        "future-version": (json.dumps({**good, "FormatVersion": 2}).encode(),
                           ["future-version.json", "FormatVersion"]),
        "bad-field": (json.dumps(_account(good, Persons=[
            {**good["Accounts"][0]["Persons"][0], "DateOfBirth": "1985-02-30"}])).encode(),
                      ["bad-field.json", "Accounts[0].Persons[0].DateOfBirth"]),
        "unknown-field": (json.dumps({**good, "Families": []}).encode(),
                          ["unknown-field.json", "Families"]),
        "same-username": (json.dumps({**good, "Accounts": [
            good["Accounts"][0], {**good["Accounts"][1], "Account": {
                **good["Accounts"][1]["Account"],
                "Username": good["Accounts"][0]["Account"]["Username"]}}]}).encode(),
                          ["same-username.json", "Username"]),
    }
    paths = {}
    for name, (data, expected) in files.items():
        path = folder / ("a-folder" if name == "directory" else f"{name}.json")
        if name == "directory":
            path.mkdir()
        elif data is not None:
            path.write_bytes(data)
        paths[name] = (path, expected)
    return paths


def test_a_bad_file_leaves_the_database_as_it_was(database, tmp_path, capsys):
    before = content(database)
    for name, (path, expected) in _bad_files(tmp_path).items():
        status = main(["--load", str(path), "--database", database])
        out, err = capsys.readouterr()
        assert status == 2, name
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("carnet-server: "), (name, err)
        assert all(word in lines[0] for word in expected), (name, lines[0])
        assert "Traceback" not in err + out and "pydantic" not in err, name
        assert content(database) == before, name


def test_a_good_file_replaces_everything_at_once(database):
    before = content(database)
    engine = make_engine(database)
    try:
        replace(engine, demo_dataset(TODAY))
    finally:
        engine.dispose()
    resources_after, logins_after, counters_after = content(database)
    assert [row.account_id for row in logins_after] == [1]  # the Smiths are gone
    assert not any(row.id == 9001 for row in resources_after)
    epoch = {row.name: row.value for row in counters_after}["epoch"]
    assert epoch != {row.name: row.value for row in before[2]}["epoch"]  # old cursors: 410


@pytest.mark.process
def test_the_command_says_it_without_a_traceback(tmp_path):
    """The real command, as a user runs it."""
    bad = tmp_path / "family.json"
    bad.write_text('{"Format": "carnet-dataset", "Accounts": [', encoding="utf-8")
    script = Path(sys.executable).with_name("carnet-server")
    done = subprocess.run([str(script), "--load", str(bad), "--database",
                           f"sqlite:///{tmp_path / 'x.sqlite3'}"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "family.json" in done.stderr and "Traceback" not in done.stderr
    assert "Serving" not in done.stdout


def test_a_replace_that_fails_midway_changes_nothing(database):
    """One transaction: the wipe is undone with the rest (a conflict only the database sees)."""
    before = content(database)
    good = Dataset.from_json(GOOD)
    twin = good.accounts[1].model_copy(update={"account": good.accounts[1].account.model_copy(
        update={"username": good.accounts[0].account.username})})
    engine = make_engine(database)
    try:
        with pytest.raises(IntegrityError):
            replace(engine, good.model_copy(update={"accounts": [good.accounts[0], twin]}))
    finally:
        engine.dispose()
    assert content(database) == before
