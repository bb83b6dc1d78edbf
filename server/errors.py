"""API.md's error shape: {"Error": {"Code", "Message", "Fields"}}, localized by the path."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from services.domain.errors import RuleViolation, ValidationFailed
from services.domain.messages import message

log = logging.getLogger("carnet.server")


class ApiError(Exception):
    def __init__(self, status: int, code: str, fields: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None, extra: dict[str, Any] | None = None,
                 **params: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.params = status, code, params
        self.fields = fields or {}  # field → message code
        self.headers = headers or {}
        self.extra = extra or {}


class KeptRefusal(ApiError):
    """A refusal whose write transaction still commits: what it recorded (a failed attempt
    at a secret) must outlive the answer (`run_write`)."""


def too_many(seconds: int) -> ApiError:
    """429 TooManyAttempts with Retry-After (seconds): every lockout answers this way, and the
    client tells the user when it ends."""
    wait = max(1, seconds)
    return ApiError(429, "TooManyAttempts", headers={"Retry-After": str(wait)}, seconds=wait)


def lang_of(request: Request) -> str:
    parts = request.url.path.split("/")
    return parts[3] if len(parts) > 3 and parts[3] in ("fr", "en") else "en"


# Codes only the reference server answers, and only on organization routes (docs/api-org.md):
# the client's messages (services/domain/messages.py) never show them to a family.
SERVER_MESSAGES: dict[str, dict[str, str]] = {
    "TooManyRequests": {
        "en": "Too many requests. Try again in {seconds} seconds.",
        "fr": "Trop de requêtes. Réessayez dans {seconds} secondes.",
    },
}


def text(code: str, lang: str, **params: Any) -> str:
    """The localized message of an error code."""
    own = SERVER_MESSAGES.get(code)
    if own is not None:
        template = own.get(lang) or own["en"]
        return template.format(**params) if params else template
    return message(code, lang, **params)


def body(code: str, lang: str, fields: dict[str, str] | None = None, **params: Any) -> dict:
    return {"Error": {"Code": code, "Message": text(code, lang, **params),
                      "Fields": fields or {}}}


def too_many_requests(seconds: int) -> ApiError:
    """429 TooManyRequests with Retry-After (seconds, at least 1): the organization routes'
    rate limit (Settings.org_rate_per_second)."""
    wait = max(1, seconds)
    return ApiError(429, "TooManyRequests", headers={"Retry-After": str(wait)}, seconds=wait)


def from_violations(violations: list[RuleViolation], status: int = 422) -> ApiError:
    """Rule violations as one error: the first one's code, every field's message."""
    first = violations[0]
    error = ApiError(status, first.code, **first.params)
    error.violations = violations  # type: ignore[attr-defined]
    return error


def _response(status: int, content: dict, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(content, status_code=status, headers=headers)


def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    lang = lang_of(request)
    fields = {name: text(code, lang, **exc.params) for name, code in exc.fields.items()}
    for v in getattr(exc, "violations", []):
        fields[v.field or ""] = v.message(lang)
    content = body(exc.code, lang, **exc.params)
    content["Error"]["Fields"] = fields
    content.update(exc.extra)
    return _response(exc.status, content, exc.headers)


def _field_name(loc: tuple) -> str:
    # ("body", "Address", "PostalCode") → "Address.PostalCode"; the body itself → ""
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts)


def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    lang = lang_of(request)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return _response(400, body("InvalidJson", lang))
    fields: dict[str, str] = {}
    for err in errors:
        code = "UnknownField" if err.get("type") == "extra_forbidden" else (
            "Required" if err.get("type") == "missing" else "InvalidValue")
        fields.setdefault(_field_name(tuple(err.get("loc", ()))), message(code, lang))
    return _response(422, body("ValidationFailed", lang, fields))


def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    lang = lang_of(request)
    if exc.status_code == 413:
        limit = request.app.state.settings.body_limit_bytes
        return _response(413, body("BodyTooLarge", lang, limit=limit))
    code = {404: "NotFound", 405: "MethodNotAllowed", 401: "Unauthorized"}.get(
        exc.status_code, "InvalidValue")
    return _response(exc.status_code, body(code, lang), dict(exc.headers or {}))


def _rule_violation(request: Request, exc: RuleViolation) -> JSONResponse:
    return _api_error(request, from_violations([exc]))


def _validation_failed(request: Request, exc: ValidationFailed) -> JSONResponse:
    return _api_error(request, from_violations(exc.violations))


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return _response(500, body("InternalError", lang_of(request)))


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RuleViolation, _rule_violation)
    app.add_exception_handler(ValidationFailed, _validation_failed)
    app.add_exception_handler(Exception, _unexpected)
