"""Signing in, and the account's own settings (SET-1): contact email, username, password."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time

from fastapi import APIRouter, Depends, Request, Response, Security
from sqlalchemy import delete, select, update

from server import repo, throttle
from server.auth import (
    MIN_PASSWORD,
    SIGN_IN,
    FamilyToken,
    authenticate,
    current_account,
    hash_password,
    password_ok,
    revoke,
    revoke_all,
)
from server.bodies import AccountPatch, PasswordChange, UsernameChange, UsernameConfirm
from server.db import logins, username_changes
from server.errors import ApiError, KeptRefusal
from server.idempotency import IdempotentRoute
from server.routes.common import Result, Write, edit, engine_of, run_write, settings_of, stored
from server.schemas import PasswordChanged, Token, UsernamePending, errors
from services.domain import entities as e
from services.domain.validators import normalize_email

log = logging.getLogger("carnet.server")
router = APIRouter(route_class=IdempotentRoute)
CODE_TTL = 30 * 60


@router.get("/authenticate", summary="Basic credentials → a Bearer token",
            dependencies=[Security(SIGN_IN)], response_model=Token,
            responses=errors(401, 429))
def sign_in(request: Request) -> dict[str, str]:
    header = request.headers.get("Authorization")
    return {"Token": authenticate(engine_of(request), settings_of(request), header)}


# The platform's overview signs in at `/api/v3/authenticate`, with no language (its pages also
# spell it `/api/V3/`): the same handler and throttle, messages in English (no `{lang}` to say
# otherwise). docs/api-org.md section 6. Served beside the `/api/v3/{lang}` router.
unversioned = APIRouter()
unversioned.add_api_route(
    "/api/v3/authenticate", sign_in, methods=["GET"], response_model=Token,
    dependencies=[Security(SIGN_IN)], responses=errors(401, 429),
    summary="Basic credentials → a Bearer token (the platform's documented address, no "
            "language: messages in English)")
unversioned.add_api_route(
    "/api/V3/authenticate", sign_in, methods=["GET"], response_model=Token,
    dependencies=[Security(SIGN_IN)], include_in_schema=False)


@router.delete("/authenticate", status_code=204, responses=errors(401),
               summary="Sign out: the token sent is revoked (other sessions go on)")
def sign_out(request: Request, credentials: FamilyToken,
             account_id: int = Depends(current_account)) -> Response:
    # Not a recorded write: a repeat finds the token gone and answers 401, which a client
    # signing out takes as done.
    revoke(engine_of(request), credentials.credentials)
    return Response(status_code=204)


@router.patch("/me/account", response_model=e.Account, responses=errors(412),
               summary="Change the contact email (COMMS-3)")
def patch_account(request: Request, body: AccountPatch,
                  account_id: int = Depends(current_account)) -> Response:
    def check(w: Write, before: e.Account, after: e.Account) -> e.Account:
        email = after.contact_email
        return after.model_copy(update={
            "contact_email": normalize_email(email, "ContactEmail") if email else None})

    with engine_of(request).connect() as conn:
        account = repo.get(conn, e.Account, account_id, repo.scope(conn, account_id))
    return edit(request, account_id, account, body, check)


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@router.post("/me/account/username", status_code=202, response_model=UsernamePending,
             responses=errors(409),
             summary="Ask to change the username; a code is sent to the new address (SET-1)")
def ask_username_change(request: Request, body: UsernameChange,
                        account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        new = normalize_email(body.new_username, "NewUsername")
        taken = w.conn.scalar(select(logins.c.account_id).where(logins.c.username == new))
        if taken is not None and taken != w.account_id:
            raise ApiError(409, "UsernameTaken", fields={"NewUsername": "UsernameTaken"})
        code = f"{secrets.randbelow(10**6):06d}"
        w.conn.execute(delete(username_changes).where(username_changes.c.account_id == account_id))
        w.conn.execute(username_changes.insert().values(
            account_id=account_id, new_username=new, code_hash=_code_hash(code),
            expires_at=int(time.time()) + CODE_TTL))
        if settings_of(request).demo:
            # Demo mode has no mail server: the code goes to the server log.
            log.warning("demo: confirmation code for account %s is %s", account_id, code)
        return Result(202, {"Pending": True, "NewUsername": new})

    return run_write(request, account_id, action)


@router.post("/me/account/username/confirm", response_model=e.Account,
             responses=errors(409, 429), summary="Confirm the username change (SET-1)")
def confirm_username(request: Request, body: UsernameConfirm,
                     account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        # Locked out: refused before the code is even compared, the right one too.
        throttle.check(w.conn, account_id, throttle.USERNAME_CODE, settings_of(request))
        pending = w.conn.execute(select(username_changes).where(
            username_changes.c.account_id == account_id)).first()
        if pending is None:
            raise ApiError(409, "NoUsernameChangePending")
        if pending.expires_at < time.time() or not hmac.compare_digest(
                pending.code_hash, _code_hash(body.code.strip())):
            throttle.failed(w.conn, account_id, throttle.USERNAME_CODE, settings_of(request))
            raise KeptRefusal(422, "ConfirmationCodeInvalid",
                              fields={"Code": "ConfirmationCodeInvalid"})
        throttle.succeeded(w.conn, account_id, throttle.USERNAME_CODE)
        taken = w.conn.scalar(select(logins.c.account_id).where(
            logins.c.username == pending.new_username))
        if taken is not None and taken != account_id:
            raise ApiError(409, "UsernameTaken", fields={"NewUsername": "UsernameTaken"})
        w.conn.execute(update(logins).where(logins.c.account_id == account_id)
                       .values(username=pending.new_username))
        w.conn.execute(delete(username_changes).where(username_changes.c.account_id == account_id))
        account = w.account().model_copy(update={"username": pending.new_username})
        return stored(repo.put(w.conn, account, account_id))

    return run_write(request, account_id, action)


@router.post("/me/account/password", response_model=PasswordChanged, responses=errors(429),
             summary="Change the password (SET-1)")
def change_password(request: Request, body: PasswordChange,
                    account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        settings = settings_of(request)
        # Locked out: refused before the password is even checked, the right one too.
        throttle.check(w.conn, account_id, throttle.PASSWORD, settings)
        if len(body.new_password) < MIN_PASSWORD:  # first: it costs no guess
            raise ApiError(422, "PasswordTooWeak", fields={"NewPassword": "PasswordTooWeak"},
                           minimum=MIN_PASSWORD)
        row = w.conn.execute(select(logins).where(logins.c.account_id == account_id)).first()
        if not password_ok(row.password_hash, body.current_password):
            throttle.failed(w.conn, account_id, throttle.PASSWORD, settings)
            raise KeptRefusal(422, "PasswordIncorrect",
                              fields={"CurrentPassword": "PasswordIncorrect"})
        throttle.succeeded(w.conn, account_id, throttle.PASSWORD)
        w.conn.execute(update(logins).where(logins.c.account_id == account_id)
                       .values(password_hash=hash_password(body.new_password,
                                                            settings.password_hashing)))
        revoke_all(w.conn, account_id)  # every session signs in again with the new password
        return Result(200, {"Changed": True})

    return run_write(request, account_id, action)
