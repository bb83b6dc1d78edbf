"""Throttles on secrets a signed-in account must prove (issue 14).

A stolen token must not be a way to guess the account's password (a password change asks for
the current one) or the 6-digit code of a username change. Failures are counted per account
and kind; past the limit within the window, every try — the right secret too, or the
throttle would tell an attacker when he found it — gets the sign-in lockout's answer: 429
TooManyAttempts with Retry-After. A success resets the count.

The count is kept in the write's own transaction, which is serialized with every other write
of the server (the sequence lock of `run_write`): two guesses sent at once are counted one
after the other, so none slips past the limit. A failure is committed although the route
refuses the request (`KeptRefusal`).
"""

from __future__ import annotations

import time

from sqlalchemy import Connection, delete, select, update

from server.db import attempt_failures
from server.errors import too_many
from server.settings import Settings

PASSWORD = "password"  # the current password, on a password change
USERNAME_CODE = "username-code"  # the code sent for a username change

F = attempt_failures


def _row(conn: Connection, account_id: int, kind: str):
    return conn.execute(select(F).where(F.c.account_id == account_id, F.c.kind == kind)).first()


def check(conn: Connection, account_id: int, kind: str, settings: Settings) -> None:
    """429 TooManyAttempts while this account's failures of `kind` are over the limit."""
    row, now = _row(conn, account_id, kind), int(time.time())
    window = settings.failed_attempt_window_seconds
    if row is None or now - row.first_failure_at >= window:
        return
    if row.failures >= settings.max_failed_attempts:
        raise too_many(window - (now - row.first_failure_at))


def failed(conn: Connection, account_id: int, kind: str, settings: Settings) -> None:
    """Count one failure; the window starts at the first failure after the last one ended."""
    row, now = _row(conn, account_id, kind), int(time.time())
    where = (F.c.account_id == account_id, F.c.kind == kind)
    if row is None:
        conn.execute(F.insert().values(account_id=account_id, kind=kind, failures=1,
                                       first_failure_at=now))
    elif now - row.first_failure_at >= settings.failed_attempt_window_seconds:
        conn.execute(update(F).where(*where).values(failures=1, first_failure_at=now))
    else:
        conn.execute(update(F).where(*where).values(failures=F.c.failures + 1))


def succeeded(conn: Connection, account_id: int, kind: str) -> None:
    conn.execute(delete(F).where(F.c.account_id == account_id, F.c.kind == kind))
