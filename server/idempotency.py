"""Idempotency-Key (API.md): a write repeated with its key answers as the first time did.

The client resends a write whose answer it never understood (lost, cut, unreadable, too slow)
with the same key until an answer says what happened. So the stored answer must be found
before anything of the route runs — the ownership check (a delete that took effect would
answer 404) and the body's validation — and whatever the route. `IdempotentRoute` does that
for every write route; `run_write` looks again under the write lock and records the answer in
the write's own transaction, so an answer is kept exactly when its change is.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Request, Response
from fastapi.routing import APIRoute
from sqlalchemy import Connection, Engine, delete, select
from starlette.concurrency import run_in_threadpool

from server.auth import account_of_token
from server.db import idempotency
from server.errors import ApiError

JSON = "application/json"
WRITES = frozenset({"POST", "PATCH", "PUT", "DELETE"})
# Card and bank numbers, passwords: never kept, not even hashed (a card number's hash can be
# found by trying them all). A resend carries the same ones anyway.
SECRET_FIELDS = frozenset({"Card", "Bank", "CurrentPassword", "NewPassword"})


@dataclass(frozen=True)
class Claim:
    """One write's key, for one account, and what the request was."""

    account_id: int
    key: str
    fingerprint: str


def fingerprint(method: str, path: str, body: bytes) -> str:
    """The request as the key remembers it. The language segment is left out (a resend after
    the user switched languages is the same write), and JSON is compared by value."""
    route = "/".join(path.split("/")[4:])  # /api/v3/{lang}/me/… → me/…
    text = json.dumps([method, route, _canonical(body)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _canonical(body: bytes) -> Any:
    if not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:  # not JSON (nor UTF-8): refused by the route, compared as bytes here
        return body.hex()
    if isinstance(data, dict):
        data = {name: value for name, value in data.items() if name not in SECRET_FIELDS}
    return data


def claim_of(request: Request) -> Claim | None:
    """The claim `IdempotentRoute` made for this request, if it carried a key."""
    claim = getattr(request.state, "idempotency", None)
    if claim is None and request.headers.get("Idempotency-Key"):
        # A write route outside IdempotentRoute would silently apply repeats twice.
        raise RuntimeError(f"{request.url.path}: write route without IdempotentRoute")
    return claim


def lookup(conn: Connection, claim: Claim, ttl_seconds: int) -> Response | None:
    """The first answer to this key, if kept and still within the horizon; 422 when the key
    came with another request."""
    row = conn.execute(select(idempotency).where(
        idempotency.c.account_id == claim.account_id, idempotency.c.key == claim.key,
        idempotency.c.created_at >= int(time.time()) - ttl_seconds)).first()
    if row is None:
        return None
    if row.request_hash != claim.fingerprint:
        raise ApiError(422, "IdempotencyKeyReused")
    headers = {"Idempotent-Replay": "true", **({"ETag": row.etag} if row.etag else {})}
    return Response(row.body, status_code=row.status, media_type=JSON, headers=headers)


def record(conn: Connection, claim: Claim, status: int, body: str, etag: str | None,
           ttl_seconds: int) -> None:
    """Keep a final answer (a write that took effect), and forget those past the horizon."""
    now = int(time.time())
    conn.execute(delete(idempotency).where(idempotency.c.created_at < now - ttl_seconds))
    conn.execute(idempotency.insert().values(
        account_id=claim.account_id, key=claim.key, request_hash=claim.fingerprint,
        status=status, body=body, etag=etag, created_at=now))


def _replay(engine: Engine, claim: Claim, ttl_seconds: int) -> Response | None:
    with engine.connect() as conn:
        return lookup(conn, claim, ttl_seconds)


async def _claim(request: Request) -> Claim | None:
    key = request.headers.get("Idempotency-Key")
    if not key:
        return None
    engine = request.app.state.engine
    account_id = await run_in_threadpool(account_of_token, engine,
                                         request.headers.get("Authorization"))
    if account_id is None:
        return None  # the route answers 401
    body = await request.body()  # kept by the request: the route reads it again
    return Claim(account_id, key, fingerprint(request.method, request.url.path, body))


Handler = Callable[[Request], Coroutine[Any, Any, Response]]
MAX_KEY = 200  # a UUID is 36: room for any client's scheme, none for a key used as storage


def write_headers(
    if_match: Annotated[str | None, Header(
        alias="If-Match", max_length=MAX_KEY,
        description="The Version the edit was made over: another one answers 412")] = None,
    idempotency_key: Annotated[str | None, Header(
        alias="Idempotency-Key", max_length=MAX_KEY,
        description="A repeat with the same key replays the first answer")] = None,
) -> None:
    """Declares the headers every write reads (the route and `IdempotentRoute` read them
    from the request), and bounds them."""


class IdempotentRoute(APIRoute):
    """A route whose writes replay a repeated Idempotency-Key before anything else runs."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        dependencies = list(kwargs.pop("dependencies", None) or [])
        writes = WRITES & set(kwargs.get("methods") or ())
        if writes and not any(d.dependency is write_headers for d in dependencies):
            dependencies.append(Depends(write_headers))
        super().__init__(path, endpoint, dependencies=dependencies, **kwargs)

    def get_route_handler(self) -> Handler:
        handler = super().get_route_handler()
        if not WRITES & set(self.methods or ()):
            return handler

        async def replaying(request: Request) -> Response:
            claim = await _claim(request)
            if claim is None:
                return await handler(request)
            request.state.idempotency = claim
            engine = request.app.state.engine
            ttl = request.app.state.settings.idempotency_ttl_seconds
            kept = await run_in_threadpool(_replay, engine, claim, ttl)
            if kept is not None:
                return kept
            try:
                return await handler(request)
            except Exception:
                # A copy of this request sent at the same moment may have committed since the
                # look-up above: after its delete, this one's ownership check says 404. The
                # copy's answer is the one to give.
                kept = await run_in_threadpool(_replay, engine, claim, ttl)
                if kept is None:
                    raise
                return kept

        return replaying
