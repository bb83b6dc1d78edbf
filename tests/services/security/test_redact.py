"""Redaction by known values (issue 14): a private value the process was told of never shows,
however a line writes it; the patterns (tokens, cards, SINs, emails) still apply."""

from __future__ import annotations

import json
import time

import pytest

from services.security import redact

ALLERGY = "Arachides (anaphylaxie) — EpiPen dans la poche avant du sac"
NOTES = "Peut venir chercher Léa.\nAppeler d'abord : dr.roy@clinique.example.ca"


@pytest.fixture(autouse=True)
def nothing_known():
    redact.forget_known()
    yield
    redact.forget_known()


def test_a_known_value_never_shows_however_the_line_writes_it():
    redact.remember([ALLERGY, NOTES, "Félix", "S"])
    for line in (f"crash: {ALLERGY}", f"crash: {ALLERGY.upper()}", f"{[ALLERGY]!r}",
                 json.dumps({"Allergies": ALLERGY}), json.dumps({"Notes": NOTES}),
                 f"{NOTES!r}", f"first line only: {NOTES.splitlines()[0]}",
                 "name: FÉLIX", "name: Fe\u0301lix"):  # the last one decomposed (NFD)
        clean = redact.redact(line)
        assert "Arachides" not in clean and "EpiPen" not in clean, line
        assert "venir chercher" not in clean and "Félix" not in clean.replace("FÉLIX", "Félix")
        assert "[private]" in clean, line
    assert "dr.roy" not in redact.redact(f"… {NOTES}")


def test_a_value_is_matched_as_a_word_and_one_letter_is_none():
    redact.remember(["Léa", "S"])
    assert redact.redact("Léa a 4 ans") == "[private] a 4 ans"
    assert redact.redact("Léandre, Size S") == "Léandre, Size S"


def test_the_patterns_still_apply():
    redact.remember(["Zoé"])
    clean = redact.redact("Bearer abc.DEF-123 card 4000 0000 0000 0002 SIN 046-454-286 "
                          "zoe@example.ca Zoé")
    for secret in ("abc.DEF-123", "4000 0000 0000 0002", "046-454-286", "zoe@example.ca",
                   "Zoé"):
        assert secret not in clean


def test_a_sin_known_by_value_does_not_hide_the_word_sin():
    redact.remember(["046 454 286"])
    assert redact.redact("the sin field") == "the sin field"


def test_forgotten_values_show_again():
    redact.remember([ALLERGY])
    redact.forget_known()
    assert ALLERGY in redact.redact(ALLERGY)


def test_thousands_of_values_cost_little():
    values = [f"Valeur privée numéro {i} de la famille" for i in range(10_000)]
    redact.remember(values)
    line = "un traceback ordinaire, rien de privé ici; " * 200 + values[7_777]
    redact.redact("the expression is made once, at the first line after new values")
    began = time.perf_counter()
    for _ in range(20):
        clean = redact.redact(line)
    assert time.perf_counter() - began < 1.0
    assert values[7_777] not in clean and clean.endswith("[private]")


@pytest.mark.parametrize("line", [
    "{'token': 'tok-9f8e7d', 'password': 'Carnet-demo-2026'}",  # Python's repr of a dict
    '{"Token": "tok-9f8e7d", "Password": "Carnet-demo-2026"}',  # JSON
    "token=tok-9f8e7d&password=Carnet-demo-2026",  # a form
    "{'access_token': 'tok-9f8e7d', 'secret': 'Carnet-demo-2026'}",
])
def test_a_secret_after_its_key_is_redacted_however_it_is_quoted(line):
    clean = redact.redact(line)
    assert "tok-9f8e7d" not in clean and "Carnet-demo-2026" not in clean, clean
    assert "[redacted]" in clean
