"""The one pipeline under its executors: one item per source, in input order, wherever it runs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from accord.config import Settings
from accord.contract import to_contract
from accord.document import DocumentResult, ReadFailure, SkippedSource, SourceRecord, Unchanged
from accord.executors import InProcessExecutor, ProcessPoolExecutor
from accord.pipeline import run
from eval_sets import CORPORA

STORY = (
    "Kenya and Japan sign road deal\n\n"
    "NAIROBI, March 3, 2025 - Kenya and Japan signed an agreement on the construction of a ring road "
    "in Nairobi on Monday, the Kenyan foreign ministry said.\n\n"
    "Bilateral trade between Kenya and Japan reached $1.2 billion in 2024, the ministry said.\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("Kenya", "Ghana").replace("Kenyan", "Ghanaian"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.tsv").write_text("a\tb\n", encoding="utf-8")
    return [str(tmp_path)]


def _summary(outcomes: list[object]) -> list[object]:
    out: list[object] = []
    for o in outcomes:
        if isinstance(o, DocumentResult):
            out.append(to_contract(o.document, o.extraction))
        elif isinstance(o, ReadFailure):
            out.append(("failed", Path(o.source).name))
        elif isinstance(o, SkippedSource):
            out.append(("skipped", Path(o.source).name))
    return out


def test_outcomes_keep_input_order_and_report_failures(corpus: list[str]) -> None:
    outcomes = list(run(corpus, Settings(batch_size=2), InProcessExecutor()))
    kinds = [(type(o).__name__, Path(o.record.source if isinstance(o, DocumentResult) else o.source).name)
             for o in outcomes]
    assert kinds == [("DocumentResult", "a.txt"), ("DocumentResult", "b.txt"), ("ReadFailure", "empty.txt"),
                     ("SkippedSource", "notes.tsv")]


def test_a_source_the_store_holds_unchanged_stays_in_its_place_with_its_reason(corpus: list[str]) -> None:
    def held(record: SourceRecord) -> bool:
        return Path(record.source).name == "a.txt"

    items = list(run(corpus, Settings(batch_size=2), InProcessExecutor(), extract=False, skip=held))
    assert [type(i).__name__ for i in items] == ["Unchanged", "DocumentResult", "ReadFailure", "SkippedSource"]
    assert isinstance(items[0], Unchanged) and items[0].reason == "stored with the same content"
    assert isinstance(items[2], ReadFailure) and "empty file" in items[2].reason


def test_clean_only_leaves_the_fact_lists_empty(corpus: list[str]) -> None:
    results = [i for i in run(corpus, Settings(), InProcessExecutor(), extract=False) if isinstance(i, DocumentResult)]
    assert [r.document.title for r in results] == ["Kenya and Japan sign road deal", "Ghana and Japan sign road deal"]
    assert all(not r.extraction.events and not r.extraction.indicators for r in results)


def test_executors_map_any_function_over_batches_in_order() -> None:
    """An executor knows nothing of records: it maps a function (here a builtin, which pickles) over batches."""
    batches = [[3, 1], [2], [9, 5, 7]]
    assert list(InProcessExecutor().map(sorted, batches)) == [[1, 3], [2], [5, 7, 9]]
    assert list(ProcessPoolExecutor(workers=2).map(sorted, iter(batches))) == [[1, 3], [2], [5, 7, 9]]


@pytest.mark.slow
def test_process_pool_gives_the_same_outcomes_as_in_process(corpus: list[str]) -> None:
    here = _summary(list(run(corpus, Settings(batch_size=1), InProcessExecutor())))
    pooled = _summary(list(run(corpus, Settings(batch_size=1), ProcessPoolExecutor(workers=2))))
    assert pooled == here
    assert any(isinstance(o, dict) and o["indicators"] for o in here)


@pytest.mark.slow
def test_extraction_output_does_not_depend_on_the_hash_seed(extracted: Callable[[str], Path]) -> None:
    """Sets and dicts must not leak their iteration order into the output: the store compares runs.

    The session's extraction of the corpus (this process's hash seed) against a process with another seed.
    """
    other = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    docs = CORPORA["corpus"] / "docs"
    proc = subprocess.run([sys.executable, "-m", "accord", "extract", str(docs), "--format", "jsonl"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": other}, check=True)
    assert proc.stdout == extracted("corpus").read_text(encoding="utf-8")
    assert proc.stdout.count("\n") == len(list(docs.glob("*.txt")))
