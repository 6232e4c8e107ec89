"""`accord watch --once` over a feed served on 127.0.0.1: the second watch, after one new article,
prints exactly what that article adds."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.api.watch import parse_every
from accord.cli import app
from accord.errors import ConfigError

TALKS = """<html><head><title>Tajikistan and Uzbekistan hold talks on water</title>
<meta property="article:published_time" content="2025-03-03"></head><body><article>
<h1>Tajikistan and Uzbekistan hold talks on water</h1>
<p>DUSHANBE, March 3, 2025 - President of Tajikistan Emomali Rahmon and President of Uzbekistan Shavkat
Mirziyoyev held talks in Dushanbe on Monday.</p>
<p>Trade between Tajikistan and Uzbekistan reached 500 million dollars in 2024, the presidents said.</p>
<p>The two presidents signed an agreement on water cooperation on the Syr Darya.</p>
</article></body></html>"""

FIGURES = """<html><head><title>Uzbek agency puts trade with Tajikistan at 600 million dollars</title>
<meta property="article:published_time" content="2025-03-10"></head><body><article>
<h1>Uzbek agency puts trade with Tajikistan at 600 million dollars</h1>
<p>TASHKENT, March 10, 2025 - Trade between Tajikistan and Uzbekistan reached 600 million dollars in 2024,
the Uzbek statistics agency said on Monday.</p>
<p>The foreign ministers of Uzbekistan and Tajikistan met in Tashkent on March 7, 2025, to discuss border
crossings.</p>
</article></body></html>"""


def _feed(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{base}/{name}</link></item>" for name, t in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>{base}/</link>'
            f"{entries}</channel></rss>")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "site"
    root.mkdir()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_a_second_watch_prints_what_the_new_article_adds(site: tuple[Path, str], tmp_path: Path) -> None:
    root, base = site
    db, md, js = str(tmp_path / "kb.sqlite"), tmp_path / "digest.md", tmp_path / "digest.json"
    (root / "talks.html").write_text(TALKS)
    (root / "feed.xml").write_text(_feed(base, [("talks.html", "Talks")]))
    runner = CliRunner()
    first = runner.invoke(app, ["watch", f"{base}/feed.xml", "--once", "--db", db])
    assert first.exit_code == 0, first.output
    assert "What the knowledge base holds (first watch)" in first.stdout

    (root / "figures.html").write_text(FIGURES)
    (root / "feed.xml").write_text(_feed(base, [("figures.html", "Figures"), ("talks.html", "Talks")]))
    second = runner.invoke(app, ["watch", f"{base}/feed.xml", "--once", "--db", db,
                                 "--markdown", str(md), "--json", str(js)])
    assert second.exit_code == 0, second.output
    digest = json.loads(js.read_text())
    assert digest["run"] == {"read": 2, "new": 1, "updated": 0, "unchanged": 1, "failed": 0}
    assert list(digest["pairs"]) == ["TJK-UZB"]
    pair = digest["pairs"]["TJK-UZB"]
    assert [c["text"] for c in pair.get("events", [])] == ["2025-03-07: meeting in Tashkent (ev-3)"]
    assert [c["text"] for c in pair.get("conflicts", [])] == [
        "trade turnover, 2024: $500M or $600M (ind-1)"]
    assert set(pair) == {"events", "conflicts"}  # the agreement and the figure's value did not change
    evidence = pair["conflicts"][0]["evidence"][0]
    assert evidence["source"] == f"{base}/figures.html"  # the new article's sentence comes first
    assert "600 million dollars" in evidence["sentence"]
    assert md.read_text().startswith("# What is new since ")
    assert "### New conflicts" in md.read_text()

    third = runner.invoke(app, ["watch", f"{base}/feed.xml", "--once", "--db", db, "--json", str(js)])
    assert third.exit_code == 0
    assert json.loads(js.read_text())["pairs"] == {}
    assert "Nothing new." in third.stdout


def test_every_reads_minutes_hours_and_seconds() -> None:
    assert parse_every("15m") == 900
    assert parse_every("1h30m") == 5400
    assert parse_every("90s") == 90
    with pytest.raises(ConfigError, match=r"\[E225\]"):
        parse_every("often")


def test_the_digest_names_new_figures_status_changes_and_conflicts(tmp_path: Path) -> None:
    from accord.api import KnowledgeBase
    from accord.api.watch import as_json, watch_once
    from accord.document import CleanDocument, DocumentResult, SourceRecord
    from accord.facts import Agreement, Evidence, Extraction
    from accord.store import RunSummary, ingest

    from .kb_fixture import stories

    visit, fair = stories()
    signed_text = "Iran and Tajikistan signed the preferential trade agreement on June 2, 2025."
    signed = DocumentResult(
        SourceRecord("signed.txt", "signed.txt", signed_text),
        CleanDocument("signed.txt", "signed.txt", signed_text, title="Signed", language="en", published="2025-06-03"),
        Extraction(agreements=[Agreement("preferential trade agreement", ["IRN", "TJK"], "signed", "2025-06-02",
                                         Evidence(signed_text, 0, len(signed_text)))]))
    with KnowledgeBase(str(tmp_path / "kb.sqlite")) as kb:
        ingest(kb.store, [visit])
        watch_once(kb.store.conn, RunSummary(), {"visit.txt"})
        ingest(kb.store, [fair])
        second = as_json(watch_once(kb.store.conn, RunSummary(), {"fair.txt"}))["pairs"]["IRN-TJK"]
        ingest(kb.store, [signed])
        third = as_json(watch_once(kb.store.conn, RunSummary(), {"signed.txt"}))["pairs"]["IRN-TJK"]
    assert [c["text"] for c in second["figures"]] == ["contracts value, 2025: €1.25B (ind-5)"]
    assert [c["text"] for c in second["agreements"]] == ["preferential trade agreement: proposed (agr-2)"]
    assert [c["text"] for c in second["conflicts"]] == ["trade turnover, 2024: $427M or about $400M (ind-1)"]
    assert "events" not in second
    assert list(third) == ["agreements"]
    [change] = third["agreements"]
    assert change["text"] == "preferential trade agreement: signed on 2025-06-02, was proposed (agr-2)"
    assert change["evidence"][0]["sentence"] == signed_text
