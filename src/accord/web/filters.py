"""Paging and date ranges shared by the list routes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import BeforeValidator

from ..store.fusion import date_span
from .models import ErrorDetail
from .problems import ApiError

MAX_PAGE = 200

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


def _iso_day(value: object) -> object:
    # pydantic alone would also read '0' or '1700000000' as a day (a Unix time); a range takes only ISO days
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


Day = Annotated[date | None, BeforeValidator(_iso_day)]
DateFrom = Annotated[Day, Query(description="Only facts dated on or after this day (YYYY-MM-DD).")]
DateTo = Annotated[Day, Query(description="Only facts dated on or before this day (YYYY-MM-DD).")]


def page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": list(items[offset:offset + limit]), "total": len(items), "limit": limit, "offset": offset}


def overlaps(value: str | None, start: date | None, end: date | None) -> bool:
    """Whether a fact dated ``value`` ('2024', '2024-05', '2024-05-17', 'a/b') may fall in the range.
    With no range every fact counts; with one, undated facts do not (and a reversed range holds nothing)."""
    if start is None and end is None:
        return True
    span = date_span(value)
    if span is None:
        return False
    return (start is None or span[1] >= start) and (end is None or span[0] <= end)


def single_values(request: Request) -> None:
    """Every parameter takes one value: a repeated one is refused, not silently cut to its last value."""
    keys = [k for k, _ in request.query_params.multi_items()]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ApiError(422, f"parameter given more than once: {', '.join(repeated)}", "give each parameter once",
                       [ErrorDetail(location="query", name=k, message="given more than once") for k in repeated])
