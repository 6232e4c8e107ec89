"""How far two people agree on the gold of the same pages: the ceiling a system can be held to.

    python scripts/agreement.py GOLD_A GOLD_B [--scorer ../shared/eval/score.py]

Each gold folder holds one JSON file per page in the layout of ``shared/eval/*/gold``. The required
items of one annotator are written in the contract's prediction shape (the first of every accepted
value) and scored by the same scorer that scores Accord, against the other annotator's gold with its
optional items and alternatives. Both directions are printed: the first (B read as a prediction of
A's gold) is the figure to hold beside Accord's score on A's gold, which is scored the same way.
Only the extraction categories are compared; cleaning and the publication date are left out, since a
gold file does not carry a cleaned text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ("events", "indicators", "agreements", "people", "cooperation", "macro_f1")


def _first(value: Any) -> Any:
    """A gold field may list the values it accepts; a prediction states one."""
    return value[0] if isinstance(value, list) and value else (None if isinstance(value, list) else value)


def _required(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in items if not item.get("optional")]


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """The required items of one gold file as the record `accord extract --format jsonl` writes."""
    events = [{"type": _first(e["type"]), "mode": _first(e.get("mode")), "countries": e["countries"],
               "date": _first(e.get("date")), "location": e.get("location"),
               "participants": e.get("participants", [])} for e in _required(gold.get("events", []))]
    indicators = [{"metric": _first(i["metric"]), "countries": i["countries"], "value": _first(i["value"]),
                   "unit": _first(i["unit"]), "period": _first(i.get("period")), "kind": _first(i.get("kind")),
                   "qualifier": _first(i.get("qualifier")), "target_year": _first(i.get("target_year"))}
                  for i in _required(gold.get("indicators", []))]
    agreements = [{"title": " ".join(a["keywords"]), "countries": a["countries"], "status": _first(a["status"]),
                   "date": _first(a.get("date"))} for a in _required(gold.get("agreements", []))]
    people = [{"name": p["name"], "country": p["country"], "role": _first(p.get("role_keywords") or [""])}
              for p in _required(gold.get("people", []))]
    cooperation = [{"countries": c["countries"], "sectors": c["sectors"]} for c in gold.get("cooperation", [])]
    return {"doc": gold["doc"], "published": _first(gold.get("published")), "language": gold.get("language"),
            "title": None, "text": "", "events": events, "indicators": indicators, "agreements": agreements,
            "people": people, "cooperation": cooperation}


def score(gold: Path, other: Path, scorer: Path) -> str:
    """The scorer's report on ``other``'s required items read as a prediction of ``gold``."""
    records = [as_prediction(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(other.glob("*.json"))]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    try:
        result = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", out.name],
                                capture_output=True, text=True, check=True)
    finally:
        Path(out.name).unlink()
    return "\n".join(line for line in result.stdout.splitlines() if line.startswith(CATEGORIES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_a", type=Path, help="the first annotator's gold folder (the one Accord is scored on)")
    ap.add_argument("gold_b", type=Path, help="the second annotator's gold folder for the same pages")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    args = ap.parse_args()
    names_a = {p.name for p in args.gold_a.glob("*.json")}
    names_b = {p.name for p in args.gold_b.glob("*.json")}
    if names_a != names_b:
        sys.exit(f"the folders annotate different pages: only in A {sorted(names_a - names_b)}, "
                 f"only in B {sorted(names_b - names_a)}")
    print(f"== B's required items scored on A's gold ({len(names_a)} pages)")
    print(score(args.gold_a, args.gold_b, args.scorer))
    print("== A's required items scored on B's gold")
    print(score(args.gold_b, args.gold_a, args.scorer))


if __name__ == "__main__":
    main()
