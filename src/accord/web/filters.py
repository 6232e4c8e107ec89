"""Paging and date ranges shared by the list routes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from ..store.fusion import date_span
from .models import ErrorDetail
from .problems import ApiError

MAX_PAGE = 200

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
DateFrom = Annotated[date | None, Query(description="Only facts dated on or after this day (YYYY-MM-DD).")]
DateTo = Annotated[date | None, Query(description="Only facts dated on or before this day (YYYY-MM-DD).")]


def page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": list(items[offset:offset + limit]), "total": len(items), "limit": limit, "offset": offset}


def check_range(start: date | None, end: date | None, names: tuple[str, str] = ("date_from", "date_to")) -> None:
    if start and end and start > end:
        raise ApiError(422, f"{names[0]} is after {names[1]}", "give the earlier day first",
                       [ErrorDetail(location="query", name=names[0], message="after " + names[1])])


def overlaps(value: str | None, start: date | None, end: date | None) -> bool:
    """Whether a fact dated ``value`` ('2024', '2024-05', '2024-05-17', 'a/b') may fall in the range.
    With no range every fact counts; with one, undated facts do not."""
    if start is None and end is None:
        return True
    span = date_span(value)
    if span is None:
        return False
    return (start is None or span[1] >= start) and (end is None or span[0] <= end)
