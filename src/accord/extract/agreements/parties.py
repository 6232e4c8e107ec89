"""The parties of an instrument: the states that sign it, that a 'between X and Y' in its own phrase
names, or the story's pair when the sentence's states are only mentioned beside it.
"""

from __future__ import annotations

import re
from typing import Any

from ... import resources
from ..analysis import AnalyzedDoc, Sentence
from ..syntax import adposition_of, is_dep, is_word, role_words
from .status import agreement_cues


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
    # "between Iran and the Eurasian Union, where Belarus is a member": a clause on a party names no party
    told = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for t in phrases for c in t.subtree
            if is_dep(c, "relative_clause", "clausal_modifier")]
    return {m.code for m in sentence.mentions
            if any(lo <= m.start < hi for lo, hi in spans) and not any(lo <= m.start < hi for lo, hi in told)}


def _owned_by_another(head: Any, sentence: Sentence, countries: tuple[str, ...]) -> bool:
    """'support for Morocco's autonomy plan', told in an Algerian-Spanish story: an instrument a state
    outside the sentence's owns is that state's own plan, not one between the parties."""
    owners = [c for c in head.children if is_dep(c, "possessive")]
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in owners]
    named = {m.code for m in sentence.mentions if any(lo <= m.start < hi for lo, hi in spans)}
    return bool(named) and not named & set(countries)


def _with_another(head: Any, sentence: Sentence, a: AnalyzedDoc, countries: tuple[str, ...]) -> bool:
    """'New Zealand benefits from the free trade agreement with the EU', told in a French-New Zealand story:
    an instrument whose own 'with' phrase names only a state or a bloc outside the story's pair is one side's
    with that third party."""
    phrases = [c for c in head.children if is_dep(c, "preposition") and is_word(c, "partners")]
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in phrases]
    named = {m.code for m in sentence.mentions if any(lo <= m.start < hi for lo, hi in spans)}
    pair = set(a.story_pair) if len(a.story_pair) == 2 else set(countries)
    return bool(named) and not named & pair


def _named_sides(between: set[str], countries: tuple[str, ...]) -> tuple[str, ...] | None:
    """The parties of an instrument whose own name gives two sides that are not the sentence's ('the
    agreement between Uzbekistan and the EU', 'the Korea-EU free trade agreement' told in a German-Korean
    story): those two, and none when a union or an organisation is one of them, which makes it no pair's
    instrument; ``None`` when the name gives no such two."""
    if len(between) != 2 or between <= set(countries):
        return None
    states = tuple(sorted(c for c in between if not c.startswith("IGO:")))
    return states if len(states) == 2 else ()


def instrument_parties(
    head: Any, word: Any, sentence: Sentence, a: AnalyzedDoc, countries: tuple[str, ...]
) -> tuple[str, ...]:
    """The states of an instrument: all those that sign it, or that its name strings together, when three
    or more do; the two it names as
    its parties when they are not the sentence's (none when one of them is no state); else the sentence's
    states, unless none of them is named in the instrument's own phrase or by its signers while the
    story's pair is ("our agreement", beside "a ban on goods from Russia"): then the pair."""
    if (sides := _named_sides(_between(head, sentence), countries)) is not None:
        return sides
    if _owned_by_another(head, sentence, countries) or _with_another(head, sentence, a, countries):
        return ()
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in _signers(head, word)]
    named = {m.code for m in sentence.mentions if any(lo <= m.start < hi for lo, hi in spans)}
    # "the Canada-Mexico-Chile Agreement": the states its name strings together before its head
    titled = {m.code for m in sentence.mentions if head.left_edge.idx <= m.start < head.idx}
    if len(named) >= 3 or len(titled) >= 3:
        return tuple(sorted(named if len(named) >= 3 else titled))
    if (sides := _named_sides(titled, countries)) is not None:
        return sides
    pair = tuple(sorted(a.story_pair))
    own = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
    inside = {m.code for m in sentence.mentions if own[0] <= m.start < own[1]} | named
    if len(pair) == 2 and countries != pair and not inside & set(countries):
        return pair
    return countries


def _mediators(sentence: Sentence, lang: str) -> set[str]:
    """The states the sentence names as go-betweens: 'with the mediation of X and Y', 'brokered by X',
    'an X-brokered deal' (a list after the cue runs through commas and 'and')."""
    cues = agreement_cues(lang)
    words = resources.spaced_alternation(sorted(cues.get("mediation_cues", [])))
    suffixes = resources.alternation(sorted(cues.get("mediation_suffixes", [])))
    text, out = sentence.text, set()
    joins = resources.alternation(sorted(role_words(lang, "coordinators", "definite_articles")))
    link = re.compile(rf"(?:\s|,|(?<!\w)(?:{joins})(?!\w))*", re.I)
    for m in sentence.mentions:
        if re.match(rf"(?:{suffixes})(?!\w)", text[m.end - sentence.start:], re.I):
            out.add(m.code)
    for cue in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text, re.I):
        at = cue.end()
        for m in sorted(sentence.mentions, key=lambda m: m.start):
            lo = m.start - sentence.start
            if lo < at:
                continue
            if not link.fullmatch(text[at:lo]):
                break
            out.add(m.code)
            at = m.end - sentence.start
    return out


def without_mediators(countries: tuple[str, ...], sentence: Sentence, a: AnalyzedDoc) -> tuple[str, ...]:
    """The sentence's states less those that only mediate ('the two sides agreed a truce with the
    mediation of X and Y'): the story's pair when the mediators were all the sentence named."""
    mediators = _mediators(sentence, a.lang) & set(countries)
    if not mediators:
        return countries
    kept = tuple(c for c in countries if c not in mediators)
    if len(kept) >= 2:
        return kept
    pair = tuple(sorted(a.story_pair))
    return pair if len(pair) == 2 and not mediators & set(pair) else countries
