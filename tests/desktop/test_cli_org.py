"""`carnet org …` (issue 19) against the reference server's organization routes: sign in with
the demo organization's API key, sync, then today, find, roster and card from the local store
(also with the network gone); one localized line and exit 2 for what can go wrong."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET, FELIX, SWIM

SLUG = "loisirs-beaumont"


@pytest.fixture
def run(qapp, capsys, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("CARNET_ORG_SECRET", DEMO_ORG_SECRET)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data
    return run


@pytest.fixture
def synced(run, platform):
    code, out, err = run("--lang", "en", "org", "login", "--server", platform.url, "--org",
                         SLUG, "--key", DEMO_ORG_KEYS[CITY])
    assert (code, err) == (0, ""), err
    assert out.strip() == (f"Signed in to organization {SLUG} at {platform.url}. Next: "
                           "“carnet org sync”.")
    code, out, err = run("--lang", "en", "org", "sync")
    assert code == 0, err
    assert out.startswith(f"Synced organization {SLUG} (sessions from 2026-11-20 to "
                          "2027-01-26): ")
    return run


def test_sync_json_and_the_remembered_organization(synced):
    code, out, _ = synced("org", "sync", "--json")
    doc = json.loads(out)
    assert code == 0 and (doc["Version"], doc["Org"]) == (1, SLUG)
    assert sum(doc["Added"].values()) == 0 and set(doc["Deleted"]) >= {"Occurrence", "Person"}
    chosen = json.loads((synced.data / "orgs" / "current.json").read_text(encoding="utf-8"))
    assert chosen["Key"] == DEMO_ORG_KEYS[CITY] and "Secret" not in chosen
    assert DEMO_ORG_SECRET not in (synced.data / "orgs" / "current.json").read_text()
    assert (synced.data / "orgs" / SLUG / "org.sqlite3").is_file()


def test_find_accents_aside_in_both_languages(synced):
    code, out, _ = synced("org", "find", "genevieve", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["Query"] == "genevieve"
    assert {"Kind": "Person", "Id": 202, "Title": "Geneviève Gagnon", "AccountId": 1}.items() \
        <= next(r for r in doc["Results"] if r["Id"] == 202).items()
    code, out, _ = synced("--lang", "fr", "org", "find", "FELIX")
    assert out.splitlines()[0] == "Personnes (1)" and "Félix Tremblay" in out
    assert "Familles (1)" in out and "compte 1" in out
    code, out, _ = synced("--lang", "en", "org", "find", "nobody")
    assert (code, out.strip()) == (0, "Nothing found for “nobody”.")


def test_card_with_guardians_and_medical_only_when_asked(synced):
    code, out, _ = synced("org", "card", "1", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["Id"] == 1
    contacts = {c["FullName"]: c for c in doc["Contacts"]}
    assert contacts["Étienne Tremblay"]["IsLegalGuardian"] is True
    assert contacts["Thérèse Côté"]["IsLegalGuardian"] is False
    assert contacts["Thérèse Côté"]["IsEmergencyContact"] is True
    assert all("MedicalInformation" not in m for m in doc["Members"])
    audit = synced.data / "orgs" / SLUG / "medical-access.log"
    assert not audit.exists()
    code, out, _ = synced("org", "card", "1", "--json", "--medical")
    felix = next(m for m in json.loads(out)["Members"] if m["Id"] == FELIX)
    assert "Arachides" in felix["MedicalInformation"]["Allergies"]
    line = json.loads(audit.read_text(encoding="utf-8"))
    assert line["Account"] == 1 and FELIX in line["Persons"]
    assert DEMO_ORG_KEYS[CITY] in line["Who"] and "Arachides" not in audit.read_text()
    code, out, _ = synced("--lang", "fr", "org", "card", "1", "--medical")
    assert out.startswith("Compte 1 — Étienne Tremblay") and "tuteur légal" in out
    assert "Allergies : Arachides" in out and "né(e) le 21/11/2017" in out


def test_roster_and_today(synced, admin):
    code, out, _ = synced("org", "today", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["At"].startswith("2026-11-27T12:00:00")
    assert doc["Now"] == [] and isinstance(doc["Next"], list)
    response = admin.post("/admin/occurrences", json={
        "ActivityId": 501, "Start": "2026-11-27T11:30:00-05:00",
        "End": "2026-11-27T13:00:00-05:00"})
    assert response.status_code == 201, response.text
    occurrence = response.json()["Id"]
    assert admin.put(f"/admin/occurrences/{occurrence}/persons/{FELIX}/attendance",
                     json={"AttendanceId": 1}).status_code == 200
    assert synced("org", "sync")[0] == 0
    doc = json.loads(synced("org", "today", "--json")[1])
    assert [s["Id"] for s in doc["Now"]] == [occurrence]
    assert doc["Now"][0]["Present"] == 1 and doc["Now"][0]["Registered"] >= 2
    code, out, _ = synced("--lang", "en", "org", "today")
    assert out.splitlines()[0] == "Now (1)" and f"session {occurrence}" in out
    code, out, _ = synced("org", "roster", str(occurrence), "--json")
    people = {p["PersonId"]: p for p in json.loads(out)["Participants"]}
    assert people[FELIX]["Attendance"] == "Present" and people[FELIX]["FirstName"] == "Félix"
    code, out, _ = synced("--lang", "fr", "org", "roster", str(occurrence))
    assert out.splitlines()[0].startswith("Soccer intérieur U10 · vendredi 27 novembre 2026")
    assert "  Félix Tremblay — présent" in out.splitlines()


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_every_read_works_with_the_network_gone(synced, platform):
    platform.stop()
    for argv in (("org", "today"), ("org", "find", "zoe"), ("org", "card", "1"),
                 ("org", "card", "1", "--medical")):
        code, _, err = synced("--lang", "en", *argv)
        assert (code, err) == (0, ""), (argv, err)
    code, _, err = synced("--lang", "en", "org", "sync")
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "cannot be reached. What was synced before stays readable offline." in err
    code, _, err = synced("--lang", "fr", "org", "sync")
    assert code == 2 and "injoignable" in err


@pytest.mark.parametrize(("argv", "words"), [
    (("org", "roster", "999"), "No session 999 in what was synced of organization"),
    (("org", "roster", "abc"), "OCCURRENCE: “abc” is not a number."),
    (("org", "card", "42"), "No account 42 in what was synced of organization"),
    (("org", "find", "’ -"), "Say what to look for"),
    (("org", "sync", "--days-ahead", "-1"), "--days-back and --days-ahead"),
])
def test_bad_input_is_one_line_and_exit_2(synced, argv, words):
    code, _, err = synced("--lang", "en", *argv)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_before_login_and_before_sync(run, platform):
    code, _, err = run("--lang", "en", "org", "today")
    assert code == 2 and err.strip() == "Error: No organization yet: run “carnet org login” " \
        "first."
    code, _, err = run("--lang", "fr", "org", "find", "x")
    assert code == 2 and "carnet org login" in err and "Aucun organisme" in err
    assert run("org", "login", "--server", platform.url, "--org", SLUG, "--key",
               DEMO_ORG_KEYS[CITY])[0] == 0
    code, _, err = run("--lang", "en", "org", "roster", "1")
    assert code == 2 and "run “carnet org sync” first" in err


@pytest.mark.parametrize(("org", "key", "secret", "words"), [
    (SLUG, DEMO_ORG_KEYS[CITY], "wrong", "refused this organization key and secret"),
    ("marsouins", DEMO_ORG_KEYS[CITY], DEMO_ORG_SECRET, "does not let this key read "
     "organization marsouins"),
    ("../etc", DEMO_ORG_KEYS[SWIM], DEMO_ORG_SECRET, "“../etc” is not an organization"),
])
def test_login_refusals(run, platform, monkeypatch, org, key, secret, words):
    monkeypatch.setenv("CARNET_ORG_SECRET", secret)
    code, _, err = run("--lang", "en", "org", "login", "--server", platform.url, "--org", org,
                       "--key", key)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1
    assert not (run.data / "orgs" / "current.json").exists()


def test_login_refuses_plain_http_elsewhere(run):
    code, _, err = run("--lang", "en", "org", "login", "--server", "http://example.ca",
                       "--org", SLUG, "--key", "k")
    assert code == 2 and "https" in err.lower()


def test_each_organization_signed_in_is_shown_by_the_desk(synced, platform):
    from desktop import desk_orgs

    code, _, err = synced("--lang", "en", "org", "login", "--server", platform.url, "--org",
                          str(SWIM), "--key", DEMO_ORG_KEYS[SWIM])
    assert code == 0, err
    assert synced("org", "sync")[0] == 0
    current = json.loads((synced.data / "orgs" / "current.json").read_text(encoding="utf-8"))
    assert current["Org"] == str(SWIM)  # the commands' current one: the last signed in
    orgs = {o.org: o for o in desk_orgs.signed_in(synced.data)}
    assert set(orgs) == {SLUG, str(SWIM)}
    assert orgs[SLUG].key == DEMO_ORG_KEYS[CITY] and orgs[SLUG].server == platform.url
    for org in orgs.values():
        assert DEMO_ORG_SECRET not in (org.folder / desk_orgs.DESK_FILE).read_text()
