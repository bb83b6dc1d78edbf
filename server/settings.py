"""Server settings: one object, passed to the app factory (no globals, so tests run many)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from argon2 import Parameters
from argon2.profiles import RFC_9106_LOW_MEMORY

DEFAULT_PORT = 8765  # carnet-server's documented default (README)
# The argon2id cost of new password hashes: argon2-cffi's default, RFC 9106's low-memory profile
# (about 0.15 s a hash on a small machine).
PRODUCTION_HASHING = RFC_9106_LOW_MEMORY


@dataclass(frozen=True)
class Settings:
    database: str = "sqlite:///carnet-server.sqlite3"
    token_ttl_seconds: int = 8 * 3600
    max_failed_logins: int = 5
    failed_login_window_seconds: int = 15 * 60
    # Secrets a signed-in caller must prove (the current password on a password change, the
    # code of a username change): a stolen token must not be able to guess them.
    max_failed_attempts: int = 5
    failed_attempt_window_seconds: int = 15 * 60
    body_limit_bytes: int = 1024 * 1024
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    demo: bool = False  # demo mode: confirmation codes go to the server log
    default_per_page: int = 200
    max_per_page: int = 1000
    # How long an Idempotency-Key's answer is kept (docs/api.md): the client resends a write
    # of unknown outcome whenever the platform is reachable again, so this covers a family
    # offline for a month, with room to spare.
    idempotency_ttl_seconds: int = 30 * 24 * 3600
    # A sign-in costs what its password's hash was made with, so the tests set
    # argon2.profiles.CHEAPEST here; nothing else should.
    password_hashing: Parameters = field(default_factory=lambda: PRODUCTION_HASHING)
    # Organization tokens (an API key signed in) are valid a year, as on the platform
    # (docs/api-org.md), and each may make this many calls a second on /org/ routes (then 429).
    org_token_ttl_seconds: int = 365 * 24 * 3600
    org_rate_per_second: int = 100
