"""`accord extract FOLDER` end to end: articles read, non-articles skipped, exit 1 only on failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

WIDE_DOCS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "wide" / "docs"


ARTICLE_TEXT = """Kazakhstan and Turkey discuss trade

ANKARA. The ambassador of Kazakhstan met the vice president of Turkey to discuss the work of the
intergovernmental commission on trade and economic cooperation.

The sides reviewed joint projects in industry, transport and energy, and agreed to hold a meeting
of the ministries by video conference next month.
"""
ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head><title>Ministers meet in Tashkent</title></head>
<body><article><h1>Ministers meet in Tashkent</h1>
<p>The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on Monday to discuss trade and transit.</p>
<p>They agreed to expand cooperation in energy, agriculture and transport, and to hold a business forum next year.</p>
<p>Bilateral trade between the two countries grew last year, officials said after the talks.</p>
</article></body></html>"""


def stderr_text(stderr: str) -> str:
    """The console wraps long lines when stderr is not a terminal; read it as one line again."""
    return "".join(stderr.splitlines())


def folder(root: Path) -> Path:
    (root / "one.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (root / "two.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (root / "SOURCES.tsv").write_text("file\turl\none.txt\thttps://n.example/1\n", encoding="utf-8")
    return root


def test_folder_with_a_tsv_exits_0_and_skips_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(folder(tmp_path)), "--clean-only"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == ["one.txt", "two.html"]
    assert "2 documents, 0 failed, 1 skipped" in result.stderr


def test_a_failed_input_makes_exit_1_and_is_named(tmp_path: Path) -> None:
    folder(tmp_path)
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--clean-only"])
    assert result.exit_code == 1
    errors = stderr_text(result.stderr)
    assert f"error: {tmp_path.resolve() / 'blank.txt'}: " in errors
    assert "empty file" in errors
    assert "2 documents, 1 failed, 1 skipped" in errors


@pytest.mark.skipif(not WIDE_DOCS.is_dir(), reason="shared eval corpus not beside the repository")
def test_wide_eval_folder_reads_every_article_and_skips_sources_tsv() -> None:
    result = CliRunner().invoke(app, ["extract", str(WIDE_DOCS), "--clean-only"])
    assert result.exit_code == 0, result.stderr
    articles = sorted(p.name for p in WIDE_DOCS.glob("*.txt"))
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == articles
    assert f"{len(articles)} documents, 0 failed, 1 skipped" in result.stderr
