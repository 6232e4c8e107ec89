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
    """``max_bytes``: larger inputs are refused unread. ``jsonl_fields``: which JSONL keys hold what,
    first present key wins. ``http_timeout``: seconds one fetch (connect, redirects, body) may take in all.
    ``event_window_days``: how far apart two reports of one event may be dated.
    """

    max_bytes: int = 10 * 1024 * 1024
    http_timeout: float = 20.0
    user_agent: str = "Accord/0.1 (news reader)"
    jsonl_fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_JSONL_FIELDS))
    event_window_days: int = 3
    batch_size: int = 16


def default_db() -> str:
    return os.environ.get("ACCORD_DB", "accord.sqlite")
