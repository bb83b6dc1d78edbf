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
