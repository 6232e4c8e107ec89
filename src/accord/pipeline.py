"""The one pipeline: read -> clean -> extract (-> store, at the edge, by the caller).

Stages are pure functions over the dataclasses in ``document`` and ``facts``; an executor
(``executors``) only decides where ``Pipeline.process`` runs, never what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clean import clean_record
from .config import Settings
from .document import CleanDocument, ReadFailure, SkippedSource, SourceRecord
from .errors import InputError
from .facts import Extraction
from .ingest import read_sources

if TYPE_CHECKING:
    from .executors import Executor


@dataclass
class DocumentResult:
    record: SourceRecord
    document: CleanDocument
    extraction: Extraction


Outcome = DocumentResult | ReadFailure


class Pipeline:
    """Clean and extract a batch of records. Picklable, so executors can ship it to workers."""

    def __init__(self, settings: Settings | None = None, extract: bool = True) -> None:
        self.settings = settings or Settings()
        self.extract = extract

    def process(self, records: list[SourceRecord]) -> list[Outcome]:
        cleaned: list[tuple[SourceRecord, CleanDocument | ReadFailure]] = []
        for record in records:
            try:
                cleaned.append((record, clean_record(record, self.settings)))
            except InputError as exc:
                cleaned.append((record, ReadFailure(record.source, str(exc))))
        docs = [c for _, c in cleaned if isinstance(c, CleanDocument)]
        if self.extract and docs:
            from .extract import extract_documents  # the NLP models load only when extraction runs

            extractions = iter(extract_documents(docs))
        else:
            extractions = iter(Extraction() for _ in docs)
        out: list[Outcome] = []
        for record, c in cleaned:
            out.append(DocumentResult(record, c, next(extractions)) if isinstance(c, CleanDocument) else c)
        return out


def batches(
    items: Iterable[SourceRecord | ReadFailure | SkippedSource], size: int
) -> Iterator[list[SourceRecord | ReadFailure | SkippedSource]]:
    batch: list[SourceRecord | ReadFailure | SkippedSource] = []
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
) -> Iterator[Outcome | SkippedSource | SourceRecord]:
    """Read ``inputs`` and yield one outcome per source, in input order.

    A record for which ``skip`` is true (the knowledge base holds it unchanged) is yielded as
    read, unprocessed, ahead of the batch it would have joined.
    """
    from .executors import InProcessExecutor

    settings = settings or Settings()
    pipeline = Pipeline(settings, extract=extract)
    ex = executor or InProcessExecutor()
    skipped: list[SourceRecord] = []

    def unskipped() -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
        for item in read_sources(inputs, settings):
            if skip is not None and isinstance(item, SourceRecord) and skip(item):
                skipped.append(item)
            else:
                yield item

    for batch, processed in ex.map(pipeline, batches(unskipped(), settings.batch_size)):
        yield from skipped
        skipped.clear()
        done = iter(processed)
        for item in batch:
            yield next(done) if isinstance(item, SourceRecord) else item
    yield from skipped
