"""OrgClient's faults against a tiny fault-injecting server on 127.0.0.1 (the happy path runs
against the reference server: test_org_sync.py): a rate limit waited out as Retry-After says,
a bare array read as the whole list, a 5xx then an answer, an expired token signed in again
once, the paging link followed only on the signed-in origin."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from services.api.errors import ForeignLink, ServerUnavailable, SignInNeeded
from services.org.client import OrgClient
from services.security.credentials import MemoryCredentials

pytestmark = pytest.mark.server

KEY, SECRET = "desk-key", "desk-secret"


class Faulty:
    """Answers each path from a list of (status, headers, body), the last one repeated."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, dict, object]]] = {}
        self.seen: list[tuple[str, dict]] = []
        self.tokens = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                owner.seen.append((self.path, dict(self.headers)))
                if parts.path.endswith("/authenticate"):
                    given = self.headers.get("Authorization", "")
                    good = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
                    if given != good:
                        return self.answer(401, {}, {"Error": {"Code": "Unauthorized"}})
                    owner.tokens += 1
                    return self.answer(200, {}, {"Token": f"t{owner.tokens}"})
                if self.headers.get("Authorization") != f"Bearer t{owner.tokens}":
                    return self.answer(401, {}, {"Error": {"Code": "Unauthorized"}})
                steps = owner.script.get(parts.path)
                if not steps:
                    return self.answer(404, {}, {"Error": {"Code": "NotFound"}})
                status, headers, body = steps.pop(0) if len(steps) > 1 else steps[0]
                if callable(body):
                    body = body(parse_qs(parts.query))
                self.answer(status, headers, body)

            def answer(self, status: int, headers: dict, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def faulty() -> Iterator[Faulty]:
    running = Faulty()
    yield running
    running.close()


def client(url: str, sleeps: list[float]) -> OrgClient:
    api = OrgClient(url, "beaumont", KEY, "en", MemoryCredentials(url, KEY),
                    timeout=(2.0, 2.0), sleep=sleeps.append)
    api.sign_in(SECRET, remember=True)
    return api


BASE = "/api/v3/en/org/beaumont"


def test_a_rate_limit_is_waited_out_as_retry_after_says(faulty):
    faulty.script[f"{BASE}/programs"] = [
        (429, {"Retry-After": "2"}, {"Error": {"Code": "TooManyRequests"}}),
        (429, {"Retry-After": "1"}, {"Error": {"Code": "TooManyRequests"}}),
        (200, {}, {"Items": [{"Id": 1}], "Paging": {"TotalCount": 1, "Next": ""}})]
    sleeps: list[float] = []
    api = client(faulty.url, sleeps)
    assert [p["Id"] for p in api.pages("/programs")] == [1]
    assert sleeps == [2.0, 1.0] and api.waited == 3.0


def test_a_bare_array_is_the_whole_list(faulty):
    faulty.script[f"{BASE}/accounts/5/contacts"] = [(200, {}, [{"Id": 1}, {"Id": 2}])]
    api = client(faulty.url, [])
    assert [c["Id"] for c in api.pages("/accounts/5/contacts")] == [1, 2]


def test_a_5xx_then_an_answer(faulty):
    faulty.script[f"{BASE}/programs"] = [
        (500, {}, {"Error": {"Code": "Internal"}}),
        (200, {}, {"Items": [{"Id": 4}], "Paging": {"TotalCount": 1, "Next": ""}})]
    sleeps: list[float] = []
    api = client(faulty.url, sleeps)
    assert [p["Id"] for p in api.pages("/programs")] == [4]
    assert len(sleeps) == 1 and 0 < sleeps[0] <= 1.0


def test_a_platform_that_keeps_failing_is_said(faulty):
    faulty.script[f"{BASE}/programs"] = [(500, {}, {"Error": {"Code": "Internal"}})]
    sleeps: list[float] = []
    with pytest.raises(ServerUnavailable):
        list(client(faulty.url, sleeps).pages("/programs"))
    assert len(sleeps) == 3


def test_pages_follow_next_with_the_query_and_the_origin_header(faulty):
    def page(query: dict) -> dict:
        number = int(query.get("page", ["1"])[0])
        following = f"{faulty.url}{BASE}/activities/3/occurrences?page=2&perPage=1" \
            if number == 1 else ""
        return {"Items": [{"Id": number}], "Paging": {"TotalCount": 2, "Next": following}}

    faulty.script[f"{BASE}/activities/3/occurrences"] = [(200, {}, page)]
    api = client(faulty.url, [])
    found = [o["Id"] for o in api.pages("/activities/3/occurrences", per_page=1,
                                        **{"from": "2026-11-20", "showEdited": True})]
    assert found == [1, 2]
    first = next(path for path, _ in faulty.seen if "occurrences" in path)
    assert "from=2026-11-20" in first and "showEdited=true" in first and "perPage=1" in first
    assert all(headers.get("X-Amilia-Origin", "").startswith("Carnet/")
               for _, headers in faulty.seen)


def test_a_link_elsewhere_is_not_followed(faulty):
    faulty.script[f"{BASE}/programs"] = [(200, {}, {"Items": [{"Id": 1}], "Paging": {
        "TotalCount": 2, "Next": "http://127.0.0.2:9/api/v3/en/org/beaumont/programs?page=2"}})]
    api = client(faulty.url, [])
    with pytest.raises(ForeignLink):
        list(api.pages("/programs"))


def test_an_expired_token_is_obtained_again_once(faulty):
    faulty.script[f"{BASE}/programs"] = [(200, {}, [{"Id": 9}])]
    api = client(faulty.url, [])
    faulty.tokens += 1  # the platform forgot t1: the next call gets 401
    assert [p["Id"] for p in api.pages("/programs")] == [9]
    assert api.credentials.token == "t3"


def test_a_wrong_secret_is_refused(faulty):
    api = OrgClient(faulty.url, "beaumont", KEY, "en", MemoryCredentials(faulty.url, KEY))
    with pytest.raises(SignInNeeded):
        api.sign_in("wrong")
