"""The API client's guarantees: TLS always verified, loopback-only plain HTTP, timeouts,
localized refusals, pagination."""

from __future__ import annotations

import pytest

from services.api.client import ApiClient
from services.api.errors import Rejected, SignInNeeded
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.security.credentials import MemoryCredentials


def client(url: str, lang: str = "en", **kw) -> ApiClient:
    return ApiClient(url, DEMO_USERNAME, lang, MemoryCredentials(url, DEMO_USERNAME), **kw)


@pytest.mark.parametrize("url", ["http://platform.example.ca", "ftp://x", "platform.ca"])
def test_plain_http_only_on_loopback(url):
    with pytest.raises(ValueError):
        client(url)


def test_tls_always_verified():
    assert client("https://platform.example.ca").session.verify is True
    custom = client("https://platform.example.ca", ca_bundle="/etc/ssl/company-ca.pem")
    assert custom.session.verify == "/etc/ssl/company-ca.pem"


def test_refusals_are_localized(platform):
    for lang, words in (("fr", "qu'une fois"), ("en", "only once")):
        api = client(platform.url, lang)
        api.sign_in(DEMO_PASSWORD)
        with pytest.raises(Rejected) as err:
            api.request("PATCH", "/me/persons/203", json={"DateOfBirth": "2000-01-01"})
        assert err.value.code == "DateOfBirthLocked" and words in err.value.message
        assert words in err.value.fields["DateOfBirth"]


def test_bad_password(platform):
    with pytest.raises(SignInNeeded):
        client(platform.url).sign_in("wrong")


def test_pages_follow_next_links(platform):
    api = client(platform.url)
    api.sign_in(DEMO_PASSWORD)
    pages = list(api.changes(None, per_page=60))
    sizes = [len(p.Items) for p in pages]
    # Full pages, then the rest (the demo's size depends on the day it is built around).
    assert len(sizes) >= 2 and sizes[:-1] == [60] * (len(sizes) - 1) and 0 < sizes[-1] <= 60
    assert pages[-1].Paging.Next == "" and pages[-1].Cursor.startswith("c1.")


def test_every_call_has_a_timeout(platform, monkeypatch):
    api = client(platform.url, timeout=(1.5, 2.5))
    seen = []
    original = api.session.request

    def spy(method, url, **kw):
        seen.append(kw.get("timeout"))
        return original(method, url, **kw)

    monkeypatch.setattr(api.session, "request", spy)
    api.sign_in(DEMO_PASSWORD)
    api.request("GET", "/me/account")
    assert seen == [(1.5, 2.5), (1.5, 2.5)]
