"""The one pipeline: read -> clean -> extract (-> store, at the edge, by the caller).

Stages are pure functions over the dataclasses in ``document`` and ``facts``; an executor
(``executors``) only decides where ``Pipeline.process`` runs, never what it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .budget import Expired, time_limit, within_words
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
    """``warnings``: what the user should know about a document that was stored (bytes replaced
    when it was decoded, text past the word budget left out)."""

    record: SourceRecord
    document: CleanDocument
    extraction: Extraction
    warnings: tuple[str, ...] = ()


Outcome = DocumentResult | ReadFailure


class Pipeline:
    """Clean and extract a batch of records. Picklable, so executors can ship it to workers."""

    def __init__(self, settings: Settings | None = None, extract: bool = True) -> None:
        self.settings = settings or Settings()
        self.extract = extract

    def process(self, records: list[SourceRecord]) -> list[Outcome]:
        """One outcome per record: a failure of one document (its budget, its content) is its own."""
        cleaned = [(record, self._clean(record)) for record in records]
        docs = [c[0] for _, c in cleaned if not isinstance(c, ReadFailure)]
        extractions = iter(self._extract(docs))
        out: list[Outcome] = []
        for record, c in cleaned:
            if isinstance(c, ReadFailure):
                out.append(c)
                continue
            doc, warnings = c
            extraction = next(extractions)
            out.append(extraction if isinstance(extraction, ReadFailure)
                       else DocumentResult(record, doc, extraction, record.warnings + warnings))
        return out

    def _clean(self, record: SourceRecord) -> tuple[CleanDocument, tuple[str, ...]] | ReadFailure:
        try:
            with time_limit(self.settings.doc_seconds):
                doc = clean_record(record, self.settings)
        except Expired as exc:
            return ReadFailure(record.source, f"cleaning {exc}")
        except Exception as exc:  # noqa: BLE001 - one document's failure must not end the run
            return ReadFailure(record.source, failure_reason(exc))
        cut = within_words(doc.text, self.settings.max_words)
        if cut is None:
            return doc, ()
        text, kept = cut
        budget = self.settings.max_words
        note = f"truncated: its first {kept:,} words stored (the word budget is {budget:,}; raise --max-words)"
        return replace(doc, text=text), (note,)

    def _extract(self, docs: list[CleanDocument]) -> list[Extraction | ReadFailure]:
        if not self.extract or not docs:
            return [Extraction() for _ in docs]
        from .extract import extract_documents  # the NLP models load only when extraction runs

        budget = self.settings.doc_seconds
        try:
            with time_limit(budget * len(docs) if budget else None):
                return list(extract_documents(docs))
        except (Exception, Expired) as exc:  # noqa: BLE001
            if len(docs) == 1:
                reason = f"extraction {exc}" if isinstance(exc, Expired) else failure_reason(exc)
                return [ReadFailure(docs[0].source, reason)]
        # one document spoilt the batch: give each its own budget, so only that one fails
        return [self._extract([doc])[0] for doc in docs]


def failure_reason(exc: BaseException) -> str:
    """An error while cleaning or extracting one document, as its reported reason."""
    if isinstance(exc, InputError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (RecursionError)"
    if isinstance(exc, MemoryError):
        return "ran out of memory (MemoryError); lower --max-words or --max-bytes"
    return f"could not be processed: {type(exc).__name__}: {str(exc)[:200]}"


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
