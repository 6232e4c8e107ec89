"""A run killed at random points and resumed ends with the same knowledge base as one clean run."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from accord.api import KnowledgeBase
from accord.store.backend import Connection

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


def _canonical(db: str, out: Path) -> dict[str, list[str]]:
    """The jsonl export without ids and timestamps, rows sorted: what must not depend on the crash."""
    with KnowledgeBase(db) as kb:
        files = kb.export("jsonl", out)
    tables = {}
    for name, path in files.items():
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            row = {k: v for k, v in json.loads(line).items() if not k.endswith("_id")}
            rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        tables[name] = sorted(rows)
    return tables


@pytest.mark.slow
def test_killed_runs_resume_to_the_clean_result(make_db: Callable[[], str], tmp_path: Path):
    if len(CORPUS) < 12:
        pytest.skip(f"the eval articles are not at {EVAL}")
    total = len(CORPUS)
    clean = make_db()
    assert _accord_run(clean).wait(timeout=600) == 0
    expected = _canonical(clean, tmp_path / "clean")
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
        got = _canonical(db, tmp_path / f"seed{seed}")
        diff = {t: (sorted(set(got[t]) - set(expected[t])), sorted(set(expected[t]) - set(got[t])))
                for t in expected if got[t] != expected[t]}
        assert not diff, f"seed {seed} (killed after {kill_after}): only resumed / only clean: {diff}"
    assert killed_mid_run >= 1, "every run finished before it could be killed: nothing was tested"
