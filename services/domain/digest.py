"""Digests (a clash's key, the single-instance server's name) as hashlib makes them, taken
without importing hashlib, which loads OpenSSL for its other algorithms (3 ms of the window's
cold start: issue 20)."""

from __future__ import annotations

try:
    from _blake2 import blake2b  # the very object hashlib.blake2b is
except ImportError:  # an interpreter built without it
    from hashlib import blake2b
try:
    from _sha256 import sha256  # the very object hashlib.sha256 falls back to (3.11)
except ImportError:  # _sha2 from 3.12 on, or none: hashlib's
    from hashlib import sha256


def hexdigest(text: str, size: int) -> str:
    """`size` bytes of blake2b over the UTF-8 text, in hexadecimal (twice as many digits)."""
    return blake2b(text.encode(), digest_size=size).hexdigest()


def sha256_hex(text: str) -> str:
    """SHA-256 over the UTF-8 text, in hexadecimal."""
    return sha256(text.encode()).hexdigest()
