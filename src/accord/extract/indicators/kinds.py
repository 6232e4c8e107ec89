"""Whether a figure is an actual, a target or a forecast: read from the words of its clause (a goal
noun, a planning participle, a verb of change in its base form, a modal, a forecast word) and its
parse (a target that was attained, a past verb that closes off the wishes said before it)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...facts import Indicator
from ...timex import parse_iso
from ..analysis import Sentence
from ..syntax import is_dep, is_pos, is_tag, lemma_of, token_at
from .clauses import NEAR, SHORTLY, SentenceFigure, aside_of, asides, clause_bounds, clause_start
from .cues import Cue, CueLexicon
from .numbers import MULTIPLIER
from .periods import Period, ahead, own_period

# a target noun this close before the next amount ("the target of $10bn") names that amount
_TARGET_OF = 12
# how many heads up from a period's first word a participle describing a target noun may stand ('set in 2019')
_MODIFIER_DEPTH = 3
# how many heads up from a period's word the verb of planning it dates may stand ('agreed during their meeting in 2023')
_PLAN_DEPTH = 5


def figure_kind(f: SentenceFigure, sentence: Sentence, cues: list[Cue], periods: list[Period], anchor: str | None,
          lex: CueLexicon) -> str:
    """actual, target or forecast, from the words of the figure's clause."""
    text = sentence.text
    lo = clause_start(f, text, lex.clause_break)
    hi = min(f.seg_end, f.end + NEAR, clause_bounds(f, text, lex.clause_break)[1])
    spans = asides(text, lex.aside)
    own_aside = aside_of(f.start, spans)
    hidden = [s for s in spans if s != own_aside]
    if own_aside is not None:  # ', which was $80m last year,': the aside's own words tell its figure's kind
        lo, hi = max(lo, own_aside[0]), min(hi, own_aside[1])
    elif (left_aside := aside_of(lo, spans)) is not None:
        # 'to raise trade, which was $80m last year, to $300m': the clause goes on before the aside
        lo = max((m.end() for m in lex.clause_break.finditer(text, 0, left_aside[0])), default=0)
    around = [c for c in cues if lo <= c.start < hi and not (f.start <= c.start < f.end)]
    named = [c for c in around if c.kind == "target_noun" and not _names_next(c, f, text)]
    if named and all(_target_attained(c, sentence, lex) for c in named):
        return "actual"
    if named or _planned(f, text, around, lex) or _wished(f, sentence, cues) or _bound_to_plan(f, sentence, lex):
        return "target"
    # a verb in the past tense ("noted that trade reached") closes off the wishes said before it
    lo = _after_past_verb(sentence, lo, f.start, lex, hidden)
    left = [c for c in around if lo <= c.start and c.end <= f.start]
    if any(c.kind == "forecast" and not _estimate_of_level(c, f, text, lex) for c in left) or _forecast_verb(
            sentence, lo, f.start, lex, hidden):
        return "forecast"
    aimed = any(c.kind == "target" for c in left)
    will = any(c.kind == "will" for c in left)
    own = own_period(f, periods, "", text, lex)
    if will and not aimed and own is not None and _over(own, anchor):
        return "actual"  # "trade will grow 30% in 2023" on a page of 2024: a year already over is reported
    goal = _goal_verb(sentence, lo, f.start, lex, hidden)
    if goal and not aimed and own is not None and _over(own, anchor):
        return "actual"  # 'value of trade in 2023 reach $4bn' on a page of 2024: a translation's bare verb reports
    if aimed or goal or _to_multiply(f, text, lex):
        return "target"
    if will:
        return "forecast"
    return "target" if own is not None and ahead(own, anchor) else "actual"

def _wished(f: SentenceFigure, sentence: Sentence, cues: list[Cue]) -> bool:
    """'still short of the $2bn the two governments want by 2027', 'the $5bn that the leaders aim for': the
    figure is what a relative clause of a wish, hanging from it, wants."""
    figure = sentence.span.doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if figure is None:
        return False
    wishes = {sentence.start + c.start for c in cues if c.kind == "target"}
    return any(is_dep(t, "relative_clause") and t.idx in wishes for t in figure.root.children)


def _bound_to_plan(f: SentenceFigure, sentence: Sentence, lex: CueLexicon) -> bool:
    """'the firm was to invest $150m in the first year', 'trade is to reach $5bn', 'promised to buy up to $30m': the
    figure hangs from an infinitive that a verb of planning or obligation governs, so it is what was set out to be."""
    figure = sentence.span.doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if figure is None:
        return False
    root = figure.root
    if any(is_tag(c, "past_participle") for c in root.children):
        return False  # 'to push trade beyond the record $2.9bn reached in 2024': a level reached
    # the verb's object, or the object of a preposition on the verb ('to invest ... up to $540m within three years')
    verb = root.head.head if is_pos(root.head, "adposition") else root.head
    return (is_tag(verb, "base_form") and is_dep(verb, "open_complement") and verb.head.i < verb.i
            and verb.head.lemma_.lower() in lex.plan_verbs)


def _estimate_of_level(c: Cue, f: SentenceFigure, text: str, lex: CueLexicon) -> bool:
    """'exchanges were estimated to 226 billions in 2022' (a translation's 'estimated at'): a forecast phrase
    ending in an infinitive marker right before the figure, with no verb after it, estimates a level."""
    return not text[c.end:f.start].strip() and lex.goal_marker.search(f"{text[c.start:c.end]} ") is not None


def _over(p: Period, anchor: str | None) -> bool:
    a = parse_iso(anchor)
    return p.marker != "deadline" and p.year is not None and a is not None and p.year < a[0]

def _target_attained(c: Cue, sentence: Sentence, lex: CueLexicon) -> bool:
    """'trade hit the $1bn target set in 2019', 'exceeded the goal': the target noun is the object of a
    verb of attaining in the past tense (or its participle after a tense auxiliary, 'has met the goal'),
    so the figure is where trade got to, not where it should get to."""
    for t in sentence.span:
        if t.idx - sentence.start != c.start:
            continue
        verb = t.head
        while is_pos(verb, "adposition", "noun") and verb.head.i != verb.i:
            if is_pos(verb, "adposition") and any(ch.lower_ in lex.shortfall_words for ch in verb.children):
                return False  # 'reached $2bn, still far from the goal'
            verb = verb.head  # 'reached the level of the target'
        if verb.lemma_.lower() not in lex.attain_verbs:
            return False
        return is_tag(verb, "past_tense") or is_tag(verb, "past_participle") and any(
            is_dep(ch, "auxiliary") and is_tag(ch, "past_tense", "present", "present_third_person")
            for ch in verb.children)
    return False

def dates_a_target(p: Period, sentence: Sentence, cues: list[Cue]) -> bool:
    """'the $1bn target set in 2019', 'the goal agreed in 2021': a period inside a participle that
    describes a target noun tells when the target was set, not the period of any figure."""
    # ('they aim for trade to reach $8bn in 2031': the verb 'aim' names no target)
    nouns = {sentence.start + c.start for c in cues if c.kind == "target_noun" and not _verb_at(sentence, c)}
    if not nouns:
        return False
    for t in sentence.span:
        if t.idx != p.start:  # a period's offsets are the document's
            continue
        node, steps = t, 0
        while node.head.i != node.i and steps < _MODIFIER_DEPTH:
            node, steps = node.head, steps + 1
            # ('the $500m goal set in 2020, reaching $540m last year': a present participle tells where
            # the measure got to, not when the goal was set)
            # ('the goal to reach $5bn in 2030': an infinitive after the noun tells the goal, dated by its deadline)
            if (is_tag(node, "past_participle") or is_dep(node, "clausal_modifier", "relative_clause")) and (
                    node.head.i < node.i and _within(node.head, nouns)) and not is_tag(node, "gerund", "base_form"):
                return True
        return False
    return False


def dates_a_plan(p: Period, sentence: Sentence, lex: CueLexicon) -> bool:
    """'the leaders decided, during their talks in 2023, to lift trade to $150m': a period that hangs on a verb
    of planning, before the infinitive it governs, tells when the plan was made, not the period of its figure."""
    tok = token_at(sentence, p.start)  # a period's offsets are the document's
    if tok is None:
        return False
    node = tok
    for _ in range(_PLAN_DEPTH):
        if node.head.i == node.i or is_pos(node, "verb", "auxiliary_verb"):
            break
        node = node.head
    return node.i != tok.i and lemma_of(node) in lex.plan_verbs and any(
        is_dep(c, "open_complement") and is_tag(c, "base_form") and c.i > tok.i for c in node.children)


def _verb_at(sentence: Sentence, c: Cue) -> bool:
    """The cue's word is a verb here ('they aim for trade to reach ...'), not the noun ('the aim')."""
    tok = token_at(sentence, sentence.start + c.start)
    return tok is not None and is_pos(tok, "verb")


def _within(tok: Any, starts: set[int]) -> bool:
    """``tok`` is one of the words at ``starts``, or inside its phrase ('the target of $1bn', then 'set')."""
    for _ in range(_MODIFIER_DEPTH):
        if tok.idx in starts:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False

def _names_next(c: Cue, f: SentenceFigure, text: str) -> bool:
    """'trade reached $7bn and they set the target of $10bn': the target noun after a figure that
    leads straight to the next amount is that amount's."""
    return f.end <= c.start and f.seg_end < len(text) and f.seg_end - c.end <= _TARGET_OF

def _to_multiply(f: SentenceFigure, text: str, lex: CueLexicon) -> bool:
    """'to double trade', 'will triple exports': an N-fold change said by a verb after an infinitive
    marker or a modal is itself the goal (the tagger often reads 'double' as an adjective)."""
    return f.q.unit == MULTIPLIER and not f.q.text[:1].isdigit() and lex.goal_marker.search(
        text[:f.start]) is not None

def _planned(f: SentenceFigure, text: str, around: list[Cue], lex: CueLexicon) -> bool:
    """'$2bn envisaged by ...', 'EUR 50m earmarked for ...': a participle of planning right after the figure."""
    return any(c.kind == "target_after" and f.end <= c.start <= f.end + SHORTLY
               and not lex.clause_break.search(text, f.end, c.start) for c in around)

def _after_past_verb(sentence: Sentence, lo: int, hi: int, lex: CueLexicon, hidden: list[tuple[int, int]]) -> int:
    """Where the words of a wish can start: after the last verb in the past tense before the figure
    (unless an infinitive of its own follows it: 'agreed to invest'), and after the infinitive of
    result of a change that happened ('grew 5% to reach $2bn')."""
    for t in sentence.span:
        pos = t.idx - sentence.start
        if not lo <= pos < hi or aside_of(pos, hidden) is not None:
            continue
        # 'agreed to invest $X', 'decided to raise ...': the past verb states a plan, it does not close it
        past = (
            is_tag(t, "past_tense")
            and is_pos(t, "verb")
            and not any(
                is_dep(c, "open_complement") and is_tag(c, "base_form") and c.i > t.i and c.idx - sentence.start < hi
                for c in t.children
            )
        )
        result = (
            is_tag(t, "base_form")
            and is_tag(t.head, "past_tense", "past_participle")
            and t.head.lemma_.lower() in lex.change_verbs
            and t.head.i < t.i
        )
        if past or result:
            lo = pos + len(t.text)
    return lo

def _forecast_verb(sentence: Sentence, lo: int, hi: int, lex: CueLexicon, hidden: list[tuple[int, int]]) -> bool:
    """'the bureau projects exports of $2bn for the year', 'analysts predict that trade will top $1bn': a verb of
    foreseeing in the present or future before the figure in its clause."""
    for t in sentence.span:
        pos = t.idx - sentence.start
        if lo <= pos < hi and aside_of(pos, hidden) is None and is_pos(t, "verb") and (
                t.lemma_.lower() in lex.forecast_verbs) and (
                is_tag(t, "present", "present_third_person", "base_form")):
            return True
    return False


def _bare_report(t: Any) -> bool:
    """'trade reached $4bn, increase 5% compare with 2022', 'which is increase 33%': a machine translation's
    bare verb joined to a verb in the past tense, or after a finite 'is', reports a change; it is no goal."""
    if any(is_dep(c, "auxiliary") and is_tag(c, "present", "present_third_person", "past_tense") for c in t.children):
        return True
    return is_dep(t, "conjunct") and is_tag(t.head, "past_tense")


def _goal_verb(sentence: Sentence, lo: int, hi: int, lex: CueLexicon, hidden: list[tuple[int, int]]) -> bool:
    """A verb of change in its base form ('to increase', 'could reach') or after a preposition
    ('for increasing'): the figure is where things should get to."""
    for t in sentence.span:
        pos = t.idx - sentence.start
        if not lo <= pos < hi or aside_of(pos, hidden) is not None or t.lemma_.lower() not in lex.goal_verbs:
            continue
        if is_tag(t, "base_form") and not _bare_report(t):
            return True
        if is_tag(t, "gerund") and t.i > 0 and is_pos(t.doc[t.i - 1], "adposition"):
            return True
    return False


def part_of_plan(whole: tuple[SentenceFigure, Indicator] | None, f: SentenceFigure, ind: Indicator | None,
                 text: str, lex: CueLexicon) -> Indicator | None:
    """'Peru will set up an investment fund of $9bn for Chile, including $3bn for rail': a sum after a part
    link that follows a planned sum of the same unit is a part of the plan, measuring what the whole does
    and planned as it is."""
    if whole is None or not lex.part_link.search(text, whole[0].end, f.start):
        return ind
    plan = whole[1]
    if plan.kind not in ("target", "forecast") or plan.unit != f.q.unit:
        return ind
    if ind is None or ind.metric == plan.metric:
        return replace(plan, value=f.q.value, period=None, qualifier=None)
    return ind
