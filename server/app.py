"""The reference account server (FastAPI): API.md's dialect for the demo, tests and trials."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, FastAPI
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from server import errors, schemas
from server.db import make_engine, migrate
from server.errors import body as error_body
from server.errors import lang_of
from server.feeds import hide_secrets_in_access_log
from server.loader import ensure_counters
from server.routes import account, admin, comms, feeds, money, org, people, reads
from server.settings import Settings


class BodyLimit:
    """Refuse bodies over the limit with 413 before reading them whole (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, send)
            return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        await self.app(scope, limited, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        from starlette.requests import Request
        from starlette.responses import JSONResponse

        lang = lang_of(Request(scope))
        response = JSONResponse(error_body("BodyTooLarge", lang, limit=self.limit), 413)
        await response(scope, None, send)  # type: ignore[arg-type]


class _TooLarge(StarletteHTTPException):
    """Raised while FastAPI reads the body; its error handler answers 413 in the API shape."""

    def __init__(self) -> None:
        super().__init__(413)


def _language(lang: Literal["fr", "en"]) -> str:
    """The `{lang}` of every path: fr or en, the language of names and messages."""
    return lang


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    engine = engine or make_engine(settings.database)
    migrate(engine)
    with engine.begin() as conn:
        ensure_counters(conn)
    app = FastAPI(title="Carnet account API", version="1",
                  description="The family-account dialect of API.md (reference server).")
    app.state.engine, app.state.settings = engine, settings
    app.state.org_rate = org.RateLimit()
    errors.install(app)
    api = APIRouter(prefix="/api/v3/{lang}", dependencies=[Depends(_language)])
    for module in (account, reads, people, money, comms, admin, feeds, org):
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(account.unversioned)
    app.include_router(feeds.public)
    hide_secrets_in_access_log()
    app.add_middleware(BodyLimit, limit=settings.body_limit_bytes)
    schemas.install(app)
    return app
