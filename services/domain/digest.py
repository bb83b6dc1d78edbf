"""Short digests (a clash's key, the single-instance server's name): hashlib's blake2b, taken
without importing hashlib, which loads OpenSSL for its other algorithms (3 ms of the window's
cold start: issue 20)."""

from __future__ import annotations

try:
    from _blake2 import blake2b  # the very object hashlib.blake2b is
except ImportError:  # an interpreter built without it
    from hashlib import blake2b


def hexdigest(text: str, size: int) -> str:
    """`size` bytes of blake2b over the UTF-8 text, in hexadecimal (twice as many digits)."""
    return blake2b(text.encode(), digest_size=size).hexdigest()
