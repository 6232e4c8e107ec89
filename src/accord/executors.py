"""Where the pipeline runs: in this process, or in a pool of worker processes.

An executor receives the pipeline and batches of read items and yields, for each batch in
order, the outcomes of its records. It never changes what a stage does.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .document import ReadFailure, SkippedSource, SourceRecord

if TYPE_CHECKING:
    from .pipeline import Outcome, Pipeline

Batch = list[SourceRecord | ReadFailure | SkippedSource]


def _records(batch: Batch) -> list[SourceRecord]:
    return [item for item in batch if isinstance(item, SourceRecord)]


class Executor:
    def map(self, pipeline: Pipeline, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Outcome]]]:
        raise NotImplementedError


class InProcessExecutor(Executor):
    def map(self, pipeline: Pipeline, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Outcome]]]:
        for batch in batches:
            yield batch, pipeline.process(_records(batch))


_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _process_in_worker(records: list[SourceRecord]) -> list[Outcome]:
    assert _worker_pipeline is not None
    return _worker_pipeline.process(records)


class ProcessPoolExecutor(Executor):
    """Batches go to ``workers`` processes; each loads the models once. Results keep input order."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, (multiprocessing.cpu_count() or 2))

    def map(self, pipeline: Pipeline, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Outcome]]]:
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(self.workers, initializer=_init_worker, initargs=(pipeline,)) as pool:
            held: list[Batch] = []

            def feed() -> Iterator[list[SourceRecord]]:
                for batch in batches:
                    held.append(batch)
                    yield _records(batch)

            for processed in pool.imap(_process_in_worker, feed()):
                yield held.pop(0), processed


def executor_for(workers: int) -> Executor:
    """One worker: run here, no start-up cost; more: a process pool, each worker loading the models once."""
    return ProcessPoolExecutor(workers) if workers > 1 else InProcessExecutor()
