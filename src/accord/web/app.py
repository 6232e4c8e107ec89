"""The ASGI app behind `accord serve`: the read-only JSON API under /api and the dashboard pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..api import KnowledgeBase
from . import problems
from .filters import single_values
from .guards import BodyLimit, ReadOnly
from .reader import Reader
from .routes import countries, documents, facts, pairs, search

STATIC = Path(str(files("accord.web") / "static"))
# scripts and styles come from this server only; no inline script can run, whatever an article contains
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                               " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

PAGES = ("/", "/country/{country}", "/pair/{a}/{b}", "/document/{doc_id}", "/search")


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [
                    (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
            await send(message)
        await self.app(scope, receive, with_headers)


def create_app(db: str | None = None, cors_origins: Sequence[str] = ()) -> FastAPI:
    """The app over the knowledge base ``db`` (an SQLite file or a postgresql:// URL).

    ``cors_origins``: origins whose pages may call the API from a browser; none by default."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        kb = KnowledgeBase(app.state.db)
        app.state.reader = Reader(kb)
        try:
            yield
        finally:
            kb.close()

    app = FastAPI(title="Accord", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", dependencies=[Depends(single_values)],
                  description="Read-only API over an Accord knowledge base: relations between countries, "
                              "read from news, every fact with the sentences and outlets it came from.")
    app.state.db = db  # opened at startup, so the app (and its schema) can be built before the database exists
    problems.install(app)
    for module in (countries, pairs, facts, documents, search):
        app.include_router(module.router)

    index = (STATIC / "index.html").read_text(encoding="utf-8")

    def dashboard() -> HTMLResponse:
        return HTMLResponse(index)

    for path in PAGES:
        app.add_api_route(path, dashboard, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(BodyLimit)
    app.add_middleware(ReadOnly)
    app.add_middleware(SecurityHeaders)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "HEAD"])
    return app
