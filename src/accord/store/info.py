"""What a knowledge base holds: documents, facts, the dates and languages they span, and what
was left out and why (copies of other pages, articles in a language with no extraction pipeline)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import resources
from .backend import Connection
from .fusion import date_span

_FACT_TABLES = ("events", "indicators", "agreements", "sectors", "people")


@dataclass
class Info:
    target: str
    documents: int
    counted: int
    facts: dict[str, int]
    first_published: str | None
    last_published: str | None
    languages: dict[str, int]
    duplicates: int = 0
    # language -> counted documents in it that have no facts for want of an extraction pipeline
    no_pipeline: dict[str, int] = field(default_factory=dict)
    last_stored: str | None = None


def has_pipeline(lang: str | None) -> bool:
    return bool(lang) and resources.has(str(lang), "pipeline.json")


def info(conn: Connection) -> Info:
    docs = conn.query("SELECT language, published, duplicate_of FROM documents")
    counted = [d for d in docs if d["duplicate_of"] is None]
    spans = sorted(span for d in counted if (span := date_span(d["published"])))
    languages: dict[str, int] = {}
    no_pipeline: dict[str, int] = {}
    for d in docs:
        lang = d["language"] or "unknown"
        languages[lang] = languages.get(lang, 0) + 1
        if d["duplicate_of"] is None and not has_pipeline(d["language"]):
            no_pipeline[lang] = no_pipeline.get(lang, 0) + 1
    facts = {t: int(conn.scalar(f"SELECT COUNT(*) FROM {t}") or 0) for t in _FACT_TABLES}
    return Info(conn.target, len(docs), len(counted), facts,
                spans[0][0].isoformat() if spans else None, spans[-1][1].isoformat() if spans else None,
                dict(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))), len(docs) - len(counted), no_pipeline,
                conn.scalar("SELECT MAX(stored_at) FROM documents"))
