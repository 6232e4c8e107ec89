"""A knowledge base as rows to compare: what must not depend on how or where a run went."""

from __future__ import annotations

import json
from pathlib import Path

from accord.api import KnowledgeBase


def canonical(db: str, out: Path) -> dict[str, list[str]]:
    """The jsonl export without ids and timestamps, rows sorted."""
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
