"""The query commands on a knowledge base built from hand-written facts."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accord.api import KnowledgeBase
from accord.cli import app
from accord.document import CleanDocument, DocumentResult, SourceRecord
from accord.facts import Event, Evidence, Extraction
from accord.store import ingest

TEXT = "Presidents of Tajikistan and Russia met in Moscow on March 17, 2025, to discuss aluminium supplies."


def _kb(tmp_path: Path) -> str:
    db = str(tmp_path / "kb.sqlite")
    doc = CleanDocument("a.txt", "a.txt", TEXT, title="Talks", language="en", published="2025-03-18")
    ex = Extraction(events=[Event("CONSULT", ["TJK", "RUS"], mode="meeting", date="2025-03-17", location="Moscow",
                                  evidence=Evidence(TEXT, 0, len(TEXT)))])
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [DocumentResult(SourceRecord("a.txt", "a.txt", TEXT), doc, ex)])
    return db


def test_dyad_accepts_names_and_prints_json(tmp_path: Path):
    db = _kb(tmp_path)
    out = CliRunner().invoke(app, ["dyad", "Russia", "Tajikistan", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    profile = json.loads(out.stdout)
    assert profile["countries"] == ["RUS", "TJK"]
    assert [(e["type"], e["date"], e["location"]) for e in profile["events"]] == [("CONSULT", "2025-03-17", "Moscow")]


def test_tables_search_show_and_export(tmp_path: Path):
    db = _kb(tmp_path)
    runner = CliRunner()
    table = runner.invoke(app, ["timeline", "TJK", "--db", db])
    assert table.exit_code == 0 and "CONSULT" in table.stdout and "2025-03-17" in table.stdout
    hits = json.loads(runner.invoke(app, ["search", "aluminium", "--db", db, "--json"]).stdout)
    assert [h["fact"] for h in hits] == ["ev-1"]
    shown = runner.invoke(app, ["show", "ev-1", "--db", db])
    assert shown.exit_code == 0 and "aluminium supplies" in shown.stdout
    wrong = runner.invoke(app, ["show", "nonsense", "--db", db])
    assert wrong.exit_code == 2
    assert wrong.output.splitlines() == [
        "error: [E202] 'nonsense' is not a fact id (ids look like ev-12, ind-3, agr-5, sec-2, per-7 or doc-1, "
        "as the other commands print them)"]
    assert runner.invoke(app, ["dyad", "Atlantis", "TJK", "--db", db]).exit_code == 2
    ranked = json.loads(runner.invoke(app, ["partners", "TJK", "--db", db, "--json"]).stdout)
    assert [(p["country"], p["recent"]) for p in ranked] == [("RUS", 1)]
    export = runner.invoke(app, ["export", "--format", "jsonl", "--output", str(tmp_path / "out"), "--db", db])
    assert export.exit_code == 0
    [row] = [json.loads(x) for x in (tmp_path / "out" / "gdelt_events.jsonl").read_text().splitlines()]
    assert (row["country1"], row["country2"], row["num_sources"]) == ("RUS", "TJK", 1)


def test_run_reports_failures_with_exit_status_1(tmp_path: Path):
    db = str(tmp_path / "kb.sqlite")
    good = tmp_path / "good.txt"
    good.write_text("Tajik and Russian officials met in Dushanbe\n\n" + " ".join([
        "DUSHANBE, 12 May 2025. Officials of Tajikistan and Russia met in Dushanbe on Monday to discuss trade.",
        "The two sides reviewed the work of their joint commission and the supply of building materials.",
        "They agreed to meet again in Moscow later in the year, the ministry said in a statement."]) + "\n",
        encoding="utf-8")
    out = CliRunner().invoke(app, ["run", str(good), str(tmp_path / "missing.txt"), "--db", db])
    assert out.exit_code == 1
    assert "1 new" in out.output and "1 failed" in out.output and "missing.txt" in out.output


def test_a_knowledge_base_that_cannot_be_opened_is_one_error_line_and_status_2(tmp_path: Path):
    db = str(tmp_path / "no such folder" / "kb.sqlite")
    article = tmp_path / "a.txt"
    article.write_text("Officials of Tajikistan and Russia met in Dushanbe on Monday.\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["run", str(article), "--db", db])
    assert out.exit_code == 2
    [line] = out.output.splitlines()
    assert line.startswith("error: [E302] cannot create the knowledge base") and "does not exist" in line
    # a query never creates one: it points at `accord run`
    out = CliRunner().invoke(app, ["partners", "TJK", "--db", db])
    assert out.exit_code == 2
    [line] = out.output.splitlines()
    assert line.startswith("error: [E307] no knowledge base at") and "accord run" in line
    assert not (tmp_path / "no such folder").exists()
