"""Executors pull batches as they go: a run over a corpus of any size holds a few batches, never the corpus."""

from __future__ import annotations

from collections.abc import Iterator

from accord.executors import (
    IN_FLIGHT_PER_WORKER,
    InProcessExecutor,
    ProcessPoolExecutor,
    executor_for,
    in_order,
)


def test_in_order_keeps_at_most_a_window_of_batches_pending() -> None:
    pulled: list[int] = []

    def batches() -> Iterator[list[int]]:
        for i in range(10):
            pulled.append(i)
            yield [i]

    results = in_order(lambda batch: batch[0] * 10, lambda pending: [pending], batches(), window=3)
    assert next(results) == [0]
    assert pulled == [0, 1, 2]  # the first result came back with only three batches read
    assert list(results) == [[i * 10] for i in range(1, 10)]


def test_process_pool_reads_ahead_only_what_its_workers_hold() -> None:
    pulled: list[int] = []

    def batches() -> Iterator[list[int]]:
        for i in range(100):
            pulled.append(i)
            yield [i, -i]

    results = ProcessPoolExecutor(workers=2).map(sorted, batches())
    assert next(results) == [0, 0]
    assert len(pulled) == 2 * IN_FLIGHT_PER_WORKER
    assert list(results)[-1] == [-99, 99]


def test_executor_for_picks_where_to_run() -> None:
    assert isinstance(executor_for(), InProcessExecutor)
    assert isinstance(executor_for(1), InProcessExecutor)
    pool = executor_for(3)
    assert isinstance(pool, ProcessPoolExecutor) and pool.workers == 3
    every = executor_for(kind="pool")
    assert isinstance(every, ProcessPoolExecutor) and every.workers >= 1
