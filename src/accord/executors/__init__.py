"""Where a function runs over batches: in this process, in a pool of worker processes, or on Ray.

An executor maps a function over batches and yields the results in input order. It knows
nothing of what the function does or what a batch holds (see ``pipeline`` for that). The
batches are pulled lazily and only a few are in flight at once, so a run over a corpus of any
size holds a bounded number of batches in memory.
"""

from __future__ import annotations

import multiprocessing
import os
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")
Pending = TypeVar("Pending")

# batches in flight per worker: one being processed, one waiting so the worker never idles
IN_FLIGHT_PER_WORKER = 2


class Executor(ABC):
    @abstractmethod
    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        """``fn(batch)`` for each batch, in input order."""


class InProcessExecutor(Executor):
    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        for batch in batches:
            yield fn(batch)


def every_core() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, multiprocessing.cpu_count() or 1)


def in_order(submit: Callable[[list[T]], Pending], result: Callable[[Pending], list[U]],
             batches: Iterable[list[T]], window: int) -> Iterator[list[U]]:
    """Submit batches while at most ``window`` are pending, and yield the results in input order."""
    pending: deque[Pending] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


# the function a worker process applies, shipped once when the worker starts rather than with every batch
_worker_fn: Callable[[list[Any]], list[Any]] | None = None


def _init_worker(fn: Callable[[list[Any]], list[Any]]) -> None:
    global _worker_fn
    _worker_fn = fn


def _call_in_worker(batch: list[Any]) -> list[Any]:
    assert _worker_fn is not None
    return _worker_fn(batch)


class ProcessPoolExecutor(Executor):
    """Batches go to ``workers`` processes (default: every core; ``fn`` must pickle); each loads its
    models once."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or every_core()

    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        ctx = multiprocessing.get_context("spawn")
        # not Pool.imap: its feeder thread would read every batch of the corpus ahead of the workers
        with ctx.Pool(self.workers, initializer=_init_worker, initargs=(fn,)) as pool:
            yield from in_order(lambda batch: pool.apply_async(_call_in_worker, (batch,)),
                                lambda pending: pending.get(), batches, self.workers * IN_FLIGHT_PER_WORKER)


def executor_for(workers: int | None = None, kind: str | None = None, address: str | None = None) -> Executor:
    """``kind`` "local" runs here (no start-up cost), "pool" in ``workers`` processes (default: every
    core), "ray" on Ray (``address``: a cluster's, else a local instance). Without a kind: a pool
    when ``workers`` asks for more than one process, else here."""
    kind = kind or ("pool" if (workers or 1) > 1 else "local")
    if kind == "ray":
        from .ray import RayExecutor

        return RayExecutor(address, workers)
    if kind == "pool":
        return ProcessPoolExecutor(workers)
    return InProcessExecutor()
