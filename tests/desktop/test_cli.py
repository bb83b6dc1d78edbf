"""`carnet demo-data` and `carnet agenda`, in-process (with the test's QApplication) and as
the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.views.about_dialog import COMPONENTS
from services.domain.entities import Account
from services.store.store import Store


@pytest.fixture
def run(qapp, capsys, tmp_path):
    data = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def filled(run):
    assert run("demo-data")[0] == 0
    return run


def test_agenda_json_shape(filled):
    code, out, _ = filled("agenda", "--json", "--from", "2026-11-01", "--to", "2026-11-30")
    doc = json.loads(out)
    assert code == 0 and doc["Version"] == 1
    assert (doc["From"], doc["To"]) == ("2026-11-01", "2026-11-30")
    entry_keys = {"Kind", "Start", "End", "AllDay", "Title", "SourceId", "OrganizationId",
                  "OrganizationSlug", "OrganizationName", "PersonId", "PersonName", "Role",
                  "State", "Location", "Url"}
    assert all(set(e) == entry_keys for e in doc["Entries"])
    kinds = {e["Kind"] for e in doc["Entries"]}
    assert kinds == {"Closure", "Activity", "Event"}
    closure = next(e for e in doc["Entries"] if e["Kind"] == "Closure")
    assert closure["AllDay"] and closure["Url"] is None and closure["PersonId"] is None
    states = {e["State"] for e in doc["Entries"]}
    assert "Skipped" not in states and {"Cancelled", "Moved"} <= states


def test_local_time_across_dst(filled):
    _, out, _ = filled("agenda", "--json", "--person", "felix", "--org", "loisirs-beaumont",
                       "--from", "2026-10-25", "--to", "2026-11-04")
    soccer = [e for e in json.loads(out)["Entries"] if e["Title"].startswith("Soccer")]
    assert [e["Start"] for e in soccer] == ["2026-10-27T18:30:00-04:00",
                                            "2026-11-03T18:30:00-05:00"]


def test_staff_and_two_members(filled):
    _, out, _ = filled("agenda", "--json", "--from", "2026-11-03", "--to", "2026-11-03")
    soccer = [(e["PersonName"], e["Role"]) for e in json.loads(out)["Entries"]
              if e["Title"].startswith("Soccer")]  # Zoé's rehearsal that day: a clash
    assert soccer == [("Félix Tremblay", "Participant"), ("Étienne Tremblay", "Staff")]


@pytest.mark.parametrize("lang,words", [
    ("fr", ["Agenda du", "mardi 3 novembre 2026", "18 h 30", "(personnel)", "ANNULÉ",
            "Fermeture : Journée pédagogique", "Toute la journée"]),
    ("en", ["Agenda from", "Tuesday, November 3, 2026", "6:30", "(staff)", "CANCELLED",
            "Closure: Journée pédagogique", "All day"]),
])
def test_text_in_each_language(filled, lang, words):
    code, out, _ = filled("--lang", lang, "agenda")
    assert code == 0
    for word in words:
        assert word in out, word


def test_closures_spanning_the_range_start(filled):
    _, out, _ = filled("--lang", "en", "agenda", "--from", "2026-12-28", "--to", "2026-12-29")
    assert "Closure: Congé des Fêtes (until December 31)" in out


def test_person_filter_hides_other_members(filled):
    _, out, _ = filled("agenda", "--json", "--person", "ZOÉ")
    people = {e["PersonName"] for e in json.loads(out)["Entries"]}
    assert people == {"Zoé Tremblay", None}


@pytest.mark.parametrize("argv,message", [
    (("agenda", "--person", "bob"), "Étienne Tremblay, Geneviève Gagnon"),
    (("agenda", "--org", "nope"), "loisirs-beaumont"),
    (("agenda", "--from", "2026-11-10", "--to", "2026-11-01"), "--from"),
])
def test_errors_are_clear(filled, argv, message):
    code, out, err = filled("--lang", "en", *argv)
    assert code == 2 and out == "" and message in err and err.startswith("Error:")


def test_empty_store_says_what_to_do(run):
    code, _, err = run("--lang", "fr", "agenda")
    assert code == 2 and "carnet demo-data" in err and err.startswith("Erreur")


def test_demo_data_keeps_a_real_account(run, tmp_path):
    store = Store.open(tmp_path / "data")
    with store.write() as conn:
        store.upsert(conn, [Account(id=7, username="real@example.ca", holder_person_id=1,
                                    province="QC")])
    store.close()
    code, _, err = run("--lang", "en", "demo-data")
    assert code == 2 and "real@example.ca" in err
    assert run("demo-data", "--force")[0] == 0


@pytest.mark.process
def test_console_script_end_to_end(tmp_path):
    """README command 1's path: `carnet demo` serves, signs in, syncs and shows the window
    (here photographed after the first sync), then the store reads offline."""
    script = Path(sys.executable).with_name("carnet")
    env = {**os.environ, "CARNET_DATA_DIR": str(tmp_path / "cli"), "QT_QPA_PLATFORM":
           "offscreen"}
    shot = tmp_path / "demo.png"
    done = subprocess.run([str(script), "--lang", "en", "demo", "--screenshot", str(shot)],
                          env=env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    listed = subprocess.run([str(script), "--lang", "en", "agenda"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert "Soccer intérieur U10" in listed.stdout


def test_version_lists_carnet_qt_and_each_component(run):
    code, out, _ = run("--version")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Carnet ") and lines[1].startswith("Qt 6.")
    assert [line.split(" ")[0] for line in lines[2:]] == list(COMPONENTS)
    assert "PyNaCl" in out and "(Apache-2.0)" in out
