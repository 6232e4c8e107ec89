"""Runs killed at random points: after every kill the database is intact and holds only whole
documents, each as a clean run stores it; resumed, it ends equal to one clean run, row for row.

20 kills on SQLite and 5 on PostgreSQL, in chains: a run is killed, the next run (which skips what
is stored) is killed again, and after the last kill of a chain a run completes.
"""

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

from accord.store.backend import Connection
from exports import canonical

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
DOCS = [EVAL / "dev" / "docs", EVAL / "wide" / "docs"]
# 13 articles: enough to kill the run at many places, few enough to extract many times
CORPUS = sorted(p for d in DOCS if d.is_dir() for p in d.iterdir() if p.suffix == ".txt")[:13]
KILLS = {"sqlite": 20, "postgres": 5}
KILLS_PER_CHAIN = 5
SEED = 13
FACT_TABLES = ("events", "indicators", "agreements", "sectors")
# ids and times differ between two databases; what they point to is compared instead
NOT_CONTENT = {"id", "document_id", "cluster_id", "person_id", "fact_id", "stored_at", "duplicate_of"}


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


def _documents(db: str) -> dict[str, dict[str, list[str]]]:
    """Each stored document with its facts and evidence, without ids, by source."""
    conn = Connection(db)

    def rows(sql: str, doc_id: int) -> list[str]:
        return sorted(json.dumps({k: v for k, v in r.items() if k not in NOT_CONTENT}, sort_keys=True, default=str)
                      for r in conn.query(sql, (doc_id,)))

    try:
        try:
            stored = conn.query("SELECT id, source FROM documents")
        except Exception:  # killed before the first migration: an empty file, nothing stored to compare
            return {}
        out = {}
        for doc in stored:
            found = {"documents": rows("SELECT * FROM documents WHERE id = ?", doc["id"])}
            for table in FACT_TABLES:
                found[table] = rows(f"SELECT * FROM {table} WHERE document_id = ?", doc["id"])
            found["offices"] = rows("SELECT o.*, p.name, p.country AS person_country FROM offices o"
                                    " JOIN people p ON p.id = o.person_id WHERE o.document_id = ?", doc["id"])
            found["evidence"] = rows("SELECT * FROM evidence WHERE document_id = ?", doc["id"])
            out[doc["source"]] = found
        return out
    finally:
        conn.close()


def _intact(db: str) -> None:
    """SQLite's own check of every page and index; PostgreSQL keeps its pages itself (WAL, checksums),
    so there the check is that no fact or evidence row lost its document."""
    conn = Connection(db)
    try:
        if conn.dialect.name == "sqlite":
            assert [r["integrity_check"] for r in conn.query("PRAGMA integrity_check")] == ["ok"]
            assert not conn.query("PRAGMA foreign_key_check")
        else:
            for table in (*FACT_TABLES, "offices", "evidence"):
                assert not conn.scalar(f"SELECT COUNT(*) FROM {table} t"
                                       " WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.document_id)")
    finally:
        conn.close()


def _kill_at_random(db: str, rng: random.Random, total: int) -> tuple[str, bool]:
    """Start a run and SIGKILL it when it has stored a random number of further documents, or a random
    moment later (while it loads, migrates, extracts or fuses); whether it was still running."""
    before = _stored(db)
    target = rng.randint(before, total)
    linger = rng.uniform(0, 0.5)
    proc = _accord_run(db)
    deadline = time.monotonic() + 600
    while proc.poll() is None and _stored(db) < target and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(linger)
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return f"after {target} stored + {linger:.2f} s", alive


@pytest.mark.slow
def test_killed_runs_resume_to_the_clean_result(make_db: Callable[[], str], tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    if len(CORPUS) < 12:
        pytest.skip(f"the eval articles are not at {EVAL}")
    kills = KILLS[request.node.callspec.params["make_db"]]
    total = len(CORPUS)
    clean = make_db()
    assert _accord_run(clean).wait(timeout=600) == 0
    expected = canonical(clean, tmp_path / "clean")
    expected_docs = _documents(clean)
    assert len(expected_docs) == total

    rng = random.Random(SEED)
    killed_mid_run = 0
    db = make_db()
    for kill in range(1, kills + 1):
        where, alive = _kill_at_random(db, rng, total)
        killed_mid_run += alive
        _intact(db)
        got = _documents(db)
        assert set(got) <= set(expected_docs)
        for source, content in got.items():
            assert content == expected_docs[source], f"kill {kill} ({where}): {source} differs from the clean run"
        if kill % KILLS_PER_CHAIN == 0 or kill == kills:
            assert _accord_run(db).wait(timeout=600) == 0
            _intact(db)
            resumed = canonical(db, tmp_path / f"kill{kill}")
            diff = {t: (sorted(set(resumed[t]) - set(expected[t])), sorted(set(expected[t]) - set(resumed[t])))
                    for t in expected if resumed[t] != expected[t]}
            assert not diff, f"resumed after kill {kill} ({where}): only resumed / only clean: {diff}"
            db = make_db()
    assert killed_mid_run >= kills // 2, f"only {killed_mid_run} of {kills} runs were still running when killed"
