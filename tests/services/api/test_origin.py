"""The token never leaves its origin (issue 14): server addresses are parsed, not matched by
prefix; links and redirects the platform sends are followed only on the signed-in server's own
scheme, host and port."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from services.api.client import ApiClient, server_url
from services.api.errors import BadServerUrl, ForeignLink, SignInNeeded, TooManyAttempts
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from services.domain.messages import message
from services.security.credentials import MemoryCredentials
from services.sync import outbox
from tests.reference import stored_records


@pytest.mark.parametrize("url,code", [
    ("http://127.0.0.1@192.0.2.2:8765", "ServerUrlUserinfo"),
    ("https://user:secret@platform.example.ca", "ServerUrlUserinfo"),
    ("http://localhost.example.invalid", "ServerUrlNotHttps"),
    ("http://127.0.0.1.example.invalid", "ServerUrlNotHttps"),
    ("http://example.com", "ServerUrlNotHttps"),
    ("http://192.0.2.2:8765", "ServerUrlNotHttps"),
    ("ftp://127.0.0.1", "ServerUrlInvalid"),
    ("platform.example.ca", "ServerUrlInvalid"),
    ("https://", "ServerUrlInvalid"),
    ("http://127.0.0.1:99999", "ServerUrlInvalid"),
    ("https://platform.example.ca/?next=x", "ServerUrlInvalid"),
])
def test_server_addresses_carnet_refuses(url, code):
    with pytest.raises(BadServerUrl) as refused:
        server_url(url)
    assert refused.value.code == code
    assert message(code, "fr") != code and message(code, "en") != code
    with pytest.raises(ValueError):  # the client refuses it too, before any request
        ApiClient(url, DEMO_USERNAME, "en", MemoryCredentials(url, DEMO_USERNAME))


@pytest.mark.parametrize("url,kept", [
    ("https://Platform.Example.ca/", "https://platform.example.ca"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("http://127.8.9.10:80/", "http://127.8.9.10:80"),
    ("http://localhost:8765", "http://localhost:8765"),
    ("http://[::1]:8765", "http://[::1]:8765"),
    ("https://platform.example.ca/carnet/", "https://platform.example.ca/carnet"),
])
def test_server_addresses_carnet_takes(url, kept):
    assert server_url(url) == kept


@pytest.mark.expect_log("sync stopped: ForeignLink", logger="services.sync.engine")
def test_a_next_link_to_another_origin_is_not_followed(carnet_via_proxy, proxy,
                                                       listener):
    """The sync stops with a message; not one byte, token or not, reaches the other origin."""
    session = carnet_via_proxy
    session.engine.per_page = 40  # four pages: the first one's Next is the bad link
    proxy.foreign = listener.url
    proxy.fail("foreign", "GET", "/me/changes")
    report = session.engine.sync()
    assert isinstance(report.error, ForeignLink) and report.error.code == "ForeignLink"
    assert session.engine.state == "error"
    assert "another server" in message(report.error.code, "en")
    assert listener.connections == 0 and listener.received == 0
    with session.store.read() as conn:
        assert session.store.get_meta(conn, "sync.cursor") is None  # nothing half-applied
    report = session.engine.sync()  # the platform's own links again: it goes through
    assert report.ok and report.pulled == stored_records(session.store)


@pytest.mark.expect_log("sync stopped: ForeignLink", logger="services.sync.engine")
@pytest.mark.parametrize("where", ["http://localhost:{port}", "https://127.0.0.1:{port}"])
def test_a_same_port_other_name_or_scheme_is_another_origin(carnet_via_proxy, proxy,
                                                            where):
    session = carnet_via_proxy
    session.engine.per_page = 40
    proxy.foreign = where.format(port=proxy.server.server_address[1])
    proxy.fail("foreign", "GET", "/me/changes")
    assert isinstance(session.engine.sync().error, ForeignLink)
    assert len([p for m, p, k in proxy.seen if "/me/changes" in p]) == 1


class Redirect(BaseHTTPRequestHandler):
    target = ""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(307)
        self.send_header("Location", self.target + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.mark.server
def test_a_redirect_is_not_followed(listener):
    Redirect.target = listener.url
    server = HTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    credentials = MemoryCredentials(url, DEMO_USERNAME)
    credentials.set("token", "a-secret-token")
    api = ApiClient(url, DEMO_USERNAME, "en", credentials)
    try:
        with pytest.raises(ForeignLink):
            api.request("GET", "/me/account")
    finally:
        server.shutdown()
        server.server_close()
    assert listener.connections == 0 and listener.received == 0


def test_the_sign_in_lockout_is_its_own_error(platform):
    api = ApiClient(platform.url, DEMO_USERNAME, "en",
                    MemoryCredentials(platform.url, DEMO_USERNAME))
    for _ in range(platform.settings.max_failed_logins):
        with pytest.raises(SignInNeeded):
            api.sign_in("not the password")
    began = time.monotonic()
    with pytest.raises(TooManyAttempts) as locked:
        api.sign_in(DEMO_PASSWORD)  # even the right password, during the lockout
    assert time.monotonic() - began < 3  # said at once: not tried again (urllib3 would, 3×5 s)
    assert 0 < locked.value.retry_after <= platform.settings.failed_login_window_seconds
    assert locked.value.code == "TooManyAttempts"


@pytest.mark.expect_log("sync stopped: ForeignLink", logger="services.sync.engine")
def test_an_outbox_entry_never_goes_to_another_origin(carnet_via_proxy, listener):
    """A queued request is a path under the signed-in server, whatever it holds."""
    session = carnet_via_proxy
    assert session.engine.sync().ok
    session.edits.update_person(203, first_name="Zoë")
    with session.store.write() as conn:
        [entry] = outbox.entries(session.store, conn)
        entry.request.path = f"{listener.url}/api/v3/en/me/persons/203"
        outbox.rewrite(session.store, conn, entry)
    session.engine.sync()
    assert listener.connections == 0 and listener.received == 0
