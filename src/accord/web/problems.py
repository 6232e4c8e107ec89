"""One JSON shape for every 4xx and 5xx answer: ``{"error": {status, code, message, hint, details}}``."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import AccordError, StoreError
from .models import Error, ErrorBody, ErrorDetail

log = logging.getLogger(__name__)

_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
          422: "bad_parameter", 500: "internal_error", 503: "unavailable"}

# documented on every API operation, so clients (and schemathesis) know what the errors look like
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Error, "description": _CODES[status].replace("_", " ")} for status in (404, 405, 413, 422)}


class ApiError(Exception):
    def __init__(self, status: int, message: str, hint: str | None = None,
                 details: list[ErrorDetail] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.hint, self.details = status, message, hint, details or []


def error_response(status: int, message: str, hint: str | None = None, details: list[ErrorDetail] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = Error(error=ErrorBody(status=status, code=_CODES.get(status, "error"), message=message, hint=hint,
                                 details=details or []))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[ErrorDetail]:
    out = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        out.append(ErrorDetail(location=loc[0] if loc else "request", name=".".join(loc[1:]) or "-",
                               message=str(e.get("msg", "invalid value"))))
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        names = ", ".join(dict.fromkeys(d.name for d in details))
        return error_response(422, f"invalid parameter: {names}", "see /api/openapi.json for the accepted values",
                              details)

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.hint, exc.details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = "no such page or API route" if exc.status_code == 404 else str(exc.detail)
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("knowledge base error on %s: %s", request.url.path, exc)
        return error_response(503, "the knowledge base cannot be read", exc.hint)

    @app.exception_handler(AccordError)
    async def _accord(request: Request, exc: AccordError) -> JSONResponse:
        return error_response(422, str(exc.args[0]) if exc.args else "bad request", exc.hint)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "unexpected server error; the server log has the details")
