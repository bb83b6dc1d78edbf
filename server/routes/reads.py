"""Reading: every resource listed and fetched by id, balances, and the change feed."""

from __future__ import annotations

import json
import re

from fastapi import APIRouter, Depends, Query, Request, Response

from server import repo
from server.auth import current_account
from server.bodies import MAX_ID
from server.errors import ApiError
from server.routes.common import (
    JSON,
    engine_of,
    list_response,
    owned,
    resource_response,
)
from server.schemas import Balance, ChangePage, errors, listing
from services.domain import entities as e
from services.domain.billing import balance

router = APIRouter()

COLLECTIONS: dict[str, type[e.Resource]] = {
    "persons": e.Person, "contacts": e.Contact, "invitations": e.Invitation,
    "organizations": e.Organization, "quick-access": e.QuickAccess, "closures": e.Closure,
    "activities": e.Activity, "occurrences": e.Occurrence, "registrations": e.Registration,
    "events": e.Event, "transactions": e.Transaction, "passes": e.Pass, "carts": e.Cart,
    "postdated-payments": e.PostdatedPayment, "payment-methods": e.PaymentMethod,
    "emails": e.Email, "subscriptions": e.Subscription, "org-forms": e.OrgForm,
}
PER_PAGE = Query(200, alias="perPage", ge=1, le=1000)
# A million pages of a thousand: more than any account holds, and the row offset stays well
# inside the database's integer range (a larger page was an OverflowError, a 500).
PAGE = Query(1, ge=1, le=1_000_000)
SEQ = {"ge": 0, "le": MAX_ID}  # a sequence number in a Next link


def _register(path: str, model: type[e.Resource]) -> None:
    def list_items(request: Request, page: int = PAGE, per_page: int = PER_PAGE,
                   account_id: int = Depends(current_account)) -> Response:
        return list_response(request, model, account_id, page, per_page)

    def get_item(item: e.Resource = Depends(owned(model))) -> Response:
        return resource_response(item)

    router.add_api_route(f"/me/{path}", list_items, methods=["GET"],
                         response_model=listing(model), name=f"list_{model.__name__}",
                         summary=f"List {path}")
    router.add_api_route(f"/me/{path}/{{id}}", get_item, methods=["GET"], response_model=model,
                         name=f"get_{model.__name__}", summary=f"One of {path}")


for _path, _model in COLLECTIONS.items():
    _register(_path, _model)


@router.get("/me/account", response_model=e.Account, summary="The signed-in account")
def get_account(request: Request, account_id: int = Depends(current_account)) -> Response:
    with engine_of(request).connect() as conn:
        account = repo.get(conn, e.Account, account_id, repo.scope(conn, account_id))
    return resource_response(account)


@router.get("/me/balances", response_model=listing(Balance),
            summary="Balance per organization (BILL-1)")
def get_balances(request: Request, account_id: int = Depends(current_account)) -> Response:
    with engine_of(request).connect() as conn:
        txs = repo.list_of(conn, e.Transaction, repo.scope(conn, account_id))
    orgs = sorted({t.organization_id for t in txs})
    items = [{"OrganizationId": org, "Balance": str(balance(
        t for t in txs if t.organization_id == org)), "Currency": "CAD"} for org in orgs]
    return Response(json.dumps({"Items": items, "Paging": {"TotalCount": len(items),
                                                            "Next": ""}}), media_type=JSON)


CURSOR_PREFIX = "c1."
# ASCII digits only ("²".isdigit() is true, and int("²") fails), within the integer range.
_CURSOR = re.compile(r"c1\.([0-9]{1,19})\.([0-9]{1,19})", re.ASCII)


def parse_cursor(text: str | None, epoch: int) -> int | None:
    """`c1.<epoch>.<seq>`: a cursor of another database (a reset server) is expired (410)."""
    if text is None or text == "":
        return None
    found = _CURSOR.fullmatch(text)
    if found is None or max(int(found[1]), int(found[2])) > MAX_ID:
        raise ApiError(400, "InvalidValue", fields={"since": "InvalidValue"})
    if int(found[1]) != epoch:
        raise ApiError(410, "CursorExpired")
    return int(found[2])


@router.get("/me/changes", response_model=ChangePage, responses=errors(400, 410),
            summary="Change feed: a snapshot without `since`, else changes")
def get_changes(
    request: Request,
    since: str | None = Query(None),
    upto: int | None = Query(None, **SEQ, description="set by Next links"),
    after: int = Query(0, **SEQ, description="set by Next links"),
    scope_after: str | None = Query(None, alias="scopeAfter", description="set by Next links"),
    page: int = PAGE,
    per_page: int = PER_PAGE,
    total: int | None = Query(None, **SEQ, description="set by Next links"),
    account_id: int = Depends(current_account),
) -> Response:
    """An incremental feed has two parts: first what changed visibility since the cursor
    (older rows of what is now visible, deletes of what no longer is), then the changes in
    seq order. `scopeAfter` in a Next link means the first part goes on."""
    with engine_of(request).connect() as conn:
        epoch = repo.current_value(conn, "epoch")
        start = parse_cursor(since, epoch)
        horizon = repo.current_value(conn, "horizon")
        if start is not None and start < horizon:
            raise ApiError(410, "CursorExpired")
        where = repo.scope(conn, account_id)
        first_page = upto is None
        upto = repo.current_value(conn, "seq") if upto is None else upto
        after = max(after, start or 0)
        changed, resume = repo.NOTHING_CHANGED, _position(scope_after)
        if start is not None and (first_page or resume is not None):
            changed = repo.visibility_changes(conn, account_id, start, upto)
        if total is None:
            total = repo.feed_count(conn, where, start, upto) + \
                repo.visibility_count(conn, changed, start or 0)
        items, scope_next, more_after = [], None, after
        if changed:
            items, scope_next = repo.visibility_page(conn, changed, start, resume, per_page)
        if scope_next is None:
            more, more_after = repo.feed_page(conn, where, start, upto, after,
                                              per_page - len(items))
            items += more
    meta = json.dumps({"Paging": {"TotalCount": total, "Next": _next(
        request, upto, after, scope_next, more_after, page, per_page, total)},
        "Cursor": f"{CURSOR_PREFIX}{epoch}.{upto}"})
    return Response(f'{{"Items":[{",".join(items)}],{meta[1:]}', media_type=JSON)


def _position(text: str | None) -> repo.Position | None:
    if text is None:
        return None
    try:
        return repo.Position.parse(text)
    except ValueError as exc:
        raise ApiError(400, "InvalidValue", fields={"scopeAfter": "InvalidValue"}) from exc


def _next(request: Request, upto: int, after: int, scope_next: repo.Position | None,
          more_after: int | None, page: int, per_page: int, total: int) -> str:
    """The Next link: pins `upto` and the count, and says where to go on (or "" at the end)."""
    if scope_next is None and more_after is None:
        return ""
    url = request.url.remove_query_params("scopeAfter")
    extra = {"scopeAfter": scope_next.text()} if scope_next is not None else {}
    return str(url.include_query_params(
        upto=upto, after=after if scope_next is not None else more_after, page=page + 1,
        perPage=per_page, total=total, **extra))
