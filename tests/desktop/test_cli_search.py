"""`carnet search` (issue 18, item 2): the demo family's store searched offline, grouped by
kind; accents and apostrophes alike; sealed values never found."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from services.domain.demo import ALLERGY_FELIX, SIN_ETIENNE


@pytest.fixture
def run(qapp, capsys, tmp_path):
    data = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("demo-data")[0] == 0
    return run


def test_json_groups_by_kind(run):
    code, out, _ = run("search", "natation", "--json", "--limit", "3")
    assert code == 0
    doc = json.loads(out)
    assert (doc["Version"], doc["Query"]) == (1, "natation")
    kinds = [group["Kind"] for group in doc["Groups"]]
    assert kinds == ["Organization", "Activity", "Occurrence", "Closure", "Email",
                     "Transaction", "Pass"]
    groups = {group["Kind"]: group for group in doc["Groups"]}
    assert groups["Organization"]["Results"][0]["Title"] == "Club de natation Les Marsouins"
    assert groups["Email"]["Tab"] == "communications"
    assert all(len(group["Results"]) <= 3 for group in doc["Groups"])
    sessions = [r["At"] for r in groups["Occurrence"]["Results"]]
    assert sessions == sorted(sessions) and len(sessions) == 3


def test_text_in_french_with_accents_and_apostrophes(run):
    code, out, _ = run("--lang", "fr", "search", "PROGRAMMATION", "D’HIVER")
    assert code == 0
    assert out.splitlines() == ["Courriels (1)", "  Programmation d'hiver — Loisirs Ville de "
                                "Beaumont-sur-Lac — " + out.splitlines()[1].rsplit(" — ", 1)[1]]
    code, out, _ = run("--lang", "fr", "search", "genevieve", "gagnon")
    assert out.splitlines()[0] == "Personnes (1)"


@pytest.mark.parametrize("query", [SIN_ETIENNE, ALLERGY_FELIX.split()[0], "anaphylaxie"])
def test_sealed_values_are_never_found(run, query):
    code, out, _ = run("--lang", "en", "search", query)
    assert (code, out.strip()) == (0, f"Nothing found for “{query}”.")


def test_an_empty_query_is_refused(run):
    code, _, err = run("--lang", "en", "search", "’ -")
    assert code == 2 and "what to look for" in err
