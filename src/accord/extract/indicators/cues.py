"""Cue words for figures, read from ``resources/<lang>/indicator_cues.json`` and found in a sentence.

A cue is a word or phrase with its kind ("metric", "growth", "target", "blocker", ...) and what it
stands for (the metric "exports" for "shipments"); ``indicators`` reads each figure against them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ... import resources
from .body_names import in_a_body_name
from .clauses import aside_pattern, clause_break

# 'exports to the world': how far after a flow cue (in characters) its 'to' or 'from' may stand
FLOW_LINK_REACH = 30
# the pattern of a cue the language's table does not list: it matches nothing
_NEVER = re.compile("(?!)")


@dataclass(frozen=True)
class Cue:
    start: int  # offsets in the sentence text
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class CueLexicon:
    lang: str
    patterns: dict[str, re.Pattern[str]]
    values: dict[str, dict[str, str]]
    elsewhere: re.Pattern[str]
    whole_world: re.Pattern[str]
    conditional: frozenset[str]
    whole_trade: frozenset[str]
    goal_verbs: frozenset[str]  # lemmas
    change_verbs: frozenset[str]  # lemmas
    reckon_verbs: frozenset[str]  # lemmas: 'customs put it at $41m'
    anaphors: frozenset[str]
    clause_break: re.Pattern[str]  # what opens a clause of its own (``clauses.clause_break``)
    adjacent: re.Pattern[str]  # what may stand between a figure and the cue right after it
    share_link: re.Pattern[str]  # '40% of ...'
    goal_marker: re.Pattern[str]  # 'to double', 'could triple'
    buyer_link: re.Pattern[str]  # 'to', 'into' right before a state
    seller_link: re.Pattern[str]  # 'from' right before a state
    flow_link: re.Pattern[str]  # 'exports to ...', 'imports from ...' after a flow cue
    count_break: re.Pattern[str]  # a word between a count and a noun that makes it no count of the noun
    definite_articles: frozenset[str]
    possessive: re.Pattern[str]  # "'s" after a state: 'according to Colombia's statistics agency'
    one_state_totals: frozenset[str] = frozenset()  # 'total', 'foreign' before a flow of one state's
    count_subjects: frozenset[str] = frozenset()  # lemmas: 'the number of firms exceeds 200'
    range_start: re.Pattern[str] = _NEVER  # 'from ' right before the first figure of a change
    # ' to ', ' [to some ' between the figures of a change: an editor's bracket and a qualifier may stand there
    range_end: re.Pattern[str] = _NEVER
    attain_verbs: frozenset[str] = frozenset()  # lemmas: 'hit the target', 'met the goal'
    forecast_verbs: frozenset[str] = frozenset()  # lemmas: 'the unit projects exports of $1bn'
    plan_verbs: frozenset[str] = frozenset()  # lemmas: 'was to invest $75m', 'pledged to invest'
    shortfall_words: frozenset[str] = frozenset()  # 'reached $2bn, far from the goal': not attained
    partner: re.Pattern[str] = _NEVER  # 'trading partner', 'export market': a state as the other end
    table_captions: tuple[str, ...] = ()  # 'Table' opening a caption line (table_captions.txt)
    table_totals: tuple[str, ...] = ()  # 'Total': the column of the caption's own measure
    owner_anaphors: frozenset[str] = frozenset()  # 'its': 'and its growth reached 13%'
    difference_after: re.Pattern[str] = _NEVER  # '$200m more than in 2023': a difference, no level
    part_link: re.Pattern[str] = _NEVER  # ', including ' right before a sum: a part of the sum before it
    change_by: re.Pattern[str] = _NEVER  # 'rose [by] ' right before a sum: how much it changed
    measure_unit: re.Pattern[str] = _NEVER  # ' tonnes' right after a figure: a quantity of goods
    partner_link: re.Pattern[str] = _NEVER  # 'with (the) ' right after a flow's noun: 'trade with Chile'
    compared_link: re.Pattern[str] = _NEVER  # ', against ' right before a bare count
    index_link: re.Pattern[str] = _NEVER  # ' to the level of' right after a percentage: an index
    goods_of: re.Pattern[str] = _NEVER  # ' worth of Peruvian goods' right after a sum: the seller's exports
    goods_link: re.Pattern[str] = _NEVER  # ' of the Kyrgyz ' between a flow's noun and what it carries
    changed_link: re.Pattern[str] = _NEVER  # ' in Chilean ' between a noun of change and the measure it changes
    time_link: re.Pattern[str] = _NEVER  # ' by 2030' after a bare sum: no measure word follows it
    predicate: re.Pattern[str] = _NEVER  # ' were Chilean ' between a sum and the flow it is
    aside: re.Pattern[str] = _NEVER  # ', which was $80m last year,': an aside on the noun before it
    hedge: re.Pattern[str] = _NEVER  # 'in the region of ' right before a figure (its currency at most between)


# words of the first figure's own period between the two figures of "from A to B"
RANGE_PERIOD_WORDS = 3


def _listed(d: Mapping[str, Any], key: str, pattern: Callable[[str], str],
            flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``pattern`` around the alternation of the words the table lists under ``key``; one that never
    matches when the language lists none (a language's table need not have every cue)."""
    return re.compile(pattern(resources.alternation(d[key])), flags) if d.get(key) else _NEVER


@cache
def cue_lexicon(lang: str) -> CueLexicon:
    d: Mapping[str, Any] = resources.cue_table_or_english(lang, "indicator_cues.json")
    grammar: Mapping[str, Any] = resources.cue_table_or_english(lang, "grammar.json")
    the = resources.alternation(grammar["definite_articles"])
    links = resources.alternation(d["buyer_links"] + d["seller_links"])
    qualifiers = resources.alternation(list(d["qualifiers"]))
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
        "target_after": {w: "target" for w in d["kind"]["target_after"]},
        "current": {w: "current" for w in d["current"]},
        "years_back": d["years_back"],
        "years_ago": d.get("years_ago", {}),
        "qualifier": d["qualifiers"],
        "pair": {w: "pair" for w in d["pair_words"]},
        "participation": {w: "participation" for w in d["participation"]},
        "participation_of": {w: "participation_of" for w in d["participation_of"]},
        "figure_noun": {w: "figure_noun" for w in d["figure_nouns"]},
    }
    patterns = {
        kind: re.compile(rf"(?<![\w-]){resources.first_chars(list(words))}"
                         rf"(?:{resources.alternation(list(words))})(?![\w-])", re.IGNORECASE)
        for kind, words in values.items() if kind != "qualifier"
    }
    patterns["qualifier"] = re.compile(
        rf"(?<![\w-])({resources.alternation(list(d['qualifiers']))})\s+"
        rf"(?:(?:{resources.alternation(grammar['articles'])})\s+)?(?:(?:{resources.spaced_alternation(d['level_nouns'])})\s+)?$",
        re.IGNORECASE,
    )
    elsewhere = re.compile(rf"(?:(?:{the})\s+)?(?:{resources.alternation(d['elsewhere'])})(?![\w-])", re.IGNORECASE)
    # 'extra-EU trade', 'extra-Mercosur exports': a bloc's trade with everyone outside it
    outside = resources.alternation(d.get("outside_prefixes", []))
    outside_of = rf"|(?<![\w-])(?:{outside})(?-i:[A-Z])" if outside else ""
    whole_world = re.compile(rf"(?<![\w-])(?:{resources.alternation(d['whole_world'])})(?![\w'’-]){outside_of}",
                             re.IGNORECASE)
    return CueLexicon(
        lang, patterns, values, elsewhere, whole_world, frozenset(d["conditional"]), frozenset(d["whole_trade_nouns"]),
        frozenset(d["goal_verbs"]), frozenset(d["change_verbs"]), frozenset(d["reckon_verbs"]),
        frozenset(d["anaphors"]),
        clause_break=clause_break(d),
        aside=aside_pattern(d),
        adjacent=re.compile(rf"\s*(?:(?:{resources.alternation(d['cue_links'])})\s+)?"
                            rf"(?:(?:{resources.alternation(d['figure_modifiers'])})\s+)?$"),
        share_link=re.compile(rf"\s+(?:{resources.alternation(d['share_links'])})\b"),
        goal_marker=re.compile(rf"\b(?:{resources.alternation(d['goal_markers'])})\s+$"),
        buyer_link=re.compile(rf"\b(?:{resources.alternation(d['buyer_links'])})(?:\s+(?:{the}))?$"),
        seller_link=re.compile(rf"\b(?:{resources.alternation(d['seller_links'])})(?:\s+(?:{the}))?$"),
        flow_link=re.compile(rf"[^.;,]{{0,{FLOW_LINK_REACH}}}?\b(?:{links})\s+"),
        count_break=re.compile(rf"\b(?:{resources.alternation(d['count_breaks'])})\b"),
        definite_articles=frozenset(grammar["definite_articles"]),
        possessive=re.compile(rf"(?:{resources.alternation(grammar['possessive_endings'])})\b"),
        one_state_totals=frozenset(d.get("one_state_totals", ())),
        count_subjects=frozenset(d.get("count_subjects", ())),
        # "from some $400m": a qualifier may stand between the link and the figure
        range_start=_listed(d, "range_start", lambda w: rf"\b(?:{w})\s+(?:[\w-]+\s+)?$"),
        # "from $400m [last year] to [some] $1bn": the first figure's period may stand before the link
        range_end=_listed(d, "range_end", lambda w: rf"\s*(?:[\w-]+\s+){{0,{RANGE_PERIOD_WORDS}}}[\[(]?\s*"
                                                  rf"(?:{w})\s+(?:[\w-]+\s+){{0,2}}"),
        attain_verbs=frozenset(d.get("attain_verbs", ())),
        forecast_verbs=frozenset(d.get("forecast_verbs", ())),
        plan_verbs=frozenset(d.get("plan_verbs", ())),
        shortfall_words=frozenset(d.get("shortfall_words", ())),
        partner=re.compile(rf"(?<![\w-])(?:{resources.alternation(d.get('partner_nouns', []))})(?![\w-])",
                           re.IGNORECASE),
        table_captions=tuple(resources.word_list(lang, "table_captions.txt")) if resources.has(
            lang, "table_captions.txt") else (),
        table_totals=tuple(d.get("table_totals", ())),
        owner_anaphors=frozenset(d.get("owner_anaphors", ())),
        difference_after=_listed(d, "difference_after", lambda w: rf"\s*(?:{w})(?![\w-])"),
        part_link=_listed(d, "part_links", lambda w: rf"[,(]\s*(?:{w})\s+(?:(?:{qualifiers})\s+)?$"),
        change_by=_listed(d, "change_by", lambda w: rf"\s+(?:(?:{w})\s+)?(?:(?:{qualifiers})\s+)?"),
        measure_unit=_listed(d, "measure_units", lambda w: rf"\s*(?:{w})(?![\w-])"),
        partner_link=_listed(d, "partner_links", lambda w: rf"\s+(?:{w})\s+(?:(?:{the})\s+)?"),
        index_link=_listed(d, "index_links", lambda w: rf"\s*(?:{w})(?![\w-])"),
        goods_of=_listed(d, "goods_nouns", lambda w: rf"\s+(?:{resources.alternation(d['goods_links'])})\s+"
                                                     rf"([^\W\d][\w-]*)\s+(?:{w})(?![\w-])"),
        time_link=_listed(d, "time_links", lambda w: rf"\s*(?:{w})\b"),
        # case-sensitive: the capital of the name of the flow's state after the link
        predicate=_listed(d, "predicate_links", lambda w: rf"\s+(?:{w})\s+(?:(?:{the})\s+)?(?:[A-Z][\w-]*\s+)?",
                          flags=0),
        goods_link=_listed(d, "goods_links", lambda w: rf"\s+(?:{w})\s+(?:(?:{the})\s+)?(?:[^\W\d][\w-]*\s+)?"),
        changed_link=_listed(d, "changed_links", lambda w: rf"\s+(?:{w})\s+(?:(?:{the})\s+)?(?:[^\W\d][\w-]*\s+)?"),
        compared_link=_listed(d, "compared_links", lambda w: rf"(?<![\w-])(?:{w})\s+(?:(?:{qualifiers})\s+)?$"),
        hedge=re.compile(rf"(?<![\w-])(?:{qualifiers})\s+(?=(?:[^\s\d]{{1,4}}\s?)?\d)", re.IGNORECASE),
    )


def scan_cues(text: str, lex: CueLexicon) -> list[Cue]:
    cues = []
    # a word inside a hedge of a figure is the hedge's ('in the region of $9bn' names no region)
    hedges = [m.span() for m in lex.hedge.finditer(text)]
    for kind, pattern in lex.patterns.items():
        if kind == "qualifier":
            continue
        for m in pattern.finditer(text):
            if kind == "metric" and in_a_body_name(m.start(), m.end(), text, lex.lang):
                continue  # 'the Minister of Foreign Affairs and Trade': a name, no measure
            if any(lo < m.start() and m.end() <= hi for lo, hi in hedges):
                continue
            cues.append(Cue(m.start(), m.end(), kind, resources.lookup(lex.values[kind], m.group(0))))
    return sorted(cues, key=lambda c: c.start)
