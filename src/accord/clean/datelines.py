"""Dates a page states about its story: the dateline ("DUSHANBE, 19.12.2024 /NIAT Khovar/"),
and page-top tags or timestamps ("date 2023-09-12", "Updated: November 30, 2022", "11:00 - July 30, 2024").
"""

from __future__ import annotations

import re

from ..timex import TimeExpr, find_time_expressions, iso
from . import shape

# a dateline opens one of the story's first paragraphs
DATELINE_SEARCH_LINES = 12
# "BAKU, Azerbaijan, " / "Uzbekistan, Tashkent, " / "MEXICO CITY, ": up to three places, each a few
# capitalised words, each followed by a comma
PLACE = r"[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}"
DATELINE_PREFIX = re.compile(rf"^\W*(?:{PLACE}\s*,\s*){{1,3}}$")
# a page-top timestamp is a short line among the first few of the page
TIMESTAMP_SEARCH_LINES = 10
TIMESTAMP_MAX_WORDS = 10


def _expressions(line: str, lang: str | None) -> list[TimeExpr]:
    """Expressions in the page's language, and in English (sites print English dates on any page)."""
    found: list[TimeExpr] = []
    for code in dict.fromkeys([lang or "en", "en"]):
        found.extend(find_time_expressions(line, code))
    return found


def dateline(lines: list[str], lang: str | None) -> TimeExpr | None:
    """The date of the story's dateline (its year may be missing), or None."""
    for line in lines[:DATELINE_SEARCH_LINES]:
        for expr in _expressions(line, lang):
            if expr.month is None or expr.day is None or expr.relative:
                continue
            if DATELINE_PREFIX.match(line[: expr.start]):
                return expr
    return None


def page_top_date(lines: list[str], tag: str | None, lang: str | None) -> str | None:
    """ISO date of a page-top date tag, or of a timestamp line above or at the start of the story."""
    if tag:
        return tag
    for line in lines[:TIMESTAMP_SEARCH_LINES]:
        if len(shape.words(line)) > TIMESTAMP_MAX_WORDS or line.rstrip().endswith((".", "!", "?")):
            continue
        for expr in _expressions(line, lang):
            if expr.year is not None and expr.month is not None and not expr.is_range and not expr.relative:
                return iso(expr.year, expr.month, expr.day)
    return None
