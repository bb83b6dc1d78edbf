"""The field cipher: sealed values open with their key only, and a changed byte is refused."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.security.crypto import PREFIX, DecryptionError, FieldCipher, new_key

ALLERGY = "Arachides — anaphylaxie, ÉpiPen dans le sac"
KEY = new_key()
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


def test_a_sealed_value_opens_and_shows_nothing_of_itself():
    cipher = FieldCipher(KEY)
    token = cipher.seal({"allergies": ALLERGY, "sin": "046 454 286"})
    assert token.startswith(PREFIX)
    assert "Arachides" not in token and "046" not in token
    assert cipher.open(token) == {"allergies": ALLERGY, "sin": "046 454 286"}
    assert cipher.seal(None) is None and cipher.open(None) is None


def test_equal_values_never_look_alike():
    cipher = FieldCipher(KEY)
    assert cipher.seal(ALLERGY) != cipher.seal(ALLERGY)


def test_a_changed_byte_or_another_key_is_refused():
    cipher = FieldCipher(KEY)
    token = cipher.seal(ALLERGY)
    raw = bytearray(base64.urlsafe_b64decode(token[len(PREFIX):]))
    raw[-1] ^= 1
    tampered = PREFIX + base64.urlsafe_b64encode(bytes(raw)).decode()
    for bad in (tampered, token[:-4], PREFIX + "not base64 at all!"):
        with pytest.raises(DecryptionError):
            cipher.open(bad)
    with pytest.raises(DecryptionError):
        FieldCipher(new_key()).open(token)


def test_a_token_of_another_format_is_refused():
    """Fernet tokens (the format before issue 8) start with gAAAAA: refused, not misread."""
    with pytest.raises(DecryptionError):
        FieldCipher(KEY).open("gAAAAABn" + "A" * 80)


def test_keys_are_32_random_bytes_as_text():
    first, second = new_key(), new_key()
    assert len(base64.urlsafe_b64decode(first)) == 32 and first != second
    assert first.decode("ascii")


@given(JSON)
def test_any_json_value_survives_the_round_trip(value):
    cipher = FieldCipher(KEY)
    assert cipher.open(cipher.seal(value)) == value
