"""`accord brief`: sentences from templates over stored facts, every statement footnoted to a
stored evidence sentence; Markdown, HTML and PDF."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.api import KnowledgeBase, Period
from accord.api.render_brief import html, markdown
from accord.cli import app

from .kb_fixture import build


@pytest.fixture
def db(tmp_path: Path) -> str:
    return build(tmp_path)


def test_the_state_of_relations_is_written_from_the_facts(db: str) -> None:
    with KnowledgeBase(db) as kb:
        brief = kb.brief("Tajikistan", "IRN")
    assert brief.title == "Iran and Tajikistan: brief"
    sentences = [s.cells[0] for s in brief.state]
    assert sentences == [
        "On 2025-01-15, sources report 1 event between Iran and Tajikistan.",
        "The latest is a visit on 2025-01-15 in Dushanbe.",
        "Trade turnover rose from $300M in 2023 to about $400M in 2024.",
        "Contracts value stood at €1.25B in 2025.",
        "The two sides aim for trade turnover of $2B by 2030.",
        "“agreement on visa exemption” was signed on 2025-01-15.",
        "1 agreement still proposed, among them “preferential trade agreement”.",
        "Cooperation is reported most in energy.",
        "Sources disagree on trade turnover in 2024: $427M and about $400M.",
    ]
    assert all(s.notes for s in brief.state)
    figures = next(s for s in brief.sections if s.key == "figures")
    assert [r.cells for r in figures.rows][1] == ["trade turnover", "2024", "about $400M", "up from $300M (2023)"]


def test_every_footnote_is_a_stored_evidence_sentence(db: str) -> None:
    with KnowledgeBase(db) as kb:
        brief = kb.brief("TJK", "IRN")
    stored = set(sqlite3.connect(db).execute(
        "SELECT d.source, e.sentence, e.start_char, e.end_char FROM evidence e JOIN documents d"
        " ON d.id = e.document_id").fetchall())
    assert len(brief.notes) == 7
    for note in brief.notes:
        assert (note.source, note.sentence, note.start, note.end) in stored
    cited = {n for s in brief.state for n in s.notes} | {n for sec in brief.sections for r in sec.rows for n in r.notes}
    assert cited == {n.number for n in brief.notes}  # no note is left uncited, none is cited that is not listed
    first = brief.notes[0]
    assert (first.outlet, first.date) == ("Visit", "2025-01-16")
    assert first.sentence.startswith("Iranian President Masoud Pezeshkian held talks")


def test_markdown_footnotes_every_number_and_event(db: str) -> None:
    with KnowledgeBase(db) as kb:
        text = markdown(kb.brief("TJK", "IRN"))
    assert "Trade turnover rose from $300M in 2023 to about $400M in 2024.[^2]" in text
    assert "[^2]: Visit, 2025-01-16: “Trade stood at about 400 million dollars in 2024, up from 300 million" in text
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| ---") and re.search(r"\$|€|\d{4}-\d\d", line):
            assert re.search(r"\[\^\d+\] \|$", line), line
    assert "e+0" not in text


def test_html_has_the_dashboards_look_and_links_each_note(db: str) -> None:
    with KnowledgeBase(db) as kb:
        page = html(kb.brief("TJK", "IRN"))
    assert "--accent: #1d4ed8" in page  # the dashboard's stylesheet, inlined
    assert '<sup><a href="#note-1" id="cite-1">1</a></sup>' in page
    assert '<li id="note-7">' in page
    assert "<h2>Who met whom</h2>" in page


def test_since_keeps_the_later_facts_only(db: str) -> None:
    with KnowledgeBase(db) as kb:
        brief = kb.brief("TJK", "IRN", Period.parse("2025-05"))
    timeline = next(s for s in brief.sections if s.key == "timeline")
    assert timeline.rows == []
    agreements = next(s for s in brief.sections if s.key == "agreements")
    assert [r.cells[0] for r in agreements.rows] == ["preferential trade agreement"]
    assert brief.subtitle.endswith("Since 2025-05-01.")


def test_the_cli_writes_markdown_html_and_pdf(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    md = runner.invoke(app, ["brief", "TJK", "IRN", "--db", db])
    assert md.exit_code == 0 and md.stdout.startswith("# Iran and Tajikistan: brief")
    out = tmp_path / "b.html"
    assert runner.invoke(app, ["brief", "TJK", "IRN", "--db", db, "-f", "html", "-o", str(out)]).exit_code == 0
    assert out.read_text().startswith("<!doctype html>")
    pytest.importorskip("weasyprint")
    pdf = tmp_path / "b.pdf"
    result = runner.invoke(app, ["brief", "TJK", "IRN", "--db", db, "-f", "pdf", "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = runner.invoke(app, ["brief", "TJK", "IRN", "--db", db, "--since", "last week"])
    assert bad.exit_code == 2 and "[E220] --since 'last week' is not a date" in bad.output


def test_a_year_is_compared_with_a_year_never_with_two_months_of_the_next() -> None:
    from accord.api.brief import build
    from accord.store import queries as q

    def fig(fid: str, period: str, value: float) -> q.Figure:
        source = q.Source("d.txt", "d.txt", "Daily", "2025-04-03", "T", f"Trade was {value} in {period}.", 0, 10)
        return q.Figure(fid, "trade_turnover", ["RUS", "TJK"], period, "actual", "USD", value, None, None, None,
                        None, False, [q.ReportedValue(value, None, source)])

    profile = q.DyadProfile(["RUS", "TJK"], [fig("ind-3", "2025-01/2025-02", 241.3e6), fig("ind-2", "2024", 1.52e9),
                                             fig("ind-1", "2023", 1.4e9)], [], [], [], [], [])
    brief = build(profile)
    assert [s.cells[0] for s in brief.state] == ["Trade turnover rose from $1.4B in 2023 to $1.52B in 2024."]
    rows = {r.cells[1]: r.cells[3] for r in brief.sections[0].rows}
    assert rows == {"2025-01/2025-02": "", "2024": "up from $1.4B (2023)", "2023": ""}
