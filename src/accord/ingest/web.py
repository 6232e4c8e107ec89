"""Article and feed URLs: fetched with a real HTTP client; what came back decides how it is read."""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import httpx

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord
from ..errors import Errors, InputError
from .decode import binary_kind, over_limit, parse_content_type, to_text
from .files import looks_like_html

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Types under which servers send feeds, and the vague ones under which anything may come.
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
})
VAGUE_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html)[\s>]", re.IGNORECASE)
_SNIFF = 2048


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    mime: str
    charset: str | None
    body: bytes


def fetch(client: httpx.Client, url: str, settings: Settings) -> Page:
    """GET ``url`` within Settings.http_timeout in all and Settings.max_bytes of body, or raise InputError."""
    # httpx times each read separately; a server that drips bytes would outlast that, so the
    # whole fetch also has a deadline
    deadline = time.monotonic() + settings.http_timeout
    limit = settings.max_bytes
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise InputError(Errors.E111, status=f"{response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise over_limit(int(declared), limit, what="page")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > limit:
                    raise over_limit(len(body), limit, what="page")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline passed", request=response.request)
            mime, charset = parse_content_type(response.headers.get("Content-Type"))
            return Page(str(response.url), mime, charset, bytes(body))
    except httpx.TimeoutException as exc:
        raise InputError(Errors.E112, seconds=settings.http_timeout) from exc
    except httpx.ConnectError as exc:
        raise InputError(Errors.E113, problem=exc) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise InputError(Errors.E114, problem=exc) from exc


def page_kind(page: Page) -> str | None:
    """"feed", "html" or "text" from the content type and, where that is vague, the bytes themselves."""
    head = page.body[:_SNIFF]
    if page.mime in FEED_TYPES | VAGUE_TYPES | HTML_TYPES:
        feed, html = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
        if feed and not (html and html.start() < feed.start()):
            return "feed"
    if page.mime in HTML_TYPES:
        return "html"
    if page.mime in VAGUE_TYPES and not binary_kind(head):
        return "html" if looks_like_html(head.decode("utf-8", "ignore")) else "text"
    return None


def _record(doc: str, page: Page, kind: str, meta: dict[str, str]) -> SourceRecord | ReadFailure:
    try:
        text = to_text(page.body, header_charset=page.charset, html=kind == "html")
    except InputError as exc:
        return ReadFailure(doc, str(exc))
    return SourceRecord(doc=doc, source=doc, content=text, kind=kind, meta={**meta, "url": page.url})


def _article(client: httpx.Client, url: str, settings: Settings, meta: dict[str, str]) -> SourceRecord | ReadFailure:
    try:
        page = fetch(client, url, settings)
    except InputError as exc:
        return ReadFailure(url, str(exc))
    kind = page_kind(page)
    if kind in (None, "feed"):
        return ReadFailure(url, f"not an article page (content type {page.mime or 'missing'})")
    return _record(url, page, kind, meta)


def feed_date(raw: str) -> str | None:
    """An item's RSS (RFC 822) or Atom (RFC 3339) date as ISO 8601, keeping its own offset."""
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        return None


def _item_meta(entry: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    if entry.get("title"):
        meta["title"] = str(entry["title"])
    published = feed_date(entry["published"]) if entry.get("published") else None
    if published is None and entry.get("published_parsed"):
        year, month, day, hour, minute, second = entry["published_parsed"][:6]
        published = datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    if published:
        meta["published"] = published
    return meta


def _full_content(entry: Any) -> str | None:
    """The item's own full text (content:encoded, Atom content), as opposed to a summary."""
    for part in entry.get("content") or []:
        if str(part.get("value", "")).strip():
            return str(part["value"])
    return None


def _feed_items(
    client: httpx.Client, feed: Page, settings: Settings
) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    content_type = feed.mime or "application/xml"
    if feed.charset:
        content_type += f"; charset={feed.charset}"
    parsed = feedparser.parse(feed.body, response_headers={"content-location": feed.url, "content-type": content_type})
    if not parsed.entries:
        if parsed.bozo:
            yield ReadFailure(feed.url, f"not a readable feed: {parsed.bozo_exception}")
        else:
            yield SkippedSource(feed.url, "feed lists no items")
        return
    for number, entry in enumerate(parsed.entries, start=1):
        meta = _item_meta(entry)
        content = _full_content(entry)
        link = urljoin(feed.url, entry["link"]) if entry.get("link") else None
        item = _article(client, link, settings, meta) if link else None
        if isinstance(item, SourceRecord):
            yield item
        elif content is not None:
            # the page could not be had, but the feed carried the whole article
            doc = link or str(entry.get("id") or f"{feed.url}#{number}")
            yield _record(doc, Page(link or feed.url, "text/html", "utf-8", content.encode()), "html", meta)
        else:
            yield item or ReadFailure(f"{feed.url}#{number}", "feed item has neither a link nor content")


def read_url(url: str, settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    """An article URL gives one record; a feed URL gives one per item, each item's link fetched."""
    headers = {"User-Agent": settings.user_agent}
    with httpx.Client(timeout=settings.http_timeout, follow_redirects=True, headers=headers) as client:
        try:
            page = fetch(client, url, settings)
        except InputError as exc:
            yield ReadFailure(url, str(exc))
            return
        kind = page_kind(page)
        if kind == "feed":
            yield from _feed_items(client, page, settings)
        elif kind:
            yield _record(url, page, kind, {})
        else:
            yield ReadFailure(url, f"neither an article nor a feed (content type {page.mime or 'missing'})")
