"""Sign-in (Basic → Bearer token) and sign-out, argon2 password hashes, throttling of failed
logins, and the security schemes the OpenAPI document declares."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from typing import Annotated

from argon2 import Parameters, PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.security.http import HTTPBase
from sqlalchemy import Connection, Engine, delete, select, update

from server.db import login_failures, logins, org_keys, org_tokens, tokens
from server.errors import ApiError, too_many
from server.settings import Settings

# Declared in the OpenAPI document as security schemes (not as an `authorization` header
# parameter), so a client generator or a fuzzer knows how to sign in. auto_error=False: the
# routes answer 401 themselves, in the API's error shape.
SIGN_IN = HTTPBase(scheme="basic", scheme_name="SignIn", auto_error=False,
                   description="The account's username and password (GET /authenticate).")
FAMILY = HTTPBearer(scheme_name="FamilyToken", auto_error=False,
                    description="The token GET /authenticate answers; valid 8 hours.")
ADMIN = HTTPBearer(scheme_name="AdminToken", auto_error=False,
                   description="The server's admin token (organization-side routes).")
ORGANIZATION = HTTPBearer(
    scheme_name="OrganizationToken", auto_error=False,
    description="The token GET /authenticate answers for an organization's API key and "
                "secret (Basic key:secret); valid a year, for that organization's /org/ routes.")

# Verifying reads the cost from the hash itself: one verifier serves hashes of any cost.
_verifier = PasswordHasher()
MIN_PASSWORD = 10


def hash_password(password: str, cost: Parameters) -> str:
    """An argon2id hash at `cost` (Settings.password_hashing)."""
    return PasswordHasher.from_parameters(cost).hash(password)


def password_ok(stored_hash: str, password: str) -> bool:
    try:
        return _verifier.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _basic(header: str | None) -> tuple[str, str]:
    if not header or not header.startswith("Basic "):
        raise ApiError(401, "Unauthorized", headers={"WWW-Authenticate": 'Basic realm="carnet"'})
    try:
        user, _, password = base64.b64decode(header[6:], validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ApiError(401, "Unauthorized") from exc
    return user, password


def _throttle(conn: Connection, username: str, settings: Settings, now: int) -> None:
    row = conn.execute(select(login_failures).where(login_failures.c.username == username)).first()
    if row is None or now - row.first_failure_at >= settings.failed_login_window_seconds:
        return
    if row.failures >= settings.max_failed_logins:
        raise too_many(settings.failed_login_window_seconds - (now - row.first_failure_at))


def _record_failure(conn: Connection, username: str, settings: Settings, now: int) -> None:
    row = conn.execute(select(login_failures).where(login_failures.c.username == username)).first()
    if row is None:
        conn.execute(login_failures.insert().values(username=username, failures=1,
                                                    first_failure_at=now))
    elif now - row.first_failure_at >= settings.failed_login_window_seconds:
        conn.execute(update(login_failures).where(login_failures.c.username == username)
                     .values(failures=1, first_failure_at=now))
    else:
        conn.execute(update(login_failures).where(login_failures.c.username == username)
                     .values(failures=row.failures + 1))


def authenticate(engine: Engine, settings: Settings, header: str | None) -> str:
    """The Basic credentials of `header` → a new Bearer token, or 401/429.

    The credentials are a family's username and password, or an organization's API key and
    secret (docs/api-org.md section 6): the same throttle of failed sign-ins counts both."""
    username, password = _basic(header)
    now = int(time.time())
    with engine.begin() as conn:
        _throttle(conn, username, settings, now)
        row = conn.execute(select(logins).where(logins.c.username == username)).first()
        key = None if row is not None else conn.execute(
            select(org_keys).where(org_keys.c.key == username)).first()
        stored = row.password_hash if row is not None else key.secret_hash if key else None
        if stored is None or not password_ok(stored, password):
            _record_failure(conn, username, settings, now)
            failed = True
        else:
            failed = False
            conn.execute(delete(login_failures).where(login_failures.c.username == username))
            token = secrets.token_urlsafe(32)
            if row is not None:
                conn.execute(delete(tokens).where(tokens.c.expires_at < now))
                conn.execute(tokens.insert().values(
                    token_hash=_digest(token), account_id=row.account_id,
                    expires_at=now + settings.token_ttl_seconds))
            else:
                conn.execute(delete(org_tokens).where(org_tokens.c.expires_at < now))
                conn.execute(org_tokens.insert().values(
                    token_hash=_digest(token), org_id=key.org_id,
                    expires_at=now + settings.org_token_ttl_seconds))
    if failed:  # after the commit, so the failure counts
        raise ApiError(401, "BadCredentials")
    return token


def add_org_key(conn: Connection, org_id: int, key: str, secret: str, cost: Parameters) -> None:
    """An API key of organization `org_id` (replacing one of the same name)."""
    conn.execute(delete(org_keys).where(org_keys.c.key == key))
    conn.execute(org_keys.insert().values(key=key, secret_hash=hash_password(secret, cost),
                                          org_id=org_id))


def org_of(engine: Engine, token: str | None) -> int | None:
    """The organization of a valid, unexpired organization token, else None (a family token
    is not one)."""
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(org_tokens.c.org_id, org_tokens.c.expires_at)
                           .where(org_tokens.c.token_hash == _digest(token))).first()
    if row is None or row.expires_at <= time.time():
        return None
    return row.org_id


def token_digest(token: str) -> str:
    """What a token is known by server-side (the rate limit's key): never the token itself."""
    return _digest(token)


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer …` header (the scheme in any case), else None."""
    scheme, _, token = (authorization or "").partition(" ")
    return (token.strip() or None) if scheme.lower() == "bearer" else None


def account_of(engine: Engine, token: str | None) -> int | None:
    """The account of a valid, unexpired Bearer token, else None."""
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(tokens.c.account_id, tokens.c.expires_at)
                           .where(tokens.c.token_hash == _digest(token))).first()
    if row is None or row.expires_at <= time.time():
        return None
    return row.account_id


def account_of_token(engine: Engine, authorization: str | None) -> int | None:
    """The account of a valid, unexpired Bearer token in `authorization`, else None."""
    return account_of(engine, bearer_token(authorization))


def _unauthorized() -> ApiError:
    return ApiError(401, "Unauthorized", headers={"WWW-Authenticate": "Bearer"})


Credentials = HTTPAuthorizationCredentials | None
FamilyToken = Annotated[Credentials, Security(FAMILY)]
AdminToken = Annotated[Credentials, Security(ADMIN)]
OrganizationToken = Annotated[Credentials, Security(ORGANIZATION)]


def current_account(request: Request, credentials: FamilyToken) -> int:
    """FastAPI dependency: the account of a valid, unexpired Bearer token."""
    token = credentials.credentials if credentials else None
    account_id = account_of(request.app.state.engine, token)
    if account_id is None:
        raise _unauthorized()
    return account_id


def require_admin(request: Request, credentials: AdminToken) -> None:
    """FastAPI dependency: organization-side calls carry the server's admin token."""
    if credentials is None:
        raise _unauthorized()
    # Bytes, in constant time: a header is any Latin-1 text, and compare_digest refuses str
    # that is not ASCII (a TypeError, a 500, before this).
    sent = credentials.credentials.encode()
    if not hmac.compare_digest(sent, request.app.state.settings.admin_token.encode()):
        raise ApiError(403, "Forbidden")


def revoke(engine: Engine, token: str) -> None:
    """Sign-out: this token is no longer valid (other sessions of the account go on)."""
    with engine.begin() as conn:
        conn.execute(delete(tokens).where(tokens.c.token_hash == _digest(token)))


def revoke_all(conn: Connection, account_id: int) -> None:
    conn.execute(delete(tokens).where(tokens.c.account_id == account_id))
