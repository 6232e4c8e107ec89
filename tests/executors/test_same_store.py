"""In this process, in a process pool and on Ray: the same articles give the same knowledge base.

Ray is started once for the module, sized for a small shared machine (two CPUs, a capped object
store, no dashboard), with its temporary folder under the test's own (a short path: Ray's socket
paths have a length limit), and stopped at the end.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from logging.handlers import BufferingHandler
from pathlib import Path

import pytest

from accord.api import KnowledgeBase
from accord.config import Settings
from accord.executors import Executor, InProcessExecutor, ProcessPoolExecutor
from accord.executors.ray import RayExecutor, start_local
from eval_sets import CORPORA
from exports import canonical

# not imported here: Ray reads its authentication mode once, when it is imported, and the executor
# imports it after choosing one
pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                reason="the ray extra (pip install 'accord[ray]'); `make test` installs it")

DEV = CORPORA["dev"] / "docs"


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[logging.LogRecord]]:
    """Ray started as `--executor ray` starts it, with no authentication mode set beforehand; the
    records Ray logged while starting."""
    temp = tmp_path_factory.mktemp("ray", numbered=False)
    logged = BufferingHandler(capacity=10_000)
    with pytest.MonkeyPatch.context() as env:
        env.delenv("RAY_AUTH_MODE", raising=False)
        logging.getLogger("ray").addHandler(logged)
        try:
            start_local(2, str(temp))
        finally:
            logging.getLogger("ray").removeHandler(logged)
        yield logged.buffer
        import ray

        ray.shutdown()


@pytest.mark.slow
def test_ray_starts_without_a_warning(local_ray: list[logging.LogRecord]) -> None:
    assert [r.getMessage() for r in local_ray if r.levelno >= logging.WARNING] == []


def _store(executor: Executor, tmp_path: Path, name: str) -> dict[str, list[str]]:
    db = str(tmp_path / f"{name}.sqlite")
    with KnowledgeBase(db, Settings(batch_size=2)) as kb:
        summary = kb.run([str(DEV)], executor=executor)
        assert summary.new == summary.read > 0 and not summary.failed
    return canonical(db, tmp_path / name)


@pytest.mark.slow
def test_every_executor_gives_the_same_store(local_ray: list[logging.LogRecord], tmp_path: Path) -> None:
    if not DEV.is_dir():
        pytest.skip(f"no dev articles at {DEV}")
    here = _store(InProcessExecutor(), tmp_path, "here")
    assert here["events"] and here["documents"]
    assert _store(ProcessPoolExecutor(workers=2), tmp_path, "pool") == here
    assert _store(RayExecutor(workers=2), tmp_path, "ray") == here
