"""The dates an instrument's own words give: the date it is of ('the contract of June 2021'), and the
years its title covers ('the programme for 2024-2026'), which are not when it was signed."""

from __future__ import annotations

from typing import Any

from ...timex import resolve
from ..analysis import Sentence
from ..syntax import is_dep, is_ent, is_word, lemma_of, prep_objects
from .status import agreement_cues
from .titles import is_year

_PERIOD_STEPS = 2  # "for the year 2025": the year, its noun, the preposition


def dated_of(head: Any, toks: list[Any], sentence: Sentence, anchor: str | None) -> str | None:
    """'the first executive contract of June 2021', 'the Declaration ... of 31 May 1991': the date an
    instrument is of, told in an 'of' phrase on it or right after its title, is its date, whatever the
    verbs around it date."""
    last = (toks or [head])[-1]
    after = [last.doc[last.i + 1]] if last.i + 1 < sentence.span.end else []
    for prep in (*head.children, *after):
        objects = prep_objects(prep) if is_dep(prep, "preposition") and is_word(prep, "genitive") else []
        if not any(is_ent(o, "date") for o in objects):
            continue
        start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
        expr = next((t for t in sentence.times if start <= t.start < end), None)
        if expr is not None and (day := resolve(expr, anchor)) is not None:
            return day
    return None


def covered_years(toks: list[Any], lang: str) -> set[str]:
    """'the strategy of cross-border cooperation 2024-2030', 'the protocol for the year 2025': the years a
    title gives as the period the instrument covers, a span or a 'for' phrase, which do not date it."""
    years = set()
    for tok in (t for t in toks if is_year(t)):
        doc = tok.doc
        spanned = any(0 <= j < len(doc) and doc[j].text in "-–" for j in (tok.i - 1, tok.i + 1))
        node = tok
        for _ in range(_PERIOD_STEPS):
            node = node.head
            if node.text.lower() in agreement_cues(lang)["period_preps"]:
                spanned = True
        if spanned:
            years.add(tok.text)
    return years


# how many words after a title its year may stand: "from 1997", "dating back to 1988"
_YEAR_WORDS = 4


def year_after(toks: list[Any], head: Any, anchor: str | None, lang: str) -> str | None:
    """'the Treaty on good neighbourliness from 1997', 'the fisheries protocol of 2004', 'a convention on
    water use dating back to 1988': a past year told right after the title, in a phrase that dates the
    instrument, names the one of that year, which exists."""
    cues = agreement_cues(lang)
    preps, verbs, particles = (cues.get(k, []) for k in ("dating_preps", "dating_verbs", "dating_particles"))
    own = [o for c in head.children if c.i > head.i and c.text.lower() in preps
           for o in prep_objects(c) if is_year(o)]  # "the partnership agreement of 2009" keeps its year
    if own:
        return own[0].text if anchor is None or own[0].text <= anchor[:4] else None
    last = (toks or [head])[-1]
    doc = last.doc
    words = doc[last.i + 1 : min(last.sent.end, last.i + 1 + _YEAR_WORDS)]
    if not len(words) or not (words[0].text.lower() in preps or lemma_of(words[0]) in verbs):
        return None
    for tok in words[1:]:
        if is_year(tok):
            return tok.text if anchor is None or tok.text <= anchor[:4] else None
        if tok.text.lower() not in particles:
            return None
    return None
