"""A run killed at random points and resumed ends with the same knowledge base as one clean run."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from accord.store.backend import Connection
from exports import canonical

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
DOCS = [EVAL / "dev" / "docs", EVAL / "wide" / "docs"]
# 13 articles: enough to kill the run at several places, few enough to extract four times
CORPUS = sorted(p for d in DOCS if d.is_dir() for p in d.iterdir() if p.suffix == ".txt")[:13]
SEEDS = (1, 2, 3)


def _accord_run(db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "from accord.cli import main; main()", "run",
                             *map(str, CORPUS), "--db", db,
                             "--batch-size", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stored(db: str) -> int:
    try:
        conn = Connection(db)
    except Exception:
        return 0
    try:
        return int(conn.scalar("SELECT COUNT(*) FROM documents") or 0)
    except Exception:  # schema not created yet
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_runs_resume_to_the_clean_result(make_db: Callable[[], str], tmp_path: Path):
    if len(CORPUS) < 12:
        pytest.skip(f"the eval articles are not at {EVAL}")
    total = len(CORPUS)
    clean = make_db()
    assert _accord_run(clean).wait(timeout=600) == 0
    expected = canonical(clean, tmp_path / "clean")
    assert _stored(clean) == total

    killed_mid_run = 0
    for seed in SEEDS:
        db = make_db()
        kill_after = random.Random(seed).randint(1, total - 2)
        proc = _accord_run(db)
        deadline = time.monotonic() + 600
        while proc.poll() is None and _stored(db) < kill_after and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid_run += 1
        proc.wait(timeout=60)
        assert 0 < _stored(db) <= total
        assert _accord_run(db).wait(timeout=600) == 0
        assert _stored(db) == total
        got = canonical(db, tmp_path / f"seed{seed}")
        diff = {t: (sorted(set(got[t]) - set(expected[t])), sorted(set(expected[t]) - set(got[t])))
                for t in expected if got[t] != expected[t]}
        assert not diff, f"seed {seed} (killed after {kill_after}): only resumed / only clean: {diff}"
    assert killed_mid_run >= 1, "every run finished before it could be killed: nothing was tested"
