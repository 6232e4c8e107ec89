"""Batches on a Ray cluster (``pip install accord[ray]``): one actor per worker, each loading the
models once, results streamed back in input order to the one process that writes the store.

Without an address Ray is started here, sized for a shared machine (``num_cpus``, a capped
object store, no dashboard) and stopped when the map ends; with one (``ray://host:10001`` or
``auto``) the run joins that cluster and leaves it running.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from ..errors import ConfigError, Errors
from . import IN_FLIGHT_PER_WORKER, Executor, every_core, in_order

T = TypeVar("T")
U = TypeVar("U")

# a batch of documents is a few hundred kilobytes; Ray's default would reserve 30% of the memory
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024
# Ray's switch for the authentication of a cluster's processes: "token" or "disabled"
RAY_AUTH_MODE = "RAY_AUTH_MODE"


class _Worker:
    """Holds the function (and so the models it loads on first use) for the life of the map."""

    def __init__(self, fn: Callable[[list[Any]], list[Any]]) -> None:
        self.fn = fn

    def call(self, batch: list[Any]) -> list[Any]:
        return self.fn(batch)


class RayExecutor(Executor):
    def __init__(self, address: str | None = None, workers: int | None = None, temp_dir: str | None = None) -> None:
        self.address = address
        self.workers = workers
        self.temp_dir = temp_dir

    def map(self, fn: Callable[[list[T]], list[U]], batches: Iterable[list[T]]) -> Iterator[list[U]]:
        if not self.address:
            _token_auth_unless_set()
        ray = _import_ray()
        started = not ray.is_initialized()
        if started:
            if self.address:
                ray.init(address=self.address, logging_level=logging.WARNING)
            else:
                start_local(self.workers or every_core(), self.temp_dir)
        try:
            count = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
            worker = ray.remote(num_cpus=1)(_Worker)
            shared = ray.put(fn)
            actors = [worker.remote(shared) for _ in range(count)]
            turn = iter(range(1 << 62))

            def submit(batch: list[T]) -> Any:
                return actors[next(turn) % count].call.remote(batch)

            yield from in_order(submit, ray.get, batches, count * IN_FLIGHT_PER_WORKER)
            for actor in actors:
                ray.kill(actor)
        finally:
            if started:
                ray.shutdown()


def start_local(cpus: int, temp_dir: str | None = None) -> None:
    """Start a Ray cluster on this machine, sized for a shared one; ``ray.shutdown()`` stops it."""
    _token_auth_unless_set()
    ray = _import_ray()
    ray.init(num_cpus=cpus, object_store_memory=LOCAL_OBJECT_STORE_BYTES, include_dashboard=False,
             _temp_dir=temp_dir, logging_level=logging.WARNING, log_to_driver=False)


def _token_auth_unless_set() -> None:
    """Ray (2.60 here) turns token authentication on for a new local cluster when RAY_AUTH_MODE is
    unset, and warns on every start that it did. Keep it on (any process that reaches the cluster's
    ports could otherwise run code in it) and say so, which Ray takes as a choice and does not warn
    about; a mode the user set is left as it is. Ray reads the mode once, when it is imported: once
    imported, Ray decides, as it always did (joining a cluster, it is the cluster's to decide)."""
    if "ray" not in sys.modules:
        os.environ.setdefault(RAY_AUTH_MODE, "token")


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(Errors.E209) from exc
    return ray
