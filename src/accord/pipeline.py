"""The one pipeline: read -> clean -> extract (-> store, at the edge, by the caller).

A step takes a batch of items (``document.Item``) and returns one item for each, in order: it
turns the kind it handles into the next and passes the others through. ``Pipeline`` is the list
of steps; an executor (``executors``) only decides where it runs, never what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from .clean import clean_record
from .config import Settings
from .document import DocumentResult, Item, ReadFailure, SourceRecord, Unchanged
from .errors import InputError
from .executors import Executor, InProcessExecutor
from .extract import extract_documents
from .ingest import read_sources

Step = Callable[[list[Item]], list[Item]]


def clean_items(items: list[Item], settings: Settings) -> list[Item]:
    """Each SourceRecord becomes a DocumentResult (facts still empty), or a ReadFailure for a page with no story."""
    return [_clean_one(item, settings) if isinstance(item, SourceRecord) else item for item in items]


def _clean_one(record: SourceRecord, settings: Settings) -> Item:
    try:
        return DocumentResult(record, clean_record(record, settings))
    except InputError as exc:
        return ReadFailure(record.source, str(exc))


def extract_items(items: list[Item]) -> list[Item]:
    """Each DocumentResult gets its facts; the documents of a batch go through the NLP model together."""
    results = [item for item in items if isinstance(item, DocumentResult)]
    if not results:
        return items
    extractions = extract_documents([r.document for r in results])
    found = {id(r): e for r, e in zip(results, extractions, strict=True)}
    return [replace(item, extraction=found[id(item)]) if isinstance(item, DocumentResult) else item
            for item in items]


@dataclass(frozen=True)
class Pipeline:
    """The steps a batch goes through, in order. Picklable, so an executor can ship it to workers."""

    steps: tuple[Step, ...]

    def __call__(self, items: list[Item]) -> list[Item]:
        for step in self.steps:
            items = step(items)
        return items


def pipeline(settings: Settings, extract: bool = True) -> Pipeline:
    """The one pipeline definition: clean, then (unless ``extract`` is false) extract."""
    return Pipeline((partial(clean_items, settings=settings),) + ((extract_items,) if extract else ()))


def unchanged(items: Iterable[Item], is_unchanged: Callable[[SourceRecord], bool]) -> Iterator[Item]:
    """Records the knowledge base holds with the same content become Unchanged (run here: it asks the store)."""
    for item in items:
        yield Unchanged(item.source) if isinstance(item, SourceRecord) and is_unchanged(item) else item


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    inputs: list[str], settings: Settings | None = None, executor: Executor | None = None, extract: bool = True,
    skip: Callable[[SourceRecord], bool] | None = None,
) -> Iterator[Item]:
    """Read ``inputs`` and yield one item per source, in input order.

    A record for which ``skip`` is true (the knowledge base holds it unchanged) goes on as Unchanged.
    """
    settings = settings or Settings()
    items: Iterable[Item] = read_sources(inputs, settings)
    if skip is not None:
        items = unchanged(items, skip)
    steps = pipeline(settings, extract)
    for batch in (executor or InProcessExecutor()).map(steps, batches(items, settings.batch_size)):
        yield from batch
