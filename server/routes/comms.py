"""Emails, subscriptions (COMMS-1/2) and removing a quick-access card (HOME-2)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response

from server import repo
from server.auth import current_account
from server.bodies import SubscriptionPatch
from server.errors import ApiError
from server.idempotency import IdempotentRoute
from server.routes.common import Result, Write, edit, owned, run_write, stored
from server.schemas import errors
from services.domain import entities as e
from services.domain.billing import balance
from services.domain.messages import message
from services.domain.quick_access import removal_blockers

router = APIRouter(route_class=IdempotentRoute)


@router.post("/me/emails/{id}/read", response_model=e.Email,
             summary="Mark an email as read (COMMS-1)")
def mark_read(request: Request, email: e.Email = Depends(owned(e.Email)),
              account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        current = w.reload(e.Email, email.id)
        if current.is_read:
            return stored(current)
        return stored(repo.put(w.conn, current.model_copy(update={"is_read": True}), account_id))

    return run_write(request, account_id, action)


@router.patch("/me/subscriptions/{id}", response_model=e.Subscription, responses=errors(412),
              summary="Emails and calendar invitations (COMMS-2)")
def patch_subscription(request: Request, body: SubscriptionPatch,
                       subscription: e.Subscription = Depends(owned(e.Subscription)),
                       account_id: int = Depends(current_account)) -> Response:
    return edit(request, account_id, subscription, body)


@router.delete("/me/quick-access/{id}", response_model=e.QuickAccess,
               responses=errors(409, 412), summary="Remove a quick-access card (HOME-2)")
def remove_card(request: Request, card: e.QuickAccess = Depends(owned(e.QuickAccess)),
                account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        current = w.current(e.QuickAccess, card.id)
        scope = w.scope
        org = repo.get(w.conn, e.Organization, current.organization_id, scope)
        mine = [t for t in repo.list_of(w.conn, e.Transaction, scope)
                if t.organization_id == current.organization_id]
        cart = sum(c.item_count for c in repo.list_of(w.conn, e.Cart, scope)
                   if c.organization_id == current.organization_id)
        unread = sum(1 for m in repo.list_of(w.conn, e.Email, scope)
                     if m.organization_id == current.organization_id and not m.is_read)
        blockers = removal_blockers(org, balance(mine), cart, unread,
                                    repo.list_of(w.conn, e.Pass, scope), w.today)
        if blockers:
            reasons = " ".join(message(v.code, w.lang) for v in blockers)
            raise ApiError(409, "QuickAccessNotRemovable", reasons=reasons,
                           extra={"Blockers": [v.code for v in blockers]})
        return stored(repo.put(w.conn, current.model_copy(update={"removed": True}), account_id))

    return run_write(request, account_id, action)
