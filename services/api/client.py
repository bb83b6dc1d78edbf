"""The account API over requests: timeouts always, TLS always verified, retries for reads,
the Bearer token from the keychain and a new one on 401 when the password is remembered."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from services.api import schemas
from services.api.errors import (
    ApiError,
    BadServerUrl,
    ForeignLink,
    Offline,
    Rejected,
    SchemaError,
    ServerUnavailable,
    SignInNeeded,
    TooManyAttempts,
)
from services.security.credentials import Credentials

log = logging.getLogger(__name__)
TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
MAX_RETRY_AFTER = 5.0  # longer waits go back to the caller, who schedules a later try


class _Retry(Retry):
    """urllib3 Retry that never sleeps longer than MAX_RETRY_AFTER on a Retry-After, and
    never retries a 429 (urllib3 does, whatever the status list, when it has Retry-After)."""

    RETRY_AFTER_STATUS_CODES = frozenset({503})

    def get_retry_after(self, response) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_RETRY_AFTER)


def _retry() -> Retry:
    # Reads only: writes are retried by the outbox, with their Idempotency-Key. Not 429: a
    # sign-in lockout (TooManyAttempts) only grows with tries, and a rate limit is the sync's
    # to wait out (ServerUnavailable, tried again later).
    return _Retry(total=3, connect=3, read=2, status=3, backoff_factor=0.3, backoff_jitter=0.2,
                  status_forcelist=(502, 503, 504), allowed_methods=frozenset({"GET"}),
                  respect_retry_after_header=True, raise_on_status=False)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_url(text: str) -> str:
    """The server's address as Carnet keeps it (no trailing slash), or BadServerUrl: https,
    or plain http to a loopback host only; no user name or password in it (they would go in
    clear, and `http://127.0.0.1@example.com` is example.com)."""
    url = text.strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # a bad port raises here
    except ValueError as exc:
        raise BadServerUrl("ServerUrlInvalid", text) from exc
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise BadServerUrl("ServerUrlInvalid", text)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise BadServerUrl("ServerUrlUserinfo", text)
    if parts.scheme == "http" and not _loopback(host):
        raise BadServerUrl("ServerUrlNotHttps", text)
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port is not None else ""
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port made explicit."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class ApiClient:
    def __init__(self, server: str, username: str, lang: str = "fr",
                 credentials: Credentials | None = None, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = TIMEOUT) -> None:
        self.server = server_url(server)
        self.username = username
        self.lang = lang if lang in ("fr", "en") else "fr"
        self.credentials = credentials or Credentials(self.server, username)
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle or True  # never False
        self.session.headers["Accept"] = "application/json"
        self.session.mount("http://", HTTPAdapter(max_retries=_retry()))
        self.session.mount("https://", HTTPAdapter(max_retries=_retry()))

    @property
    def base(self) -> str:
        return f"{self.server}/api/v3/{self.lang}"

    def close(self) -> None:
        self.session.close()

    # --- signing in ----------------------------------------------------------------------------

    def sign_in(self, password: str | None = None, remember: bool = False) -> None:
        password = password or self.credentials.password
        if not password:
            raise SignInNeeded("no password", status=401)
        answer = self._json(self._authenticate(password), "authenticate")
        token = answer.get("Token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise SchemaError("authenticate: Token missing")
        self.credentials.set("token", token)
        if remember:
            self.credentials.set("password", password)

    def _authenticate(self, password: str):
        """The platform's answer to the credentials (an ApiError when it refuses them)."""
        response = self._send("GET", f"{self.base}/authenticate", auth=(self.username, password))
        if response.status_code != 200:
            raise self._error(response)
        return response

    def sign_out(self) -> bool:
        """Revoke this session's token on the platform (the keychain's copy is the caller's to
        forget). False when the platform could not be told: the token then lives until it
        expires there."""
        token = self.credentials.token
        if token is None:
            return True
        try:
            response = self._send("DELETE", f"{self.base}/authenticate",
                                  headers={"Authorization": f"Bearer {token}"})
        except (Offline, requests.exceptions.SSLError):
            return False
        return response.status_code in (200, 204, 401)  # 401: already invalid

    # --- requests ------------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kw: Any) -> requests.Response:
        try:
            # Never redirected: a redirect could take the token elsewhere (see `_url`).
            return self.session.request(method, url, timeout=self.timeout,
                                        allow_redirects=False, **kw)
        except requests.exceptions.SSLError:
            raise  # a certificate problem is not "offline": say so plainly
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise Offline(type(exc).__name__) from exc
        except requests.exceptions.ChunkedEncodingError as exc:
            raise Offline("truncated answer") from exc

    def _url(self, path_or_url: str) -> str:
        """A path under the API, or an absolute link the platform gave: followed only on the
        signed-in server's own scheme, host and port, else ForeignLink (never the token to
        another origin, nor over plain http)."""
        if not path_or_url.startswith("/"):
            if origin(path_or_url) != origin(self.server):
                raise ForeignLink(f"not followed: a link to {origin(path_or_url)[1] or '?'}")
            return path_or_url
        return f"{self.base}{path_or_url}"

    def request(self, method: str, path_or_url: str, *, json: Any = None,
                headers: dict[str, str] | None = None, params: dict | None = None) -> Any:
        """One call with the Bearer token; signs in again once on 401 if it can."""
        url = self._url(path_or_url)
        for attempt in (1, 2):
            token = self.credentials.token
            if token is None:
                self.sign_in()
                token = self.credentials.token
            response = self._send(method, url, json=json, params=params, headers={
                **(headers or {}), "Authorization": f"Bearer {token}"})
            if response.status_code == 401 and attempt == 1:
                self.credentials.forget("token")
                if self.credentials.password is None:
                    raise SignInNeeded("session expired", status=401)
                continue
            if response.status_code >= 400:
                raise self._error(response)
            if response.is_redirect:
                raise ForeignLink(f"redirect not followed: {response.status_code}")
            return self._json(response, url)
        raise SignInNeeded("signed in again but still refused", status=401)

    def _json(self, response: requests.Response, url: str) -> Any:
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise SchemaError(f"{url}: the answer is not JSON") from exc

    def _error(self, response: requests.Response) -> ApiError:
        try:
            body = response.json()
            error = body.get("Error")
        except (ValueError, AttributeError):
            body, error = {}, None
        understood = isinstance(error, dict)
        error = error if understood else {}
        status = response.status_code
        retry = response.headers.get("Retry-After", "")
        retry_after = float(retry) if retry.isdigit() else None
        kind = (SignInNeeded if status == 401 else
                TooManyAttempts if status == 429 and error.get("Code") == "TooManyAttempts"
                else ServerUnavailable if status >= 500 or status == 429 else Rejected)
        # Only a refusal's own code means something to the person; the others get ours.
        code = (error.get("Code") or None) if kind is Rejected else None
        failure = kind(error.get("Message", "") or f"HTTP {status}", status=status, code=code,
                       fields=error.get("Fields") or {}, body=body, retry_after=retry_after)
        failure.understood = understood
        return failure

    # --- pages ---------------------------------------------------------------------------------

    def changes(self, since: str | None, per_page: int = 500) -> Iterator[schemas.ChangePage]:
        """The change feed, page by page (the cursor to keep is the last page's)."""
        params = {"perPage": per_page, **({"since": since} if since else {})}
        url: str | None = f"{self.base}/me/changes"
        while url:
            page = schemas.parse(schemas.ChangePage, self.request("GET", url, params=params),
                                 "change feed")
            params = None  # the Next link carries them
            yield page
            url = self._url(urljoin(url, page.Paging.Next)) if page.Paging.Next else None
