"""What every route shares: ownership checks, ETags, If-Match, Idempotency-Key, list pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Path, Request, Response
from sqlalchemy import Connection, Engine, select

from server import idempotency, repo
from server.auth import current_account
from server.bodies import MAX_ID, apply
from server.db import counters
from server.errors import ApiError, KeptRefusal, lang_of
from server.settings import Settings
from services.domain import clock
from services.domain import entities as e
from services.domain.wire import WireModel

JSON = "application/json"
# A resource id in a path: beyond the database's integer range it is refused here (422), not
# by SQLite or PostgreSQL (OverflowError, a 500 before).
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]


def engine_of(request: Request) -> Engine:
    return request.app.state.engine


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def etag(version: str) -> str:
    return f'"{version}"'


def json_response(content: Any, status: int = 200, version: str | None = None) -> Response:
    headers = {"ETag": etag(version)} if version else None
    return Response(json.dumps(content, ensure_ascii=False), status_code=status, media_type=JSON,
                    headers=headers)


def resource_response(entity: e.Resource, status: int = 200) -> Response:
    return Response(entity.model_dump_json(by_alias=True), status_code=status, media_type=JSON,
                    headers={"ETag": etag(entity.version)})


def owned(model: type[e.Resource]) -> Callable[..., e.Resource]:
    """Dependency: the `{id}` resource if this account may see it, else 404 (never 403).

    It runs before the body is validated, so another account's id learns nothing.
    """

    def dependency(request: Request, id: PathId, account_id: int = Depends(current_account)):
        with engine_of(request).connect() as conn:
            found = repo.get(conn, model, id, repo.scope(conn, account_id))
        if found is None:
            raise ApiError(404, "NotFound")
        return found

    dependency.__name__ = f"owned_{model.__name__.lower()}"
    return dependency


@dataclass
class Write:
    """One write transaction of one account."""

    conn: Connection
    account_id: int
    request: Request

    @property
    def scope(self) -> repo.Scope:
        return repo.scope(self.conn, self.account_id)

    @property
    def today(self) -> date:
        return clock.today()

    @property
    def lang(self) -> str:
        return lang_of(self.request)

    def reload(self, model: type[e.Resource], ident: int) -> e.Resource:
        found = repo.get(self.conn, model, ident, self.scope)
        if found is None:
            raise ApiError(404, "NotFound")
        return found

    def account(self) -> e.Account:
        return self.reload(e.Account, self.account_id)

    def current(self, model: type[e.Resource], ident: int) -> e.Resource:
        """The resource as stored now, refusing an edit of an older Version (If-Match)."""
        found = self.reload(model, ident)
        self.check_version(found)
        return found

    def check_version(self, current: e.Resource) -> None:
        """If-Match: a client editing an older Version gets 412 and the current resource."""
        wanted = self.request.headers.get("If-Match")
        if wanted and wanted.strip().strip('"').removeprefix('W/"') != current.version:
            raise ApiError(412, "PreconditionFailed", headers={"ETag": etag(current.version)},
                           extra={"Current": current.wire()})


@dataclass
class Result:
    status: int
    content: Any
    version: str | None = None


def run_write(request: Request, account_id: int, action: Callable[[Write], Result]) -> Response:
    """Run `action` in one transaction; with an Idempotency-Key, a repeat replays the answer
    (IdempotentRoute looked before the route ran; this looks again under the write lock, for
    a copy that got there first) and the answer is kept with the change it made."""
    claim = idempotency.claim_of(request)
    ttl = settings_of(request).idempotency_ttl_seconds
    refusal: KeptRefusal | None = None
    with engine_of(request).begin() as conn:
        # Lock the sequence first: writers queue here, so a repeat sees the first's record.
        conn.execute(select(counters.c.value).where(counters.c.name == "seq").with_for_update())
        if claim is not None and (kept := idempotency.lookup(conn, claim, ttl)) is not None:
            return kept
        try:
            result = action(Write(conn, account_id, request))
        except KeptRefusal as exc:
            refusal = exc  # raised once committed: what it counted must stay counted
        else:
            text = json.dumps(result.content, ensure_ascii=False)
            tag = etag(result.version) if result.version else None
            if claim is not None:
                idempotency.record(conn, claim, result.status, text, tag, ttl)
    if refusal is not None:
        raise refusal
    return Response(text, status_code=result.status, media_type=JSON,
                    headers={"ETag": tag} if tag else None)


def stored(entity: e.Resource, status: int = 200) -> Result:
    return Result(status, entity.wire(), entity.version)


Check = Callable[[Write, e.Resource, e.Resource], e.Resource]


def edit(request: Request, account_id: int, target: e.Resource, body: WireModel,
         check: Check | None = None) -> Response:
    """A PATCH: the fields sent, applied to the current Version; `check` may refuse (raise) or
    clean the result before it is saved."""

    def action(w: Write) -> Result:
        before = w.current(type(target), target.id)
        after = apply(before, body)
        if check is not None:
            after = check(w, before, after)
        return stored(repo.put(w.conn, after, w.account_id))

    return run_write(request, account_id, action)


def paging(request: Request, total: int, page: int, per_page: int) -> dict[str, Any]:
    more = page * per_page < total
    next_url = str(request.url.include_query_params(page=page + 1, perPage=per_page)) if more \
        else ""
    return {"TotalCount": total, "Next": next_url}


def list_response(request: Request, model: type[e.Resource], account_id: int, page: int,
                  per_page: int) -> Response:
    with engine_of(request).connect() as conn:
        items, total = repo.page_of(conn, model, repo.scope(conn, account_id), page, per_page)
    meta = json.dumps({"Paging": paging(request, total, page, per_page)})
    return Response(f'{{"Items":[{",".join(items)}],{meta[1:]}', media_type=JSON)
