"""Throttles where a stolen token could guess a secret (issue 14): the current password on a
password change, the 6-digit code of a username change. Five failures per account within the
window, then 429 TooManyAttempts with Retry-After — the sign-in lockout's shape — even for the
right secret; a success resets the count."""

from __future__ import annotations

import logging
import time

import pytest
import requests
from argon2.profiles import CHEAPEST

from server.embedded import start
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.reference import TODAY, Api, error_of, sign_in
from tests.server.families import SMITH_PASSWORD, SMITH_USER, two_families

NEW_PASSWORD = "une phrase de passe"


def change_password(api: Api, current: str, new: str = NEW_PASSWORD) -> requests.Response:
    return api.post("/me/account/password",
                    json={"CurrentPassword": current, "NewPassword": new})


def assert_locked_out(response: requests.Response, window: int = 900) -> None:
    assert response.status_code == 429, response.text
    assert 0 < int(response.headers["Retry-After"]) <= window
    error = error_of(response)
    assert error["Code"] == "TooManyAttempts"
    assert response.headers["Retry-After"] in error["Message"]


class TestCurrentPassword:
    def test_five_wrong_then_locked_even_with_the_right_one(self, server, family):
        for attempt in range(5):
            wrong = change_password(family, f"wrong guess {attempt}")
            assert wrong.status_code == 422 and error_of(wrong)["Code"] == "PasswordIncorrect"
        assert_locked_out(change_password(family, "another guess"))
        # The right password during the lockout: refused too, or the throttle proves nothing.
        assert_locked_out(change_password(family, DEMO_PASSWORD))
        assert sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)  # nothing changed

    def test_french_message_says_when(self, famille):
        for _ in range(5):
            change_password(famille, "faux")
        locked = change_password(famille, "faux")
        assert_locked_out(locked)
        assert "Réessayez" in error_of(locked)["Message"]

    def test_per_account(self, server, family):
        for _ in range(5):
            change_password(family, "wrong")
        smith = sign_in(server, SMITH_USER, SMITH_PASSWORD)
        assert error_of(change_password(smith, "wrong"))["Code"] == "PasswordIncorrect"

    def test_counted_per_account_not_per_token(self, server, family):
        for _ in range(3):
            change_password(family, "wrong")
        other = sign_in(server, DEMO_USERNAME, DEMO_PASSWORD)
        for _ in range(2):
            change_password(other, "wrong")
        assert_locked_out(change_password(family, "wrong"))

    def test_a_success_resets_the_count(self, server, family):
        for _ in range(4):
            change_password(family, "wrong")
        assert change_password(family, DEMO_PASSWORD).status_code == 200
        again = sign_in(server, DEMO_USERNAME, NEW_PASSWORD)
        for _ in range(4):
            assert error_of(change_password(again, "wrong"))["Code"] == "PasswordIncorrect"
        assert change_password(again, NEW_PASSWORD, "encore une autre phrase").status_code == 200

    @pytest.mark.server
    def test_the_lockout_ends_with_its_window(self, tmp_path):
        with start(two_families(TODAY), folder=tmp_path, failed_attempt_window_seconds=2,
                   password_hashing=CHEAPEST) as srv:
            api = sign_in(srv, DEMO_USERNAME, DEMO_PASSWORD)
            for _ in range(5):
                change_password(api, "wrong")
            assert_locked_out(change_password(api, DEMO_PASSWORD), window=2)
            time.sleep(2.1)
            assert change_password(api, DEMO_PASSWORD).status_code == 200


def ask_code(api: Api, caplog: pytest.LogCaptureFixture, username: str) -> str:
    """A username change; demo mode writes the code to the server log."""
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="carnet.server"):
        asked = api.post("/me/account/username", json={"NewUsername": username})
    assert asked.status_code == 202, asked.text
    return next(r.getMessage().rsplit(" ", 1)[1] for r in caplog.records
                if "confirmation code" in r.getMessage())


def wrong_codes(right: str, count: int) -> list[str]:
    return [code for code in (f"{n:06d}" for n in range(count + 1)) if code != right][:count]


def confirm(api: Api, code: str) -> requests.Response:
    return api.post("/me/account/username/confirm", json={"Code": code})


class TestConfirmationCode:
    @pytest.mark.expect_log("confirmation code", logger="carnet.server")
    def test_five_wrong_then_locked_even_with_the_right_one(self, family, caplog):
        right = ask_code(family, caplog, "nouveau@example.ca")
        for code in wrong_codes(right, 5):
            wrong = confirm(family, code)
            assert wrong.status_code == 422
            assert error_of(wrong)["Code"] == "ConfirmationCodeInvalid"
        assert_locked_out(confirm(family, wrong_codes(right, 6)[-1]))
        assert_locked_out(confirm(family, right))
        assert family.get("/me/account").json()["Username"] == DEMO_USERNAME

    @pytest.mark.expect_log("confirmation code", logger="carnet.server")
    def test_a_new_code_does_not_lift_the_lockout(self, family, caplog):
        right = ask_code(family, caplog, "nouveau@example.ca")
        for code in wrong_codes(right, 5):
            confirm(family, code)
        fresh = ask_code(family, caplog, "autre@example.ca")
        assert_locked_out(confirm(family, fresh))

    @pytest.mark.expect_log("confirmation code", logger="carnet.server")
    def test_a_success_resets_the_count(self, family, caplog):
        right = ask_code(family, caplog, "nouveau@example.ca")
        for code in wrong_codes(right, 4):
            confirm(family, code)
        assert confirm(family, right).status_code == 200
        right = ask_code(family, caplog, "encore@example.ca")
        for code in wrong_codes(right, 4):
            assert error_of(confirm(family, code))["Code"] == "ConfirmationCodeInvalid"
        done = confirm(family, right)
        assert done.status_code == 200 and done.json()["Username"] == "encore@example.ca"

    @pytest.mark.expect_log("confirmation code", logger="carnet.server")
    def test_password_and_code_are_counted_apart(self, family, caplog):
        for _ in range(5):
            change_password(family, "wrong")
        right = ask_code(family, caplog, "nouveau@example.ca")
        assert confirm(family, right).status_code == 200
