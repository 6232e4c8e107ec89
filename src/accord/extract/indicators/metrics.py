"""What a figure measures: the metric cue it belongs to (the one right after it, a flow its verb of being
names, else the nearest), a count's noun, a percentage's change or share, and the measure of the sentence
before that a goal, a pronoun or a bare change stands for. ``figures`` reads the rest of the figure.
"""

from __future__ import annotations

from ..analysis import Sentence
from ..syntax import is_dep, is_pos, is_tag, token_at
from .clauses import NEAR, SHORTLY, SentenceFigure, clause_bounds, clause_start
from .compared import compared_count
from .cues import Cue, CueLexicon
from .numbers import COUNT, MULTIPLIER, PERCENT
from .parse import (
    anaphor_cue,
    clause_of_its_own,
    counted_noun,
    goal_is_figure,
    goal_noun_subject,
    goal_object_anaphor,
    hangs_on_blocker,
    speakers_goal,
)

_WHOLE = 100  # an index of a level against another is a percentage of it: 100 is no change
_JUST_BEFORE = 5  # a change word may stand a few characters before a percentage: "up 12%"
# a count of one ("an agreement", "one project") names a thing, not a figure worth an `other` count
_MIN_OTHER_COUNT = 2
# How far a goal noun may stand before its figure ('a target of about $10bn'), in characters.
_GOAL_OF = 20
# Flows of trade ('exports rose 12%' is an export growth; a flow's noun may be a sum's predicate)
FLOWS = frozenset({"trade_turnover", "exports", "imports", "trade_growth"})


def _nearest(cues: list[Cue], kinds: tuple[str, ...], f: SentenceFigure, lo: int, hi: int) -> Cue | None:
    """The cue of one of ``kinds`` nearest to the figure within [lo, hi), left side first on a tie."""
    best: tuple[int, Cue] | None = None
    for c in cues:
        if c.kind not in kinds or c.start < lo or c.end > hi or f.start <= c.start < f.end:
            continue
        gap = f.start - c.end if c.end <= f.start else c.start - f.end
        if best is None or gap < best[0]:
            best = (gap, c)
    return best[1] if best else None


def _adjacent_right(cues: list[Cue], kinds: tuple[str, ...], f: SentenceFigure, text: str, lex: CueLexicon
                    ) -> Cue | None:
    """A cue right after the figure ('$6B trade volume', '$300m loan')."""
    for c in cues:
        if c.kind in kinds and c.start >= f.end and lex.adjacent.match(text[f.end:c.start]):
            return c
    return None


def _predicate(cues: list[Cue], kinds: tuple[str, ...], f: SentenceFigure, text: str, lex: CueLexicon) -> Cue | None:
    """'trade reached $150m, of which $90m were Kenyan shipments to Oman': a flow's noun that a verb of being
    makes the sum's predicate."""
    return next((c for c in cues if c.kind in kinds and c.start >= f.end and c.value in FLOWS
                 and lex.predicate.fullmatch(text, f.end, c.start)), None)


def _changed(cues: list[Cue], kinds: tuple[str, ...], f: SentenceFigure, text: str, lex: CueLexicon) -> Cue | None:
    """'trade rose to $5bn, driven by a 20% increase in exports': the measure a noun of change right after a
    percentage names is the one the percentage changes, whatever measure stands before it."""
    if f.q.unit != PERCENT:
        return None
    change = next((c for c in cues if c.kind in ("growth", "decline") and c.start >= f.end
                   and not text[f.end:c.start].strip()), None)
    if change is None:
        return None
    return next((c for c in cues if c.kind in kinds and c.start >= change.end
                 and lex.changed_link.fullmatch(text, change.end, c.start)), None)


def _left_metric(cues: list[Cue], kinds: tuple[str, ...], f: SentenceFigure, text: str, lex: CueLexicon
                 ) -> Cue | None:
    """The cue a figure belongs to: one right after it, else the nearest before it, else one shortly after
    in its own clause."""
    return _adjacent_right(cues, kinds, f, text, lex) or _changed(cues, kinds, f, text, lex) or _predicate(
        cues, kinds, f, text, lex) or _nearest(
        cues, kinds, f, 0, f.start) or _nearest(
        cues, kinds, f, f.end, min(f.seg_end, f.end + SHORTLY, clause_bounds(f, text, lex.clause_break)[1]))


def figure_metric(f: SentenceFigure, sentence: Sentence, cues: list[Cue], topic: str | None, lex: CueLexicon,
            earlier: str | None = None) -> tuple[str, str, float, str | None, Cue | None] | None:
    """(metric, unit, value, label, the cue that decided it) of a figure, or None when nothing ties it to the pair.
    A sum named only as a goal ('a target of $10bn') measures the ``topic`` of the sentence before, else, at
    the head of a paragraph ('"Our task is to reach $750m," the envoy said.'), the ``earlier`` one."""
    q, text = f.q, sentence.text
    if q.unit == COUNT:
        if q.scaled:
            return None  # "1.5 billion" without a currency: a sum whose currency the text does not say
        noun = counted_noun(f, sentence, cues, lex) or compared_count(f, sentence, cues, lex)
        if noun is None:
            return None
        if noun.kind == "enterprise":
            if _taking_part(f, sentence.text, cues, lex) or _subject_takes_part(noun, sentence, cues):
                return "other", COUNT, q.value, "event_participants", noun
            return "enterprises", COUNT, q.value, None, noun
        return ("other", COUNT, q.value, noun.value, noun) if q.value >= _MIN_OTHER_COUNT else None
    metric_kinds: tuple[str, ...] = ("metric", "enterprise") if q.unit == MULTIPLIER else ("metric",)
    metric_cue = _left_metric(cues, metric_kinds, f, text, lex)
    blocker = _left_metric(cues, ("blocker",), f, text, lex)
    if metric_cue is not None and blocker is not None and _gap(blocker, f) < _gap(metric_cue, f) and not (
            metric_cue.value in FLOWS and lex.goods_link.fullmatch(text, metric_cue.end, blocker.start)):
        return None  # ('import of the Kyrgyz production — $17m': what a flow carries is no other measure)
    if metric_cue is not None and hangs_on_blocker(metric_cue, sentence, cues):
        return None  # 'Brazil's surplus in its commerce with Chile', 'the trade gap': a balance, no level
    if metric_cue is not None and clause_of_its_own(f, metric_cue, sentence, cues):
        metric_cue = None
    if metric_cue is None and topic is not None and (q.unit in (PERCENT, MULTIPLIER) or q.is_money):
        metric_cue = anaphor_cue(f, sentence, topic, lex)
    if metric_cue is None and topic is not None and blocker is None:
        metric_cue = _figure_noun(f, sentence, cues, topic, lex) or _bare_change(f, sentence, cues, topic, lex)
    if q.unit == PERCENT:
        return _percent(f, text, cues, metric_cue, lex)
    if q.unit == MULTIPLIER:
        if metric_cue is None:
            return None
        return metric_cue.value, MULTIPLIER, q.value, None, metric_cue
    if lex.difference_after.match(text, f.end) or _change_amount(f, sentence, cues, lex):
        return None  # "на $200 млн больше показателя 2023 года", "$200m more than in 2023": how much more, not a level
    other = _adjacent_right(cues, ("other_money",), f, text, lex) or _nearest(cues, ("other_money",), f, f.seg_start,
                                                                           f.start)
    if other is not None and (metric_cue is None or _gap(other, f) < _gap(metric_cue, f)):
        return "other", q.unit, q.value, other.value, other
    if metric_cue is None:
        # 'a target of $10bn', 'the $10bn target set by the leaders'
        goal = _nearest(cues, ("target_noun",), f, max(f.seg_start, f.start - _GOAL_OF), f.start) or _adjacent_right(
            cues, ("target_noun",), f, text, lex)
        if goal is None and not (goal_noun_subject(f, sentence, cues, lex) or speakers_goal(f, sentence, lex)
                                 or goal_is_figure(f, sentence, cues)) or (
                blocker is not None):
            return None
        # 'the target of $10bn by 2030 set by the leaders for bilateral trade': the goal names its measure later
        named = _nearest(cues, ("metric",), f, f.end, clause_bounds(f, text, lex.clause_break)[1])
        if named is not None:
            return named.value, q.unit, q.value, None, named
        topic = topic or earlier
        return (topic, q.unit, q.value, None, None) if topic else None
    return metric_cue.value, q.unit, q.value, None, metric_cue


def _change_amount(f: SentenceFigure, sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> bool:
    """'exports rose $160 million (12.6%) to $1.43 billion', 'led by logs (up $58 million)': a sum right after a
    change verb is how much the measure changed, not a level of it ('made up $870m' is a level: a verb's particle)."""
    for c in cues:
        if c.kind in ("growth", "decline") and c.end <= f.start and lex.change_by.fullmatch(
                sentence.text, c.end, f.start):
            word = token_at(sentence, sentence.start + c.start)
            if word is None or not is_dep(word, "particle"):
                return True
    return False


def _figure_noun(f: SentenceFigure, sentence: Sentence, cues: list[Cue], topic: str, lex: CueLexicon) -> Cue | None:
    """'They aim to raise the figure to $10bn', '... to raise it from $1bn to $3bn': a noun or a pronoun
    standing for a measure before the sum in its clause names the measure of the sentence before."""
    text = sentence.text
    clause = clause_bounds(f, text, lex.clause_break)[0]
    # (the pronoun may stand before both sums of a range: "raise it from $1bn to $3bn")
    noun = _nearest(cues, ("figure_noun",), f, max(f.seg_start, clause), f.start) or goal_object_anaphor(
        f, sentence, clause, lex)
    return None if noun is None else Cue(noun.start, noun.end, "metric", topic)


def _bare_change(f: SentenceFigure, sentence: Sentence, cues: list[Cue], topic: str, lex: CueLexicon) -> Cue | None:
    """'Trade rose 40% last year. In the first quarter we see further growth, around 20 percent.': a percentage after
    a noun of change that the speakers see or report ('we', 'they'), in a sentence naming no measure, is the change
    of the measure spoken of ('the economy showed growth of 4%' is the economy's)."""
    text = sentence.text
    if f.q.unit != PERCENT or any(c.kind in ("metric", "blocker") for c in cues):
        return None
    change = _nearest(cues, ("growth", "decline"), f, clause_start(f, text, lex.clause_break), f.start)
    word = None if change is None else token_at(sentence, sentence.start + change.start)
    if change is None or word is None or not is_pos(word, "noun") or is_dep(word, "subject", "passive_subject"):
        return None
    subjects = [c for c in word.head.children if is_dep(c, "subject")]
    if not subjects or not all(is_tag(c, "personal_pronoun") for c in subjects):
        return None
    return Cue(change.start, change.end, "metric", topic)


def _gap(c: Cue, f: SentenceFigure) -> int:
    return f.start - c.end if c.end <= f.start else c.start - f.end


def _taking_part(f: SentenceFigure, text: str, cues: list[Cue], lex: CueLexicon) -> bool:
    """'300 companies attended the forum', 'with the participation of 300 firms': companies at an event
    ('firms with the participation of foreign capital' are companies with foreign owners)."""
    lo, hi = clause_start(f, text, lex.clause_break), min(f.seg_end, f.end + NEAR)
    return any(lo <= c.start < hi and (c.kind == "participation" or c.kind == "participation_of" and c.end <= f.start)
               for c in cues)


def _subject_takes_part(noun: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
    """'with some 80 companies from mining and wine expected to attend', '45 firms are set to take part': the
    counted noun is the subject of a verb that, or whose open complement, is a word of taking part."""
    tok = token_at(sentence, sentence.start + noun.start)
    if tok is None or not is_dep(tok, "subject", "passive_subject"):
        return False
    verb = tok.head
    heads = [verb, *(c for c in verb.children if is_dep(c, "open_complement"))]
    taking = {sentence.start + c.start for c in cues if c.kind == "participation"}
    return any(h.idx in taking for h in heads)


def _percent(f: SentenceFigure, text: str, cues: list[Cue], metric_cue: Cue | None, lex: CueLexicon
             ) -> tuple[str, str, float, str | None, Cue | None] | None:
    """A percentage is a growth of the metric near it, or a share of something ('40% of bilateral trade')."""
    if metric_cue is None:
        return None
    share = _nearest(cues, ("share",), f, max(f.seg_start, f.start - SHORTLY), f.start) or (
        Cue(f.end, f.end, "share", "share") if lex.share_link.match(text[f.end:]) else None)
    if share is None and metric_cue.end <= f.start:
        # 'the share of local currencies in bilateral trade rose to 11%': a share that names the metric it is of
        share = _nearest(cues, ("share",), f, clause_start(f, text, lex.clause_break), metric_cue.start)
    if share is not None:
        return "other", PERCENT, f.q.value, f"{metric_cue.value}_share", metric_cue
    if lex.index_link.match(text, f.end):
        # '108.9% to the level of last year', '94.5% to the level of 2022': an index, the change is its excess over 100
        return _growth(metric_cue, round(f.q.value - _WHOLE, 6))
    lo, hi = min(metric_cue.start, f.start), max(metric_cue.end, f.end)
    # "fell 12% year-on-year": the verb right before the figure says the direction, not the comparison after it
    verb = next((c for c in cues if c.kind in ("growth", "decline") and c.end <= f.start
                 and f.start - c.end <= _JUST_BEFORE), None)
    change = verb or next((c for c in cues if c.kind in ("more", "less") and c.start >= f.end
                           and not text[f.end:c.start].strip()), None)
    change = change or _nearest(cues, ("growth", "decline"), f, max(0, lo - _JUST_BEFORE),
                                min(len(text), hi + SHORTLY))
    if change is None:
        return None
    return _growth(metric_cue, -f.q.value if change.value == "decline" else f.q.value)


def _growth(metric_cue: Cue, value: float) -> tuple[str, str, float, str | None, Cue | None]:
    if metric_cue.value == "trade_turnover":
        return "trade_growth", PERCENT, value, None, metric_cue
    return "other", PERCENT, value, f"{metric_cue.value}_growth", metric_cue
