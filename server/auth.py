"""Sign-in (Basic → Bearer token), argon2 password hashes, throttling of failed logins."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Header, Request
from sqlalchemy import Connection, Engine, delete, select, update

from server.db import login_failures, logins, tokens
from server.errors import ApiError
from server.settings import Settings

_hasher = PasswordHasher()
MIN_PASSWORD = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_ok(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
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
        wait = settings.failed_login_window_seconds - (now - row.first_failure_at)
        raise ApiError(429, "TooManyAttempts", headers={"Retry-After": str(wait)}, seconds=wait)


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
    """The Basic credentials of `header` → a new Bearer token, or 401/429."""
    username, password = _basic(header)
    now = int(time.time())
    with engine.begin() as conn:
        _throttle(conn, username, settings, now)
        row = conn.execute(select(logins).where(logins.c.username == username)).first()
        if row is None or not password_ok(row.password_hash, password):
            _record_failure(conn, username, settings, now)
            failed = True
        else:
            failed = False
            conn.execute(delete(login_failures).where(login_failures.c.username == username))
            token = secrets.token_urlsafe(32)
            conn.execute(delete(tokens).where(tokens.c.expires_at < now))
            conn.execute(tokens.insert().values(
                token_hash=_digest(token), account_id=row.account_id,
                expires_at=now + settings.token_ttl_seconds))
    if failed:  # after the commit, so the failure counts
        raise ApiError(401, "BadCredentials")
    return token


def _bearer(header: str | None) -> str:
    if not header or not header.startswith("Bearer "):
        raise ApiError(401, "Unauthorized", headers={"WWW-Authenticate": "Bearer"})
    return header[7:].strip()


def account_of_token(engine: Engine, authorization: str | None) -> int | None:
    """The account of a valid, unexpired Bearer token in `authorization`, else None."""
    if not authorization or not authorization.startswith("Bearer "):
        return None
    digest = _digest(authorization[7:].strip())
    with engine.connect() as conn:
        row = conn.execute(select(tokens.c.account_id, tokens.c.expires_at)
                           .where(tokens.c.token_hash == digest)).first()
    if row is None or row.expires_at <= time.time():
        return None
    return row.account_id


def current_account(request: Request, authorization: str | None = Header(None)) -> int:
    """FastAPI dependency: the account of a valid, unexpired Bearer token."""
    account_id = account_of_token(request.app.state.engine, authorization)
    if account_id is None:
        raise ApiError(401, "Unauthorized", headers={"WWW-Authenticate": "Bearer"})
    return account_id


def require_admin(request: Request, authorization: str | None = Header(None)) -> None:
    """FastAPI dependency: organization-side calls carry the server's admin token."""
    token = _bearer(authorization)
    if not hmac.compare_digest(token, request.app.state.settings.admin_token):
        raise ApiError(403, "Forbidden")


def revoke_all(conn: Connection, account_id: int) -> None:
    conn.execute(delete(tokens).where(tokens.c.account_id == account_id))
