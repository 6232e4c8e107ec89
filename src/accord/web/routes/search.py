"""Full-text search over evidence sentences."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..filters import MAX_PAGE, Limit, Offset, page
from ..models import Page, SearchHit
from ..problems import ERROR_RESPONSES
from . import KB

router = APIRouter(prefix="/api", tags=["search"], responses=ERROR_RESPONSES)

# how many hits one search ranks at most (pages walk through them)
MAX_HITS = 5 * MAX_PAGE


@router.get("/search", response_model=Page[SearchHit], summary="Evidence sentences that contain every word")
def search(kb: KB, q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(kb.linked(kb.ask(lambda k: k.search(q, MAX_HITS))), limit, offset)
