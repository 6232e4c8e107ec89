"""Who a page says its story comes from, and which outlet a page is.

A republished story names its origin in a credit line: a short line of the byline form ("By
Trend", the words come from ``resources/<lang>/byline_cues.txt``) or a parenthesised credit that
opens the story ("(SITE- AGENCY English) ..."). The outlet of a page is the site name its
container gives, else the credit, else the host of its URL.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from .. import resources

# "(MENAFN- IRNA English) Speaking to reporters ...": the republisher, a dash, the credited source
_BRACKET_CREDIT = re.compile(r"^\((?P<site>[^()\n]{2,40}?)\s*[-–—]\s*(?P<credit>[^()\n]{2,40})\)\s*\S")
# a byline names an outlet or a person in a few words
_MAX_CREDIT_WORDS = 5


def _byline(line: str, lang: str) -> str | None:
    pattern = resources.phrase_pattern(lang, "byline_cues.txt") if lang else None
    if pattern is None:
        return None
    m = pattern.match(line)
    if not m:
        return None
    rest = line[m.end():].strip(" :-–—")
    words = rest.split()
    return rest if 0 < len(words) <= _MAX_CREDIT_WORDS and rest[:1].isupper() else None


def credit_line(content: str, lang: str | None) -> str | None:
    """The source a page credits for its story, as written ('Trend', 'IRNA English'), or None."""
    for raw in content.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = _BRACKET_CREDIT.match(line)
        if m:
            return m.group("credit").strip()
        found = _byline(line, lang or "")
        if found:
            return found
    return None


def url_host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def outlet_of(site_name: str | None, credit: str | None, url: str | None) -> str | None:
    return site_name or credit or url_host(url)


def credits(credit: str | None, text: str) -> bool:
    """Does a credit name something the other page's text, outlet or address carries? Each word
    of the credit that starts with a capital is looked for as a whole word."""
    if not credit:
        return False
    words = [w for w in re.findall(r"\w+", credit) if w[:1].isupper()]
    return bool(words) and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE) for w in words)
