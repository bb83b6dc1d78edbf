"""Field encryption at rest (SPEC SYNC-5): sensitive values become Fernet tokens."""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken


class DecryptionError(Exception):
    """The store was written with another key (lost keychain entry, copied store)."""


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def seal(self, value: Any) -> str | None:
        """A JSON-serializable value as a token; None stays None (nothing to hide)."""
        if value is None:
            return None
        plain = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        return self._fernet.encrypt(plain).decode("ascii")

    def open(self, token: str | None) -> Any:
        if token is None:
            return None
        try:
            return json.loads(self._fernet.decrypt(token.encode("ascii")))
        except InvalidToken as exc:
            raise DecryptionError("stored value cannot be decrypted with this key") from exc
