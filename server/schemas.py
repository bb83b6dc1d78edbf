"""What the OpenAPI document says the routes answer: the resources and lists they return, and
every error status each route can give, in the error shape (issue 14).

The routes build their JSON themselves (raw stored texts, for speed), so these models document
and are never used to serialize. The fuzz (tests/server/test_fuzz.py) holds the document to
them: an answer whose status is not declared here, or whose body breaks the schema declared
for it, fails it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Literal

from fastapi import FastAPI
from pydantic import BaseModel, Field, create_model

from services.domain import entities as e


class ErrorDetail(BaseModel):
    Code: str = Field(description="Stable code: PasswordIncorrect, NotFound, …")
    Message: str = Field(description="In the language of the path's {lang}")
    Fields: dict[str, str] = Field(description="Field (Address.PostalCode) → message")


class ErrorAnswer(BaseModel):
    """API.md's error shape; a few codes carry more beside `Error`."""

    Error: ErrorDetail
    Current: dict[str, Any] | None = Field(
        None, description="412 PreconditionFailed: the resource as it is now")
    Blockers: list[str] | None = Field(
        None, description="409 QuickAccessNotRemovable: what keeps the card")


class Paging(BaseModel):
    TotalCount: int
    Next: str = Field(description='The next page (absolute URL), "" on the last one')


@cache
def listing(model: type[BaseModel]) -> type[BaseModel]:
    """`{"Items": [model…], "Paging": …}`"""
    return create_model(f"{model.__name__}List", Items=(list[model], ...),
                        Paging=(Paging, ...))


class Change(BaseModel):
    Type: str = Field(description="A resource type: Person, Occurrence, …")
    Id: int
    Op: Literal["Upsert", "Delete"]
    Version: str
    Data: dict[str, Any] | None = Field(description="The resource; null for a Delete")


class ChangePage(BaseModel):
    Items: list[Change]
    Paging: Paging
    Cursor: str = Field(description="Keep the last page's: the next sync's `since`")


class Balance(BaseModel):
    OrganizationId: int
    Balance: str = Field(description="Decimal string, two places")
    Currency: Literal["CAD"]


class Deleted(BaseModel):
    Id: int
    Deleted: Literal[True]
    Version: str | None = None
    PostdatedPaymentIds: list[int] | None = Field(
        None, description="Payment methods: the postdated payments still using it")


class Token(BaseModel):
    Token: str


class UsernamePending(BaseModel):
    Pending: Literal[True]
    NewUsername: str


class PasswordChanged(BaseModel):
    Changed: Literal[True]


class SharesSaved(BaseModel):
    Items: list[e.Contact]


class Horizon(BaseModel):
    Horizon: int


# What each error status means on this API (the codes are in docs/api.md).
_ERRORS: dict[int, str] = {
    400: "Malformed request: InvalidJson, or an InvalidValue query parameter",
    401: "Unauthorized: no valid token (BadCredentials on sign-in)",
    402: "CardDeclined",
    403: "Forbidden: not the admin token",
    404: "NotFound: no such resource for this caller",
    409: "The resource's state refuses this (code in Error.Code)",
    410: "CursorExpired: start again without `since`",
    412: "PreconditionFailed: another Version; Current holds the resource as it is",
    413: "BodyTooLarge (1 MiB)",
    422: "ValidationFailed, a rule violation or IdempotencyKeyReused (Error.Fields names "
         "the fields)",
    429: "TooManyAttempts (a lockout) or TooManyRequests (the organization routes' rate "
         "limit): refused until Retry-After (seconds) has passed",
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds until the lockout ends",
                                "schema": {"type": "integer", "minimum": 1}}}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for these error statuses, in the error shape."""
    answers: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        answers[status] = {"model": ErrorAnswer, "description": _ERRORS[status]}
        if status == 429:
            answers[status]["headers"] = _RETRY_AFTER
    return answers


def _implied(path: str, operation: dict[str, Any]) -> set[int]:
    """What the shared machinery can answer on any route: a bad `{lang}` (422), a missing or
    expired token (401), a token that is not the admin's (403), an id the caller cannot see
    (404), a body that is not JSON or too large (400, 413); on organization routes, 400,
    401, 404 and 429 too."""
    path = path.removeprefix("/api/v3/{lang}")
    statuses = {422}
    if path.startswith("/me/"):
        statuses.add(401)
    if path.startswith("/admin/"):
        statuses |= {401, 403}
    if path.startswith("/org/"):  # a bad query value, no organization token, another
        statuses |= {400, 401, 404, 429}  # organization, past the rate limit
    if "{id}" in path:
        statuses.add(404)
    if "requestBody" in operation:
        statuses |= {400, 413}
    return statuses


_REF = "#/components/schemas/ErrorAnswer"


def _answer(status: int) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": _ERRORS[status],
                              "content": {"application/json": {"schema": {"$ref": _REF}}}}
    if status == 429:
        answer["headers"] = _RETRY_AFTER
    return answer


def complete(document: dict[str, Any]) -> None:
    """Every operation declares the error answers the shared machinery can give, in the error
    shape — FastAPI's own 422 (HTTPValidationError) is not what this server answers."""
    components = document.setdefault("components", {}).setdefault("schemas", {})
    error = ErrorAnswer.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(error.pop("$defs", {}))
    components["ErrorAnswer"] = error
    for path, item in document["paths"].items():
        for operation in item.values():
            answers = operation["responses"]
            if "HTTPValidationError" in json.dumps(answers.get("422", {})):
                del answers["422"]
            for status in sorted(_implied(path, operation)):
                answers.setdefault(str(status), _answer(status))
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)


def install(app: FastAPI) -> None:
    """Make `app`'s document complete (`complete`) when it is first asked for."""
    made = app.openapi

    def document() -> dict[str, Any]:
        if app.openapi_schema is None:
            complete(made())
        return app.openapi_schema

    app.openapi = document  # type: ignore[method-assign]
