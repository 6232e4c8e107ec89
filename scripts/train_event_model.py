"""An experiment: a learned event-type sentence classifier beside the cue tables (issue 11).

    PYTHONPATH=src python scripts/train_event_model.py [--cache DIR] [--out FILE] [--report | --validate | --combine]

Result (docs/event_model_experiment.md): on the held-out rounds 17 and 18 the model does not add
what the cue tables miss, so it is not part of the pipeline; this script reproduces the figures.

Training data by weak supervision from the gold of the visible rounds (tests/corpus, holdout,
holdout_r6 ... holdout_r16b): a gold event goes to the sentence Accord's own matching prediction
took as evidence, else to the sentence whose words best overlap the gold note among those whose
states are the event's. Sentences whose states (``pairs.countries_for``) are two or more, with no
gold event aligned and far from every note, are the negatives. Rounds 17 and 18 (HELD_OUT) are
never trained on: they measure.

The model is one-vs-rest logistic regression (one probability per PLOVER type) over sparse binary
features of the sentence (``sentence_features``: lemmas and lemma bigrams of its verbs, nouns and
adjectives, the root and its tag, negation, auxiliaries, the verb governing each state's mention
and the mention's role, the word where two states' parse paths meet), fitted with Adam and L2 in
numpy. Deterministic: the same tree gives the same weights.

Modes: default writes the model (``--out``); ``--report`` prints the model's sentence-level P/R on
the held-out rounds beside the cue tables'; ``--validate`` trains without rounds 15-16 and scores
the combinations on them (where a threshold is chosen); ``--combine`` scores the combinations
(propose an event in a sentence the tables read nothing in, veto a table's event, retype) with
the model of ``--out`` on the held-out rounds, by the scorer's own event matching.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ["corpus", "holdout", "holdout_r6", "holdout_r7", "holdout_r8", "holdout_r9", "holdout_r10a",
         "holdout_r10b", "holdout_r11", "holdout_r12a", "holdout_r12b", "holdout_r13a", "holdout_r13b",
         "holdout_r14a", "holdout_r14b", "holdout_r14c", "holdout_r14d", "holdout_r15a", "holdout_r15b",
         "holdout_r15c", "holdout_r16a", "holdout_r16b"]
VALIDATION = ["holdout_r15a", "holdout_r15b", "holdout_r15c", "holdout_r16a", "holdout_r16b"]
HELD_OUT = ["holdout_r17a", "holdout_r17b", "holdout_r17c", "holdout_r18a", "holdout_r18b", "holdout_r18c"]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
MIN_COUNT = 3  # features seen in fewer training sentences are dropped
L2 = 1.0
STEPS = 150
RATE = 0.05
KEEP = 0.02  # weights nearer zero than this are left out of the file
MIN_OVERLAP = 0.3  # share of the note's content words a sentence must hold to be its sentence
NEAR = 0.2  # a sentence this close to some note is neither a positive nor a negative
NEVER = 2.0  # a threshold no probability reaches: that combination off
GRID = [(NEVER, -1.0, NEVER), *((p, -1.0, NEVER) for p in (0.3, 0.5, 0.7, 0.8, 0.9)),
        *((NEVER, v, NEVER) for v in (0.02, 0.05, 0.1)), *((NEVER, -1.0, r) for r in (0.5, 0.7, 0.9))]
_WORD = re.compile(r"[a-z]{3,}")
# feature prefixes: a sign per kind, so a lemma as a word of the sentence and as the verb governing a
# state are two features
_LEMMA, _ROOT, _GOVERNS, _ROLE, _NEGATED, _AUX, _TENSE, _MEETS, _PAIR, _STATES = "=^@>!&#%+$"
_CLIMB = 10  # steps up the parse from a state's mention to where its path meets another's

Row = tuple[list[str], list[str], list[str], str]  # features, gold types accepted, the tables' types, text


@dataclass(frozen=True)
class EventModel:
    types: tuple[str, ...]
    weights: dict[str, list[float]]  # feature -> one weight per type
    bias: tuple[float, ...]

    @classmethod
    def of(cls, data: dict) -> EventModel:
        return cls(tuple(data["types"]), data["weights"], tuple(data["bias"]))

    def scores(self, features: list[str]) -> dict[str, float]:
        totals = list(self.bias)
        for f in set(features):
            row = self.weights.get(f)
            if row is not None:
                totals = [t + w for t, w in zip(totals, row, strict=True)]
        return {t: 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) for t, z in zip(self.types, totals, strict=True)}


def _chain(tok: Any) -> list[Any]:
    out = [tok]
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
    return out


def sentence_features(sentence: Any) -> list[str]:
    from accord.extract.syntax import governing_verb, is_dep, is_pos, lemma_of, token_at

    feats: list[str] = []
    lemmas = [lemma_of(t) for t in sentence.span if is_pos(t, "verb", "noun", "adjective")]
    feats += [_LEMMA + x for x in lemmas]
    feats += [_PAIR + a + _PAIR + b for a, b in zip(lemmas, lemmas[1:], strict=False)]
    for tok in sentence.span:
        if is_dep(tok, "root"):
            feats += [_ROOT + lemma_of(tok), _TENSE + tok.tag_]
        if is_dep(tok, "negation"):
            feats += [_NEGATED, _NEGATED + lemma_of(tok.head)]
        if is_dep(tok, "auxiliary") and not is_dep(tok.head, "passive_auxiliary"):
            feats.append(_AUX + lemma_of(tok))
    found = [(m.code, token_at(sentence, m.start)) for m in sentence.mentions if not m.code.startswith("IGO:")]
    tokens = [(c, t) for c, t in found if t is not None]
    for _, tok in tokens:
        if (verb := governing_verb(tok)) is not None:
            feats.append(_GOVERNS + lemma_of(verb))
        feats.append(_ROLE + tok.dep_ + _ROLE + lemma_of(tok.head))
    for i, (code_a, tok_a) in enumerate(tokens):
        above = {t.i for t in _chain(tok_a)}
        for code_b, tok_b in tokens[i + 1:]:
            meet = next((t for t in _chain(tok_b) if t.i in above), None) if code_a != code_b else None
            if meet is not None:
                feats.append(_MEETS + lemma_of(meet))
    feats.append(_STATES + str(min(len({c for c, _ in tokens}), 3)))
    return feats


def _analysed(name: str) -> list[tuple[str, Any, list, list]]:
    """(document name, AnalyzedDoc, people, the cue tables' event mentions) per document of a set."""
    from accord.config import Settings
    from accord.document import DocumentResult
    from accord.extract.analysis import analyse
    from accord.extract.events import find_event_mentions
    from accord.extract.people import find_people
    from accord.ingest import read_sources
    from accord.pipeline import clean_items

    settings = Settings()
    items = clean_items(list(read_sources([str(ROOT / "tests" / name / "docs")], settings)), settings)
    results = [i for i in items if isinstance(i, DocumentResult)]
    out = []
    for r, a in zip(results, analyse([r.document for r in results]), strict=True):
        if a is not None:
            people = find_people(a)
            out.append((Path(r.record.source).name, a, people, find_event_mentions(a, people)))
    return out


def dump(name: str, cache: Path) -> list[dict]:
    """Per document of a set: its sentences (text, features, states, the tables' mention types) and
    the tables' events, read once and cached."""
    path = cache / f"{name}.json"
    if path.exists():
        return json.loads(path.read_text())
    from accord.extract.events import find_events
    from accord.extract.pairs import countries_for

    out = []
    for doc, a, people, mentions in _analysed(name):
        events = find_events(a, people, mentions)
        by_sentence: dict[int, list[str]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence.index, []).append(m.type)
        sentences = [{"i": s.index, "text": s.text, "start": s.start, "feats": sentence_features(s),
                      "countries": countries_for(s, a), "rules": by_sentence.get(s.index, [])} for s in a.sentences]
        preds = [{"type": e.type, "countries": sorted(e.countries), "start": e.evidence.start if e.evidence else None}
                 for e in events]
        out.append({"doc": doc, "sentences": sentences, "events": preds})
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def _words(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower())}


def _gold(name: str, doc: str) -> list[dict]:
    path = ROOT / "tests" / name / "gold" / (Path(doc).stem + ".json")
    return json.loads(path.read_text())["events"] if path.exists() else []


def _types(g: dict) -> list[str]:
    return g["type"] if isinstance(g["type"], list) else [g["type"]]


def align(name: str, docs: list[dict]) -> list[Row]:
    """(features, gold types accepted, the rules' types, text) per candidate sentence of a set; the
    gold types are empty for a negative, and a sentence near a note but not aligned is left out."""
    out = []
    for d in docs:
        gold = _gold(name, d["doc"])
        aligned: dict[int, list[str]] = {}
        near: set[int] = set()
        for g in gold:
            cs = sorted(c.upper() for c in g.get("countries") or [])
            types = _types(g)
            note = _words(g.get("note", ""))
            start = next((p["start"] for p in d["events"] if p["type"] in types and p["countries"] == cs
                          and p["start"] is not None), None)
            best, best_score = None, 0.0
            for s in d["sentences"]:
                share = len(note & _words(s["text"])) / len(note) if note else 0.0
                if share >= NEAR and set(s["countries"]) == set(cs):
                    near.add(s["i"])
                if s["start"] == start:
                    best, best_score = s["i"], 2.0
                    break
                if set(s["countries"]) == set(cs) and share > best_score:
                    best, best_score = s["i"], share
            if best is not None and best_score >= MIN_OVERLAP and not g.get("optional"):
                aligned.setdefault(best, []).extend(types)
            elif best is not None:
                near.add(best)
        for s in d["sentences"]:
            if len(s["countries"]) < 2:
                continue
            if s["i"] in aligned:
                out.append((s["feats"], sorted(set(aligned[s["i"]])), s["rules"], s["text"]))
            elif s["i"] not in near:
                out.append((s["feats"], [], s["rules"], s["text"]))
    return out


def fit(rows: list[Row], types: list[str]) -> dict:
    counts: dict[str, int] = {}
    for feats, *_ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    y = np.zeros((len(rows), len(types)), dtype=np.float32)
    for r, (feats, gold, _, _) in enumerate(rows):
        for f in set(feats):
            if f in index:
                x[r, index[f]] = 1.0
        for t in gold:
            if t in types:
                y[r, types.index(t)] = 1.0
    w = np.zeros((len(vocab), len(types)), dtype=np.float32)
    b = np.zeros(len(types), dtype=np.float32)
    n = len(rows)
    # Adam: the features are binary and of very unequal frequency, plain gradient steps crawl
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        err = p - y
        gw = x.T @ err / n + L2 * w / n
        gb = err.mean(axis=0)
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        fix1, fix2 = 1 - 0.9**step, 1 - 0.999**step
        w -= RATE * (mw / fix1) / (np.sqrt(vw / fix2) + 1e-8)
        b -= RATE * (mb / fix1) / (np.sqrt(vb / fix2) + 1e-8)
    keep = np.abs(w).max(axis=1) >= KEEP
    weights = {f: [round(float(v), 3) for v in w[i]] for i, f in enumerate(vocab) if keep[i]}
    return {"types": types, "bias": [round(float(v), 3) for v in b], "weights": weights}


def evaluate(model: dict, rows: list[Row], threshold: float) -> str:
    """Sentence-level precision and recall of the model, the rules and both, against the aligned gold:
    a sentence predicted of a type is right when its gold accepts that type."""
    m = EventModel.of(model)
    lines = []
    for who in ("model", "rules", "union"):
        tp = fp = fn = 0
        for feats, gold, rules, _ in rows:
            scores = m.scores(feats)
            best = max(scores, key=lambda t: scores[t])
            said = {best} if scores[best] >= threshold else set()
            if who == "rules":
                said = set(rules)
            elif who == "union":
                said = set(rules) or said
            hit = bool(said & set(gold))
            tp += hit
            fp += bool(said) and not hit
            fn += bool(gold) and not hit
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"{who:6} threshold {threshold:.2f}: P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})")
    return "\n".join(lines)


def _root(sentence: Any) -> Any:
    from accord.extract.syntax import is_dep

    return next((t for t in sentence.span if is_dep(t, "root")), sentence.span[0])


def revised(model: EventModel, a: Any, mentions: list, propose: float, veto: float, retype: float) -> list:
    """The tables' mentions, less those whose type the model gives less than ``veto``, plus the
    model's best type in a sentence of two states the tables read nothing in (``propose``) or read
    only other types in (``retype``), when the model is that sure."""
    from accord.extract.dating import date_near
    from accord.extract.events import EventMention
    from accord.extract.pairs import countries_for

    scored = {s.index: model.scores(sentence_features(s)) for s in a.sentences}
    kept = [m for m in mentions if m.type not in model.types or scored[m.sentence.index][m.type] >= veto]
    added = []
    for s in a.sentences:
        countries = countries_for(s, a)
        if len(countries) < 2:
            continue
        probs = scored[s.index]
        best = max(probs, key=lambda t: probs[t])
        told = [m.type for m in mentions if m.sentence.index == s.index]
        if probs[best] >= (retype if told else propose) and best not in told:
            root = _root(s)
            added.append(EventMention(best, None, tuple(countries), date_near(s, [root], a.anchor, a.lang,
                                      stated=a.stated_days), s, root))
    return sorted([*kept, *added], key=lambda m: m.sentence.index)  # stable: a sentence's mentions keep their order


def combine(model: EventModel, sets: list[str]) -> None:
    """Events P/R/F1 by the scorer's own matching on ``sets``, for each (propose, veto, retype) of GRID;
    the first line is the cue tables alone."""
    from accord.contract import to_contract
    from accord.extract.events import find_events
    from accord.facts import Extraction

    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    docs = {name: _analysed(name) for name in sets}
    for propose, veto, retype in GRID:
        total, line = score.Tally(), []
        for name, analysed in docs.items():
            t = score.Tally()
            for doc, a, people, mentions in analysed:
                gold_path = ROOT / "tests" / name / "gold" / (Path(doc).stem + ".json")
                if gold_path.exists():
                    gold = json.loads(gold_path.read_text())
                    events = find_events(a, people, revised(model, a, mentions, propose, veto, retype))
                    pred = to_contract(a.document, Extraction(events=events))
                    score.score_events(t, gold["events"], pred["events"], [], gold.get("people", []))
            total.tp, total.fp, total.fn = total.tp + t.tp, total.fp + t.fp, total.fn + t.fn
            line.append(f"{name.removeprefix('holdout_')} {t.prf()[2]:.3f}")
        p, r, f = total.prf()
        print(f"propose {propose:.2f} veto {veto:.2f} retype {retype:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"(tp {total.tp} fp {total.fp} fn {total.fn}) | {' '.join(line)}", flush=True)


def trained(names: list[str], cache: Path) -> dict:
    rows = [row for name in names for row in align(name, dump(name, cache))]
    model = fit(rows, sorted({t for _, gold, _, _ in rows for t in gold}))
    print(f"{len(rows)} training sentences ({sum(bool(g) for _, g, _, _ in rows)} positive), "
          f"{len(model['weights'])} features kept, types {model['types']}", file=sys.stderr)
    return model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path("/tmp/accord_event_model"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/accord_event_model/event_model.json"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true", help="the model's sentence P/R on the held-out rounds")
    mode.add_argument("--validate", action="store_true", help="train without rounds 15-16, combine on them")
    mode.add_argument("--combine", action="store_true", help="events F1 of the combinations on the held-out rounds")
    args = parser.parse_args()
    if args.combine:
        combine(EventModel.of(json.loads(args.out.read_text())), HELD_OUT)
    elif args.validate:
        combine(EventModel.of(trained([n for n in TRAIN if n not in VALIDATION], args.cache)), VALIDATION)
    elif args.report:
        model = trained(TRAIN, args.cache)
        held = [row for name in HELD_OUT for row in align(name, dump(name, args.cache))]
        print(f"held out: {len(held)} sentences ({sum(bool(g) for _, g, _, _ in held)} with an aligned gold event)")
        for threshold in (0.3, 0.5, 0.7, 0.9):
            print(evaluate(model, held, threshold))
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(trained(TRAIN, args.cache), sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
