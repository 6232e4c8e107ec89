"""The sets the eval gate scores, each corpus's fingerprint, and the figures pinned in eval_floors.json.

Shared by the gate (tests/test_eval_gate.py, through the session fixture in conftest.py) and by
``scripts/measure_floors.py``, which re-measures the floors.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from accord.cli import app

ROOT = Path(__file__).resolve().parents[1]
# CI and developers have shared/ beside the repository
SHARED = ROOT.parent / "shared" / "eval"
SCORER = SHARED / "score.py"
FLOORS = ROOT / "tests" / "eval_floors.json"
# a floor sits this far under the measured figure: rounding and platform noise, never a regression
MARGIN = 0.005

# each corpus is a folder with docs/ and gold/; holdout_ru is the hook for a Russian hold-out set
CORPORA = {
    "dev": SHARED / "dev",
    "wide": SHARED / "wide",
    "ru": SHARED / "ru",
    "corpus": ROOT / "tests" / "corpus",
    "holdout": ROOT / "tests" / "holdout",
    "holdout_r6": ROOT / "tests" / "holdout_r6",  # round 6, measured unseen and then tuned against
    "holdout_r7": ROOT / "tests" / "holdout_r7",  # round 7, measured unseen and then tuned against
    "holdout_r8": ROOT / "tests" / "holdout_r8",  # round 8, measured unseen and then tuned against
    "holdout_r9": ROOT / "tests" / "holdout_r9",  # round 9, measured unseen and then tuned against
    "holdout_r10a": ROOT / "tests" / "holdout_r10a",  # round 10 (two writers), measured unseen, then tuned
    "holdout_r10b": ROOT / "tests" / "holdout_r10b",
    "holdout_r11": ROOT / "tests" / "holdout_r11",  # round 11, measured unseen at the last stop, then tuned
    "holdout_r12a": ROOT / "tests" / "holdout_r12a",  # round 12 (two writers), measured unseen, then tuned
    "holdout_r12b": ROOT / "tests" / "holdout_r12b",
    "holdout_r13a": ROOT / "tests" / "holdout_r13a",  # round 13 (two writers), measured unseen, then tuned
    "holdout_r13b": ROOT / "tests" / "holdout_r13b",
    "holdout_r14a": ROOT / "tests" / "holdout_r14a",  # round 14 (four writers), measured unseen, then tuned
    "holdout_r14b": ROOT / "tests" / "holdout_r14b",
    "holdout_r14c": ROOT / "tests" / "holdout_r14c",
    "holdout_r14d": ROOT / "tests" / "holdout_r14d",
    "holdout_r15a": ROOT / "tests" / "holdout_r15a",  # round 15 (three writers), measured unseen, then tuned
    "holdout_r15b": ROOT / "tests" / "holdout_r15b",
    "holdout_r15c": ROOT / "tests" / "holdout_r15c",
    "holdout_r16a": ROOT / "tests" / "holdout_r16a",  # round 16 (two writers), the last unseen measure of stop 21
    "holdout_r16b": ROOT / "tests" / "holdout_r16b",
    "holdout_r17a": ROOT / "tests" / "holdout_r17a",  # round 17 (three writers), measured unseen, then tuned
    "holdout_r17b": ROOT / "tests" / "holdout_r17b",
    "holdout_r17c": ROOT / "tests" / "holdout_r17c",
    "holdout_r18a": ROOT / "tests" / "holdout_r18a",  # round 18 (three writers), the last unseen measure of stop 22
    "holdout_r18b": ROOT / "tests" / "holdout_r18b",
    "holdout_r18c": ROOT / "tests" / "holdout_r18c",
    "holdout_r19a": ROOT / "tests" / "holdout_r19a",  # round 19 (three writers), the last unseen measure of stop 23
    "holdout_r19b": ROOT / "tests" / "holdout_r19b",
    "holdout_r19c": ROOT / "tests" / "holdout_r19c",
    "holdout_r20a": ROOT / "tests" / "holdout_r20a",  # round 20 (four writers), the last unseen measure of stop 24
    "holdout_r20b": ROOT / "tests" / "holdout_r20b",
    "holdout_r20c": ROOT / "tests" / "holdout_r20c",
    "holdout_r20d": ROOT / "tests" / "holdout_r20d",  # its Russian part
    "holdout_ru": ROOT / "tests" / "holdout_ru",
    "holdout_ru2": ROOT / "tests" / "holdout_ru2",  # Russian, stop 24: scored unseen, then tuned
}


@dataclass(frozen=True)
class EvalSet:
    corpus: str
    exclude: str | None = None  # gold files left out of the score (score.py --exclude)


SETS = {
    "dev": EvalSet("dev"),
    "wide": EvalSet("wide"),
    "wide_en": EvalSet("wide", "*_ru_*"),
    "ru": EvalSet("ru"),
    "corpus": EvalSet("corpus"),
    "holdout": EvalSet("holdout"),
    "holdout_r6": EvalSet("holdout_r6"),
    "holdout_r7": EvalSet("holdout_r7"),
    "holdout_r8": EvalSet("holdout_r8"),
    "holdout_r9": EvalSet("holdout_r9"),
    "holdout_r10a": EvalSet("holdout_r10a"),
    "holdout_r10b": EvalSet("holdout_r10b"),
    "holdout_r11": EvalSet("holdout_r11"),
    "holdout_r12a": EvalSet("holdout_r12a"),
    "holdout_r12b": EvalSet("holdout_r12b"),
    "holdout_r13a": EvalSet("holdout_r13a"),
    "holdout_r13b": EvalSet("holdout_r13b"),
    "holdout_r14a": EvalSet("holdout_r14a"),
    "holdout_r14b": EvalSet("holdout_r14b"),
    "holdout_r14c": EvalSet("holdout_r14c"),
    "holdout_r14d": EvalSet("holdout_r14d"),
    "holdout_r15a": EvalSet("holdout_r15a"),
    "holdout_r15b": EvalSet("holdout_r15b"),
    "holdout_r15c": EvalSet("holdout_r15c"),
    "holdout_r16a": EvalSet("holdout_r16a"),
    "holdout_r16b": EvalSet("holdout_r16b"),
    "holdout_r17a": EvalSet("holdout_r17a"),
    "holdout_r17b": EvalSet("holdout_r17b"),
    "holdout_r17c": EvalSet("holdout_r17c"),
    "holdout_r18a": EvalSet("holdout_r18a"),
    "holdout_r18b": EvalSet("holdout_r18b"),
    "holdout_r18c": EvalSet("holdout_r18c"),
    "holdout_r19a": EvalSet("holdout_r19a"),
    "holdout_r19b": EvalSet("holdout_r19b"),
    "holdout_r19c": EvalSet("holdout_r19c"),
    "holdout_r20a": EvalSet("holdout_r20a"),
    "holdout_r20b": EvalSet("holdout_r20b"),
    "holdout_r20c": EvalSet("holdout_r20c"),
    "holdout_r20d": EvalSet("holdout_r20d"),
    "holdout_ru": EvalSet("holdout_ru"),
    "holdout_ru2": EvalSet("holdout_ru2"),
}


def available(corpus: str) -> bool:
    return (CORPORA[corpus] / "docs").is_dir() and (CORPORA[corpus] / "gold").is_dir() and SCORER.is_file()


def fingerprint(corpus: str) -> str:
    """sha256 over the names and bytes of the corpus's docs and gold files, in sorted order."""
    folder = CORPORA[corpus]
    digest = hashlib.sha256()
    for path in sorted(p for sub in ("docs", "gold") for p in (folder / sub).rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def extract(corpus: str, out: Path) -> None:
    """`accord extract DOCS --format jsonl --output OUT`, run in this process (the model loads once)."""
    result = CliRunner().invoke(app, ["extract", str(CORPORA[corpus] / "docs"), "--format", "jsonl",
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output


def score(name: str, pred: Path) -> dict[str, Any]:
    """score.py --json of the set ``name`` on the predictions ``pred``."""
    eval_set = SETS[name]
    extra = ["--exclude", eval_set.exclude] if eval_set.exclude else []
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(CORPORA[eval_set.corpus] / "gold"),
                           "--pred", str(pred), "--json", *extra], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def figures(scored: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Every rate score.py prints, as flat keys ("events.f1", "clean.keep", "macro_f1"); counts left out."""
    out: dict[str, float] = {}
    for key, value in scored.items():
        if isinstance(value, dict):
            out.update(figures(value, f"{prefix}{key}."))
        elif isinstance(value, float | int) and key not in ("tp", "fp", "fn"):
            out[prefix + key] = float(value)
    return out


def floor_of(measured: float) -> float:
    return round(max(0.0, measured - MARGIN), 3)


def load_floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data
