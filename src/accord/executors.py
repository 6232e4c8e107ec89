"""Where a function runs over batches: in this process, or in a pool of worker processes.

An executor maps a function over batches and yields the results in input order. It knows
nothing of what the function does or what a batch holds (see ``pipeline`` for that).
"""

from __future__ import annotations

import multiprocessing
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Executor(ABC):
    @abstractmethod
    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        """``fn(batch)`` for each batch, in input order."""


class InProcessExecutor(Executor):
    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        for batch in batches:
            yield fn(batch)


# the function a worker process applies, shipped once when the worker starts rather than with every batch
_worker_fn: Callable[[list[Any]], list[Any]] | None = None


def _init_worker(fn: Callable[[list[Any]], list[Any]]) -> None:
    global _worker_fn
    _worker_fn = fn


def _call_in_worker(batch: list[Any]) -> list[Any]:
    assert _worker_fn is not None
    return _worker_fn(batch)


class ProcessPoolExecutor(Executor):
    """Batches go to ``workers`` processes (``fn`` must pickle); each loads its models once."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, (multiprocessing.cpu_count() or 2))

    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(self.workers, initializer=_init_worker, initargs=(fn,)) as pool:
            yield from pool.imap(_call_in_worker, batches)


def executor_for(workers: int) -> Executor:
    """One worker: run here, no start-up cost; more: a process pool, each worker loading the models once."""
    return ProcessPoolExecutor(workers) if workers > 1 else InProcessExecutor()
