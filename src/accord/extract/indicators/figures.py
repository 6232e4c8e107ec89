"""Figures about a pair of states: trade turnover, exports and imports, trade growth, investment,
numbers of companies, targets and forecasts.

Each amount ``numbers`` finds in a sentence is read against the words around it: the metric cue (``metrics``)
nearest to it ("trade", "investments", "exports", "enterprises"), whether it changes something
("grew by 7%"), whether it is a goal or an expectation ("could reach", "target", "will exceed"),
how the text hedges it ("about", "over") and the period it covers (``periods``). Cue words are data
in ``resources/<lang>/indicator_cues.json``. A figure with no cue for the pair is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...facts import Indicator
from ..analysis import AnalyzedDoc, Sentence
from ..pairs import countries_for, speaks_of_both
from .attributive import names_a_thing
from .clauses import NEAR, SentenceFigure, aside_of, asides, without_glosses
from .compared import compared, years_ago
from .cues import Cue, CueLexicon, cue_lexicon, scan_cues
from .flows import (
    flow_ends,
    flow_partners,
    flows_elsewhere,
    goods_seller,
    one_state_total,
    owned_total,
    owner_before,
    total_before,
    trades_with_another,
    with_whole_world,
)
from .kinds import dates_a_plan, dates_a_target, figure_kind, part_of_plan
from .merging import merged
from .metrics import FLOWS, figure_metric
from .numbers import COUNT, MULTIPLIER, PERCENT, Quantity, find_quantities, page_currency
from .parse import is_conditional, one_good, plan_cost
from .periods import (
    Period,
    compares_with_same_period,
    deadline_year,
    figure_period,
    find_periods,
    fiscal_start,
    inside_period,
    later_period,
    own_period,
    years_back,
)
from .tables import table_indicators

# "the province of X's exports": how far before the cue or figure a province or city may be named
_SUBNATIONAL_BEFORE = 30
# "about", "more than", "at the level of": how far before a figure its qualifier may start
_QUALIFIER_REACH = 40
# Measures a goal in the next sentence may name only by its figure ('Trade reached $7bn. They set a target of $10bn.')
_TOPICS = frozenset({"trade_turnover", "exports", "imports", "investment"})
# how a period is tied to a figure when it is no period a fact of the sentence happened in
_NOT_A_PERIOD_OF_FACT = frozenset({"deadline", "base", "rate"})
# Cues of a sentence that speaks of a plan, whose cost the next sentence may give ('The investment is estimated at ...')
_PLAN_CUES = frozenset({"target", "target_after", "forecast", "will"})
# marks that open the items of a list, which share the period of the line before them
_BULLETS = frozenset("-•*–·")
# an interview's question hands its measure on to the answer
_QUESTION = "?"
# an editor's insertion in a quote: a few words in square brackets
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,40})\]")


@dataclass(frozen=True)
class _Context:
    """What a sentence hands on to the next one of its paragraph: the period of its trade figures and
    the measure of its sums."""

    period: str | None = None
    topic: str | None = None
    plan: bool = False  # it speaks of a plan ('the project envisages ...')
    world: bool = False  # its flows are one state's trade with the world ('Total external trade was $16bn.')
    listing: bool = False  # it opens or goes on with a list ('In 2024:', '- exports rose ...')
    said: str | None = None  # the period of the sentence's own trade figures so far (within a sentence only)
    earlier: str | None = None  # the measure of the story's sums before this paragraph, for a goal named by its figure
    # the period of the story's last trade figures, whatever their paragraph, for a figure given for a period that
    # a word points back to ('Imports came to $58m in the nine months.')
    told: str | None = None


def find_indicators(a: AnalyzedDoc) -> list[Indicator]:
    """The figures of a document that are about a pair of states, each with its sentence."""
    lex = cue_lexicon(a.lang)
    text = _unbracketed(a.document.text)
    quantities = find_quantities(text, a.lang, page_currency(text, a.lang))
    out: list[Indicator] = []
    context = _Context()
    carried: str | None = None  # the currency of the paragraph's last sum
    told: str | None = None  # the period of the story's last trade figures, whatever their paragraph
    earlier: str | None = None  # the measure of the story's last sums, whatever their paragraph
    previous_end = 0
    asked = False  # the sentence before is a question
    for sentence in a.sentences:
        if "\n\n" in a.document.text[previous_end:sentence.start] and not (
                context.listing and sentence.text.lstrip()[:1] in _BULLETS):
            # a new paragraph, but for the next item of a list; an interview's answer measures what the
            # question asked about ('How big is trade today?' / 'Last year it was $18m.')
            context = _Context(topic=context.topic if asked else None)
            carried = None
        asked = sentence.text.rstrip().endswith(_QUESTION)
        if context.period is None and compares_with_same_period(sentence.text, a.lang):
            context = replace(context, period=told)
        previous_end = sentence.end
        qs = [q for q in quantities if sentence.start <= q.start < sentence.end and not names_a_thing(q, sentence, lex)]
        if any(q.shared for q in qs):
            states = [*countries_for(sentence, a), *a.story_pair]
            partners = flow_partners(sentence, scan_cues(text[sentence.start:sentence.end], lex), lex)
            qs = [q.for_states(states, partners) for q in qs]
        qs = _with_elided_currency(qs, text, carried, lex)
        carried = next((q.unit for q in reversed(qs) if q.is_money), carried)
        plain = replace(sentence, text=text[sentence.start:sentence.end])
        found, context = _sentence_indicators(_without_currency_names(plain, qs), qs, a, lex,
                                              replace(context, earlier=earlier, told=told))
        earlier = context.topic or earlier
        told = context.period or told
        out.extend(replace(i, evidence=sentence.evidence) for i in found)
    return merged(out + table_indicators(a, lex))


def _unbracketed(text: str) -> str:
    """'trade [has] grown', 'reached 6 [billion dollars]': the words an editor put in square brackets
    inside a quote are read as the sentence's own (the brackets become spaces, so offsets hold)."""
    return _BRACKETED.sub(lambda m: f" {m.group(1)} ", text)


def _sentence_indicators(sentence: Sentence, qs: list[Quantity], a: AnalyzedDoc, lex: CueLexicon,
                         context: _Context) -> tuple[list[Indicator], _Context]:
    """The figures of one sentence, and what the next sentence's figures share: the period of those
    without one of their own (the latest period of this sentence's trade figures, else the one
    carried so far) and the measure of a goal named only by its figure."""
    cues = without_glosses(scan_cues(sentence.text, lex), sentence.text)
    plan = any(c.kind in _PLAN_CUES for c in cues)
    if not any(ch.isalnum() for ch in sentence.text):
        return [], context  # a list's bullet
    if not qs:
        topic = _named_topic(cues, context.topic)
        lead = _lead_period(sentence, a)
        return [], _Context(lead, topic, plan, context.world and not sentence.states, listing=lead is not None)
    periods = find_periods(sentence.text, sentence.times, a.anchor, a.lang, sentence.start,
                           fiscal_start(countries_for(sentence, a), a.lang))
    periods = [p for p in periods if not dates_a_target(p, sentence, cues) and not dates_a_plan(p, sentence, lex)]
    found: list[Indicator] = []
    latest: str | None = None
    world = _world_totals(sentence, cues, lex, context)
    previous: tuple[SentenceFigure, Indicator] | None = None  # the last figure, as read before a range made it a level
    # ('the two countries', 'eleven' of 'over eleven months of 2024' are no amounts, and bound no other amount's
    # stretch of the sentence)
    figures = _figures([q for q in qs if not _names_the_pair(q.start - sentence.start, q.end - sentence.start, cues)
                        and not inside_period(q.start, periods)], sentence)
    spans = asides(sentence.text, lex.aside)
    for i, f in enumerate(figures):
        if f.q.conversion:
            continue
        # 'to raise trade, which was $80m last year, to $300m': the words of an aside say nothing of a figure outside it
        hidden = [s for s in spans if not s[0] <= f.start < s[1]]
        seen = [c for c in cues if aside_of(c.start, hidden) is None]
        dated = [p for p in periods if aside_of(p.start - sentence.start, hidden) is None]
        carried = _Context(latest or context.period, context.topic, context.plan, said=latest, earlier=context.earlier,
                           told=latest or context.told)
        ind = _indicator(f, sentence, seen, dated, a, lex, carried)
        if world and ind is not None and ind.metric in FLOWS:
            ind = None
        ind = part_of_plan(previous, f, ind, sentence.text, lex)
        if ind is None:
            # "the world's trade rose 9% last year, while trade with Y reached $1bn": a figure left out
            # still dates the sentence's figures that name no period of their own
            own = own_period(f, dated, "", sentence.text, lex)
            if latest is None and own is not None and own.value and own.marker not in _NOT_A_PERIOD_OF_FACT:
                latest = own.value
            continue
        read = ind
        if ind.kind in ("target", "forecast") and i + 1 < len(figures) and _range_end(
                f, figures[i + 1], sentence.text, lex):
            # "to lift trade from $400m last year to $1bn": where the goal starts is the level reached
            ind = _indicator(f, sentence, seen, dated, a, lex, carried, level=True) or ind
        if previous is not None and _range_end(previous[0], f, sentence.text, lex):
            ind = _goal_range(previous[1], ind)
        elif previous is not None and _change_to(previous[0], f, sentence.text, lex):
            ind = _goal_of_change(previous[1], ind)
        previous = (f, read)
        found.append(ind)
        if ind.metric == "exports" and goods_seller(f, sentence, list(ind.countries), lex) is not None:
            # 'Japan bought $2bn of Chilean goods' tells Chile's exports to Japan and, as truly, Japan's imports from it
            found.append(replace(ind, metric="imports"))
        if ind.metric in FLOWS and ind.kind == "actual" and ind.period is not None and (
                latest is None or later_period(ind.period, latest)):
            latest = ind.period
    period = latest or (context.period if any(i.metric in FLOWS for i in found) else None)
    measured = [i.metric for i in found if i.metric in _TOPICS and i.unit not in (PERCENT, COUNT, MULTIPLIER)]
    # ('Vietnam's imports from the world reached $380bn.': a sum left out tells no measure of the pair's)
    topic = _topic(measured, context.topic) if found or any(q.is_money for q in qs) else _named_topic(
        cues, context.topic)
    return found, _Context(period, topic, plan, world, context.listing)


def _named_topic(cues: list[Cue], before: str | None) -> str | None:
    """What the sums after a sentence with no figure of the pair measure. 'Trade was $200m. It is still small.
    Our aim is to reach $1bn.': a sentence naming no measure does not change it; one naming a single measure
    ('How big is bilateral trade today?', 'Trade between the two is modest.') makes it that measure."""
    named = {c.value for c in cues if c.kind == "metric"}
    if not named:
        return before
    return next(iter(named)) if len(named) == 1 and named <= _TOPICS else None


def _lead_period(sentence: Sentence, a: AnalyzedDoc) -> str | None:
    """'In the year ended June 2024, compared with ...:' a line with no figure that opens a list gives the
    list's figures its period."""
    if not sentence.text.rstrip().endswith(":"):
        return None
    periods = find_periods(sentence.text, sentence.times, a.anchor, a.lang, sentence.start)
    return next((p.value for p in periods if p.value and p.marker not in _NOT_A_PERIOD_OF_FACT), None)


def _world_totals(sentence: Sentence, cues: list[Cue], lex: CueLexicon, context: _Context) -> bool:
    """'Total external trade in goods for December amounted to $16.8bn. Exports were $7bn ...': in a sentence
    naming no state nor the pair, a flow told as a total, and the flows of the sentences after it that name
    no state either, are the reporting state's trade with the world."""
    if sentence.states or speaks_of_both(sentence.text, lex.lang) or any(c.kind == "pair" for c in cues):
        return False  # ('Total trade between the two has doubled': the pair's)
    return context.world or any(c.kind == "metric" and total_before(c, sentence.text, lex) for c in cues)


def _topic(measured: list[str], before: str | None) -> str | None:
    """What a goal named only by its figure measures after a sentence whose sums measure ``measured``: the
    last of them, but an export or import figure is a part of the trade the paragraph spoke of ('Trade was
    $780m. Exports to Korea were $60m. Our target is $1.5bn.')."""
    if not measured:
        return None
    whole = "trade_turnover"
    if (whole in measured or before == whole) and all(m in FLOWS for m in measured):
        return whole
    return measured[-1]


def _range_end(start: SentenceFigure, f: SentenceFigure, text: str, lex: CueLexicon) -> bool:
    """'from $1bn to $2bn': ``f`` ends the change that ``start`` begins."""
    return bool(lex.range_start.search(text[:start.start]) and lex.range_end.fullmatch(text[start.end:f.start]))


def _change_to(change: SentenceFigure, f: SentenceFigure, text: str, lex: CueLexicon) -> bool:
    """'could double [to some $8bn]', 'to grow 20% to $3bn': ``f`` is the level a change leads to."""
    return change.q.unit in (MULTIPLIER, PERCENT) and bool(lex.range_end.fullmatch(text[change.end:f.start]))


def _goal_of_change(change: Indicator, level: Indicator) -> Indicator:
    """The level a planned or foreseen change leads to is planned or foreseen too."""
    if change.kind not in ("target", "forecast") or level.kind != "actual":
        return level
    return replace(level, kind=change.kind, target_year=change.target_year, period=None)


def _goal_range(start: Indicator, end: Indicator) -> Indicator:
    """'the task of raising trade from $1bn to $2bn': the goal is where the change ends (``start`` is the
    first figure as read before it was made the level reached)."""
    if start.kind not in ("target", "forecast") or end.kind != "actual" or start.metric != end.metric:
        return end
    return replace(end, kind=start.kind, target_year=start.target_year, period=None)


def _figures(qs: list[Quantity], sentence: Sentence) -> list[SentenceFigure]:
    """Each amount with its stretch of the sentence; the two bounds of a range share one stretch."""
    edges = [i for i, q in enumerate(qs) if not (i and qs[i - 1].lower_bound)]  # first amount of each stretch
    out = []
    for k, first in enumerate(edges):
        nxt = edges[k + 1] if k + 1 < len(edges) else len(qs)
        seg_start = qs[first - 1].end - sentence.start if first else 0
        seg_end = qs[nxt].start - sentence.start if nxt < len(qs) else len(sentence.text)
        for q in qs[first:nxt]:
            out.append(SentenceFigure(q, q.start - sentence.start, q.end - sentence.start, seg_start, seg_end))
    return out


def _with_elided_currency(qs: list[Quantity], text: str, carried: str | None, lex: CueLexicon) -> list[Quantity]:
    """'$2.7bn in total, exports accounting for 1.8 billion': a sum with a scale but no currency of its
    own is in the currency of the sum before it in the sentence, unless a unit of goods follows it ('3.1
    million tonnes'); 'Trade was $480m. Exports were close to 170 million.': or of the paragraph's sum
    before, when no measure word follows it ('2 million tonnes'; 'we aim at 7 billion by 2028': a word of time
    is none)."""
    out: list[Quantity] = []
    for q in qs:
        money = None if lex.measure_unit.match(text, q.end) else next((p.unit for p in reversed(out) if p.is_money),
                                                                       None)
        if money is None and (not text[q.end:].lstrip()[:1].isalpha() or lex.time_link.match(text, q.end)):
            money = carried
        if q.unit == COUNT and q.scaled and money is not None:
            q = replace(q, unit=money)
        out.append(q)
    return out


def _without_currency_names(sentence: Sentence, qs: list[Quantity]) -> Sentence:
    """'US dollars' names a currency, not a state taking part in the fact."""
    kept = [m for m in sentence.mentions if not any(q.is_money and q.start <= m.start < q.end for q in qs)]
    return sentence if len(kept) == len(sentence.mentions) else replace(sentence, mentions=kept)


def _indicator(f: SentenceFigure, sentence: Sentence, cues: list[Cue], periods: list[Period], a: AnalyzedDoc,
               lex: CueLexicon, context: _Context, level: bool = False) -> Indicator | None:
    """The indicator a figure states; ``level``: the figure is where a goal starts, a level reached."""
    countries = countries_for(sentence, a)
    if len(countries) < 2:
        return None
    read = figure_metric(f, sentence, cues, context.topic, lex, context.earlier)
    if read is None or is_conditional(f, sentence, lex):
        return None
    metric, unit, value, label, cue = read
    # 'exports rose 12%' is an `other` growth; '20% of its foreign trade' is a share, no flow
    flow = (metric in FLOWS or cue is not None and cue.value in FLOWS) and not (label or "").endswith("_share")
    if (flow or metric == "investment") and with_whole_world(f, sentence.text, lex):
        return None  # "its total trade with all countries", "FDI from all sources": one state's with the world
    if flow and cue is not None and trades_with_another(cue, sentence, countries, lex):
        return None  # "Vietnam's $171 billion of trade with China" in a story of India and Vietnam
    if (metric in FLOWS or metric == "investment" and owner_before(cue, sentence, lex)) and unit != PERCENT and (
            cue is not None and one_state_total(cue, sentence, cues, lex, countries)):
        # "Kazakhstan's total foreign trade stood at $104 billion", "Egypt's total FDI inflows reached $46bn":
        # its trade with, or investment from, the world
        return None
    if flow and cue is not None and owned_total(cue, f, sentence, lex, countries):
        return None  # "Poland's total foreign trade reached €700bn, of which trade with Ukraine ..."
    good = one_good(cue, sentence, lex) if metric == "trade_turnover" else None
    if good is not None:
        metric, label = "other", f"{good}_trade" if unit != PERCENT else f"{good}_trade_growth"
    text = sentence.text
    kind = "actual" if level else figure_kind(f, sentence, cues, periods, a.anchor, lex)
    if metric == "other" and not (sentence.states or any(c.kind == "pair" for c in cues)):
        return None
    if metric in ("trade_turnover", "exports", "imports", "investment") and cue and _subnational(cue, f, cues):
        metric, label = "other", f"regional_{metric}"
    own = own_period(f, periods, metric, text, lex)
    # 'under $40m last year, compared with about $180m before the boycott': another time than the figure before
    link = compared(f, text, lex)
    if own is not None and link is not None and own.start - sentence.start < link:
        own = None
    period, target_year = figure_period(own, kind, a.anchor)
    if own is not None and own.marker == "anaphoric" and kind == "actual":
        period = context.told
    if kind in ("target", "forecast") and target_year is None:
        target_year = deadline_year(f, periods, a.anchor)
    elif kind == "actual" and (target_year is not None or own is None and context.plan and metric == "investment"
                               and plan_cost(f, sentence, cue, lex)):
        kind = "target"
    if own is None and kind == "actual" and metric in FLOWS and unit == MULTIPLIER:
        period = context.said  # 'reached $84.6m in 2023, having increased 1.7 times': the change of that level
    if own is None and kind == "actual" and metric in FLOWS and unit != MULTIPLIER:
        period = years_back(f, cues, text, context.period)
        if link is not None and period == context.period:
            period = None  # ('up from $3bn a year earlier' is dated a year before the figure it is compared with)
    if own is None and kind == "actual":
        period = years_ago(f, cues, text, a.anchor) or period
    flow_from = flow_to = None
    if metric in ("exports", "imports") and cue is not None:
        if flows_elsewhere(cue, sentence, countries, lex):
            return None
        flow_from, flow_to = flow_ends(metric, cue, sentence, countries, f, lex)
        seller = goods_seller(f, sentence, countries, lex)
        if seller is not None:
            # 'China bought $2bn worth of Uruguayan goods': Uruguay's exports to China
            metric, flow_from, flow_to = "exports", seller, next(c for c in countries if c != seller)
    return Indicator(
        metric=metric, countries=countries, value=value, unit=unit, period=period,
        kind=kind, qualifier=_qualifier(text[f.seg_start:f.start], lex), target_year=target_year if kind == "target"
        else None, flow_from=flow_from, flow_to=flow_to, label=label, evidence=sentence.evidence,
    )


def _subnational(cue: Cue, f: SentenceFigure, cues: list[Cue]) -> bool:
    """A province's or city's trade with a country is not the national pair's trade."""
    lo = min(cue.start, f.start) - _SUBNATIONAL_BEFORE
    hi = max(cue.end + NEAR, f.start)
    return any(c.kind == "subnational" and lo <= c.start < hi for c in cues)


def _names_the_pair(start: int, end: int, cues: list[Cue]) -> bool:
    """'the two countries' oil companies': the number at [start, end) is part of the phrase for the pair, no count."""
    return any(c.kind == "pair" and c.start <= start and end <= c.end for c in cues)


def _qualifier(before: str, lex: CueLexicon) -> str | None:
    m = lex.patterns["qualifier"].search(before[-_QUALIFIER_REACH:])
    return lex.values["qualifier"][m.group(1).lower()] if m else None
