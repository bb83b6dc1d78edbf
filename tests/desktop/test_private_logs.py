"""Issue 14: the log never shows a private value the store knows — a SIN, medical information,
a health insurance, a contact's notes, a form's answers (every text inside them), the names of
persons and contacts — whatever wrote the line: a crash (desktop.crash), any logger, in a
command, in the window, after a sync that brought new ones."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import crash, logs
from desktop.changes import Changes
from services.domain import entities as e
from services.domain.demo import ALLERGY_FELIX, DEMO_USERNAME, SIN_ETIENNE
from services.store import paths
from services.store.schema import SECRET_FIELDS
from services.store.store import Store
from services.store.tables import ResourceType as R

NAMED = (e.Person, e.Contact)


def texts(value) -> Iterator[str]:
    """Every text inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def private_values(folder: Path) -> list[str]:
    """Every sealed value of the folder's store (the texts inside them), and every name."""
    store = Store.open(folder)
    try:
        with store.read() as conn:
            found = [entity for model in (*SECRET_FIELDS, *NAMED)
                     for entity in store.all(conn, model)]
    finally:
        store.close()
    values = set()
    for entity in found:
        secret = SECRET_FIELDS.get(type(entity), frozenset())
        values.update(texts(entity.model_dump(mode="json", include=set(secret))))
        if isinstance(entity, NAMED):
            values.update((entity.first_name, entity.last_name, entity.full_name))
    # One letter (a shirt size "S") says nothing, and is in every line.
    return sorted(v for v in values if len(v.strip()) > 1)


def crash_with(values: list[str]) -> None:
    """An unexpected error whose text holds every value, through the real crash path."""
    try:
        raise RuntimeError("could not save: " + " | ".join(values) + f" {values!r}")
    except RuntimeError as error:
        crash.report(type(error), error, error.__traceback__)


def log_text() -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (paths.log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")


def leaked(values: list[str], text: str) -> list[str]:
    return [v for v in values if v in text]


def demo_folder(tmp_path: Path) -> Path:
    """The demo family, written by another process (this one has seen none of it)."""
    folder = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(folder), "demo-data"],
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True,
                   capture_output=True, timeout=120)
    return folder


@pytest.mark.process
@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_a_crash_after_a_command_shows_no_private_value(cli, tmp_path):
    folder = demo_folder(tmp_path)
    values = private_values(folder)
    assert ALLERGY_FELIX in values and SIN_ETIENNE in values and "Léa" in values
    assert "Thérèse Côté (grand-mère)" in values and "Peut venir chercher les enfants." in values
    code, _, _ = cli(folder, "agenda")  # checks the store's key: its values are known now
    assert code == 0
    crash_with(values)
    text = log_text()
    assert "unexpected error" in text and "RuntimeError: could not save" in text
    assert leaked(values, text) == []


@pytest.mark.process
@pytest.mark.expect_log(logger="somewhere.else")
@pytest.mark.expect_log(logger="carnet.anything")
def test_any_logger_is_redacted_the_same_way(cli, tmp_path):
    folder = demo_folder(tmp_path)
    values = private_values(folder)
    assert cli(folder, "agenda")[0] == 0
    logging.getLogger("somewhere.else").warning("a line with %s", " / ".join(values))
    logging.getLogger("carnet.anything").error("and one more: %r", values)
    text = log_text()
    assert "a line with" in text and "and one more" in text
    assert leaked(values, text) == []


@pytest.mark.process
@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_a_crash_in_the_window_shows_no_private_value(run_window, tmp_path, monkeypatch):
    """The window registers the store's values after its first paint, off the GUI thread."""
    from desktop import launch
    from services.sync.session import bind_account

    folder = demo_folder(tmp_path)
    values = private_values(folder)
    kept = Store.open(folder)
    bind_account(kept, "http://127.0.0.1:9", DEMO_USERNAME, "en")
    kept.close()
    seen = []

    def attached(app, session, **_):
        app.wait()  # the store's private values are read in the background
        crash_with(values)
        seen.append(log_text())
        session.close()
        app.stop()
        app.window.close()

    logs.setup()
    monkeypatch.setattr(launch, "_sign_in", lambda store, lang: None)
    monkeypatch.setattr(launch, "attach_session", attached)
    assert run_window(folder) == 0
    assert seen and "RuntimeError: could not save" in seen[0]
    assert leaked(values, seen[0]) == []


@pytest.fixture
def web(platform):
    from services.domain.demo import DEMO_PASSWORD
    from tests.reference import sign_in

    return sign_in(platform, DEMO_USERNAME, DEMO_PASSWORD)


@pytest.mark.expect_log("unexpected error", logger="carnet.crash")
def test_values_a_sync_brings_are_redacted_too(cli, tmp_path, platform, web):
    folder = tmp_path / "data"
    assert cli(folder, "login", "--server", platform.url, "--username", DEMO_USERNAME)[0] == 0
    felix = next(p for p in web.items("/me/persons") if p["Id"] == 204)
    new = {"Allergies": "Fruits de mer — choc anaphylactique, Épipen 0,3 mg",
           "Illnesses": "Maladie cœliaque", "Medication": "", "Reactions": "", "Notes": ""}
    changed = web.patch("/me/persons/204", json={"MedicalInformation": new},
                        headers={"If-Match": felix["Version"]})
    assert changed.status_code == 200, changed.text
    assert cli(folder, "sync")[0] == 0
    crash_with([new["Allergies"], new["Illnesses"]])
    text = log_text()
    assert new["Allergies"] not in text and new["Illnesses"] not in text


def test_the_window_learns_the_values_a_sync_brings(carnet, tmp_path):
    """The sync writes in its own process: the window reads the new values when it hears of
    the change."""
    from services.security import redact

    other = Store.open(carnet.store.path.parent)  # as the sync process would
    with other.write() as conn:
        zoe = other.get(conn, e.Person, 203)
        medical = e.MedicalInformation(allergies="Latex et pénicilline (urticaire géante)")
        other.upsert(conn, [zoe.model_copy(update={"medical_information": medical})])
    other.close()
    redact.forget_known()  # as if another process had written it
    assert "pénicilline" in redact.redact(medical.allergies)
    carnet.workspace.hub.publish(Changes.of({R.PERSON: {203}}))
    carnet.wait()
    assert "pénicilline" not in redact.redact(f"crash: {medical.allergies}")
