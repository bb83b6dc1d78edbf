"""`carnet clashes` (ASSIST-3, issue 18 item 3): the demo family's clashes, and dismissals."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from services.domain.clashes import DISMISSED, with_dismissal
from services.store.store import Store


@pytest.fixture
def run(qapp, capsys, tmp_path):
    data = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("demo-data")[0] == 0
    run.data = data
    return run


def test_json_lists_each_kind_in_local_time(run):
    code, out, _ = run("clashes", "--json", "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0
    doc = json.loads(out)
    assert (doc["Version"], doc["From"], doc["To"]) == (1, "2026-11-01", "2026-11-30")
    kinds = {c["Kind"]: c for c in doc["Clashes"]}
    assert set(kinds) == {"TwoPlaces", "Closed", "DoubleBooked"}
    two = kinds["TwoPlaces"]
    assert two["Start"] == "2026-11-03T18:30:00-05:00" and not two["Dismissed"]
    assert {e["PersonName"] for e in two["Entries"]} == {"Zoé Tremblay", "Félix Tremblay",
                                                         "Étienne Tremblay"}
    closed = kinds["Closed"]
    assert closed["Closure"]["Title"].startswith("Fermeture imprévue")
    assert closed["Closure"]["Start"] == "2026-11-25"
    assert kinds["DoubleBooked"]["Entries"][0]["PersonName"] == "Zoé Tremblay"


def test_a_dismissed_clash_is_marked_in_json_and_left_out_of_the_text(run):
    _, out, _ = run("clashes", "--json")
    key = json.loads(out)["Clashes"][0]["Key"]
    store = Store.open(run.data)
    try:
        with store.write() as conn:
            store.set_meta(conn, DISMISSED, with_dismissal(None, key))
    finally:
        store.close()
    _, out, _ = run("clashes", "--json")
    assert [c["Dismissed"] for c in json.loads(out)["Clashes"]] == [True, False, False]
    code, text, _ = run("--lang", "en", "clashes")
    assert code == 0 and "Two places at once" not in text and "1 dismissed" in text
    assert "Held on a closed day" in text and "Booked twice" in text


def test_a_wrong_date_is_refused(run):
    code, _, err = run("clashes", "--from", "2026-13-01")
    assert code == 2 and "2026-13-01" in err
