from __future__ import annotations

import string

from services.domain.messages import LANGUAGES, MESSAGES, message


def test_every_code_in_every_language_with_the_same_placeholders():
    for code, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), code
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f}
                  for lang in LANGUAGES}
        assert fields["fr"] == fields["en"], code
        assert texts["fr"] != texts["en"], code


def test_unknown_language_falls_back_to_english():
    assert message("NotFound", "de") == "Not found."
    assert message("NoSuchCode") == "NoSuchCode"


def test_amounts_travel_as_values_and_are_written_by_whoever_shows_them():
    from decimal import Decimal

    from services.domain.errors import RuleViolation

    violation = RuleViolation("PaymentBelowMinimum", "Amount", minimum=Decimal("1234.5"))
    # The server (no Qt): as fr-CA and en-CA write money.
    assert violation.message("fr") == "Le paiement minimum est de 1\N{NO-BREAK SPACE}234,50" \
        "\N{NO-BREAK SPACE}$."
    assert violation.message("en") == "The minimum payment is $1,234.50."
    # The window: its own (QLocale) formatter, injected.
    assert violation.message("fr", lambda amount: f"<{amount}>") == \
        "Le paiement minimum est de <1234.5>."
    assert message("RankTaken", "fr", lambda amount: "never") == MESSAGES["RankTaken"]["fr"]
