from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.domain.demo import with_check_digit
from services.domain.errors import RuleViolation
from services.domain.validators import (
    check_sin_allowed,
    format_phone,
    is_quebec_postal_code,
    luhn_ok,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_sin,
)

VALID_SIN = "046 454 286"  # the example the Government of Canada publishes


class TestSin:
    def test_published_example_is_valid(self):
        assert normalize_sin(VALID_SIN) == "046454286"
        assert normalize_sin("046-454-286") == "046454286"

    @pytest.mark.parametrize("bad", ["046 454 287", "046454280", "12345678", "1234567890",
                                     "04645428a", "", "000000000"])
    def test_rejects_bad_numbers(self, bad):
        with pytest.raises(RuleViolation) as err:
            normalize_sin(bad)
        assert err.value.code == "SinInvalid" and err.value.field == "Sin"

    @given(st.from_regex(r"[1-9][0-9]{7}", fullmatch=True))
    def test_any_check_digit_made_by_luhn_passes(self, prefix):
        assert normalize_sin(with_check_digit(prefix)) == with_check_digit(prefix)

    @given(st.from_regex(r"[1-9][0-9]{7}", fullmatch=True), st.integers(1, 9))
    def test_a_wrong_check_digit_fails(self, prefix, shift):
        good = with_check_digit(prefix)
        bad = good[:-1] + str((int(good[-1]) + shift) % 10)
        with pytest.raises(RuleViolation):
            normalize_sin(bad)

    @given(st.from_regex(r"[1-9][0-9]{8}", fullmatch=True), st.integers(0, 8))
    def test_luhn_catches_every_single_digit_error(self, number, position):
        if not luhn_ok(number):
            return
        changed = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1:]
        assert not luhn_ok(changed)

    def test_only_quebec_accounts(self):
        check_sin_allowed("QC")
        check_sin_allowed("qc")
        with pytest.raises(RuleViolation) as err:
            check_sin_allowed("ON")
        assert err.value.code == "SinNotAllowed"


class TestPhone:
    @pytest.mark.parametrize("text", ["514 555-1234", "(514) 555-1234", "+1 514 555 1234",
                                      "5145551234"])
    def test_canadian_default(self, text):
        assert normalize_phone(text) == "+15145551234"

    def test_foreign_with_country_code(self):
        assert normalize_phone("+33 1 42 68 53 00") == "+33142685300"

    @pytest.mark.parametrize("bad", ["123", "555-1234", "abc", "+1 000 000 0000", ""])
    def test_rejects(self, bad):
        with pytest.raises(RuleViolation) as err:
            normalize_phone(bad)
        assert err.value.code == "PhoneInvalid"

    def test_display_forms(self):
        assert format_phone("+15145551234") == "(514) 555-1234"
        assert format_phone("+33142685300").startswith("+33")


class TestEmail:
    def test_normalizes_domain_without_dns(self):
        assert normalize_email(" Zoe@Example.CA ") == "Zoe@example.ca"

    def test_accented_local_part(self):
        assert normalize_email("étienne@example.ca") == "étienne@example.ca"

    @pytest.mark.parametrize("bad", ["zoe", "zoe@", "@example.ca", "zoe@example", "a b@c.ca"])
    def test_rejects(self, bad):
        with pytest.raises(RuleViolation) as err:
            normalize_email(bad)
        assert err.value.code == "EmailInvalid" and err.value.field == "Email"


class TestPostalCode:
    @pytest.mark.parametrize("text,expected", [("h2x1y4", "H2X 1Y4"), (" J0K 1A0 ", "J0K 1A0"),
                                               ("K1A 0B1", "K1A 0B1")])
    def test_normalizes(self, text, expected):
        assert normalize_postal_code(text) == expected

    @pytest.mark.parametrize("bad", ["H2X1Y", "D2X 1Y4", "W2X 1Y4", "Z2X 1Y4", "H2O 1Y4",
                                     "12345", "H2X-1Y4", ""])
    def test_rejects(self, bad):
        with pytest.raises(RuleViolation) as err:
            normalize_postal_code(bad)
        assert err.value.code == "PostalCodeInvalid"

    @given(st.from_regex(r"[ABCEGHJKLMNPRSTVXY][0-9][ABCEGHJKLMNPRSTVWXYZ] ?[0-9]"
                         r"[ABCEGHJKLMNPRSTVWXYZ][0-9]", fullmatch=True))
    def test_every_well_formed_code_passes(self, code):
        assert len(normalize_postal_code(code)) == 7

    def test_quebec_letters(self):
        assert is_quebec_postal_code("H2X 1Y4") and is_quebec_postal_code("G1R 4P5")
        assert not is_quebec_postal_code("K1A 0B1")
