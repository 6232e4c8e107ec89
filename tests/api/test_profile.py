"""The terminal profile of a pair, and queries on a knowledge base that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from accord.api import KnowledgeBase, render
from accord.cli import app
from accord.document import CleanDocument, SourceRecord
from accord.errors import StoreError
from accord.facts import Evidence, Extraction, Indicator
from accord.pipeline import DocumentResult
from accord.store import ingest

FIRST = "Tajikistan's exports to Russia exceeded $300m in 2024, customs said."
SECOND = "Exports from Tajikistan to Russia came to $270m last year, the ministry said."


def _doc(name: str, text: str, outlet: str, published: str, value: float, qualifier: str | None) -> DocumentResult:
    doc = CleanDocument(name, name, text, title="Trade", language="en", published=published, outlet=outlet)
    ex = Extraction(indicators=[Indicator("exports", ["TJK", "RUS"], value, "USD", period="2024",
                                          qualifier=qualifier, flow_from="TJK", flow_to="RUS",
                                          evidence=Evidence(text, 0, len(text)))])
    return DocumentResult(SourceRecord(name, name, text), doc, ex)


def test_dyad_prints_every_value_of_a_conflicting_figure_side_by_side(tmp_path: Path):
    db = str(tmp_path / "kb.sqlite")
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [_doc("a.txt", FIRST, "Customs Daily", "2025-02-10", 300e6, "over"),
                          _doc("b.txt", SECOND, "Ministry News", "2025-03-01", 270e6, None)])
        profile = kb.dyad("TJK", "RUS")
    [figure] = profile.conflicts
    console = Console(width=250, record=True)
    render.print_grids(console, render.dyad(profile))
    lines = console.export_text().splitlines()
    over = next(line for line in lines if "over $300M" in line)
    assert "Customs Daily (2025-02-10)" in over and "Tajikistan's exports to Russia" in over
    second = next(line for line in lines if "$270M" in line)
    assert "Ministry News (2025-03-01)" in second
    assert figure.id in over and "(conflict)" in over


def test_queries_refuse_a_knowledge_base_that_does_not_exist(tmp_path: Path):
    db = tmp_path / "missing.sqlite"
    runner = CliRunner()
    for args in (["dyad", "TJK", "RUS"], ["timeline", "TJK"], ["search", "trade"], ["show", "ev-1"],
                 ["export", "--output", str(tmp_path / "out")]):
        out = runner.invoke(app, [*args, "--db", str(db)])
        assert out.exit_code == 2, args
        assert f"no knowledge base at {db}" in " ".join(out.output.split())
    assert not db.exists() and not (tmp_path / "out").exists()
    with KnowledgeBase(str(db)) as kb, pytest.raises(StoreError, match="run `accord run"):
        kb.partners("TJK")
    assert not db.exists()
