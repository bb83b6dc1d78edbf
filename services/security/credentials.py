"""Tokens and remembered passwords: in the OS keychain only (SPEC SYNC-5), else in memory.

Never in the store, settings, logs or any file: without a usable keychain, a sign-in lasts as
long as the process, and `carnet sync` can take CARNET_PASSWORD.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

from services.security.keys import SERVICE, keychain_usable


class Credentials:
    def __init__(self, server: str, username: str) -> None:
        self.server, self.username = server.rstrip("/"), username
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        return keychain_usable()

    def _name(self, kind: str) -> str:
        return f"{kind}:{self.server}:{self.username}"

    def get(self, kind: str) -> str | None:
        if kind in self._memory:
            return self._memory[kind]
        if self.persistent:
            with contextlib.suppress(KeyringError):
                return keyring.get_password(SERVICE, self._name(kind))
        return None

    def set(self, kind: str, value: str) -> None:
        self._memory[kind] = value
        if self.persistent:
            with contextlib.suppress(KeyringError):
                keyring.set_password(SERVICE, self._name(kind), value)

    def forget(self, kind: str | None = None) -> None:
        for name in ([kind] if kind else ["token", "password"]):
            self._memory.pop(name, None)
            if self.persistent:
                with contextlib.suppress(KeyringError):
                    keyring.delete_password(SERVICE, self._name(name))

    @property
    def token(self) -> str | None:
        return self.get("token")

    @property
    def password(self) -> str | None:
        return self.get("password")


class MemoryCredentials(Credentials):
    """For the demo and tests: nothing reaches the keychain (the demo server's port changes)."""

    @property
    def persistent(self) -> bool:
        return False
