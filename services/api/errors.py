"""What can go wrong talking to the platform, each with a code for services.domain.messages."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer in the API's error shape (or none at all)."""

    code = "ServerUnavailable"

    def __init__(self, message: str = "", status: int | None = None, code: str | None = None,
                 fields: dict[str, str] | None = None, body: dict[str, Any] | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message or (code or self.code))
        self.status = status
        self.code = code or self.code
        self.message = message
        self.fields = fields or {}
        self.body = body or {}
        self.retry_after = retry_after
        self.understood = True  # False: the answer's body was not in the error shape


class Offline(ApiError):
    """No answer: no network, refused, reset, timed out. Try again later."""

    code = "Offline"


class ServerUnavailable(ApiError):
    """5xx or 429: the platform is there but can't serve now. Try again later."""

    code = "ServerUnavailable"


class SignInNeeded(ApiError):
    """401 and no way to sign in again without the person."""

    code = "SignInAgain"


class SchemaError(ApiError):
    """A payload that does not match the wire schemas: names the resource and the field."""

    code = "ServerDataInvalid"


class Rejected(ApiError):
    """The platform refused a write (4xx): a rule, a validation, a conflict or not found."""


class TooManyAttempts(ApiError):
    """429 TooManyAttempts: too many failed tries (sign-in, current password, confirmation
    code); the platform refuses them for `retry_after` seconds. Not worth retrying by itself."""

    code = "TooManyAttempts"


class ForeignLink(ApiError):
    """The platform's answer pointed elsewhere than the signed-in server (another scheme, host
    or port): not followed, so the token never leaves its origin."""

    code = "ForeignLink"


class BadServerUrl(ValueError):
    """A server address Carnet will not use; `code` names why (services.domain.messages)."""

    def __init__(self, code: str, url: str) -> None:
        super().__init__(f"{code}: {url!r}")
        self.code, self.url = code, url


def transient(error: Exception) -> bool:
    """Worth retrying later without the person doing anything."""
    return isinstance(error, Offline | ServerUnavailable)
