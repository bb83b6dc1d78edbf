"""The calendar subscription (issue 17, OUT-2): `GET /feeds/{secret}.ics` for calendar apps
(the secret is the credential), and the account's link read, regenerated and revoked under
`/me/calendar-feed` (Bearer, like every /me route)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from pydantic import BaseModel, Field

from server import feeds, repo
from server.auth import current_account
from server.bodies import MAX_ID
from server.errors import ApiError, lang_of
from server.idempotency import IdempotentRoute
from server.routes.common import Result, Write, engine_of, json_response, run_write
from server.schemas import errors
from services.domain import entities as e
from services.domain.ics import MEDIA_TYPE

router = APIRouter(route_class=IdempotentRoute)  # under /api/v3/{lang}
public = APIRouter()  # at the server's root: what a calendar app fetches


class CalendarFeedLink(BaseModel):
    """A new link: the only answer that holds the secret (the server keeps its hash)."""

    Url: str = Field(description="http(s) URL of the feed; calendar apps take it as webcal://")
    Secret: str
    CreatedAt: str = Field(description="ISO-8601 instant")
    Fingerprint: str = Field(description="Names the link without giving it")


class CalendarFeedState(BaseModel):
    """Whether the account has a live link; the secret itself is not kept on the server."""

    Active: bool
    CreatedAt: str | None = None
    Fingerprint: str | None = Field(
        None, description="The first 16 hex digits of the secret's SHA-256: a client that "
        "kept the link it was given tells whether it is still the live one")


def _instant(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def _state(feed: feeds.Feed | None) -> dict:
    if feed is None:
        return {"Active": False, "CreatedAt": None, "Fingerprint": None}
    return {"Active": True, "CreatedAt": _instant(feed.created_at),
            "Fingerprint": feed.fingerprint}


@router.get("/me/calendar-feed", response_model=CalendarFeedState,
            summary="Whether the account's calendar subscription link is live (OUT-2)")
def get_feed(request: Request, account_id: int = Depends(current_account)) -> Response:
    with engine_of(request).connect() as conn:
        return json_response(_state(feeds.of_account(conn, account_id)))


@router.post("/me/calendar-feed", status_code=201, response_model=CalendarFeedLink,
             summary="A new subscription link; the previous one stops working at once")
def regenerate_feed(request: Request, account_id: int = Depends(current_account)) -> Response:
    # Its answer is not kept for a replay: it holds the secret, which the server keeps
    # nowhere (not even in the idempotency records). A resend with the same Idempotency-Key
    # makes another link, and the last one answered is the live one.
    with engine_of(request).begin() as conn:
        secret, feed = feeds.create(conn, account_id, lang_of(request))
    url = f"{str(request.base_url).rstrip('/')}/feeds/{secret}.ics"
    return json_response({"Url": url, "Secret": secret, "CreatedAt": _instant(feed.created_at),
                          "Fingerprint": feed.fingerprint}, 201)


@router.delete("/me/calendar-feed", response_model=CalendarFeedState,
               summary="Revoke the subscription link (nothing to revoke: the same answer)")
def revoke_feed(request: Request, account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        feeds.revoke(w.conn, account_id)
        return Result(200, _state(None))

    # Recorded (Idempotency-Key): a late resend of this revoke replays its answer rather
    # than revoking a link made since.
    return run_write(request, account_id, action)


_CALENDAR = {"description": "The account's calendar (RFC 5545)",
             "content": {MEDIA_TYPE: {"schema": {"type": "string"}}}}
_NOT_MODIFIED = {"description": "If-None-Match named the current ETag: nothing changed"}


@public.get("/feeds/{secret}.ics", response_class=Response,
            responses={200: _CALENDAR, 304: _NOT_MODIFIED, **errors(404)},
            summary="The calendar a phone subscribes to (no token: the secret is the key)")
def calendar_feed(
    request: Request,
    secret: str,
    person: int | None = Query(None, ge=1, le=MAX_ID,
                               description="Only this member's entries (a person's Id)"),
    if_none_match: Annotated[str | None, Header(alias="If-None-Match", max_length=1000)] = None,
) -> Response:
    """Unknown, revoked and made-up secrets all answer the same 404."""
    with engine_of(request).connect() as conn:
        feed = feeds.find(conn, secret)
        if feed is None:
            raise ApiError(404, "NotFound")
        member = None
        if person is not None:
            member = repo.get(conn, e.Person, person, repo.scope(conn, feed.account_id))
            if member is None:
                raise ApiError(404, "NotFound")
        body = feeds.calendar(conn, feed, member)
    tag = feeds.etag(body)
    headers = {"ETag": tag, "Cache-Control": "private, no-cache"}
    if feeds.not_modified(if_none_match, tag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=f"{MEDIA_TYPE}; charset=utf-8", headers=headers)

