"""The organization API v3 (docs/api-org.md §6) over the account API's client: the same
timeouts, TLS, loopback-only plain HTTP, error shapes, same-origin links and urllib3 retries
(services.api.client), plus what front desk needs on top of them:

- sign-in with the organization's API key and secret (Basic) on `/api/v3/authenticate`, the
  one-year token kept in the keychain and obtained again once on a 401;
- `pages(path, **query)`: the Items of a list across `Paging.Next` (a bare array accepted);
- a rate limit (429) or a platform that cannot serve (5xx) waited out and tried again:
  Retry-After honoured, else exponential backoff with jitter. No answer at all (connection
  refused, timed out) is tried again by urllib3's policy only (services.api.client._retry),
  then Offline: the desk learns at once that the network is down.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any
from urllib.parse import urljoin

from services.api.client import TIMEOUT, ApiClient
from services.api.errors import (
    ApiError,
    Offline,
    SchemaError,
    ServerUnavailable,
)
from services.security.credentials import Credentials

log = logging.getLogger(__name__)

PER_PAGE = 500  # the contract's maximum is 1000, its default 200
RATE_LIMIT_TRIES = 30  # 429s in a row before giving up (each one waits its Retry-After)
FAILURE_TRIES = 4  # 5xx or no answer, in a row, before giving up (after urllib3's own)
MAX_WAIT = 60.0  # seconds: a longer Retry-After is waited this long, then asked again


def origin_header() -> str:
    from importlib import metadata

    try:
        number = metadata.version("carnet")
    except metadata.PackageNotFoundError:  # a source tree
        number = "dev"
    return f"Carnet/{number}"


def org_credentials(server: str, org: str, key: str) -> Credentials:
    """The keychain entries of one organization key: its secret and its token."""
    return Credentials(server, f"org:{org}:{key}")


def backoff(attempt: int, retry_after: float | None) -> float:
    """Seconds to wait before try `attempt + 1`: the platform's Retry-After when it gave one,
    else 0.5, 1, 2, 4… s with jitter (capped)."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), MAX_WAIT)
    return min(MAX_WAIT, 0.5 * 2 ** attempt) * random.uniform(0.5, 1.5)


def _query(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return value


class OrgClient(ApiClient):
    """One organization (`org`: its number or its store slug), signed in with an API key."""

    def __init__(self, server: str, org: str, key: str, lang: str = "fr",
                 credentials: Credentials | None = None, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = TIMEOUT,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(server, key, lang, credentials, ca_bundle, timeout)
        if credentials is None:
            self.credentials = org_credentials(self.server, org, key)
        self.org = str(org).strip()
        self.sleep = sleep
        self.waited = 0.0  # seconds spent waiting out rate limits and failures
        self.calls = 0
        self.session.headers["X-Amilia-Origin"] = origin_header()

    @property
    def base(self) -> str:
        return f"{self.server}/api/v3/{self.lang}/org/{self.org}"

    def _authenticate(self, password: str):
        """The key's secret at the documented address (no language), rate limits waited out;
        ApiClient.sign_in keeps the token (and the secret, when asked)."""
        return self._patient(lambda: self._checked(self._send(
            "GET", f"{self.server}/api/v3/authenticate", auth=(self.username, password))))

    def _checked(self, response):
        self.calls += 1
        if response.status_code != 200:
            raise self._error(response)
        return response

    def _patient(self, call: Callable[[], Any]) -> Any:
        """`call`, tried again on a rate limit (as long as the platform asks) and on a
        platform that cannot serve (a few times), waiting in between."""
        limited = failed = 0
        while True:
            try:
                return call()
            except ServerUnavailable as error:  # no answer (Offline): urllib3 tried already
                rate_limited = error.status == 429
                if rate_limited:
                    limited += 1
                else:
                    failed += 1
                if limited >= RATE_LIMIT_TRIES or failed >= FAILURE_TRIES:
                    raise
                wait = backoff(limited if rate_limited else failed - 1, error.retry_after)
                log.info("organization API: %s, trying again in %.1f s",
                         "rate limited" if rate_limited else f"HTTP {error.status}", wait)
                self.waited += wait
                self.sleep(wait)

    def get(self, path_or_url: str, params: dict | None = None) -> Any:
        """One GET under the organization (or a link it gave), patient as above."""
        def once() -> Any:
            self.calls += 1
            return self.request("GET", path_or_url, params=params)
        return self._patient(once)

    def one(self, path: str, **query: Any) -> Any:
        return self.get(path, {k: _query(v) for k, v in query.items() if v is not None})

    def pages(self, path: str, per_page: int = PER_PAGE, **query: Any) -> Iterator[dict]:
        """Every item of a paged list, following `Paging.Next` (on the signed-in origin only);
        a bare array (as some of the platform's samples show) is the whole list."""
        params: dict | None = {"perPage": per_page, "page": 1,
                               **{k: _query(v) for k, v in query.items() if v is not None}}
        url: str | None = path
        while url:
            answer = self.get(url, params)
            if isinstance(answer, list):
                items, following = answer, ""
            elif isinstance(answer, dict) and isinstance(answer.get("Items"), list):
                items = answer["Items"]
                following = (answer.get("Paging") or {}).get("Next") or ""
            else:
                raise SchemaError(f"{path}: neither a page nor a list")
            for item in items:
                if not isinstance(item, dict):
                    raise SchemaError(f"{path}: an item is not an object")
                yield item
            params = None  # the Next link carries them
            url = urljoin(self._url(url), following) if following else None


def is_transient(error: Exception) -> bool:
    return isinstance(error, Offline | ServerUnavailable)


__all__ = ["ApiError", "OrgClient", "backoff", "is_transient", "org_credentials"]
