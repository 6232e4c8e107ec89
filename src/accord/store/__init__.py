"""The knowledge base: documents, facts with their evidence, and fusion across sources.

``Store(target)`` opens (and migrates) an SQLite file or a PostgreSQL URL. ``ingest`` is the
incremental run behind ``accord run``: documents are saved a batch to a transaction (a commit per
document would cost more than storing it), and fusion is recomputed at the end, so a run cut short
loses nothing it committed, and a re-run reads again only the documents of the batch it lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..config import Settings
from ..document import DocumentResult, Item, ReadFailure, SkippedSource, SourceRecord, Unchanged
from .backend import Connection
from .fusion import is_stale, refresh
from .schema import migrate
from .writer import Status, is_unchanged, save


class Store:
    def __init__(self, target: str, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.conn = Connection(target)
        try:
            migrate(self.conn)
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def save(self, result: DocumentResult) -> tuple[Status, int]:
        return save(self.conn, result)

    def is_unchanged(self, record: SourceRecord) -> bool:
        return is_unchanged(self.conn, record)

    def refresh(self) -> None:
        refresh(self.conn, self.settings.event_window_days)

    def ensure_fresh(self) -> None:
        """Recompute fusion if documents were stored since it last ran (a run that was cut short);
        a knowledge base that may not be written is answered from as it stands."""
        if not self.conn.read_only and is_stale(self.conn):
            self.refresh()


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_articles: int = 0
    no_pipeline: int = 0  # stored without facts: their language has no extraction pipeline
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # stored, with something to know: truncated at the word budget, bytes replaced in decoding
    warnings: list[tuple[str, str]] = field(default_factory=list)


def ingest(store: Store, items: Iterable[Item], on_item: Callable[[], None] | None = None) -> RunSummary:
    """Store the documents the pipeline yields and count every item where its run ends."""
    summary = RunSummary()
    touched: list[int] = []
    waiting: list[DocumentResult] = []

    def commit() -> None:
        with store.conn.transaction():
            for result in waiting:
                status, doc_id = store.save(result)
                summary.warnings += [(result.record.source, note) for note in result.warnings]
                if result.extraction.skipped_reason and status != "unchanged":
                    summary.no_pipeline += 1
                setattr(summary, status, getattr(summary, status) + 1)
                if status != "unchanged":
                    touched.append(doc_id)
        waiting.clear()

    for item in items:
        if isinstance(item, SkippedSource):
            summary.not_articles += 1
        elif isinstance(item, ReadFailure):
            summary.read += 1
            summary.failed.append((item.source, item.reason))
        elif isinstance(item, Unchanged):
            summary.read += 1
            summary.unchanged += 1
        elif isinstance(item, DocumentResult):
            summary.read += 1
            waiting.append(item)
            if len(waiting) >= store.settings.batch_size:
                commit()
        if on_item:
            on_item()
    commit()
    store.refresh()
    summary.duplicates = _duplicates_among(store.conn, touched)
    return summary


def _duplicates_among(conn: Connection, ids: list[int]) -> list[tuple[str, str, float]]:
    out = []
    for chunk in _chunks(ids, 500):
        marks = ", ".join("?" for _ in chunk)
        out += [(r["source"], r["original"], float(r["similarity"])) for r in conn.query(
            "SELECT d.source, o.source AS original, d.similarity FROM documents d"
            f" JOIN documents o ON o.id = d.duplicate_of WHERE d.id IN ({marks}) ORDER BY d.source", chunk)]
    return out


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
