"""Run settings with sensible defaults; the CLI and the Python API both build one of these."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_JSONL_FIELDS = {
    "id": ("id", "doc", "uid", "guid"),
    "text": ("text", "content", "body", "article", "maintext"),
    "html": ("html", "raw_html", "page"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "site", "domain"),
}


@dataclass(frozen=True)
class Settings:
    """Budgets, each per input or per document unless it says otherwise:

    ``max_bytes``: larger inputs (a file, a JSONL line, a page, a decompressed body) are refused unread.
    ``max_words``: a cleaned document longer than this is stored as far as it reaches and reported
    as truncated. ``doc_seconds``: cleaning and extracting one document may take this long, else it
    is reported as failed. ``http_timeout``: seconds one fetch (connect, headers, redirects, body)
    may take in all; ``feed_seconds``: seconds for a whole feed, its items' pages included.
    ``run_seconds``: inputs not yet read when a run has taken this long are reported, not read
    (None: no limit). ``jsonl_fields``: which JSONL keys hold what, first present key wins.
    ``event_window_days``: how far apart two reports of one event may be dated.
    """

    max_bytes: int = 10 * 1024 * 1024
    # about 300 KB of English prose: several times the longest news story, one model pass on a laptop
    max_words: int = 50_000
    doc_seconds: float = 120.0
    http_timeout: float = 20.0
    feed_seconds: float = 120.0
    run_seconds: float | None = None
    user_agent: str = "Accord/0.1 (news reader)"
    jsonl_fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_JSONL_FIELDS))
    event_window_days: int = 3
    batch_size: int = 16


def default_db() -> str:
    return os.environ.get("ACCORD_DB", "accord.sqlite")
