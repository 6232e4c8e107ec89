"""WARC files (.warc, .warc.gz) as crawlers write them: each HTML or text response is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord
from ..errors import InputError
from .decode import decode, over_limit, parse_content_type, safe_text
from .sources import source_name

ARTICLE_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
_DRAIN_CHUNK = 1 << 16
_REASON_CHARS = 120


class _Truncated(Exception):
    pass


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:_REASON_CHARS] if text else type(exc).__name__


def _drain(record: Any) -> None:
    """Read what is left of the record; short of its Content-Length means the file was cut."""
    stream = record.raw_stream
    while stream.read(_DRAIN_CHUNK):
        pass
    # a record without Content-Length has no limit to reach: its header was cut
    if getattr(stream, "limit", 1) > 0:
        raise _Truncated


def _article(record: Any, settings: Settings) -> SourceRecord | ReadFailure | SkippedSource | None:
    """The article in one WARC record; None for records that are not responses (requests, metadata)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = safe_text(record.rec_headers.get_header("WARC-Target-URI") or "(no WARC-Target-URI)")
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return SkippedSource(uri, f"HTTP {status} response, not an article")
    mime, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    kind = ARTICLE_TYPES.get(mime)
    if kind is None:
        return SkippedSource(uri, f"{mime or 'untyped'} response, not an article")
    if record.length is not None and record.length > settings.max_bytes:
        return ReadFailure(uri, str(over_limit(record.length, settings.max_bytes, what="WARC record")))
    body = record.content_stream().read(settings.max_bytes + 1)
    if len(body) > settings.max_bytes:
        return ReadFailure(uri, str(over_limit(len(body), settings.max_bytes, what="decompressed page")))
    try:
        decoded = decode(body, header_charset=charset, html=kind == "html")
    except InputError as exc:
        return ReadFailure(uri, str(exc))
    # WARC-Date and Last-Modified are fetch times, never the article's publication date.
    return SourceRecord(doc=uri, source=uri, content=decoded.text, kind=kind, meta={"url": uri},
                        warnings=decoded.warnings)


def read_warc(path: Path, settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    """Articles in file order; a cut or corrupt file yields what came before the break, then one failure."""
    source = source_name(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        yield ReadFailure(source, f"cannot read the file: {exc.strerror or exc}")
        return
    if size == 0:
        fh.close()
        yield ReadFailure(source, "empty file (no WARC records)")
        return
    records = yielded = 0
    with fh:
        iterator = ArchiveIterator(fh)
        try:
            for record in iterator:
                item = _article(record, settings)
                _drain(record)
                records += 1
                if item is not None:
                    yielded += 1
                    yield item
        except _Truncated:
            yield ReadFailure(source, f"truncated WARC: record {records + 1} is cut short; {records} read before it")
            return
        # warcio raises assorted errors (its own, zlib, EOF, even AttributeError) on damaged input
        except Exception as exc:
            what = "not a WARC file" if records == 0 else f"damaged WARC after {records} records"
            yield ReadFailure(source, f"{what}: {_first_line(exc)}")
            return
    if not yielded:  # warcio reads odd bytes as records of no type, and says nothing
        yield ReadFailure(source, f"not a WARC file of pages: {records} records, no HTTP response among them")
        return
    # a gzip member cut short is dropped silently by warcio: the bytes it never reached tell
    if iterator.offset < size:
        unread = size - iterator.offset
        yield ReadFailure(source, f"truncated WARC: the last {unread:,} bytes cannot be read, after {records} records")
