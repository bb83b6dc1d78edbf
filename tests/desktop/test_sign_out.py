"""Issue 14: signing out (`carnet logout`, Settings → Sign out) revokes the token on the
platform before forgetting it here; when the platform cannot be told, the person is told (the
token stays valid there until it expires) and it is forgotten here all the same."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from desktop import launch
from services.domain.demo import DEMO_USERNAME
from services.security.credentials import Credentials
from tests.services.sync.proxy import FaultProxy

NOT_TOLD = "could not be reached to end the session"


def answers_to(server: str, token: str) -> int:
    """The status the platform gives a request made with `token`."""
    return requests.get(f"{server}/api/v3/en/me/persons", timeout=10,
                        headers={"Authorization": f"Bearer {token}"}).status_code


def signed_in(cli, folder: Path, server: str) -> str:
    code, _, err = cli(folder, "login", "--server", server, "--username", DEMO_USERNAME)
    assert code == 0, err
    token = Credentials(server, DEMO_USERNAME).token
    assert token is not None
    return token


def test_carnet_logout_revokes_the_token_on_the_platform(cli, tmp_path, platform):
    folder = tmp_path / "data"
    token = signed_in(cli, folder, platform.url)
    assert answers_to(platform.url, token) == 200
    code, out, err = cli(folder, "logout")
    assert code == 0 and "Signed out" in out and NOT_TOLD not in err
    assert answers_to(platform.url, token) == 401  # the old token is no more
    assert Credentials(platform.url, DEMO_USERNAME).token is None


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_carnet_logout_offline_says_the_token_lives_on_and_forgets_it(cli, tmp_path,
                                                                      platform):
    folder = tmp_path / "data"
    between = FaultProxy(platform.url)
    token = signed_in(cli, folder, between.url)
    between.close()  # the platform cannot be reached any more
    code, out, err = cli(folder, "logout", lang="fr")
    assert code == 0 and "Déconnecté" in out and "8 heures" in err, (out, err)
    assert Credentials(between.url, DEMO_USERNAME).token is None  # forgotten here
    assert answers_to(platform.url, token) == 200  # valid there until it expires


def window_signing_out(run_window, folder: Path, monkeypatch, forget: bool) -> list[str]:
    """The window opened on `folder`, its session attached, then Settings → Sign out.
    Returns what the person was told after."""
    told = []
    real = launch.attach_session

    def attach_then_sign_out(app, session, **_):
        real(app, session, start_sync=False)
        app.actions.sign_out(forget)  # what Settings → Sign out calls

    monkeypatch.setattr(launch, "attach_session", attach_then_sign_out)
    monkeypatch.setattr(launch, "tell_not_revoked", lambda: told.append(NOT_TOLD))
    assert run_window(folder) == 0
    return told


def test_settings_sign_out_revokes_the_token_on_the_platform(run_window, cli, tmp_path,
                                                             platform,
                                                             monkeypatch):
    folder = tmp_path / "data"
    token = signed_in(cli, folder, platform.url)
    assert window_signing_out(run_window, folder, monkeypatch, forget=False) == []
    assert answers_to(platform.url, token) == 401
    assert Credentials(platform.url, DEMO_USERNAME).token is None
    assert folder.exists()  # the copy stays


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_settings_sign_out_offline_says_so_and_forgets_the_token(run_window, cli, tmp_path,
                                                                 platform,
                                                                 monkeypatch):
    folder = tmp_path / "data"
    between = FaultProxy(platform.url)
    token = signed_in(cli, folder, between.url)
    between.close()
    assert window_signing_out(run_window, folder, monkeypatch, forget=True) == [NOT_TOLD]
    assert Credentials(between.url, DEMO_USERNAME).token is None
    assert not folder.exists()
    assert answers_to(platform.url, token) == 200
