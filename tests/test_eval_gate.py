"""The project's evaluation gate: the installed `accord extract` on the shared eval sets, scored by
shared/eval/score.py. Thresholds per stage; each stage adds its own assertions here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# CI and developers have shared/ beside the repository
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SCORER = EVAL / "score.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCORER.is_file(), reason="shared/eval is not beside the repository"),
]


def _accord() -> str:
    exe = Path(sys.executable).with_name("accord")
    return str(exe) if exe.exists() else (shutil.which("accord") or "accord")


def _extract(docs: Path, out: Path) -> None:
    files = sorted(str(p) for p in docs.glob("*.txt"))
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([_accord(), "extract", *files, "--format", "jsonl"], stdout=fh, check=True, timeout=1800)


def _score(gold: Path, pred: Path, *extra: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json", *extra],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Score dicts for 'dev', 'wide' and 'wide_en' (wide without the Russian articles)."""
    out = tmp_path_factory.mktemp("eval")
    dev, wide = out / "dev.jsonl", out / "wide.jsonl"
    _extract(EVAL / "dev" / "docs", dev)
    _extract(EVAL / "wide" / "docs", wide)
    return {
        "dev": _score(EVAL / "dev" / "gold", dev),
        "wide": _score(EVAL / "wide" / "gold", wide),
        "wide_en": _score(EVAL / "wide" / "gold", wide, "--exclude", "*_ru_*"),
    }


def test_dev_cleaning(scores: dict[str, dict[str, Any]]) -> None:
    clean = scores["dev"]["clean"]
    assert clean["keep"] >= 0.95
    assert clean["drop"] == 1.0
    assert clean["once"] == 1.0


def test_dev_publication_date(scores: dict[str, dict[str, Any]]) -> None:
    assert scores["dev"]["published_acc"] >= 0.8


def test_wide_cleaning(scores: dict[str, dict[str, Any]]) -> None:
    clean = scores["wide"]["clean"]
    assert clean["keep"] >= 0.95
    assert clean["drop"] >= 0.9
    assert clean["once"] >= 0.9


def test_wide_publication_date(scores: dict[str, dict[str, Any]]) -> None:
    assert scores["wide"]["published_acc"] >= 0.8
