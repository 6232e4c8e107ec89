"""Serving rules as ASGI middleware: only GET and HEAD, and a small request body."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import error_response

ALLOWED = ("GET", "HEAD")
# a read-only API reads nothing from a body; a little slack for clients that send an empty JSON object
MAX_BODY_BYTES = 1024


class ReadOnly:
    """Every method but GET and HEAD answers 405 before routing (ingestion stays in the CLI);
    HEAD is answered as GET without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ALLOWED:
            response = error_response(405, f"{scope['method']} is not allowed: this API is read-only",
                                       "use GET; knowledge bases are built with `accord run`",
                                       headers={"Allow": ", ".join(ALLOWED)})
            await response(scope, receive, send)
            return
        if scope["type"] == "http" and scope["method"] == "HEAD":
            async def headers_only(message: Message) -> None:
                if message["type"] == "http.response.body":
                    message = {"type": "http.response.body", "body": b"", "more_body": False}
                    if sent:
                        return
                    sent.append(True)
                await send(message)
            sent: list[bool] = []
            await self.app({**scope, "method": "GET"}, receive, headers_only)
            return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses a request body over ``limit`` bytes, by its Content-Length or as it streams in."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = error_response(413, f"request body over {self.limit} bytes", "GET requests need no body")
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.limit:
            await too_large(scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _TooLarge:
            if not started:
                await too_large(scope, receive, send)
