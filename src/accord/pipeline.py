"""The one pipeline: read -> clean -> extract (-> store, at the edge, by the caller).

A step takes a batch of items (``document.Item``) and returns one item for each, in order: it
turns the kind it handles into the next and passes the others through. ``Pipeline`` is the list
of steps; an executor (``executors``) only decides where it runs, never what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from .budget import Expired, time_limit, within_words
from .clean import clean_record
from .config import Settings
from .document import CleanDocument, DocumentResult, Item, ReadFailure, SourceRecord, Unchanged
from .errors import Errors, InputError
from .executors import Executor, InProcessExecutor
from .extract import extract_documents
from .facts import Extraction
from .ingest import read_sources

Step = Callable[[list[Item]], list[Item]]


def clean_items(items: list[Item], settings: Settings) -> list[Item]:
    """Each SourceRecord becomes a DocumentResult (facts still empty), or a ReadFailure: a page with
    no story, one past its time budget, one that breaks the cleaner. Text past the word budget is
    left out, and the result says so."""
    return [_clean_one(item, settings) if isinstance(item, SourceRecord) else item for item in items]


def _clean_one(record: SourceRecord, settings: Settings) -> Item:
    try:
        with time_limit(settings.doc_seconds):
            doc = clean_record(record, settings)
    except Expired as exc:
        return ReadFailure(record.source, str(InputError(Errors.E122, stage="cleaning", seconds=exc.seconds)))
    except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
        return ReadFailure(record.source, failure_reason(exc))
    cut = within_words(doc.text, settings.max_words)
    if cut is None:
        return DocumentResult(record, doc, warnings=record.warnings)
    text, kept = cut
    note = (f"truncated: its first {kept:,} words stored "
            f"(the word budget is {settings.max_words:,}; raise --max-words)")
    return DocumentResult(record, replace(doc, text=text), warnings=(*record.warnings, note))


def extract_items(items: list[Item], settings: Settings) -> list[Item]:
    """Each DocumentResult gets its facts; the documents of a batch go through the NLP model together.

    A document that breaks extraction or runs past its time budget becomes its ReadFailure; when a
    batch fails, each of its documents is extracted again on its own, so only that one fails.
    """
    results = [item for item in items if isinstance(item, DocumentResult)]
    if not results:
        return items
    outcomes = _extract([r.document for r in results], settings.doc_seconds)
    found = {id(r): o for r, o in zip(results, outcomes, strict=True)}
    out: list[Item] = []
    for item in items:
        if not isinstance(item, DocumentResult):
            out.append(item)
            continue
        outcome = found[id(item)]
        out.append(ReadFailure(item.record.source, outcome) if isinstance(outcome, str)
                   else replace(item, extraction=outcome))
    return out


def _extract(docs: list[CleanDocument], doc_seconds: float) -> list[Extraction | str]:
    """Each document's facts, or the reason it failed."""
    try:
        with time_limit(doc_seconds * len(docs) if doc_seconds else None):
            return list(extract_documents(docs))
    except (Exception, Expired) as exc:  # noqa: BLE001 - one document's failure must not end the run
        if len(docs) == 1:
            if isinstance(exc, Expired):
                return [str(InputError(Errors.E122, stage="extraction", seconds=exc.seconds))]
            return [failure_reason(exc)]
    # one document spoilt the batch: give each its own budget, so only that one fails
    return [_extract([doc], doc_seconds)[0] for doc in docs]


def failure_reason(exc: BaseException) -> str:
    """An error while cleaning or extracting one document, as its reported reason."""
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return str(InputError(Errors.E123))
    if isinstance(exc, MemoryError):
        return str(InputError(Errors.E124))
    return str(InputError(Errors.E125, kind=type(exc).__name__, problem=str(exc)[:200]))


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
    clean = partial(clean_items, settings=settings)
    return Pipeline((clean, partial(extract_items, settings=settings)) if extract else (clean,))


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
