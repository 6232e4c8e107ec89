"""Whose flow a figure is: who sells to whom, and whether a flow is the pair's or a state's trade with
the world or with a third state ('Iran's total non-oil exports', 'exports to the EU', 'Vietnam's $171
billion of trade with China' in a story about India and Vietnam). Link words ('to', 'from', 'with',
'total') are data in ``resources/<lang>/indicator_cues.json``."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..analysis import Sentence
from ..pairs import speaks_of_both
from .clauses import SentenceFigure, clause_bounds
from .cues import Cue, CueLexicon
from .numbers import PERCENT, find_quantities

# a short parenthesis with no figure right after a flow's noun: its gloss ('trade (exports and imports) with Peru')
_GLOSS_AFTER = re.compile(r"\s*\([^()\d\n]{1,60}\)")

# "exports to the EU", "trade with the Republic of Korea": a state named right after the link word,
# an article at most between them
_ARTICLE_GAP = 4
# the words right before a flow noun read for a one-state total ("Iran's total non-oil exports")
_TOTAL_REACH = 40
_TOTAL_WORDS = 3
# an owner's total with this many partners or more named after it is no pair's figure
_SEVERAL_PARTNERS = 2
# the goods of one state bought by the other: a figure of two states only
_PAIR = 2


def flow_ends(metric: str, cue: Cue, sentence: Sentence, countries: list[str], f: SentenceFigure, lex: CueLexicon
          ) -> tuple[str | None, str | None]:
    """Who sells to whom: 'to'/'into' marks the buyer, 'from' the seller, a country before the cue
    ('Kyrgyz exports', 'Kazakhstan imported') is the one that exports or imports. Only the
    countries named in the figure's own stretch of the sentence count."""
    origin = dest = None
    text = sentence.text
    lo, hi = min(f.seg_start, cue.start), max(f.seg_end, cue.end)
    clause_start, clause_end = clause_bounds(f, text, lex.clause_break)
    if clause_start <= cue.start:
        lo = max(lo, clause_start)  # '... to Uganda, while imports from Uganda ...': the other clause's states
    if cue.end <= clause_end:
        hi = min(hi, clause_end)  # 'exports to Peru rose to $2bn, while imports from Peru ...': the same after it
    for m in sentence.mentions:
        if m.code not in countries or not lo <= m.start - sentence.start < hi:
            continue
        before = text[:m.start - sentence.start].rstrip().lower()
        # 'according to Colombia's statistics agency': a state owning a noun is not the object of 'to'
        owner = lex.possessive.match(text[m.end - sentence.start:]) is not None
        if not owner and lex.buyer_link.search(before):
            dest = dest or m.code
        elif not owner and lex.seller_link.search(before):
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


def goods_seller(f: SentenceFigure, sentence: Sentence, countries: list[str], lex: CueLexicon) -> str | None:
    """'bought $1.2bn worth of Peruvian goods': the state of the pair whose goods a sum right before them buys."""
    m = lex.goods_of.match(sentence.text, f.end)
    if m is None or len(countries) != _PAIR:
        return None
    at = sentence.start + m.start(1)  # the seller's adjective
    return next((c.code for c in sentence.mentions if c.start == at and c.code in countries), None)


def one_state_total(cue: Cue, sentence: Sentence, cues: list[Cue], lex: CueLexicon,
                    parties: Collection[str] = ()) -> bool:
    """A flow told as one state's total ('Iran's total non-oil exports') in a sentence naming that state
    alone and not the pair: its trade with the world, and so are the flows said after it ('..., with
    exports of $50bn'). In any sentence, the whole that a share is taken of ('40% of its total exports of
    $95bn'). An organisation counts as a state when it is one of the fact's ``parties``: 'total EU-Japan
    trade' names both, 'total extra-EU trade' the Union alone."""
    text = sentence.text
    if total_before(cue, text, lex) and _share_of(cue, text, lex):
        return True
    if lex.partner.search(text) or _with_partner(cue, sentence, lex):
        # 'Japan was its second trading partner, with total trade of $1.9bn', 'total trade with Chile': the pair's
        return False
    if not any(c.kind == "metric" and c.start <= cue.start and total_before(c, text, lex) for c in cues):
        return False
    states = {m.code for m in sentence.mentions if not m.code.startswith("IGO:") or m.code in parties}
    return len(states) == 1 and not speaks_of_both(text, lex.lang)


def owned_total(cue: Cue, f: SentenceFigure, sentence: Sentence, lex: CueLexicon, parties: Collection[str] = ()
                ) -> bool:
    """'South Korea's global trade grew 5%, and its trade with Chile ...': a flow told as one state's
    total, with no other state named from just before the flow's noun up to the figure, is that state's
    trade with the world even when the sentence goes on to the pair (an organisation among the fact's
    ``parties`` counts as a state)."""
    if not total_before(cue, sentence.text, lex) or _flow_partner(cue, sentence, lex) or _with_partner(
            cue, sentence, lex) or lex.partner.search(sentence.text):
        return False
    lo, hi = min(f.seg_start, cue.start - _TOTAL_REACH), max(f.end, cue.end)
    mentions = [m for m in sentence.mentions if lo <= m.start - sentence.start < hi
                and (not m.code.startswith("IGO:") or m.code in parties)]
    named = {m.code for m in mentions}
    if len(named) == 1:
        return True
    # 'Thailand's total border trade with its four neighbours, Malaysia, Laos, Myanmar and Cambodia': the
    # total of the state owning it with several partners, one of them the pair's other side
    owner = mentions[0] if mentions else None
    return (owner is not None and owner.end - sentence.start <= cue.start and len(named) > _SEVERAL_PARTNERS
            and lex.possessive.match(sentence.text[owner.end - sentence.start:]) is not None)


def owner_before(cue: Cue | None, sentence: Sentence, lex: CueLexicon) -> bool:
    """"Egypt's total FDI inflows": a state owning the words before the cue ('the total investment of the
    Peruvian side in the project' is the pair's)."""
    if cue is None:
        return False
    lo = cue.start - _TOTAL_REACH
    ends = [m.end - sentence.start for m in sentence.mentions]
    return any(lo <= end <= cue.start and lex.possessive.match(sentence.text[end:]) for end in ends)


def total_before(cue: Cue, text: str, lex: CueLexicon) -> bool:
    """'Iran's total non-oil exports': a total word among the few before the cue in its own phrase ('1% of
    total exports, while imports ...': the total is of the exports, not the imports)."""
    phrase = re.split(r"[,;:]", text[max(0, cue.start - _TOTAL_REACH):cue.start])[-1]
    words = phrase.lower().split()[-_TOTAL_WORDS:]
    return any(w in lex.one_state_totals for w in words)


def _share_of(cue: Cue, text: str, lex: CueLexicon) -> bool:
    """'40% of the country's total exports': a percentage whose share link leads to the cue."""
    before = text[max(0, cue.start - _TOTAL_REACH):cue.start]
    return any(q.unit == PERCENT and lex.share_link.match(before, q.end) for q in find_quantities(before, lex.lang))


def with_whole_world(f: SentenceFigure, text: str, lex: CueLexicon) -> bool:
    """'its total trade with all countries', '..., all origins confounded': the other side of the figure is
    every country. Words after the figure are its own up to the next amount ('reached $40m, a fraction of the
    $900m recorded from all sources': the world's is the second sum)."""
    lo, hi = clause_bounds(f, text, lex.clause_break)
    return lex.whole_world.search(text, lo, f.start) is not None or lex.whole_world.search(
        text, f.end, min(hi, f.seg_end)) is not None


def _flow_partner(cue: Cue, sentence: Sentence, lex: CueLexicon) -> bool:
    """'total exports to Peru of $2bn': the flow names the state at its other end, so the total is of the
    trade with that state, not with the world."""
    m = lex.flow_link.match(sentence.text[cue.end:])
    return m is not None and any(not code.startswith("IGO:") for code in _named_at(cue.end + m.end(), sentence))


def _with_partner(cue: Cue, sentence: Sentence, lex: CueLexicon) -> bool:
    """'total trade with Chile was $2bn': a state named right after 'with' is the other end of the flow."""
    return bool(_partners(cue, sentence, lex))


def _own_link_end(cue: Cue, sentence: Sentence, lex: CueLexicon) -> int | None:
    """'sales to the region's countries': where a cue that ends in its own link ('sales to') leaves off."""
    last = sentence.text.rfind(" ", cue.start, cue.end)
    m = lex.flow_link.match(sentence.text[last:cue.end] + " ") if last >= 0 else None
    return cue.end + 1 if m is not None and m.end() == cue.end - last + 1 else None


def flows_elsewhere(cue: Cue, sentence: Sentence, countries: list[str], lex: CueLexicon) -> bool:
    """'exports to the world', 'imports from the EU': a flow whose other end is not the pair. A name
    the gazetteer does not know ('the kingdom', an abbreviation) is taken for the partner of the pair."""
    m = lex.flow_link.match(sentence.text[cue.end:])
    rel = cue.end + m.end() if m is not None else _own_link_end(cue, sentence, lex)
    if rel is None:
        return False
    named = _named_at(rel, sentence)
    if named:
        return not any(code in countries for code in named)
    return bool(lex.elsewhere.match(sentence.text, rel))


def flow_partners(sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> frozenset[str]:
    """The states a sentence names as the other end of a flow ('imports from India', 'trade with India'): the
    partners of the state that reports it."""
    found: set[str] = set()
    for cue in cues:
        if cue.kind != "metric":
            continue
        m = lex.flow_link.match(sentence.text[cue.end:])
        if m is not None:
            found.update(_named_at(cue.end + m.end(), sentence))
        found.update(_partners(cue, sentence, lex))
    return frozenset(found)


def trades_with_another(cue: Cue, sentence: Sentence, countries: list[str], lex: CueLexicon) -> bool:
    """'Vietnam's $171 billion of trade with China' in a story of India and Vietnam: the flow's other end,
    named after 'with', is a third state."""
    named = _partners(cue, sentence, lex)
    return bool(named) and not any(code in countries for code in named)


def _partners(cue: Cue, sentence: Sentence, lex: CueLexicon) -> list[str]:
    """The states (no international bodies) named right after a 'with' that follows the cue, or the cue's gloss
    ('total foreign trade (imports plus exports) with Peru')."""
    gloss = _GLOSS_AFTER.match(sentence.text, cue.end)
    m = lex.partner_link.match(sentence.text, gloss.end() if gloss else cue.end)
    return [] if m is None else [code for code in _named_at(m.end(), sentence) if not code.startswith("IGO:")]


def _named_at(at: int, sentence: Sentence) -> list[str]:
    """The codes of what the sentence names at ``at`` (relative to the sentence), an article at most before it."""
    start = sentence.start + at
    return [x.code for x in sentence.mentions if start <= x.start <= start + _ARTICLE_GAP]
