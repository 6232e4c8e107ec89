"""Article and feed URLs: fetched with a real HTTP client; what came back decides how it is read."""

from __future__ import annotations

import email.utils
import re
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import httpcore
import httpx

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord
from ..errors import Errors, InputError
from .decode import binary_kind, decode, format_size, over_limit, parse_content_type
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
# zlib window bits for each Content-Encoding; "deflate" is zlib-wrapped, though some servers send it raw
_WBITS: dict[str, tuple[int, ...]] = {
    "gzip": (16 + zlib.MAX_WBITS,), "x-gzip": (16 + zlib.MAX_WBITS,), "deflate": (zlib.MAX_WBITS, -zlib.MAX_WBITS),
}


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    mime: str
    charset: str | None
    body: bytes


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the fetch's deadline: httpx times
    each read on its own, so a server dripping its headers a byte at a time would never time out."""

    def __init__(self, inner: httpcore.NetworkStream, backend: _DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._backend.wait(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.wait(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._backend.wait(timeout))
        return _DeadlineStream(inner, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    def __init__(self) -> None:
        self.deadline: float | None = None

    def wait(self, timeout: float | None) -> float:
        """The time one operation may wait: its own timeout, cut to what is left of the deadline."""
        left = (self.deadline - time.monotonic()) if self.deadline is not None else None
        if left is not None and left <= 0:
            raise httpcore.ReadTimeout("the fetch's deadline passed")
        options = [t for t in (timeout, left) if t is not None]
        return min(options) if options else 0.0

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        stream = super().connect_tcp(host, port, self.wait(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self)


class Fetcher:
    """An HTTP client for one input: each fetch has one deadline for connecting, redirects, headers
    and body, reads at most Settings.max_bytes, and decompresses within the same limit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._backend = _DeadlineBackend()
        transport = httpx.HTTPTransport()
        # httpx takes a network backend only through its connection pool: the pool is made again,
        # with httpx's own TLS defaults, around the backend that keeps the deadline
        transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                                  network_backend=self._backend)
        # only encodings decompressed here, within the limit; httpx would inflate them unbounded
        headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        self.client = httpx.Client(timeout=settings.http_timeout, follow_redirects=True, headers=headers,
                                   transport=transport)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def fetch(self, url: str, deadline: float | None = None) -> Page:
        """GET ``url`` within Settings.http_timeout (or by ``deadline``, if sooner), or raise InputError."""
        settings = self.settings
        start = time.monotonic()
        end = min(start + settings.http_timeout, deadline if deadline is not None else float("inf"))
        self._backend.deadline = end
        limit = settings.max_bytes
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(Errors.E111, status=f"{response.status_code} {response.reason_phrase}".strip())
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise over_limit(int(declared), limit, what="page")
                raw = bytearray()
                for chunk in response.iter_raw():
                    raw.extend(chunk)
                    if len(raw) > limit:
                        raise over_limit(len(raw), limit, what="page")
                body = inflate(bytes(raw), response.headers.get("Content-Encoding", ""), limit)
                mime, charset = parse_content_type(response.headers.get("Content-Type"))
                return Page(str(response.url), mime, charset, body)
        except (httpx.TimeoutException, httpcore.TimeoutException) as exc:
            raise InputError(Errors.E112, seconds=round(end - start, 1)) from exc
        except httpx.ConnectError as exc:
            raise InputError(Errors.E113, problem=exc) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise InputError(Errors.E114, problem=exc) from exc
        finally:
            self._backend.deadline = None


def inflate(body: bytes, content_encoding: str, limit: int) -> bytes:
    """Undo each Content-Encoding in turn (the last applied first), no layer larger than ``limit``:
    "gzip, gzip" turns a few kilobytes into gigabytes in the second layer."""
    for name in reversed([e.strip().lower() for e in content_encoding.split(",") if e.strip()]):
        if name == "identity":
            continue
        if name not in _WBITS:
            raise InputError(Errors.E119, name=name)
        body = _inflate_layer(body, name, limit)
    return body


def _inflate_layer(data: bytes, name: str, limit: int) -> bytes:
    out = bytearray()
    for wbits in _WBITS[name]:
        out.clear()
        rest = data
        try:
            while rest:  # a gzip body may hold several members
                inflater = zlib.decompressobj(wbits)
                out += inflater.decompress(rest, limit + 1 - len(out))
                if len(out) > limit or inflater.unconsumed_tail:
                    raise InputError(Errors.E120, limit=format_size(limit))
                rest = inflater.unused_data if inflater.eof else b""
            return bytes(out)
        except zlib.error as exc:
            error = exc
    raise InputError(Errors.E121, name=name, problem=error)


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
        decoded = decode(page.body, header_charset=page.charset, html=kind == "html")
    except InputError as exc:
        return ReadFailure(doc, str(exc))
    return SourceRecord(doc=doc, source=doc, content=decoded.text, kind=kind, meta={**meta, "url": page.url},
                        warnings=decoded.warnings)


def _article(fetcher: Fetcher, url: str, meta: dict[str, str], deadline: float) -> SourceRecord | ReadFailure:
    try:
        page = fetcher.fetch(url, deadline)
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


def _feed_items(fetcher: Fetcher, feed: Page, deadline: float) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    """One record per item, its page fetched; items left when the feed's time budget is spent are
    reported together as one failure."""
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
        if time.monotonic() >= deadline:
            left = len(parsed.entries) - number + 1
            yield ReadFailure(feed.url, f"the feed's time budget of {fetcher.settings.feed_seconds:g} s was spent: "
                                        f"{left} of its {len(parsed.entries)} items not read")
            return
        meta = _item_meta(entry)
        content = _full_content(entry)
        link = urljoin(feed.url, entry["link"]) if entry.get("link") else None
        item = _article(fetcher, link, meta, deadline) if link else None
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
    deadline = time.monotonic() + settings.feed_seconds
    with Fetcher(settings) as fetcher:
        try:
            page = fetcher.fetch(url)
        except InputError as exc:
            yield ReadFailure(url, str(exc))
            return
        kind = page_kind(page)
        if kind == "feed":
            yield from _feed_items(fetcher, page, deadline)
        elif kind:
            yield _record(url, page, kind, {})
        else:
            yield ReadFailure(url, f"neither an article nor a feed (content type {page.mime or 'missing'})")
