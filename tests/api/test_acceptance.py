"""ACCEPTANCE TEST of the knowledge base issue: `accord run` on real articles, then `accord dyad RUS TJK`.

Passes only with the real extractors: it reads the figures, target and visit from the articles.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
CORPUS = ROOT / "tests" / "corpus" / "docs"
VISIT_ARTICLE = "001_19252b7d9cd90edf.txt"


def accord(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from accord.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=900)


@pytest.mark.slow
@pytest.mark.acceptance
def test_acceptance_dyad_rus_tjk(tmp_path: Path):
    if not DEV_DOCS.is_dir():
        pytest.skip(f"the eval articles are not at {DEV_DOCS}")
    db = str(tmp_path / "kb.sqlite")
    inputs = [str(DEV_DOCS)] + ([str(CORPUS)] if CORPUS.is_dir() else [])
    first = accord("run", *inputs, "--db", db)
    assert first.returncode == 0, first.stderr

    profile = json.loads(accord("dyad", "RUS", "TJK", "--db", db, "--json").stdout)
    trade = [f for f in profile["figures"] if f["metric"] == "trade_turnover" and f["period"] == "2024"]
    assert trade and trade[0]["value"] == 1.5e9 and trade[0]["unit"] == "USD"
    assert any(r["source"]["source"].endswith(VISIT_ARTICLE) and "1.5bn" in (r["source"]["sentence"] or "")
               for r in trade[0]["reported"])
    assert any(t["value"] == 2.5 and t["unit"] == "multiplier" and t["target_year"] == "2030"
               for t in profile["targets"])
    visits = [e for e in profile["events"] if e["type"] == "CONSULT" and (e["date"] or "").startswith("2025-03")
              and e["location"] == "Moscow"]
    assert visits, [(e["type"], e["date"], e["location"]) for e in profile["events"]]

    again = accord("run", *inputs, "--db", db)
    assert again.returncode == 0 and " 0 new, 0 updated" in again.stderr, again.stderr

    # a syndicated copy: another name, another headline, another site's furniture
    text = (DEV_DOCS / VISIT_ARTICLE).read_text(encoding="utf-8")
    copy = tmp_path / "copies" / "syndicated-putin-rahmon.txt"
    copy.parent.mkdir()
    copy.write_text("Putin and Rahmon hold talks in the Kremlin\n\n" + text.split("\n", 1)[1]
                    + "\n\nShare this article. Subscribe to our newsletter.\n", encoding="utf-8")
    before = len(json.loads(accord("timeline", "TJK", "--db", db, "--json").stdout))
    third = accord("run", str(copy), "--db", db)
    assert third.returncode == 0, third.stderr
    assert "1 duplicates" in third.stderr and "syndicated-putin-rahmon.txt copies" in third.stderr, third.stderr
    assert len(json.loads(accord("timeline", "TJK", "--db", db, "--json").stdout)) == before
