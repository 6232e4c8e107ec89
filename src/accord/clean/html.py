"""An HTML page to its main text (trafilatura), headline and publication-metadata date.

Only publication metadata is read for the date: a meta tag or JSON-LD field that says "published",
or a <time> element; never dates guessed from the URL, the text or the fetch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura

from ..errors import Errors, InputError

# meta names/properties that state when the article was published, most specific first
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "publishdate", "publish_date", "pubdate", "publication_date", "citation_publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date",
    "sailthru.date", "date",
)
TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")
# " | Site name", " - Site name": the site's suffix on a <title>
TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    published: str | None


def _tree(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(Errors.E115, problem=exc) from exc


def _json_ld_dates(tree: Any) -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content()))
        except (json.JSONDecodeError, RecursionError):  # malformed, or nested past what Python can read
            continue
    return found


def _meta(tree: Any, names: tuple[str, ...]) -> str | None:
    values: dict[str, str] = {}
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    for name in names:
        if name in values:
            return values[name]
    return None


def published_from_metadata(tree: Any) -> str | None:
    """The raw publication timestamp the page states about itself, or None."""
    stated = _meta(tree, PUBLISHED_META)
    if stated:
        return stated
    ld = _json_ld_dates(tree)
    if ld:
        return ld[0]
    for time in tree.xpath("//time[@datetime]"):
        if time.get("pubdate") is not None or time.get("itemprop") == "datePublished":
            return str(time.get("datetime"))
    times = tree.xpath("//article//time[@datetime] | //time[@datetime]")
    return str(times[0].get("datetime")) if times else None


def title_from_metadata(tree: Any) -> str | None:
    for h1 in tree.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    stated = _meta(tree, TITLE_META)
    if stated:
        return " ".join(stated.split())
    titles = tree.xpath("//title")
    if titles:
        text = " ".join(titles[0].text_content().split())
        return TITLE_SUFFIX.sub("", text) or None
    return None


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Main text (paragraphs one a line), headline and stated publication timestamp of a page."""
    tree = _tree(html)
    text = trafilatura.extract(
        html, url=url, favor_precision=True, include_comments=False, include_tables=False,
        output_format="txt", with_metadata=False,
    )
    return HtmlPage(text=text or "", title=title_from_metadata(tree), published=published_from_metadata(tree))
