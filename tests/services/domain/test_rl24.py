from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.domain.entities import Address, Contact, ContactRank, Organization, Person
from services.domain.rl24 import rank_violations, readiness, rl24_applies, share_violations

SIN = "046454286"
QC_ADDRESS = Address(line1="1234, rue des Érables", city="Beaumont", province="QC",
                     postal_code="J0K 1A0")
CHILD = Person(id=5, first_name="Léa", last_name="Tremblay", is_child=True,
               date_of_birth=date(2022, 6, 8))


def guardian(cid: int, share: int | None, sin: str | None = SIN, **kw) -> Contact:
    return Contact(id=cid, person_id=CHILD.id, first_name=f"G{cid}", last_name="Tremblay",
                   is_legal_guardian=True, rl24_percent=share, sin=sin, **kw)


class TestShares:
    @pytest.mark.parametrize("shares", [(50, 50), (33, 67), (100, 0), (100,)])
    def test_sums_of_100_pass(self, shares):
        assert share_violations([guardian(i, s) for i, s in enumerate(shares)]) == []

    @pytest.mark.parametrize("shares,total", [((50, 51), 101), ((101,), None), ((33, 33), 66),
                                              ((50, 49), 99)])
    def test_other_sums_fail(self, shares, total):
        found = share_violations([guardian(i, s) for i, s in enumerate(shares)])
        assert found and found[0].field == "Rl24Percent"
        if total is not None:
            assert found[0].code == "Rl24SumNot100" and found[0].params["total"] == total
        else:
            assert found[0].code == "Rl24NotWholePercent"

    def test_only_legal_guardians_share(self):
        contact = guardian(1, 100).model_copy(update={"is_legal_guardian": False})
        assert [v.code for v in share_violations([contact])] == ["Rl24NotGuardian"]

    def test_no_share_at_all_is_not_a_violation_of_the_split(self):
        assert share_violations([guardian(1, None), guardian(2, None)]) == []

    @given(st.lists(st.integers(0, 100), min_size=1, max_size=4))
    def test_valid_exactly_when_sum_is_100(self, shares):
        found = share_violations([guardian(i, s) for i, s in enumerate(shares)])
        assert (found == []) == (sum(shares) == 100)


def test_ranks_unique_and_for_guardians_only():
    primary = guardian(1, 50, rank=ContactRank.PRIMARY)
    assert rank_violations([primary, guardian(2, 50, rank=ContactRank.SECONDARY)]) == []
    assert [v.code for v in rank_violations([primary, guardian(2, 50, rank=ContactRank.PRIMARY)]
                                            )] == ["RankTaken"]
    other = primary.model_copy(update={"is_legal_guardian": False})
    assert [v.code for v in rank_violations([other])] == ["RankNotGuardian"]


class TestReadiness:
    def test_ready_with_50_50_and_shared_address(self):
        assert readiness(CHILD, [guardian(1, 50), guardian(2, 50)], QC_ADDRESS) == []

    def test_guardian_without_sin(self):
        found = readiness(CHILD, [guardian(1, 100, sin=None)], QC_ADDRESS)
        assert [(v.code, v.params["guardian"]) for v in found] == [
            ("Rl24GuardianSinMissing", "G1 Tremblay")]
        assert "G1 Tremblay" in found[0].message("fr")

    def test_zero_percent_guardian_needs_nothing(self):
        assert readiness(CHILD, [guardian(1, 100), guardian(2, 0, sin=None)], QC_ADDRESS) == []

    def test_address_outside_quebec(self):
        ontario = QC_ADDRESS.model_copy(update={"province": "ON", "postal_code": "K1A 0B1"})
        assert [v.code for v in readiness(CHILD, [guardian(1, 100)], ontario)] == [
            "Rl24AddressIncomplete"]

    def test_child_names_needed(self):
        nameless = CHILD.model_copy(update={"last_name": " "})
        assert [v.code for v in readiness(nameless, [guardian(1, 100)], QC_ADDRESS)] == [
            "Rl24ChildNameMissing"]

    def test_no_guardian(self):
        assert [v.code for v in readiness(CHILD, [], QC_ADDRESS)] == ["Rl24NoGuardian"]

    def test_no_shares_given(self):
        assert [v.code for v in readiness(CHILD, [guardian(1, None)], QC_ADDRESS)] == [
            "Rl24SumNot100"]

    def test_demo_family(self, demo):
        account = demo.accounts[0]
        persons = {p.id: p for p in account.persons}
        holder = persons[account.account.holder_person_id]
        by_name = {p.first_name: readiness(p, account.contacts, holder.address)
                   for p in persons.values() if p.is_child}
        assert by_name["Léa"] == []  # the 50/50 child
        assert [v.code for v in by_name["Zoé"]] == ["Rl24GuardianSinMissing"]


def test_applies_to_quebec_childcare_only():
    org = Organization(id=1, name="CPE", slug="cpe", offers_childcare=True, province="QC")
    assert rl24_applies(org)
    assert not rl24_applies(org.model_copy(update={"province": "ON"}))
    assert not rl24_applies(org.model_copy(update={"offers_childcare": False}))
