"""Every extracted item carries its evidence: a sentence of the document's clean text.

Run over the project's own corpus and the shared articles, as the CLI extracts them once per session.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from eval_sets import CORPORA

pytestmark = pytest.mark.slow

SECTIONS = ("events", "indicators", "agreements", "people")


def test_each_item_has_an_evidence_sentence_of_the_text(extracted: Callable[[str], Path]) -> None:
    corpora = ["corpus"] + [c for c in ("dev", "wide") if (CORPORA[c] / "docs").is_dir()]
    records = [json.loads(line) for c in corpora for line in extracted(c).read_text(encoding="utf-8").splitlines()]
    english = [r for r in records if r["language"] == "en"]
    analysed = analyse([CleanDocument(r["doc"], r["doc"], r["text"], language="en") for r in english])
    checked = 0
    for record, a in zip(english, analysed, strict=True):
        assert a is not None
        sentences = {s.text for s in a.sentences}
        for section in SECTIONS:
            for item in record[section]:
                assert item["evidence"], (record["doc"], section, item)
                assert item["evidence"] in sentences, (record["doc"], section, item["evidence"])
                checked += 1
    assert checked > 100


def test_a_language_without_a_pipeline_gets_empty_lists_and_the_summary_says_so(tmp_path: Path) -> None:
    # Russian has its pipeline now; German has none
    article = tmp_path / "de.txt"
    article.write_text(
        "Der Präsident Tadschikistans besucht Usbekistan\n\n"
        "Der Präsident Tadschikistans, Emomali Rahmon, wird Usbekistan am 2. und 3. Juni besuchen. "
        "Die beiden Seiten wollen über die Zusammenarbeit in Handel und Verkehr sprechen.\n\n"
        "Im vergangenen Jahr betrug der Handel zwischen den beiden Ländern 500 Millionen Dollar.\n",
        encoding="utf-8",
    )
    proc = subprocess.run([sys.executable, "-m", "accord", "extract", str(article)],
                          capture_output=True, text=True, check=True)
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["language"] == "de"
    assert "Emomali Rahmon" in record["text"]
    assert all(record[s] == [] for s in (*SECTIONS, "cooperation"))
    assert "1 in a language with no extraction pipeline" in proc.stderr
