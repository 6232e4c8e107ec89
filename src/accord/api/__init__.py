"""The Python API: ``KnowledgeBase(db)`` answers the questions the CLI asks, as dataclasses.

    from accord.api import KnowledgeBase
    with KnowledgeBase("accord.sqlite") as kb:
        profile = kb.dyad("TJK", "Russia")
        print(profile.figures[0].value, profile.figures[0].reported[0].source.source)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings, default_db
from ..document import Item
from ..errors import ConfigError, Errors, StoreError
from ..store import RunSummary, Store, ingest
from ..store import period as within
from ..store import queries as q
from ..store.backend import Connection, is_postgres_url
from ..store.export import export
from ..store.info import Info, info
from ..store.period import Period
from .countries import country_code

if TYPE_CHECKING:
    from ..executors import Executor
    from .brief import Brief
    from .watch import Digest

__all__ = ["KnowledgeBase", "Period", "RunSummary", "as_dict", "country_code"]


def as_dict(value: Any) -> Any:
    """Query results as plain dicts and lists (for JSON)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [as_dict(v) for v in value]
    return value


def exists(target: str) -> bool:
    """Is there a knowledge base to ask? (A server URL is asked when it is opened.)"""
    return is_postgres_url(target) or target == ":memory:" or Path(target).expanduser().exists()


class KnowledgeBase:
    """Opened on first use: ``run`` creates the database, a query refuses one that does not exist
    (it would only answer with empty tables, and leave an empty file behind)."""

    def __init__(self, db: str | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.target = db or default_db()
        self._store: Store | None = None

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def store(self) -> Store:
        """The store, created (and migrated) if need be."""
        if self._store is None:
            self._store = Store(self.target, self.settings)
            self._store.ensure_fresh()
        return self._store

    @property
    def conn(self) -> Connection:
        """The connection queries read from: only to a knowledge base that exists."""
        if self._store is None and not exists(self.target):
            raise StoreError(Errors.E307, target=self.target)
        return self.store.conn

    def run(self, inputs: list[str], extract: bool = True, console: Any = None,
            executor: Executor | None = None) -> RunSummary:
        """Ingest, clean, extract and store ``inputs``; unchanged sources are not processed again."""
        # the pipeline (readers, cleaners, models) is imported by a run only: queries start fast
        from ..ingest import count_sources
        from ..pipeline import run
        from ..progress import progress_over

        items: Iterator[Item] = run(inputs, self.settings, executor, extract=extract, skip=self.store.is_unchanged)
        if console is not None:
            items = progress_over(items, "storing", console, lambda: count_sources(inputs))
        return ingest(self.store, items)

    def watch(self, inputs: list[str], console: Any = None, executor: Executor | None = None,
              lang: str = "en") -> tuple[RunSummary, Digest]:
        """Run ``inputs`` (feeds, URLs, files) and tell what the new articles changed since the last watch."""
        from .watch import watch_once

        stored = "SELECT source, content_hash FROM documents"
        before = {(r["source"], r["content_hash"]) for r in self.store.conn.query(stored)}
        summary = self.run(inputs, console=console, executor=executor)
        fresh = {r["source"] for r in self.store.conn.query(stored) if (r["source"], r["content_hash"]) not in before}
        return summary, watch_once(self.store.conn, summary, fresh, lang)

    def dyad(self, a: str, b: str, period: Period | None = None, types: list[str] | None = None,
             metrics: list[str] | None = None) -> q.DyadProfile:
        """A pair's profile, cut to a period, to PLOVER event types and to metrics when given."""
        codes = country_code(a), country_code(b)  # both checked before the database is opened
        if codes[0] == codes[1]:
            raise ConfigError(Errors.E226, a=a, b=b, code=codes[0])
        p = within.profile(period or Period(), q.dyad(self.conn, *codes))
        if types:
            p.events = _of_types(p.events, types)
        if metrics:
            wanted = {m.lower() for m in metrics}
            p.figures, p.targets, p.conflicts = ([f for f in fs if f.metric in wanted or (f.label or "") in wanted]
                                                 for fs in (p.figures, p.targets, p.conflicts))
        return p

    def brief(self, a: str, b: str, period: Period | None = None, lang: str = "en") -> Brief:
        """The brief of a pair: sentences, tables and the evidence notes they cite."""
        from .brief import build

        return build(self.dyad(a, b, period), period, lang)

    def timeline(self, country: str, partner: str | None = None, period: Period | None = None,
                 types: list[str] | None = None) -> list[q.FusedEvent]:
        codes = [country_code(country)] + ([country_code(partner)] if partner else [])
        found = within.events(period or Period(), q.events(self.conn, codes))
        return _of_types(found, types) if types else found

    def partners(self, country: str, recent_days: int = 365) -> list[q.Partner]:
        return q.partners(self.conn, country_code(country), recent_days)

    def search(self, text: str, limit: int = 50, period: Period | None = None,
               country: str | None = None) -> list[q.SearchHit]:
        code = country_code(country) if country else None
        hits = q.search(self.conn, text, None, code)
        return within.hits(period or Period(), hits)[:limit]

    def show(self, fact_id: str) -> Any:
        return q.show(self.conn, fact_id)

    def people(self, country: str | None = None) -> list[q.PersonFact]:
        return q.people(self.conn, country_code(country) if country else None)

    def export(self, fmt: str, output: str | Path, period: Period | None = None) -> dict[str, Path]:
        return export(self.conn, fmt, Path(output), period or Period())

    def info(self) -> Info:
        """Documents, facts, the dates and languages they span, and what was left out and why."""
        return info(self.conn)


def _of_types(events: list[q.FusedEvent], types: list[str]) -> list[q.FusedEvent]:
    wanted = {t.strip().upper() for t in types}
    return [e for e in events if e.type in wanted or (e.mode or "").upper() in wanted]
