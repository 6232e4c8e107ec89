"""What `accord watch` has seen: each fused fact's state at the last watch, and each watch's digest."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .backend import Connection


def states(conn: Connection) -> dict[str, str]:
    """fact id -> the state recorded at the last watch."""
    return {r["fact"]: r["state"] for r in conn.query("SELECT fact, state FROM watch_seen")}


def last_run(conn: Connection) -> str | None:
    return conn.scalar("SELECT at FROM watch_runs ORDER BY id DESC LIMIT 1")


def remember(conn: Connection, current: Mapping[str, tuple[str, str]], at: str, digest: Any) -> None:
    """Record the state of every fact (id -> (pair, state)) and the digest, in one transaction: a
    watch cut short reports its changes again next time rather than never."""
    with conn.transaction():
        conn.execute("DELETE FROM watch_seen")
        for fact, (pair, state) in current.items():
            conn.execute("INSERT INTO watch_seen (fact, pair, state, seen_at) VALUES (?, ?, ?, ?)",
                         (fact, pair, state, at))
        conn.execute("INSERT INTO watch_runs (at, digest) VALUES (?, ?)", (at, json.dumps(digest, ensure_ascii=False)))
