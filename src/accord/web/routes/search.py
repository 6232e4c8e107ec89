"""Full-text search over evidence sentences."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...api import as_dict
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
    literal = _every_word(q)
    hits = as_dict(kb.ask(lambda k: k.search(literal, MAX_HITS))) if literal else []
    return page(hits, limit, offset)


_WORD = re.compile(r"\w+")


def _every_word(text: str) -> str:
    """The box searches words, not query syntax (the CLI passes FTS5 syntax through): each word of
    ``text`` quoted, so that brackets, carets or a lone quote in it are text, never a malformed query."""
    return " ".join(f'"{word}"' for word in _WORD.findall(text))
