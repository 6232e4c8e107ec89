"""The publication date of a story, by the precedence of the extraction contract.

Stated metadata (a record's ``published`` field, HTML meta/JSON-LD) > the story's dateline > a page-top
date tag or timestamp (unless the story shows it is the site's date, not the story's) > a full date the
lead opens with ("On 4 May 2031, ...") > inference from the story's own references. Fetch and crawl times
are never evidence.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from ..timex import find_time_expressions, iso, parse_iso, resolve
from .datelines import copyright_year, dateline, listed_year, page_top_stamp
from .inference import current_years, infer_published, lead_date, weekday_year, year_for
from .text import ScrapedPage

ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]|$)")
# a page date this many years after a year the story reports as current is the site's date
CONTRADICTION_YEARS = 2


def normalize_stated(value: str | None) -> str | None:
    """A stated timestamp ('2024-12-19T10:00:00Z', 'Thu, 19 Dec 2024 10:00:00 GMT', '19 December 2024')
    as an ISO date at the precision it gives, or None when it is not a date."""
    if not value or not value.strip():
        return None
    m = ISO_PREFIX.match(value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        if year is not None and (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31):
            return iso(year, month, day)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for expr in find_time_expressions(value, "en"):
        if expr.year is not None and not expr.relative:
            return iso(expr.year, expr.month, expr.day)
    return None


def contradicted(page_date: str, body: str, lang: str) -> bool:
    """The story reports as current a year well before the page date: the page date is the site's."""
    parsed = parse_iso(page_date)
    if parsed is None:
        return False
    current = current_years(body, lang)
    return bool(current) and max(current) <= parsed[0] - CONTRADICTION_YEARS


def publication_date(stated: list[str | None], page: ScrapedPage, body: str, lang: str | None) -> str | None:
    """ISO publication date of the story, or None when nothing in or about it tells."""
    for value in stated:
        found = normalize_stated(value)
        if found:
            return found
    lang = lang or "en"
    stamp = page_top_stamp(page.lines, page.date_tag, lang, body)
    top, own = stamp if stamp else (None, False)
    if top and contradicted(top, body, lang):
        top = None
    line = dateline(page.lines, lang)
    if line is not None and line.month is not None:
        if line.year is not None:
            return iso(line.year, line.month, line.day)
        if top:
            return resolve(line, top)
        rights = copyright_year(page.lines, lang)
        year = year_for(line.month, body, lang) or rights or listed_year(page.lines, page.paragraphs, line.month, lang)
        if line.weekday is not None and line.day is not None:
            # "Tuesday, 14 January": the year near the evidence whose calendar puts that day on a Tuesday
            year = weekday_year(line.month, line.day, line.weekday, year, rights) or year
        if year is not None:
            return iso(year, line.month, line.day)
    lead = lead_date(page.paragraphs[0], lang) if page.paragraphs else None
    if top and (own or not lead):
        return top
    return lead or infer_published(body, lang)
