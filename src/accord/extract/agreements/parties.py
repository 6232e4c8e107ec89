"""The parties of an instrument: the states that sign it, that a 'between X and Y' in its own phrase
names, or the story's pair when the sentence's states are only mentioned beside it.
"""

from __future__ import annotations

from typing import Any

from ..analysis import AnalyzedDoc, Sentence
from ..syntax import adposition_of, is_dep, is_word


def _signers(head: Any, word: Any) -> list[Any]:
    """The phrases that name an instrument's parties: the subject of its signing, 'between X and Y'."""
    out = [c for c in word.children if is_dep(c, "subject", "passive_subject", "agent")] if word is not head else []
    for node in (head, word):
        out += [c for c in node.children if is_dep(c, "preposition") and is_word(c, "pair")]
    return [c for c in out if c.i != head.i]


def _between(head: Any, sentence: Sentence) -> set[str]:
    """The states and organisations a 'between X and Y' phrase anywhere in the instrument's own phrase
    names ('the partnership agreement between X and Y', 'соглашение о партнерстве между X и Y')."""
    phrases = [c for c in head.subtree if (p := adposition_of(c)) is not None and is_word(p, "pair")]
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in phrases]
    return {m.code for m in sentence.mentions if any(lo <= m.start < hi for lo, hi in spans)}


def instrument_parties(
    head: Any, word: Any, sentence: Sentence, a: AnalyzedDoc, countries: tuple[str, ...]
) -> tuple[str, ...]:
    """The states of an instrument: all those that sign it when three or more do; the two it names as
    its parties when they are not the sentence's (none when one of them is no state); else the sentence's
    states, unless none of them is named in the instrument's own phrase or by its signers while the
    story's pair is ("our agreement", beside "a ban on goods from Russia"): then the pair."""
    between = _between(head, sentence)
    if len(between) == 2 and not between <= set(countries):
        # "the agreement between Uzbekistan and the EU", told in a German-Uzbek story: the two it names
        # are its parties, and a union or an organisation among them makes it no pair's instrument
        states = tuple(sorted(c for c in between if not c.startswith("IGO:")))
        return states if len(states) == 2 else ()
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in _signers(head, word)]
    named = {m.code for m in sentence.mentions if any(lo <= m.start < hi for lo, hi in spans)}
    if len(named) >= 3:
        return tuple(sorted(named))
    pair = tuple(sorted(a.story_pair))
    own = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    inside = {m.code for m in sentence.mentions if own[0] <= m.start < own[1]} | named
    if len(pair) == 2 and countries != pair and not inside & set(countries):
        return pair
    return countries
