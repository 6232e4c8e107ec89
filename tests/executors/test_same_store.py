"""In this process, in a process pool and on Ray: the same articles give the same knowledge base.

Ray is started once for the module, sized for a small shared machine (two CPUs, a capped object
store, no dashboard), with its temporary folder under the test's own (a short path: Ray's socket
paths have a length limit), and stopped at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.api import KnowledgeBase
from accord.config import Settings
from accord.executors import Executor, InProcessExecutor, ProcessPoolExecutor
from accord.executors.ray import LOCAL_OBJECT_STORE_BYTES, RayExecutor
from eval_sets import CORPORA
from exports import canonical

ray = pytest.importorskip("ray", reason="the ray extra (pip install 'accord[ray]'); `make test` installs it")

DEV = CORPORA["dev"] / "docs"


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    temp = tmp_path_factory.mktemp("ray", numbered=False)
    ray.init(num_cpus=2, object_store_memory=LOCAL_OBJECT_STORE_BYTES, include_dashboard=False,
             _temp_dir=str(temp), log_to_driver=False)
    yield
    ray.shutdown()


def _store(executor: Executor, tmp_path: Path, name: str) -> dict[str, list[str]]:
    db = str(tmp_path / f"{name}.sqlite")
    with KnowledgeBase(db, Settings(batch_size=2)) as kb:
        summary = kb.run([str(DEV)], executor=executor)
        assert summary.new == summary.read > 0 and not summary.failed
    return canonical(db, tmp_path / name)


@pytest.mark.slow
def test_every_executor_gives_the_same_store(local_ray: None, tmp_path: Path) -> None:
    if not DEV.is_dir():
        pytest.skip(f"no dev articles at {DEV}")
    here = _store(InProcessExecutor(), tmp_path, "here")
    assert here["events"] and here["documents"]
    assert _store(ProcessPoolExecutor(workers=2), tmp_path, "pool") == here
    assert _store(RayExecutor(workers=2), tmp_path, "ray") == here
