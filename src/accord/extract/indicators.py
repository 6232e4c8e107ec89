"""Figures about a pair of states: trade turnover, exports and imports, trade growth, investment,
numbers of companies, targets and forecasts.

Each amount ``numbers`` finds in a sentence is read against the words around it: the metric cue
nearest to it ("trade", "investments", "exports", "enterprises"), whether it changes something
("grew by 7%"), whether it is a goal or an expectation ("could reach", "target", "will exceed"),
how the text hedges it ("about", "over") and the period it covers (``periods``). Cue words are data
in ``resources/<lang>/indicator_cues.json``. A figure with no cue for the pair is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .. import resources
from ..facts import Indicator
from ..timex import parse_iso
from .analysis import AnalyzedDoc, Sentence
from .numbers import COUNT, MULTIPLIER, PERCENT, Quantity, find_quantities
from .pairs import countries_for
from .periods import Period, find_periods

# Verbs of change that, in their base form or after a preposition ("for increasing"), set a goal.
_GOAL_VERBS = frozenset({"increase", "bring", "raise", "boost", "expand", "double", "triple", "reach",
                         "achieve", "exceed", "hit", "surpass", "grow", "take", "lift"})
# How far around a figure its own words reach, in characters.
_NEAR = 60
_SHORTLY = 25
_ADJACENT = re.compile(r"\s*(?:(?:of|in|worth of)\s+)?(?:(?:bilateral|mutual|annual|total)\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|with)\b|\b(?:while|whereas)\b")
# A period a sentence opens with ("In 2023, ...", "During the first half of 2024, ...") covers all of it.
_FRONTED = re.compile(r"^\W*(?:[\w-]+\s+){0,3}$")


@dataclass(frozen=True)
class _Cue:
    start: int  # offsets in the sentence text
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class _Lexicon:
    patterns: dict[str, re.Pattern[str]]
    values: dict[str, dict[str, str]]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _lexicon(lang: str) -> _Lexicon:
    if not resources.has(lang, "indicator_cues.json"):
        lang = "en"
    d: dict[str, Any] = resources.json_data(lang, "indicator_cues.json")
    values: dict[str, dict[str, str]] = {
        "metric": {w: metric for metric, words in d["metrics"].items() for w in words},
        "enterprise": {w: "enterprises" for w in d["enterprise_nouns"]},
        "other_count": d["other_count_nouns"],
        "other_money": d["other_money"],
        "growth": {w: "growth" for w in d["growth"]},
        "decline": {w: "decline" for w in d["decline"]},
        "more": {w: "growth" for w in d["more"]},
        "less": {w: "decline" for w in d["less"]},
        "share": {w: "share" for w in d["share"]},
        "subnational": {w: "subnational" for w in d["subnational"]},
        "blocker": {w: "blocker" for w in d["not_the_pair"]},
        "target_noun": {w: "target" for w in d["kind"]["target_nouns"]},
        "forecast": {w: "forecast" for w in d["kind"]["forecast"]},
        "will": {w: "forecast" for w in d["kind"]["forecast_modals"]},
        "target": {w: "target" for w in d["kind"]["target"]},
        "current": {w: "current" for w in d["current"]},
        "qualifier": d["qualifiers"],
        "pair": {w: "pair" for w in d["pair_words"]},
    }
    patterns = {
        kind: re.compile(rf"(?<![\w-])(?:{_alternation(list(words))})(?![\w-])", re.IGNORECASE)
        for kind, words in values.items() if kind != "qualifier"
    }
    patterns["qualifier"] = re.compile(
        rf"(?<![\w-])({_alternation(list(d['qualifiers']))})\s+(?:the\s+|a\s+|an\s+)?(?:level\s+of\s+|mark\s+of\s+)?$",
        re.IGNORECASE,
    )
    return _Lexicon(patterns, values)


def _scan(text: str, lex: _Lexicon) -> list[_Cue]:
    cues = []
    for kind, pattern in lex.patterns.items():
        if kind == "qualifier":
            continue
        for m in pattern.finditer(text):
            cues.append(_Cue(m.start(), m.end(), kind, lex.values[kind][m.group(0).lower()]))
    return sorted(cues, key=lambda c: c.start)


@dataclass(frozen=True)
class _Figure:
    """One amount of a sentence with the stretch of text that belongs to it (offsets in the sentence)."""

    q: Quantity
    start: int
    end: int
    seg_start: int  # end of the amount before it, or the sentence start
    seg_end: int  # start of the amount after it, or the sentence end


def find_indicators(a: AnalyzedDoc) -> list[Indicator]:
    """The figures of a document that are about a pair of states, each with its sentence."""
    lex = _lexicon(a.lang)
    quantities = find_quantities(a.document.text, a.lang)
    out: list[Indicator] = []
    for sentence in a.sentences:
        qs = [q for q in quantities if sentence.start <= q.start < sentence.end]
        if not qs:
            continue
        cues = _scan(sentence.text, lex)
        periods = find_periods(sentence.text, sentence.times, a.anchor, a.lang, sentence.start)
        figures = []
        for i, q in enumerate(qs):
            seg_start = qs[i - 1].end - sentence.start if i else 0
            seg_end = qs[i + 1].start - sentence.start if i + 1 < len(qs) else len(sentence.text)
            figures.append(_Figure(q, q.start - sentence.start, q.end - sentence.start, seg_start, seg_end))
        for f in figures:
            if f.q.conversion or _inside_period(f, periods):
                continue
            ind = _indicator(f, sentence, cues, periods, a, lex)
            if ind is not None:
                out.append(ind)
    return _merged(out)


def _inside_period(f: _Figure, periods: list[Period]) -> bool:
    """'11' of '11 months of 2020' is part of a period, not an amount."""
    return any(p.start <= f.q.start < p.end for p in periods)


def _indicator(f: _Figure, sentence: Sentence, cues: list[_Cue], periods: list[Period], a: AnalyzedDoc,
               lex: _Lexicon) -> Indicator | None:
    countries = countries_for(sentence, a)
    if len(countries) < 2:
        return None
    read = _metric(f, sentence, cues)
    if read is None:
        return None
    metric, unit, value, label, cue = read
    text = sentence.text
    kind = _kind(f, sentence, cues, periods, a.anchor)
    if metric == "other" and not (sentence.states or any(c.kind == "pair" for c in cues)):
        return None
    if metric in ("trade_turnover", "exports", "imports", "investment") and cue and _subnational(cue, f, cues):
        metric, label = "other", f"regional_{metric}"
    period, target_year = _period(f, kind, periods, a.anchor, metric, text)
    if kind in ("target", "forecast") and target_year is None:
        target_year = _deadline_year(f, periods, a.anchor)
    elif kind == "actual" and target_year is not None:
        kind = "target"
    flow_from = flow_to = None
    if metric in ("exports", "imports") and cue is not None:
        if _flows_elsewhere(cue, sentence, countries):
            return None
        flow_from, flow_to = _flow(metric, cue, sentence, countries, f)
    return Indicator(
        metric=metric, countries=countries, value=value, unit=unit, period=None if kind != "actual" else period,
        kind=kind, qualifier=_qualifier(text[f.seg_start:f.start], lex), target_year=target_year if kind == "target"
        else None, flow_from=flow_from, flow_to=flow_to, label=label, evidence=sentence.evidence,
    )


def _nearest(cues: list[_Cue], kinds: tuple[str, ...], f: _Figure, lo: int, hi: int) -> _Cue | None:
    """The cue of one of ``kinds`` nearest to the figure within [lo, hi), left side first on a tie."""
    best: tuple[int, _Cue] | None = None
    for c in cues:
        if c.kind not in kinds or c.start < lo or c.end > hi or f.start <= c.start < f.end:
            continue
        gap = f.start - c.end if c.end <= f.start else c.start - f.end
        if best is None or gap < best[0]:
            best = (gap, c)
    return best[1] if best else None


def _adjacent_right(cues: list[_Cue], kinds: tuple[str, ...], f: _Figure, text: str) -> _Cue | None:
    """A cue right after the figure ('$5B trade volume', '$300m loan')."""
    for c in cues:
        if c.kind in kinds and c.start >= f.end and _ADJACENT.match(text[f.end:c.start]):
            return c
    return None


def _left_metric(cues: list[_Cue], kinds: tuple[str, ...], f: _Figure, text: str) -> _Cue | None:
    """The cue a figure belongs to: one right after it, else the nearest before it, else one shortly after."""
    return _adjacent_right(cues, kinds, f, text) or _nearest(cues, kinds, f, 0, f.start) or _nearest(
        cues, kinds, f, f.end, min(f.seg_end, f.end + _SHORTLY))


def _metric(f: _Figure, sentence: Sentence, cues: list[_Cue]
            ) -> tuple[str, str, float, str | None, _Cue | None] | None:
    """(metric, unit, value, label, the cue that decided it) of a figure, or None when nothing ties it to the pair."""
    q, text = f.q, sentence.text
    if q.unit == COUNT:
        if q.scaled:
            return None  # "1.5 billion" without a currency: a sum whose currency the text does not say
        noun = _counted_noun(f, sentence, cues)
        if noun is None:
            return None
        if noun.kind == "enterprise":
            return "enterprises", COUNT, q.value, None, noun
        return ("other", COUNT, q.value, noun.value, noun) if q.value >= 2 else None
    metric_kinds: tuple[str, ...] = ("metric", "enterprise") if q.unit == MULTIPLIER else ("metric",)
    metric_cue = _left_metric(cues, metric_kinds, f, text)
    blocker = _left_metric(cues, ("blocker",), f, text)
    if metric_cue is not None and blocker is not None and _gap(blocker, f) < _gap(metric_cue, f):
        return None
    if q.unit == PERCENT:
        return _percent(f, text, cues, metric_cue)
    if q.unit == MULTIPLIER:
        if metric_cue is None:
            return None
        return metric_cue.value, MULTIPLIER, q.value, None, metric_cue
    other = _adjacent_right(cues, ("other_money",), f, text) or _nearest(cues, ("other_money",), f, f.seg_start,
                                                                           f.start)
    if other is not None and (metric_cue is None or _gap(other, f) < _gap(metric_cue, f)):
        return "other", q.unit, q.value, other.value, other
    if metric_cue is None:
        return None
    return metric_cue.value, q.unit, q.value, None, metric_cue


def _gap(c: _Cue, f: _Figure) -> int:
    return f.start - c.end if c.end <= f.start else c.start - f.end


def _counted_noun(f: _Figure, sentence: Sentence, cues: list[_Cue]) -> _Cue | None:
    """What a bare count counts: the noun it modifies ('over 300 enterprises', '35,000 Tajik students')."""
    doc = sentence.span.doc
    span = doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else None
    for c in cues:
        if c.kind not in ("enterprise", "other_count") or c.start < f.end:
            continue
        if c.start - f.end > 40:
            break
        noun = doc.char_span(sentence.start + c.start, sentence.start + c.end, alignment_mode="expand")
        if noun is None:
            continue
        if head is not None and head in list(noun):
            return c
        between = sentence.text[f.end:c.start]
        if re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,2}", between) and not re.search(r"\b(?:of|and|in|to|by)\b", between):
            return c
    return None


def _percent(f: _Figure, text: str, cues: list[_Cue], metric_cue: _Cue | None
             ) -> tuple[str, str, float, str | None, _Cue | None] | None:
    """A percentage is a growth of the metric near it, or a share of something ('30% of bilateral trade')."""
    if metric_cue is None:
        return None
    share = _nearest(cues, ("share",), f, max(f.seg_start, f.start - 25), f.start) or (
        _Cue(f.end, f.end, "share", "share") if re.match(r"\s+of\b", text[f.end:]) else None)
    if share is not None:
        return "other", PERCENT, f.q.value, f"{metric_cue.value}_share", metric_cue
    lo, hi = min(metric_cue.start, f.start), max(metric_cue.end, f.end)
    change = next((c for c in cues if c.kind in ("more", "less") and c.start >= f.end
                   and not text[f.end:c.start].strip()), None)
    change = change or _nearest(cues, ("growth", "decline"), f, max(0, lo - 5), min(len(text), hi + 25))
    if change is None:
        return None
    value = -f.q.value if change.value == "decline" else f.q.value
    if metric_cue.value == "trade_turnover":
        return "trade_growth", PERCENT, value, None, metric_cue
    return "other", PERCENT, value, f"{metric_cue.value}_growth", metric_cue


def _subnational(cue: _Cue, f: _Figure, cues: list[_Cue]) -> bool:
    """A province's or city's trade with a country is not the national pair's trade."""
    lo = min(cue.start, f.start) - 30
    hi = max(cue.end + _NEAR, f.start)
    return any(c.kind == "subnational" and lo <= c.start < hi for c in cues)


def _window_start(f: _Figure, text: str) -> int:
    """Where the clause holding the figure begins: after the amount before it or a clause break."""
    start = f.seg_start
    for m in _CLAUSE_BREAK.finditer(text, start, f.start):
        start = m.end()
    return start


def _kind(f: _Figure, sentence: Sentence, cues: list[_Cue], periods: list[Period], anchor: str | None) -> str:
    """actual, target or forecast, from the words of the figure's clause."""
    text = sentence.text
    lo = _window_start(f, text)
    hi = min(f.seg_end, f.end + _NEAR)
    around = [c for c in cues if lo <= c.start < hi and not (f.start <= c.start < f.end)]
    if any(c.kind == "target_noun" for c in around):
        return "target"
    # a verb in the past tense ("noted that trade reached") closes off the wishes said before it
    lo = _after_past_verb(sentence, lo, f.start)
    left = [c for c in around if lo <= c.start and c.end <= f.start]
    if any(c.kind == "forecast" for c in left):
        return "forecast"
    if any(c.kind == "target" for c in left) or _goal_verb(sentence, lo, f.start):
        return "target"
    if any(c.kind == "will" for c in left):
        return "forecast"
    own = _own_period(f, periods, "", text)
    return "target" if own is not None and _ahead(own, anchor) else "actual"


def _after_past_verb(sentence: Sentence, lo: int, hi: int) -> int:
    for t in sentence.span:
        pos = t.idx - sentence.start
        if lo <= pos < hi and t.tag_ == "VBD" and t.pos_ == "VERB":
            lo = pos + len(t.text)
    return lo


def _goal_verb(sentence: Sentence, lo: int, hi: int) -> bool:
    """A verb of change in its base form ('to increase', 'could reach') or after a preposition
    ('for increasing'): the figure is where things should get to."""
    for t in sentence.span:
        pos = t.idx - sentence.start
        if not lo <= pos < hi or t.lemma_.lower() not in _GOAL_VERBS:
            continue
        if t.tag_ == "VB":
            return True
        if t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].pos_ == "ADP":
            return True
    return False


def _qualifier(before: str, lex: _Lexicon) -> str | None:
    m = lex.patterns["qualifier"].search(before[-40:])
    return lex.values["qualifier"][m.group(1).lower()] if m else None


def _own_period(f: _Figure, periods: list[Period], metric: str, text: str) -> Period | None:
    """The period a figure is given for: the one named nearest to it in its own clause (its own
    stretch first), else one the sentence opens with ('In 2023, ...')."""
    base = f.q.start - f.start
    lo, hi = _clause(f, text)
    own, fronted = [], []
    for p in periods:
        if p.possessive or p.marker == "base" or (metric != "other" and p.value and len(p.value) == 10):
            continue  # a day is when something happened, not the span a trade figure covers
        s = p.start - base
        if lo <= s < hi:
            own.append(p)
        elif _FRONTED.match(text[:s]) and text[p.end - base:].lstrip().startswith(","):
            fronted.append(p)

    def gap(p: Period) -> tuple[bool, int]:
        s, e = p.start - base, p.end - base
        return (not f.seg_start <= s < f.seg_end, f.start - e if e <= f.start else s - f.end)

    if own:
        return min(own, key=gap)
    return fronted[0] if fronted else None


def _period(f: _Figure, kind: str, periods: list[Period], anchor: str | None, metric: str, text: str
            ) -> tuple[str | None, str | None]:
    """(period, target year) of a figure; a deadline still ahead ('by 2030') is a target year."""
    if kind != "actual":
        return None, None
    best = _own_period(f, periods, metric, text)
    if best is None or best.marker == "cumulative":
        return None, None
    if _ahead(best, anchor):
        return None, str(best.year)
    return best.value, None


def _ahead(p: Period, anchor: str | None) -> bool:
    a = parse_iso(anchor)
    return p.marker == "deadline" and p.year is not None and a is not None and p.year > a[0]


def _clause(f: _Figure, text: str) -> tuple[int, int]:
    """The clause holding the figure: between the clause breaks around it."""
    lo, hi = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= f.start:
            lo = m.end()
        elif m.start() >= f.end:
            hi = m.start()
            break
    return lo, hi


def _deadline_year(f: _Figure, periods: list[Period], anchor: str | None) -> str | None:
    """The year a goal is set for: 'by 2030', 'until 2027' anywhere in the sentence."""
    a = parse_iso(anchor)
    for p in periods:
        if p.marker == "deadline" and p.year and (a is None or p.year >= a[0]):
            return str(p.year)
    return None


def _flow(metric: str, cue: _Cue, sentence: Sentence, countries: list[str], f: _Figure
          ) -> tuple[str | None, str | None]:
    """Who sells to whom: 'to'/'into' marks the buyer, 'from' the seller, a country before the cue
    ('Kyrgyz exports', 'Kazakhstan imported') is the one that exports or imports. Only the
    countries named in the figure's own stretch of the sentence count."""
    origin = dest = None
    text = sentence.text
    lo, hi = min(f.seg_start, cue.start), max(f.seg_end, cue.end)
    for m in sentence.mentions:
        if m.code not in countries or not lo <= m.start - sentence.start < hi:
            continue
        before = text[:m.start - sentence.start].rstrip().lower()
        if re.search(r"\b(?:to|into)(?:\s+the)?$", before):
            dest = dest or m.code
        elif re.search(r"\bfrom(?:\s+the)?$", before):
            origin = origin or m.code
        elif m.end - sentence.start <= cue.start:
            if metric == "exports":
                origin = origin or m.code
            else:
                dest = dest or m.code
    others = [c for c in countries if c not in (origin, dest)]
    if origin is None and dest is not None and len(others) == 1:
        origin = others[0]
    elif dest is None and origin is not None and len(others) == 1:
        dest = others[0]
    return origin, dest


def _flows_elsewhere(cue: _Cue, sentence: Sentence, countries: list[str]) -> bool:
    """'exports to the world', 'imports from the EU': a flow whose other end is not the pair."""
    m = re.match(r"[^.;,]{0,30}?\b(?:to|into|from)\s+(?:the\s+)?", sentence.text[cue.end:])
    if m is None:
        return False
    at = sentence.start + cue.end + m.end()
    return not any(x.start == at and x.code in countries for x in sentence.mentions)


def _merged(items: list[Indicator]) -> list[Indicator]:
    """One figure said twice (lead and body, headline repeated) is one indicator; the fuller reading wins."""
    out: list[Indicator] = []
    for item in items:
        for i, kept in enumerate(out):
            if (kept.metric, sorted(kept.countries), kept.unit, kept.kind, kept.label) != (
                    item.metric, sorted(item.countries), item.unit, item.kind, item.label):
                continue
            if abs(kept.value - item.value) > 1e-9 * max(abs(item.value), 1.0):
                continue
            if kept.period and item.period and kept.period != item.period:
                continue
            out[i] = replace(
                kept, period=kept.period or item.period, qualifier=kept.qualifier or item.qualifier,
                target_year=kept.target_year or item.target_year, flow_from=kept.flow_from or item.flow_from,
                flow_to=kept.flow_to or item.flow_to,
            )
            break
        else:
            out.append(item)
    return out
