"""Golden files: a hand-written article and the contract output written by hand for it.

Only the fields the contract defines are compared (evidence is checked to be a sentence of the text);
lists are compared as sorted lists, since their order carries no meaning.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.txt"))


def _project(item: dict[str, Any], keys: list[str]) -> str:
    """The item's values for ``keys``; lists inside (countries, sectors) are sets, so sorted."""
    return json.dumps({k: sorted(v) if isinstance(v := item.get(k), list) else v for k in keys}, sort_keys=True)


@pytest.mark.slow
@pytest.mark.parametrize("article", CASES, ids=[c.stem for c in CASES])
def test_contract_output_matches_the_hand_written_golden_file(article: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "accord", "extract", str(article), "--format", "jsonl"],
                          capture_output=True, text=True, check=True)
    [got] = [json.loads(line) for line in proc.stdout.splitlines()]
    want = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    for key in ("doc", "published", "language", "title"):
        assert got[key] == want[key], key
    for section, items in want.items():
        if not isinstance(items, list):
            continue
        keys = sorted({k for item in items for k in item})
        assert sorted(_project(i, keys) for i in got[section]) == sorted(_project(i, keys) for i in items), section
        for item in got[section]:
            if item.get("evidence") is not None:
                assert item["evidence"] in got["text"]
