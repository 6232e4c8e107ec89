"""scripts/agreement.py: a second annotator's gold read as a prediction, scored by the eval scorer."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

GOLD = {
    "doc": "01_no-pl_ferry.txt", "published": "2025-04-02", "published_ok": ["2025-04-02"], "language": "en",
    "title_keywords": ["ferry"], "clean": {"keep": [], "drop": [], "once": []},
    "events": [
        {"type": ["CONSULT"], "mode": ["visit", "meeting"], "countries": ["NOR", "POL"], "date": "2025-04-01"},
        {"type": ["AGREE"], "countries": ["NOR", "POL"], "date": "2025-04-01", "optional": True},
    ],
    "indicators": [{"metric": "trade_turnover", "countries": ["NOR", "POL"], "value": 4.1e9,
                    "unit": "USD", "period": "2024", "kind": ["actual"], "target_year": None}],
    "agreements": [{"keywords": ["ferry"], "countries": ["NOR", "POL"], "status": ["signed", "in_force"],
                    "date": "2025-04"}],
    "people": [{"name": "Ingrid Solheim", "country": "NOR", "role_keywords": ["minister", "trade"]}],
    "cooperation": [{"countries": ["NOR", "POL"], "sectors": ["transport"], "also_ok": ["trade"]}],
}


def test_required_items_become_one_valued_prediction() -> None:
    pred = agreement.as_prediction(GOLD)
    assert [e["type"] for e in pred["events"]] == ["CONSULT"]  # the optional AGREE is left out
    assert pred["events"][0]["mode"] == "visit"
    assert pred["indicators"][0]["value"] == 4.1e9 and pred["indicators"][0]["kind"] == "actual"
    assert pred["agreements"] == [{"title": "ferry", "countries": ["NOR", "POL"], "status": "signed",
                                   "date": "2025-04"}]
    assert pred["people"] == [{"name": "Ingrid Solheim", "country": "NOR", "role": "minister"}]
    assert pred["published"] == "2025-04-02"


@pytest.mark.skipif(not SCORER.exists(), reason="the shared eval scorer is not beside the project")
def test_one_annotator_agrees_fully_with_itself_and_misses_what_the_other_adds(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "01.json").write_text(json.dumps(GOLD), encoding="utf-8")
    more = dict(GOLD, people=GOLD["people"] + [{"name": "Tomasz Wrona", "country": "POL",
                                               "role_keywords": ["ambassador"]}])
    (b / "01.json").write_text(json.dumps(more), encoding="utf-8")
    same = agreement.score(a, a, SCORER)
    assert "macro_f1 1.0" in same
    report = agreement.score(b, a, SCORER)  # A's one person scored on B's two
    assert "people       P=1.000 R=0.500" in report
