"""Every family write of SPEC, with its rules enforced by the server (API.md)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from tests.reference import error_of, sign_in

CHILD = {"FirstName": "Noé", "LastName": "Tremblay", "IsChild": True, "DateOfBirth": "2020-02-29"}


def code(response) -> str:
    return error_of(response)["Code"]


class TestPersons:
    def test_add_a_person(self, family):
        created = family.post("/me/persons", json=CHILD)
        assert created.status_code == 201
        person = created.json()
        assert person["DateOfBirth"] == "2020-02-29" and person["Id"] > 0
        assert family.get(f"/me/persons/{person['Id']}").json() == person

    @pytest.mark.parametrize("missing", ["FirstName", "LastName", "IsChild", "DateOfBirth"])
    def test_required_fields(self, family, missing):
        response = family.post("/me/persons", json={k: v for k, v in CHILD.items()
                                                    if k != missing})
        assert response.status_code == 422 and missing in error_of(response)["Fields"]

    def test_blank_names(self, family):
        response = family.post("/me/persons", json={**CHILD, "FirstName": " "})
        assert code(response) == "Required" and "FirstName" in error_of(response)["Fields"]

    def test_date_of_birth_set_once(self, family):
        created = family.post("/me/persons", json={**CHILD, "DateOfBirth": "2021-01-01"}).json()
        again = family.patch(f"/me/persons/{created['Id']}", json={"DateOfBirth": "2021-01-02"})
        assert again.status_code == 422 and code(again) == "DateOfBirthLocked"
        same = family.patch(f"/me/persons/{created['Id']}", json={"DateOfBirth": "2021-01-01"})
        assert same.status_code == 200

    def test_future_birth(self, family):
        assert code(family.post("/me/persons", json={**CHILD, "DateOfBirth": "2030-01-01"})
                    ) == "DateOfBirthInvalid"

    def test_children_have_no_address(self, family):
        address = {"Line1": "1 rue A", "City": "Québec", "Province": "QC",
                   "PostalCode": "G1R 4P5"}
        response = family.patch("/me/persons/205", json={"Address": address})
        assert code(response) == "ChildAddress" and "Address" in error_of(response)["Fields"]
        assert family.patch("/me/persons/202", json={"Address": address}).status_code == 200

    def test_sin_only_for_quebec_accounts(self, family, smith):
        assert family.patch("/me/persons/202", json={"Sin": "046 454 286"}).json()["Sin"] == \
            "046454286"
        assert code(family.patch("/me/persons/202", json={"Sin": "046 454 287"})) == \
            "SinInvalid"
        assert code(smith.patch("/me/persons/9001", json={"Sin": "046454286"})) == \
            "SinNotAllowed"

    @pytest.mark.parametrize("field,value,expected", [
        ("Email", "nope", "EmailInvalid"),
        ("Phones", [{"Label": "Cell", "Number": "555"}], "PhoneInvalid"),
    ])
    def test_contact_details(self, family, field, value, expected):
        assert code(family.patch("/me/persons/202", json={field: value})) == expected

    def test_phone_and_postal_code_normalized(self, family):
        body = {"Phones": [{"Label": "Cell", "Number": "(514) 555-1234"}],
                "Address": {"Line1": "1", "City": "Montréal", "Province": "QC",
                            "PostalCode": "h2x1y4"}}
        saved = family.patch("/me/persons/202", json=body).json()
        assert saved["Phones"][0]["Number"] == "+15145551234"
        assert saved["Address"]["PostalCode"] == "H2X 1Y4"
        bad = family.patch("/me/persons/202", json={"Address": {**body["Address"],
                                                                "PostalCode": "12345"}})
        assert code(bad) == "PostalCodeInvalid" and "Address.PostalCode" in \
            error_of(bad)["Fields"]

    def test_holder_cannot_become_a_child(self, family):
        fields = error_of(family.patch("/me/persons/201", json={"IsChild": True}))["Fields"]
        assert fields["IsChild"] == "A child cannot be the account holder."

    def test_persons_are_never_deleted(self, family):
        response = family.delete("/me/persons/205")
        assert response.status_code == 409 and code(response) == "PersonCannotBeDeleted"
        assert family.get("/me/persons/205").status_code == 200

    def test_invitation(self, family):
        response = family.post("/me/persons/202/invitations", json={"Email": "Gen@Example.ca"})
        assert response.status_code == 201
        assert response.json()["Email"] == "Gen@example.ca"
        assert code(family.post("/me/persons/202/invitations", json={"Email": "x"})) == \
            "EmailInvalid"


GUARDIAN = {"PersonId": 204, "FirstName": "Marc", "LastName": "Roy", "IsLegalGuardian": True}


class TestContacts:
    def test_add_and_remove(self, family):
        created = family.post("/me/contacts", json={**GUARDIAN, "Phones": [
            {"Label": "Cell", "Number": "514 555 0000"}]})
        assert created.status_code == 201
        cid = created.json()["Id"]
        assert family.delete(f"/me/contacts/{cid}").status_code == 200
        assert family.get(f"/me/contacts/{cid}").status_code == 404

    def test_contact_for_someone_else(self, family):
        response = family.post("/me/contacts", json={**GUARDIAN, "PersonId": 9002})
        assert code(response) == "PersonUnknown"

    @pytest.mark.parametrize("shares,ok", [((50, 50), True), ((33, 67), True), ((100, 0), True),
                                           ((50, 51), False), ((33, 33), False)])
    def test_rl24_shares_sum_to_100(self, family, shares, ok):
        response = family.put("/me/persons/205/rl24-shares",
                              json={"Shares": {"301": shares[0], "302": shares[1]}})
        if ok:
            assert response.status_code == 200
            assert sorted(c["Rl24Percent"] for c in response.json()["Items"]) == sorted(shares)
        else:
            assert response.status_code == 422 and code(response) == "Rl24SumNot100"

    def test_share_of_101_refused(self, family):
        response = family.put("/me/persons/205/rl24-shares",
                              json={"Shares": {"301": 101, "302": 0}})
        assert code(response) == "Rl24NotWholePercent"

    def test_single_edit_that_breaks_the_sum(self, family):
        response = family.patch("/me/contacts/301", json={"Rl24Percent": 60})
        assert response.status_code == 422 and "Rl24Percent" in error_of(response)["Fields"]

    def test_only_guardians_get_shares(self, family):
        response = family.patch("/me/contacts/307", json={"Rl24Percent": 0})
        assert code(response) == "Rl24NotGuardian"

    def test_shares_for_another_childs_contact(self, family):
        response = family.put("/me/persons/205/rl24-shares", json={"Shares": {"303": 100}})
        assert code(response) == "ContactNotOfPerson"

    def test_one_primary_guardian(self, family):
        response = family.post("/me/contacts", json={**GUARDIAN, "PersonId": 205,
                                                     "Rank": "Primary"})
        assert code(response) == "RankTaken"
        response = family.post("/me/contacts", json={**GUARDIAN, "IsLegalGuardian": False,
                                                     "Rank": "Secondary"})
        assert code(response) == "RankNotGuardian"

    def test_guardian_sin_quebec_only(self, smith):
        response = smith.patch("/me/contacts/9101", json={"Sin": "046454286"})
        assert code(response) == "SinNotAllowed"


class TestForms:
    def test_valid_answers_saved(self, family):
        answers = {"shirt": "M", "swims": False, "tetanus": "2024-05-01", "siblings": 2}
        response = family.patch("/me/org-forms/1201", json={"Answers": answers})
        assert response.status_code == 200 and response.json()["Answers"] == answers

    @pytest.mark.parametrize("answers,field", [({"swims": True}, "shirt"),
                                               ({"shirt": "XXL", "swims": True}, "shirt"),
                                               ({"shirt": "S", "swims": "oui"}, "swims"),
                                               ({"shirt": "S", "swims": True, "zz": 1}, "zz")])
    def test_schema_enforced(self, family, answers, field):
        response = family.patch("/me/org-forms/1201", json={"Answers": answers})
        assert response.status_code == 422 and field in error_of(response)["Fields"]


class TestComms:
    def test_subscription_toggle(self, family):
        saved = family.patch("/me/subscriptions/1702", json={"Emails": False}).json()
        assert saved["Emails"] is False and saved["CalendarInvitations"] is True
        assert family.get("/me/subscriptions/1702").json()["Emails"] is False

    def test_mark_read(self, family):
        assert family.post("/me/emails/1101/read").json()["IsRead"] is True
        assert family.get("/me/emails/1101").json()["IsRead"] is True

    def test_quick_access_removal(self, famille):
        removable = famille.delete("/me/quick-access/1503")
        assert removable.status_code == 200 and removable.json()["Removed"] is True
        blocked = famille.delete("/me/quick-access/1501")
        assert blocked.status_code == 409 and code(blocked) == "QuickAccessNotRemovable"
        assert set(blocked.json()["Blockers"]) == {"QuickAccessBalanceDue",
                                                   "QuickAccessCartNotEmpty"}
        assert "solde" in error_of(blocked)["Message"]
        federation = famille.delete("/me/quick-access/1504")
        assert "QuickAccessFederation" in federation.json()["Blockers"]


def _balance(api, org: int) -> str:
    return next(b["Balance"] for b in api.get("/me/balances").json()["Items"]
                if b["OrganizationId"] == org)


class TestPayments:
    def test_partial_payment_with_saved_card(self, family):
        response = family.post("/me/payments", json={"OrganizationId": 101, "Amount": "40.00",
                                                     "PaymentMethodId": 901})
        assert response.status_code == 201 and response.json()["Kind"] == "Payment"
        assert _balance(family, 101) == "100.00"

    @pytest.mark.parametrize("amount,expected", [("24.99", "PaymentBelowMinimum"),
                                                 ("140.01", "PaymentAboveBalance"),
                                                 ("0.00", "AmountInvalid")])
    def test_amount_rules(self, family, amount, expected):
        response = family.post("/me/payments", json={"OrganizationId": 101, "Amount": amount,
                                                     "PaymentMethodId": 901})
        assert response.status_code == 422 and code(response) == expected

    def test_pay_by_phone_org(self, family):
        response = family.post("/me/payments", json={"OrganizationId": 102, "Amount": "185.50",
                                                     "PaymentMethodId": 901})
        assert code(response) == "PaymentNotOffered"
        assert "(450) 555-0142" in error_of(response)["Message"]  # as the app shows phones

    def test_amount_must_be_a_string(self, family):
        response = family.post("/me/payments", json={"OrganizationId": 101, "Amount": 40.0,
                                                     "PaymentMethodId": 901})
        assert response.status_code == 422 and "Amount" in error_of(response)["Fields"]

    def test_card_payment_keeps_only_brand_and_last4(self, family, server):
        card = {"Number": "4242 4242 4242 4242", "ExpiryMonth": 12, "ExpiryYear": 2030,
                "Cvc": "123"}
        response = family.post("/me/payments", json={"OrganizationId": 101, "Amount": "140.00",
                                                     "Card": card})
        assert response.status_code == 201 and "Visa ****4242" in response.json()["Description"]
        assert _balance(family, 101) == "0.00"
        with server.engine.connect() as conn:
            dump = "".join(str(row) for table in ("resources", "idempotency")
                           for row in conn.execute(text(f"SELECT * FROM {table}")))
        assert "4242424242424242" not in dump and "4242 4242 4242 4242" not in dump

    def test_declined_test_card(self, family):
        card = {"Number": "4000000000000002", "ExpiryMonth": 12, "ExpiryYear": 2030}
        response = family.post("/me/payments", json={"OrganizationId": 101, "Amount": "30.00",
                                                     "Card": card})
        assert response.status_code == 402 and code(response) == "CardDeclined"
        assert _balance(family, 101) == "140.00"

    def test_unknown_org_or_method(self, family):
        assert code(family.post("/me/payments", json={"OrganizationId": 9999, "Amount": "30.00",
                                                      "PaymentMethodId": 901})
                    ) == "OrganizationUnknown"
        assert code(family.post("/me/payments", json={"OrganizationId": 101, "Amount": "30.00",
                                                      "PaymentMethodId": 9951})
                    ) == "PaymentMethodUnknown"


class TestWallet:
    def test_postdated_method_change_only(self, family):
        ok = family.patch("/me/postdated-payments/951", json={"PaymentMethodId": 902})
        assert ok.status_code == 200 and ok.json()["PaymentMethodId"] == 902
        moved = family.patch("/me/postdated-payments/951", json={"DueDate": "2027-01-30"})
        assert code(moved) == "PostdatedOnlyMethod" and "DueDate" in error_of(moved)["Fields"]
        locked = family.patch("/me/postdated-payments/953", json={"PaymentMethodId": 901})
        assert code(locked) == "PostdatedNotEditable"
        stranger = family.patch("/me/postdated-payments/951", json={"PaymentMethodId": 9951})
        assert code(stranger) == "PaymentMethodUnknown"

    def test_add_card_keeps_no_number(self, family):
        response = family.post("/me/payment-methods", json={
            "Kind": "Card", "Card": {"Number": "5555 5555 5555 4444", "ExpiryMonth": 1,
                                     "ExpiryYear": 2031}})
        assert response.status_code == 201
        method = response.json()
        assert (method["Brand"], method["Last4"]) == ("Mastercard", "4444")
        assert "5555555555554444" not in response.text

    @pytest.mark.parametrize("card,expected", [
        ({"Number": "4242 4242 4242 4241", "ExpiryMonth": 1, "ExpiryYear": 2031},
         "CardNumberInvalid"),
        ({"Number": "4242 4242 4242 4242", "ExpiryMonth": 1, "ExpiryYear": 2020},
         "CardExpired"),
    ])
    def test_bad_cards(self, family, card, expected):
        response = family.post("/me/payment-methods", json={"Kind": "Card", "Card": card})
        assert code(response) == expected

    def test_bank_account(self, family):
        bank = {"InstitutionNumber": "815", "TransitNumber": "12345", "AccountNumber": "1234567"}
        response = family.post("/me/payment-methods", json={"Kind": "BankAccount",
                                                            "Name": "Épargne", "Bank": bank})
        assert response.status_code == 201 and response.json()["Last4"] == "4567"
        bad = family.post("/me/payment-methods", json={"Kind": "BankAccount", "Bank": {
            **bank, "TransitNumber": "12"}})
        assert code(bad) == "BankAccountInvalid"

    @pytest.mark.parametrize("orgs", [[101, 150], [150], [999_999], [101, 101, 42]])
    def test_new_method_authorized_only_for_the_accounts_organizations(self, family, orgs):
        """150 is the Smiths' own organization: the demo family does not deal with it."""
        before = len(family.items("/me/payment-methods"))
        card = {"Number": "4242424242424242", "ExpiryMonth": 1, "ExpiryYear": 2031}
        bank = {"InstitutionNumber": "815", "TransitNumber": "12345", "AccountNumber": "1234567"}
        for body in ({"Kind": "Card", "Card": card}, {"Kind": "BankAccount", "Bank": bank}):
            refused = family.post("/me/payment-methods",
                                  json={**body, "AuthorizedOrganizationIds": orgs})
            assert refused.status_code == 422 and code(refused) == "OrganizationUnknown"
            assert "AuthorizedOrganizationIds" in error_of(refused)["Fields"]
        assert len(family.items("/me/payment-methods")) == before

    def test_authorizations_edited_only_for_the_accounts_organizations(self, family, smith):
        refused = family.patch("/me/payment-methods/901",
                               json={"AuthorizedOrganizationIds": [101, 150]})
        assert code(refused) == "OrganizationUnknown"
        assert family.get("/me/payment-methods/901").json()["AuthorizedOrganizationIds"] == \
            [101, 102]
        ok = family.patch("/me/payment-methods/901", json={"AuthorizedOrganizationIds": [103]})
        assert ok.status_code == 200 and ok.json()["AuthorizedOrganizationIds"] == [103]
        added = family.post("/me/payment-methods", json={
            "Kind": "Card", "AuthorizedOrganizationIds": [101, 104],
            "Card": {"Number": "4242424242424242", "ExpiryMonth": 1, "ExpiryYear": 2031}})
        assert added.status_code == 201 and added.json()["AuthorizedOrganizationIds"] == [101, 104]
        # The Smiths deal with 150: their own card may name it.
        assert smith.patch("/me/payment-methods/9951",
                           json={"AuthorizedOrganizationIds": [150]}).status_code == 200

    def test_ten_cards_at_most(self, family):
        card = {"Number": "4242424242424242", "ExpiryMonth": 1, "ExpiryYear": 2031}
        for _ in range(8):  # the demo has two
            assert family.post("/me/payment-methods",
                               json={"Kind": "Card", "Card": card}).status_code == 201
        eleventh = family.post("/me/payment-methods", json={"Kind": "Card", "Card": card})
        assert code(eleventh) == "CardLimitReached"

    def test_replace_patch_and_delete(self, family):
        replaced = family.put("/me/payment-methods/902", json={"Card": {
            "Number": "378282246310005", "ExpiryMonth": 6, "ExpiryYear": 2032}})
        assert replaced.status_code == 200 and replaced.json()["Brand"] == "Amex"
        wrong_kind = family.put("/me/payment-methods/903", json={"Card": {
            "Number": "378282246310005", "ExpiryMonth": 6, "ExpiryYear": 2032}})
        assert code(wrong_kind) == "PaymentMethodKindChange"
        renamed = family.patch("/me/payment-methods/903", json={"Name": "Compte CPE"})
        assert renamed.json()["Name"] == "Compte CPE"
        deleted = family.delete("/me/payment-methods/901")
        assert deleted.status_code == 200
        assert deleted.json()["PostdatedPaymentIds"] == [951, 952]  # not cancelled (WALLET-1)
        assert family.get("/me/postdated-payments/951").json()["Status"] == "Scheduled"


class TestAccount:
    @pytest.mark.expect_log("confirmation code", logger="carnet.server")
    def test_username_change_with_code(self, family, server, caplog):
        with caplog.at_level(logging.WARNING, logger="carnet.server"):
            asked = family.post("/me/account/username", json={"NewUsername": "New@Example.ca"})
        assert asked.status_code == 202
        code_text = next(r.getMessage().rsplit(" ", 1)[1] for r in caplog.records
                         if "confirmation code" in r.getMessage())
        wrong = family.post("/me/account/username/confirm", json={"Code": "000000"
                                                                  if code_text != "000000"
                                                                  else "111111"})
        assert code(wrong) == "ConfirmationCodeInvalid"
        done = family.post("/me/account/username/confirm", json={"Code": code_text})
        assert done.status_code == 200 and done.json()["Username"] == "New@example.ca"
        assert sign_in(server, "New@example.ca", "Carnet-demo-2026")

    def test_username_taken_and_nothing_pending(self, family):
        assert code(family.post("/me/account/username",
                                json={"NewUsername": "smith@example.ca"})) == "UsernameTaken"
        assert code(family.post("/me/account/username/confirm", json={"Code": "1"})) == \
            "NoUsernameChangePending"

    def test_password_change(self, family, server):
        wrong = family.post("/me/account/password", json={"CurrentPassword": "nope",
                                                          "NewPassword": "long enough pw"})
        assert code(wrong) == "PasswordIncorrect"
        weak = family.post("/me/account/password", json={"CurrentPassword": "Carnet-demo-2026",
                                                         "NewPassword": "short"})
        assert code(weak) == "PasswordTooWeak" and "10" in error_of(weak)["Fields"]["NewPassword"]
        ok = family.post("/me/account/password", json={"CurrentPassword": "Carnet-demo-2026",
                                                       "NewPassword": "une phrase de passe"})
        assert ok.status_code == 200
        assert family.get("/me/account").status_code == 401  # old sessions end
        assert sign_in(server, "famille.tremblay@example.ca", "une phrase de passe")

    def test_contact_email(self, family):
        assert family.patch("/me/account", json={"ContactEmail": "bad"}).status_code == 422
        saved = family.patch("/me/account", json={"ContactEmail": "Parents@Example.ca"}).json()
        assert saved["ContactEmail"] == "Parents@example.ca"
