"""Field encryption at rest (SPEC SYNC-5): sensitive values become sealed tokens.

libsodium's SecretBox through PyNaCl: XSalsa20-Poly1305, a random 24-byte nonce per value, so
a token is authenticated (a changed byte fails to open) and two equal values never look alike.
It replaced Fernet (issue 8): `cryptography` brings its own OpenSSL, 11.6 MB of the bundle,
where libsodium is 0.6 MB."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import nacl.utils
from nacl.exceptions import CryptoError
from nacl.secret import SecretBox

PREFIX = "s1:"  # this format; a later one can be told apart from it


class DecryptionError(Exception):
    """The store was written with another key (lost keychain entry, copied store)."""


def new_key() -> bytes:
    """32 random bytes as URL-safe base64: the keychain keeps text."""
    return base64.urlsafe_b64encode(nacl.utils.random(SecretBox.KEY_SIZE))


def usable_cipher(key: bytes) -> FieldCipher | None:
    """A cipher on `key`, None when it is not a key at all (a damaged key file)."""
    try:
        return FieldCipher(key)
    except (binascii.Error, ValueError, TypeError):
        return None


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        self._box = SecretBox(base64.urlsafe_b64decode(key))

    def seal(self, value: Any) -> str | None:
        """A JSON-serializable value as a token; None stays None (nothing to hide)."""
        if value is None:
            return None
        plain = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        return PREFIX + base64.urlsafe_b64encode(self._box.encrypt(plain)).decode("ascii")

    def opens(self, token: str) -> bool:
        """Whether `token` was sealed with this key (the store's canary)."""
        try:
            self.open(token)
        except DecryptionError:
            return False
        return True

    def open(self, token: str | None) -> Any:
        if token is None:
            return None
        if not token.startswith(PREFIX):
            raise DecryptionError("stored value is not in this store's format")
        try:
            return json.loads(self._box.decrypt(base64.urlsafe_b64decode(token[len(PREFIX):])))
        except (CryptoError, binascii.Error, ValueError) as exc:
            raise DecryptionError("stored value cannot be decrypted with this key") from exc
