"""Billing and wallet: pay a balance (BILL-2), postdated payments and payment methods
(WALLET-1..3). Full card numbers are used once and never stored: only brand and last 4."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Request, Response

from server import bodies as b
from server import repo
from server.auth import current_account
from server.errors import ApiError
from server.idempotency import IdempotentRoute
from server.routes.common import Result, Write, edit, owned, run_write, stored
from server.schemas import Deleted, errors
from services.domain import entities as e
from services.domain.billing import balance, check_payment
from services.domain.wallet import (
    card_brand,
    check_authorizations,
    check_can_add,
    check_card_expiry,
    check_postdated_edit,
    payments_using,
)

router = APIRouter(route_class=IdempotentRoute)
# Test cards, as payment processors document them: this one is always declined.
DECLINED_CARDS = frozenset({"4000000000000002"})


def _digits(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


def _card(w: Write, card: b.CardIn) -> dict:
    """Brand, last 4 and expiry of a card: the number itself goes no further than here."""
    brand = card_brand(card.number)
    check_card_expiry(card.expiry_month, card.expiry_year, w.today)
    return {"brand": brand, "last4": _digits(card.number)[-4:],
            "expiry_month": card.expiry_month, "expiry_year": card.expiry_year}


def _bank(bank: b.BankIn) -> dict:
    ok = (re.fullmatch(r"\d{3}", bank.institution_number)
          and re.fullmatch(r"\d{5}", bank.transit_number)
          and re.fullmatch(r"\d{7,12}", bank.account_number))
    if not ok:
        raise ApiError(422, "BankAccountInvalid", fields={"Bank": "BankAccountInvalid"})
    return {"last4": bank.account_number[-4:]}


def _method(w: Write, ident: int, field: str = "PaymentMethodId") -> e.PaymentMethod:
    found = repo.get(w.conn, e.PaymentMethod, ident, w.scope)
    if found is None:
        raise ApiError(422, "PaymentMethodUnknown", fields={field: "PaymentMethodUnknown"})
    return found


@router.post("/me/payments", status_code=201, response_model=e.Transaction,
             responses=errors(402), summary="Make a payment (BILL-2)")
def pay(request: Request, body: b.PaymentCreate,
        account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        org = repo.get(w.conn, e.Organization, body.organization_id, w.scope)
        if org is None:
            raise ApiError(422, "OrganizationUnknown",
                           fields={"OrganizationId": "OrganizationUnknown"})
        owed = balance(t for t in repo.list_of(w.conn, e.Transaction, w.scope)
                       if t.organization_id == org.id)
        check_payment(org, owed, body.amount)
        if body.card is not None:
            paid_with = "{brand} ****{last4}".format(**_card(w, body.card))
            if _digits(body.card.number) in DECLINED_CARDS:
                raise ApiError(402, "CardDeclined", fields={"Card": "CardDeclined"})
        elif body.payment_method_id is not None:
            method = _method(w, body.payment_method_id)
            paid_with = f"{method.brand or method.name or ''} ****{method.last4}".strip()
        else:
            raise ApiError(422, "Required", fields={"PaymentMethodId": "Required"})
        payment = e.Transaction(id=repo.new_id(w.conn), organization_id=org.id,
                                kind=e.TransactionKind.PAYMENT, date=w.today, amount=body.amount,
                                description=paid_with)
        return stored(repo.put(w.conn, payment, w.account_id), 201)

    return run_write(request, account_id, action)


@router.patch("/me/postdated-payments/{id}", response_model=e.PostdatedPayment,
              responses=errors(412),
              summary="Change a postdated payment's method, and nothing else (WALLET-2)")
def patch_postdated(request: Request, body: b.PostdatedPatch,
                    payment: e.PostdatedPayment = Depends(owned(e.PostdatedPayment)),
                    account_id: int = Depends(current_account)) -> Response:
    def check(w: Write, before: e.PostdatedPayment, after: e.PostdatedPayment):
        check_postdated_edit(before, after)
        if after.payment_method_id is not None:
            _method(w, after.payment_method_id)
        return after

    return edit(request, account_id, payment, body, check)


def _details(w: Write, kind: e.PaymentMethodKind, card: b.CardIn | None,
             bank: b.BankIn | None) -> dict:
    if kind is e.PaymentMethodKind.CARD:
        if card is None:
            raise ApiError(422, "Required", fields={"Card": "Required"})
        return _card(w, card)
    if bank is None:
        raise ApiError(422, "Required", fields={"Bank": "Required"})
    return _bank(bank)


@router.post("/me/payment-methods", status_code=201, response_model=e.PaymentMethod,
             summary="Add a card or bank account")
def add_method(request: Request, body: b.PaymentMethodCreate,
               account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        check_can_add(repo.list_of(w.conn, e.PaymentMethod, w.scope), body.kind)
        check_authorizations(body.authorized_organization_ids, w.scope.org_ids)
        method = e.PaymentMethod(
            id=repo.new_id(w.conn), kind=body.kind,
            name=body.name if body.kind is e.PaymentMethodKind.BANK_ACCOUNT else None,
            billing_address=body.billing_address,
            authorized_organization_ids=body.authorized_organization_ids,
            **_details(w, body.kind, body.card, body.bank))
        return stored(repo.put(w.conn, method, w.account_id), 201)

    return run_write(request, account_id, action)


@router.put("/me/payment-methods/{id}", response_model=e.PaymentMethod, responses=errors(412),
            summary="Replace a card or bank account's details")
def replace_method(request: Request, body: b.PaymentMethodReplace,
                   method: e.PaymentMethod = Depends(owned(e.PaymentMethod)),
                   account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        current = w.current(e.PaymentMethod, method.id)
        if (body.card is not None) != (current.kind is e.PaymentMethodKind.CARD):
            raise ApiError(422, "PaymentMethodKindChange")
        details = _details(w, current.kind, body.card, body.bank)
        return stored(repo.put(w.conn, current.model_copy(update=details), w.account_id))

    return run_write(request, account_id, action)


@router.patch("/me/payment-methods/{id}", response_model=e.PaymentMethod,
              responses=errors(412), summary="Rename, billing address, authorizations")
def patch_method(request: Request, body: b.PaymentMethodPatch,
                 method: e.PaymentMethod = Depends(owned(e.PaymentMethod)),
                 account_id: int = Depends(current_account)) -> Response:
    def check(w: Write, before: e.PaymentMethod, after: e.PaymentMethod) -> e.PaymentMethod:
        # Only what this edit adds: an organization authorized when the account dealt with
        # it does not block a rename once it no longer does.
        added = set(after.authorized_organization_ids) - set(before.authorized_organization_ids)
        check_authorizations(added, w.scope.org_ids)
        return after

    return edit(request, account_id, method, body, check)


@router.delete("/me/payment-methods/{id}", response_model=Deleted, responses=errors(412),
               summary="Delete a method; its postdated payments are not cancelled (WALLET-1)")
def delete_method(request: Request, method: e.PaymentMethod = Depends(owned(e.PaymentMethod)),
                  account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        current = w.current(e.PaymentMethod, method.id)
        still = payments_using(current.id, repo.list_of(w.conn, e.PostdatedPayment, w.scope))
        seq = repo.tombstone(w.conn, "PaymentMethod", current.id)
        return Result(200, {"Id": current.id, "Deleted": True,
                            "PostdatedPaymentIds": [p.id for p in still]}, str(seq))

    return run_write(request, account_id, action)
