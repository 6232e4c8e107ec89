"""Re-measure the eval gate's floors and write tests/eval_floors.json.

    python scripts/measure_floors.py [SET ...] [--allow-lower --reason "why"]

Extracts each corpus (tests/eval_sets.py) with `accord extract`, scores it with shared/eval/score.py
and pins every figure at the measured value minus 0.005, with the corpus's fingerprint. A floor
only goes up: lowering one is refused unless --allow-lower (or ACCORD_ALLOW_LOWER_FLOORS=1) is
given with a --reason, which the file then records under "lowered" beside the old value.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from eval_sets import FLOORS, SETS, available, extract, figures, fingerprint, floor_of, score  # noqa: E402


def measure(names: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        predicted: dict[str, Path] = {}
        for name in names:
            corpus = SETS[name].corpus
            if corpus not in predicted:
                predicted[corpus] = Path(tmp) / f"{corpus}.jsonl"
                extract(corpus, predicted[corpus])
            measured = figures(score(name, predicted[corpus]))
            out[name] = {"fingerprint": fingerprint(corpus),
                         "floors": {k: floor_of(v) for k, v in sorted(measured.items())}}
            print(f"{name}: macro_f1 {measured.get('macro_f1')}", file=sys.stderr)
    return out


def merge(old: dict[str, Any], new: dict[str, dict[str, Any]], allow_lower: bool, reason: str | None) -> list[str]:
    """Write ``new`` into ``old``; return the floors that would go down and were not allowed to."""
    refused = []
    for name, entry in new.items():
        before = old.get(name, {})
        lowered = dict(before.get("lowered", {}))
        for key, value in entry["floors"].items():
            was = before.get("floors", {}).get(key)
            if was is not None and value < was:
                if not allow_lower:
                    refused.append(f"{name} {key}: {was} -> {value}")
                    continue
                lowered[key] = f"{reason} (was {was})"
        if refused:
            continue
        old[name] = {**entry, **({"lowered": lowered} if lowered else {})}
    return refused


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=list(SETS), help=f"sets to re-measure (default: {', '.join(SETS)})")
    ap.add_argument("--allow-lower", action="store_true", default=os.environ.get("ACCORD_ALLOW_LOWER_FLOORS") == "1",
                    help="let a floor go down (needs --reason)")
    ap.add_argument("--reason", help="why the floors go down; recorded in the file")
    args = ap.parse_args()
    if args.allow_lower and not args.reason:
        ap.error("--allow-lower needs --reason")
    unknown = [s for s in args.sets if s not in SETS]
    if unknown:
        ap.error(f"unknown sets: {', '.join(unknown)}")
    names = [s for s in args.sets if available(SETS[s].corpus)]
    old = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    refused = merge(old, measure(names), args.allow_lower, args.reason)
    if refused:
        sys.exit("refused to lower floors (rerun with --allow-lower --reason '...'):\n  " + "\n  ".join(refused))
    FLOORS.write_text(json.dumps({k: old[k] for k in SETS if k in old}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS}", file=sys.stderr)


if __name__ == "__main__":
    main()
