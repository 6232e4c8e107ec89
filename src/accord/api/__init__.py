"""The Python API: ``KnowledgeBase(db)`` answers the questions the CLI asks, as dataclasses.

    from accord.api import KnowledgeBase
    with KnowledgeBase("accord.sqlite") as kb:
        profile = kb.dyad("TJK", "Russia")
        print(profile.figures[0].value, profile.figures[0].reported[0].source.source)
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from ..config import Settings, default_db
from ..executors import Executor
from ..pipeline import run
from ..progress import progress_over
from ..store import RunSummary, Store, ingest
from ..store import queries as q
from ..store.export import export
from .countries import country_code

__all__ = ["KnowledgeBase", "RunSummary", "as_dict", "country_code"]


def as_dict(value: Any) -> Any:
    """Query results as plain dicts and lists (for JSON)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [as_dict(v) for v in value]
    return value


class KnowledgeBase:
    def __init__(self, db: str | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.store = Store(db or default_db(), self.settings)
        self.store.ensure_fresh()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def run(self, inputs: list[str], extract: bool = True, console: Any = None,
            executor: Executor | None = None) -> RunSummary:
        """Ingest, clean, extract and store ``inputs``; unchanged sources are not processed again."""
        items = run(inputs, self.settings, executor, extract=extract, skip=self.store.is_unchanged)
        if console is not None:
            items = progress_over(items, "storing", console)
        return ingest(self.store, items)

    def dyad(self, a: str, b: str) -> q.DyadProfile:
        return q.dyad(self.store.conn, country_code(a), country_code(b))

    def timeline(self, country: str, partner: str | None = None) -> list[q.FusedEvent]:
        codes = [country_code(country)] + ([country_code(partner)] if partner else [])
        return q.events(self.store.conn, codes)

    def partners(self, country: str, recent_days: int = 365) -> list[q.Partner]:
        return q.partners(self.store.conn, country_code(country), recent_days)

    def search(self, text: str, limit: int = 50) -> list[q.SearchHit]:
        return q.search(self.store.conn, text, limit)

    def show(self, fact_id: str) -> Any:
        return q.show(self.store.conn, fact_id)

    def people(self, country: str | None = None) -> list[q.PersonFact]:
        return q.people(self.store.conn, country_code(country) if country else None)

    def export(self, fmt: str, output: str | Path) -> dict[str, Path]:
        return export(self.store.conn, fmt, Path(output))
