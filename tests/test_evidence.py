"""Every extracted item carries its evidence: a sentence of the document's clean text.

Run over the project's own corpus and the shared articles, through the real CLI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
SHARED = HERE.parents[1] / "shared" / "eval"
SECTIONS = ("events", "indicators", "agreements", "people")


def _extract(paths: list[Path]) -> list[dict]:  # type: ignore[type-arg]
    proc = subprocess.run([sys.executable, "-m", "accord", "extract", *map(str, paths), "--format", "jsonl"],
                          capture_output=True, text=True, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_each_item_has_an_evidence_sentence_of_the_text() -> None:
    folders = [HERE / "corpus" / "docs"] + [SHARED / s / "docs" for s in ("dev", "wide") if (SHARED / s).is_dir()]
    records = _extract(folders)
    checked = 0
    for record in records:
        if record["language"] != "en":
            continue
        [analysed] = analyse([CleanDocument(record["doc"], record["doc"], record["text"], language="en")])
        assert analysed is not None
        sentences = {s.text for s in analysed.sentences}
        for section in SECTIONS:
            for item in record[section]:
                assert item["evidence"], (record["doc"], section, item)
                assert item["evidence"] in sentences, (record["doc"], section, item["evidence"])
                checked += 1
    assert checked > 100


def test_a_language_without_a_pipeline_gets_empty_lists_and_the_summary_says_so(tmp_path: Path) -> None:
    article = tmp_path / "ru.txt"
    article.write_text(
        "Президент Таджикистана посетит Узбекистан\n\n"
        "Президент Таджикистана Эмомали Рахмон посетит Узбекистан с двухдневным визитом 2-3 июня. "
        "Стороны обсудят сотрудничество в торговой и транспортной сферах.\n\n"
        "По итогам прошлого года товарооборот между двумя странами составил 500 миллионов долларов.\n",
        encoding="utf-8",
    )
    proc = subprocess.run([sys.executable, "-m", "accord", "extract", str(article)],
                          capture_output=True, text=True, check=True)
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["language"] == "ru"
    assert "Эмомали Рахмон" in record["text"]
    assert all(record[s] == [] for s in (*SECTIONS, "cooperation"))
    assert "1 in a language with no extraction pipeline" in proc.stderr
