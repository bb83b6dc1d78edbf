from __future__ import annotations

from datetime import date

import pytest

from services.domain.entities import Account, Address, Person
from services.domain.errors import RuleViolation
from services.domain.people import (
    age_on,
    check_child_address,
    check_date_of_birth_change,
    check_delete_person,
    date_of_birth_editable,
    person_violations,
)

TODAY = date(2026, 11, 27)
QC = Account(id=1, username="u@example.ca", holder_person_id=1, province="QC")
ON = QC.model_copy(update={"province": "ON"})
ADDRESS = Address(line1="1 rue A", city="Québec", province="QC", postal_code="G1R 4P5")


def person(**kw) -> Person:
    base = {"id": 2, "first_name": "Zoé", "last_name": "Tremblay", "is_child": True,
            "date_of_birth": date(2013, 9, 3)}
    return Person(**{**base, **kw})


class TestDateOfBirth:
    def test_first_entry_allowed(self):
        check_date_of_birth_change(None, date(2013, 9, 3), TODAY)

    def test_same_value_again_is_not_a_change(self):
        check_date_of_birth_change(date(2013, 9, 3), date(2013, 9, 3), TODAY)

    @pytest.mark.parametrize("after", [date(2013, 9, 4), None])
    def test_second_entry_refused(self, after):
        with pytest.raises(RuleViolation) as err:
            check_date_of_birth_change(date(2013, 9, 3), after, TODAY)
        assert (err.value.code, err.value.field) == ("DateOfBirthLocked", "DateOfBirth")

    @pytest.mark.parametrize("bad", [date(2026, 11, 28), date(1899, 12, 31)])
    def test_future_or_ancient_refused(self, bad):
        with pytest.raises(RuleViolation) as err:
            check_date_of_birth_change(None, bad, TODAY)
        assert err.value.code == "DateOfBirthInvalid"

    def test_29_february_is_a_date_of_birth(self):
        check_date_of_birth_change(None, date(2016, 2, 29), TODAY)
        assert age_on(date(2016, 2, 29), date(2025, 2, 28)) == 8
        assert age_on(date(2016, 2, 29), date(2025, 3, 1)) == 9
        assert age_on(date(2016, 2, 29), date(2024, 2, 29)) == 8

    def test_editable_only_while_empty(self):
        assert date_of_birth_editable(person(date_of_birth=None))
        assert not date_of_birth_editable(person())


def test_children_have_no_address():
    check_child_address(False, ADDRESS)
    check_child_address(True, None)
    with pytest.raises(RuleViolation) as err:
        check_child_address(True, ADDRESS)
    assert err.value.code == "ChildAddress"


def test_persons_cannot_be_deleted():
    with pytest.raises(RuleViolation) as err:
        check_delete_person()
    assert "support@amilia.com" in err.value.message("fr")


class TestPersonViolations:
    def codes(self, p, account=QC, before=None):
        return {(v.code, v.field) for v in person_violations(p, account, TODAY, before)}

    def test_valid_child(self):
        assert self.codes(person()) == set()

    def test_required_fields(self):
        assert self.codes(person(first_name=" ", last_name="", date_of_birth=None)) == {
            ("Required", "FirstName"), ("Required", "LastName"), ("Required", "DateOfBirth")}

    def test_child_cannot_hold_the_account(self):
        assert ("ChildHolder", "IsChild") in self.codes(person(id=1))

    def test_sin_quebec_only(self):
        adult = person(is_child=False, sin="046454286")
        assert self.codes(adult) == set()
        assert ("SinNotAllowed", "Sin") in self.codes(adult, ON)
        assert ("SinInvalid", "Sin") in self.codes(person(is_child=False, sin="046454287"))

    def test_each_field_is_checked(self):
        bad = person(is_child=False, email="nope", phones=[{"Number": "123"}],
                     address=ADDRESS.model_copy(update={"postal_code": "ZZZ"}))
        assert self.codes(bad) == {("EmailInvalid", "Email"), ("PhoneInvalid", "Phones"),
                                   ("PostalCodeInvalid", "Address.PostalCode")}

    def test_edit_cannot_change_date_of_birth(self):
        before = person()
        assert ("DateOfBirthLocked", "DateOfBirth") in self.codes(
            person(date_of_birth=date(2014, 1, 1)), before=before)
        assert self.codes(person(first_name="Zoe"), before=before) == set()
