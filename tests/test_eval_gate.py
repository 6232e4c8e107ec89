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
# the project's own hand-written test corpus (tests/corpus/README.md), and a hand-written hold-out
# set that no rule was tuned against (tests/holdout/README.md): it measures generalisation
CORPUS = Path(__file__).resolve().parent / "corpus"
HOLDOUT = Path(__file__).resolve().parent / "holdout"
CATEGORIES = ("events", "indicators", "agreements", "people", "cooperation")

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
    dev, wide, corpus = out / "dev.jsonl", out / "wide.jsonl", out / "corpus.jsonl"
    _extract(EVAL / "dev" / "docs", dev)
    _extract(EVAL / "wide" / "docs", wide)
    _extract(CORPUS / "docs", corpus)
    holdout = out / "holdout.jsonl"
    _extract(HOLDOUT / "docs", holdout)
    return {
        "dev": _score(EVAL / "dev" / "gold", dev),
        "wide": _score(EVAL / "wide" / "gold", wide),
        "wide_en": _score(EVAL / "wide" / "gold", wide, "--exclude", "*_ru_*"),
        "corpus": _score(CORPUS / "gold", corpus),
        "holdout": _score(HOLDOUT / "gold", holdout),
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


def test_dev_extraction(scores: dict[str, dict[str, Any]]) -> None:
    dev = scores["dev"]
    assert dev["macro_f1"] >= 0.80
    for category in CATEGORIES:
        assert dev[category]["f1"] >= 0.70, category
    assert dev["events"]["date_acc"] >= 0.8
    assert dev["indicators"]["period_acc"] >= 0.8


def test_wide_english_extraction(scores: dict[str, dict[str, Any]]) -> None:
    wide = scores["wide_en"]
    assert wide["macro_f1"] >= 0.75
    for category in CATEGORIES:
        assert wide[category]["f1"] >= 0.60, category


def test_own_corpus_extraction(scores: dict[str, dict[str, Any]]) -> None:
    assert scores["corpus"]["macro_f1"] >= 0.75


def test_holdout_extraction(scores: dict[str, dict[str, Any]]) -> None:
    """The issue's bar for unseen articles; the figure itself is reported, not tuned."""
    holdout = scores["holdout"]
    assert holdout["macro_f1"] >= 0.75
    assert holdout["clean"]["keep"] >= 0.95
    assert holdout["published_acc"] >= 0.8
