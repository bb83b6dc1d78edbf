"""The organization routes, `/api/v3/{lang}/org/{org}/…` (docs/api-org.md section 6): what an
organization's API key reads of its programs, activities, rosters, accounts and calendar.

`{org}` is the organization's Id or its store slug. Only an organization token (GET
/authenticate with the key and secret) reads here, and only its own organization: a family
token gets 401, another organization 404. Each token may make `Settings.org_rate_per_second`
calls a second, then 429 TooManyRequests with Retry-After. Lists are paged (`page` from 1,
`perPage` default 200, at most 1000) and ordered by Id; `from`/`to` are inclusive local days
of the organization's time zone. A query value that cannot be read is 400 InvalidValue naming
the parameter.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from server import org_reads
from server import org_schemas as s
from server.auth import OrganizationToken, org_of, token_digest
from server.errors import ApiError, too_many_requests
from server.org_reads import OrgCache, OrgView
from server.routes.common import PathId, engine_of, json_response, paging, settings_of
from server.schemas import listing
from services.domain import clock
from services.domain import entities as e

router = APIRouter(prefix="/org/{org}", tags=["organization"])

MAX_PAGE = 1_000_000  # as the /me/ lists: the row offset stays in the integer range


class RateLimit:
    """Calls per token in the current second (a fixed one-second window)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, int]] = {}  # token digest → (second, calls)

    def hit(self, key: str, limit: int) -> None:
        """Count one call; 429 TooManyRequests when the token is past `limit` this second."""
        now = time.monotonic()
        second = int(now)
        with self._lock:
            start, calls = self._windows.get(key, (second, 0))
            if start != second:
                start, calls = second, 0
            if calls >= limit:
                raise too_many_requests(math.ceil(second + 1 - now))
            self._windows[key] = (start, calls + 1)
            if len(self._windows) > 10_000:  # forget the tokens quiet since last second
                self._windows = {k: w for k, w in self._windows.items() if w[0] >= second - 1}


def rate_limit(request: Request) -> RateLimit:
    state = request.app.state
    if getattr(state, "org_rate", None) is None:
        state.org_rate = RateLimit()
    return state.org_rate


_STATE_LOCK = threading.Lock()


def org_cache(request: Request) -> OrgCache:
    """The app's OrgCache: each organization's view, kept while the data stays the same."""
    state = request.app.state
    with _STATE_LOCK:
        if getattr(state, "org_cache", None) is None:
            state.org_cache = OrgCache()
        return state.org_cache


@dataclass
class Caller:
    organization: e.Organization
    request: Request

    def view(self, conn) -> OrgView:
        return OrgView(conn, self.organization, clock.now(), org_cache(self.request))


def caller(request: Request, credentials: OrganizationToken,
           org: Annotated[str, Path(max_length=200,
                                    description="The organization's Id or store slug")]
           ) -> Caller:
    """The organization token's organization, when `{org}` names it; else 401 or 404."""
    token = credentials.credentials if credentials else None
    engine = engine_of(request)
    org_id = org_of(engine, token)
    if org_id is None:
        raise ApiError(401, "Unauthorized", headers={"WWW-Authenticate": "Bearer"})
    rate_limit(request).hit(token_digest(token), settings_of(request).org_rate_per_second)
    with engine.connect() as conn:
        found = org_reads.find_organization(conn, org)
    if found is None or found.id != org_id:
        raise ApiError(404, "NotFound")
    return Caller(found, request)


Org = Annotated[Caller, Depends(caller)]


# --- query values: read here, so that a bad one is 400 naming it -------------------------------


def _invalid(name: str) -> ApiError:
    return ApiError(400, "InvalidValue", fields={name: "InvalidValue"})


def _flag(request: Request, name: str) -> bool:
    text = request.query_params.get(name)
    if text is None or text == "":
        return False
    if text.lower() in ("true", "1"):
        return True
    if text.lower() in ("false", "0"):
        return False
    raise _invalid(name)


def _day(request: Request, name: str) -> date | None:
    text = request.query_params.get(name)
    if text is None or text == "":
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise _invalid(name) from exc


def _window(request: Request) -> tuple[date | None, date | None]:
    start, end = _day(request, "from"), _day(request, "to")
    if start is not None and end is not None and end < start:
        raise _invalid("to")
    return start, end


def _number(request: Request, name: str, default: int, highest: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not (text.isascii() and text.isdigit()) or len(text) > 9 or not 1 <= int(text) <= highest:
        raise _invalid(name)
    return int(text)


def _page(request: Request, items: Sequence, build: Callable[[Any], dict] | None = None
          ) -> Response:
    """One page of `items`; with `build`, items are what to make the page's items of (only
    the page's are made)."""
    settings = settings_of(request)
    page = _number(request, "page", 1, MAX_PAGE)
    per_page = _number(request, "perPage", settings.default_per_page, settings.max_per_page)
    chosen = items[(page - 1) * per_page: page * per_page]
    if build is not None:
        chosen = [build(item) for item in chosen]
    return json_response({"Items": chosen,
                          "Paging": paging(request, len(items), page, per_page)})


# Documented here, read by the functions above (a FastAPI-typed query would answer 422).
PAGE = Query(None, description="From 1 (default 1)")
PER_PAGE = Query(None, alias="perPage", description="Default 200, at most 1000")
FROM = Query(None, alias="from", description="YYYY-MM-DD, inclusive (organization's days)")
TO = Query(None, description="YYYY-MM-DD, inclusive")
FLAG = "true or false (default false)"


def _flag_query(alias: str) -> Any:
    return Query(None, alias=alias, description=FLAG)


def _not_found() -> ApiError:
    return ApiError(404, "NotFound")


# --- routes -------------------------------------------------------------------------------------


@router.get("/programs", response_model=listing(s.OrgProgram), summary="Programs")
def programs(request: Request, who: Org, page: str | None = PAGE,
             per_page: str | None = PER_PAGE,
             show_archived: str | None = _flag_query("showArchived")) -> Response:
    archived = _flag(request, "showArchived")
    with engine_of(request).connect() as conn:
        items = who.view(conn).programs(archived)
    return _page(request, items)


@router.get("/programs/{id}/activities", response_model=listing(s.OrgActivity),
            summary="A program's activities")
def program_activities(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                       per_page: str | None = PER_PAGE,
                       show_cancelled: str | None = _flag_query("showCancelled")) -> Response:
    _flag(request, "showCancelled")  # no activity is cancelled in this server's data
    with engine_of(request).connect() as conn:
        items = who.view(conn).program_activities(id)
    if items is None:
        raise _not_found()
    return _page(request, items)


def _activity(view: OrgView, ident: int) -> e.Activity:
    found = view.activities.get(ident)
    if found is None:
        raise _not_found()
    return found


@router.get("/activities/{id}/occurrences", response_model=listing(s.OrgOccurrence),
            summary="An activity's occurrences, from/to inclusive")
def activity_occurrences(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                         per_page: str | None = PER_PAGE, from_: str | None = FROM,
                         to: str | None = TO,
                         show_edited: str | None = _flag_query("showEdited")) -> Response:
    start, end = _window(request)
    _flag(request, "showEdited")  # moved occurrences are always listed (State says it)
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        _activity(view, id)
        items = view.activity_occurrences(id, start, end)
    return _page(request, items)


@router.get("/activities/{id}/persons", response_model=listing(s.OrgPerson),
            summary="The persons registered to an activity")
def activity_persons(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                     per_page: str | None = PER_PAGE,
                     show_medical: str | None = _flag_query("showMedicalInfo")) -> Response:
    medical = _flag(request, "showMedicalInfo")
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        _activity(view, id)
        return _page(request, view.registered(id), lambda p: view.person(p, medical))


@router.get("/occurrences/{id}/persons", response_model=listing(s.OrgParticipant),
            summary="An occurrence's participants and their attendance")
def occurrence_persons(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                       per_page: str | None = PER_PAGE) -> Response:
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        occurrence = view.occurrence(id)
        if occurrence is None:
            raise _not_found()
        items = view.occurrence_persons(occurrence)
    return _page(request, items)


@router.get("/accounts", response_model=listing(s.OrgAccount),
            summary="The accounts with a registration to the organization")
def accounts(request: Request, who: Org, page: str | None = PAGE,
             per_page: str | None = PER_PAGE,
             account_owner_email: str | None = Query(None, alias="accountOwnerEmail",
                                                     max_length=320),
             show_archived: str | None = _flag_query("showArchived")) -> Response:
    _flag(request, "showArchived")  # no account is archived in this server's data
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        return _page(request, view.account_list(account_owner_email), view.account)


def _account_id(view: OrgView, ident: int) -> int:
    if ident not in view.account_ids:
        raise _not_found()
    return ident


@router.get("/accounts/{id}", response_model=s.OrgAccount, summary="One account (not paged)")
def account(request: Request, who: Org, id: PathId,
            show_medical: str | None = _flag_query("showMedicalInfo")) -> Response:
    medical = _flag(request, "showMedicalInfo")
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        item = view.account(_account_id(view, id), medical)
    return json_response(item)


@router.get("/accounts/{id}/contacts", response_model=listing(s.OrgContact),
            summary="The contacts of an account's persons, each once")
def account_contacts(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                     per_page: str | None = PER_PAGE) -> Response:
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        items = view.contacts(_account_id(view, id))
    return _page(request, items)


@router.get("/persons/{id}/registrations", response_model=listing(s.OrgPersonRegistration),
            summary="A person's registrations to the organization")
def person_registrations(request: Request, who: Org, id: PathId, page: str | None = PAGE,
                         per_page: str | None = PER_PAGE,
                         show_ended: str | None = _flag_query("showEnded")) -> Response:
    ended = _flag(request, "showEnded")
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        if id not in view.persons:
            raise _not_found()
        items = view.person_registrations(id, ended)
    return _page(request, items)


@router.get("/registrations", response_model=listing(s.OrgRegistration),
            summary="The organization's registrations whose activity meets from/to")
def registrations(request: Request, who: Org, page: str | None = PAGE,
                  per_page: str | None = PER_PAGE, from_: str | None = FROM,
                  to: str | None = TO,
                  show_ended: str | None = _flag_query("showEnded")) -> Response:
    start, end = _window(request)
    ended = _flag(request, "showEnded")
    with engine_of(request).connect() as conn:
        view = who.view(conn)
        return _page(request, view.registration_list(start, end, ended),
                     view.registration_entry)


@router.get("/closures", response_model=listing(s.OrgClosure),
            summary="Closures meeting from/to")
def closures(request: Request, who: Org, page: str | None = PAGE,
             per_page: str | None = PER_PAGE, from_: str | None = FROM,
             to: str | None = TO) -> Response:
    start, end = _window(request)
    with engine_of(request).connect() as conn:
        items = who.view(conn).closures(start, end)
    return _page(request, items)


@router.get("/events", response_model=listing(s.OrgEvent), summary="Events meeting from/to")
def events(request: Request, who: Org, page: str | None = PAGE,
           per_page: str | None = PER_PAGE, from_: str | None = FROM,
           to: str | None = TO) -> Response:
    start, end = _window(request)
    with engine_of(request).connect() as conn:
        items = who.view(conn).events(start, end)
    return _page(request, items)

