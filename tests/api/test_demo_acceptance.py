"""Issue 14 on the demo corpus (samples/): the brief, the help's search word, and what `run` skips."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
GERMAN = ("Die Präsidenten Tadschikistans und Usbekistans trafen sich am Montag in Duschanbe. "
          "Sie sprachen über den Handel, die Energieversorgung und die Zusammenarbeit bei der Wasserwirtschaft. "
          "Beide Seiten unterzeichneten mehrere Abkommen über den Verkehr und die Landwirtschaft.")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    out = CliRunner().invoke(app, ["run", str(SAMPLES), "--db", db])
    assert out.exit_code == 0, out.output
    return db


@pytest.mark.slow
@pytest.mark.acceptance
def test_the_brief_of_tajikistan_and_iran_footnotes_every_statement(demo: str) -> None:
    out = CliRunner().invoke(app, ["brief", "TJK", "IRN", "--db", demo])
    assert out.exit_code == 0, out.output
    text = out.stdout
    assert text.startswith("# Iran and Tajikistan: brief")
    body, _, notes = text.partition("\n## Sources\n")
    state = body.split("## State of relations\n\n")[1].split("\n\n")[0]
    assert all(re.search(r"\[\^\d+\]$", s) for s in re.split(r"(?<=\])\s(?=[A-Z0-9“])", state)), state
    assert "about $400M" in state and "2024" in state
    stored = {r[0] for r in sqlite3.connect(demo).execute("SELECT sentence FROM evidence")}
    cited = re.findall(r"^\[\^(\d+)\]: .*?, [\d-]+: “(.*)”$", notes, flags=re.M)
    assert len(cited) >= 10
    assert all(sentence in stored for _, sentence in cited)
    used = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    assert used == {n for n, _ in cited}


@pytest.mark.slow
def test_the_helps_search_word_finds_something_in_the_demo(demo: str) -> None:
    assert "accord search hydropower" in CliRunner().invoke(app, ["--help"]).stdout.replace("\n", " ")
    out = CliRunner().invoke(app, ["search", "hydropower", "--db", demo, "--csv"])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) >= 3


@pytest.mark.slow
def test_run_reports_articles_in_a_language_with_no_pipeline(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "de.txt").write_text(GERMAN, encoding="utf-8")
    out = CliRunner().invoke(app, ["run", str(docs), "--db", str(tmp_path / "kb.sqlite")])
    assert out.exit_code == 0, out.output
    assert "1 in a language with no extraction pipeline (stored without facts)" in out.output
    info = CliRunner().invoke(app, ["info", "--db", str(tmp_path / "kb.sqlite")])
    assert "skipped: 1 in 'de', a language with no extraction pipeline" in info.output
