"""Which states a fact belongs to when a story names several.

A story is usually about two states (``AnalyzedDoc.story_pair``), or a state and an organisation
its headline names beside it ("EU suspends visa-free travel for Georgian diplomats"). A sentence that speaks of
"the two countries", "both sides" or names one side only belongs to that pair; a capital named
as a place ("talks in Moscow", "the island of Santiago") does not add its state, nor does a state
named only in a phrase of time ("after the start of Russia's invasion"); a third state beside both
sides of the pair is passing unless the sentence marks the fact as multilateral ("trilateral", "summit").
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from .analysis import AnalyzedDoc, Sentence
from .gazetteer import CountryMention
from .syntax import adposition_of, is_dep, is_word, prep_objects, role_words


def _cue_pattern(lang: str, name: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, name)


def _has_cue(text: str, lang: str, name: str) -> bool:
    pattern = _cue_pattern(lang, name)
    return bool(pattern and pattern.search(text))


def actor_states(sentence: Sentence, lang: str) -> list[str]:
    """States the sentence names as actors: by name or demonym, or by a capital standing for the
    government ("Tehran and Dushanbe agreed"); a state named only by its capital after a
    preposition of place ("in Moscow") is a location, not a party."""
    out: list[str] = []
    mediators = _mediated_spans(sentence, lang)
    for m in sentence.mentions:
        if m.code.startswith("IGO:") or m.code in out or any(s <= m.start < e for s, e in mediators):
            continue
        if m.kind == "capital" and (_is_place(sentence, m.start, lang) or _dateline(sentence, m)):
            continue
        out.append(m.code)
    return out


# what ends the clause of a mediator cue: the states after the cue up to it are the mediators
_CLAUSE_END = re.compile(r"[,;:.!?()]")


def _mediated_spans(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Document offsets of the text after a mediator cue to the end of its clause ('with the mediation
    of Qatar and Turkey'): states there help the parties, they are none."""
    pattern = _cue_pattern(lang, "mediator_cues.txt")
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(sentence.text):
        end = _CLAUSE_END.search(sentence.text, m.end())
        out.append((sentence.start + m.end(), sentence.start + (end.start() if end else len(sentence.text))))
    return out


# characters before a capital read for its preposition of place: "in the", "at"
_PLACE_REACH = 30


@cache
def _place_before(lang: str) -> re.Pattern[str]:
    """A preposition of place, and maybe an article, ending the text before a capital; or a noun of
    place and maybe 'of' ('the island of', 'порт'), before a place that shares the capital's name."""
    cues = resources.cue_table(lang, "place_cues.json")
    preps, articles = resources.alternation(cues["place_prepositions"]), resources.alternation(cues["articles"])
    nouns = resources.alternation(cues.get("place_nouns", []))
    genitive = resources.alternation(sorted(role_words(lang, "genitive")))
    return re.compile(rf"(?:\b(?:{preps})\s+(?:(?:{articles})\s+)?|\b(?:{nouns})\s+(?:(?:{genitive})\s+)?)$",
                      re.IGNORECASE)


def _dateline(sentence: Sentence, m: CountryMention) -> bool:
    """'БАКУ /Trend/ – ...', 'ANKARA, Feb. 9 -': a capital in capitals opening the sentence is where the
    story was filed, not a state that acts in it."""
    return m.text.isupper() and len(m.text) > 1 and not sentence.text[: m.start - sentence.start].strip()


def _is_place(sentence: Sentence, start: int, lang: str) -> bool:
    before = sentence.text[: start - sentence.start]
    return bool(_place_before(lang).search(before[-_PLACE_REACH:]))


def speaks_of_both(text: str, lang: str) -> bool:
    """'the two countries', 'both sides': a phrase for the story's two states together."""
    return _has_cue(text, lang, "pair_cues.txt")


def refers_to_pair(sentence: Sentence, a: AnalyzedDoc) -> bool:
    """The sentence speaks of the story's pair: names both, or one and "its counterpart",
    or "the two countries", "both sides", "bilateral"."""
    pair = set(a.story_pair)
    if len(pair) < 2:
        return False
    named = set(sentence.states)
    if pair <= named:
        return True
    return _has_cue(sentence.text, a.lang, "pair_cues.txt") and not (named - pair)


# the key of a document's answers of _timing_states in its user data (an object: no other key can clash)
_TIMING = object()


def _timing_states(sentence: Sentence) -> frozenset[str]:
    """States named only inside a phrase of time ('visited Kyiv three years after the start of Russia's
    invasion'): the phrase dates the fact, its states take no part in it."""
    # (asked for each fact a sentence yields, it reads the parse above every mention: the answer is kept
    # with the document, under the sentence's place and mentions)
    answers = sentence.span.doc.user_data.setdefault(_TIMING, {})
    key = (sentence.start, sentence.end, tuple(sentence.mentions))
    if key not in answers:
        inside: set[str] = set()
        elsewhere: set[str] = set()
        for m in sentence.mentions:
            (inside if _in_time_phrase(sentence, m) else elsewhere).add(m.code)
        answers[key] = frozenset(inside - elsewhere)
    return answers[key]


def _in_time_phrase(sentence: Sentence, m: CountryMention) -> bool:
    tok = next((t for t in sentence.span if t.idx <= m.start < t.idx + len(t.text)), None)
    if tok is None:
        return False
    return any((prep := adposition_of(node)) is not None and is_word(prep, "time") for node in (tok, *tok.ancestors))


def _partners_together(sentence: Sentence, states: list[str]) -> bool:
    """All ``states`` are named, and only named, in one list after a preposition of partners ('the joint
    procurement of ammunition with Latvia and Estonia'): the ones the unnamed doer acts with."""
    # a name's last word stands in the list ("Saudi Arabia": "Arabia")
    words = {id(m): next((t.i for t in sentence.span if t.idx < m.end <= t.idx + len(t.text)), -1)
             for m in sentence.mentions}
    for head in (o for prep in sentence.span if is_word(prep, "partners") and is_dep(prep, "preposition")
                 for o in prep_objects(prep)):
        listed = {head.i, *(t.i for t in head.conjuncts)}
        named = {m.code for m in sentence.mentions if words[id(m)] in listed}
        elsewhere = {m.code for m in sentence.mentions if words[id(m)] not in listed}
        if set(states) <= named - elsewhere:
            return True
    return False


def countries_for(sentence: Sentence, a: AnalyzedDoc) -> list[str]:
    """The states of a fact read from ``sentence``, sorted.

    - both sides of the story's pair named (a third only in passing): the pair;
    - three or more states and a multilateral cue: all of them;
    - one side of the pair and another state: those two (a fact with a third state);
    - one side only, or none ("the two countries"): the pair;
    - states outside the pair only: those states.
    """
    pair = list(a.story_pair)
    actors = actor_states(sentence, a.lang)
    if len(pair) < 2:
        return sorted(actors or sentence.states)
    inside = [s for s in actors if s in pair]
    outside = [s for s in actors if s not in pair]
    if outside:  # the parse is read for phrases of time only when there is a third state to leave out
        timing = _timing_states(sentence)
        outside = [s for s in outside if s not in timing]
    if len(actors) >= 3 and _has_cue(sentence.text, a.lang, "multilateral_cues.txt"):
        return sorted(actors)
    if len(inside) == 1 and outside and _partners_together(sentence, [*inside, *outside]):
        return sorted({*pair, *outside})  # 'procurement with Latvia and Estonia': the story's other side acts
    if len(inside) == 2 or not outside:
        return sorted(pair)
    if inside:
        return sorted(inside + outside)
    return sorted(outside)


def outsiders_side_by_side(actors: list[str | None], pair: tuple[str, ...]) -> bool:
    """'Peru, Chile and Bolivia deplored the seizure', 'Latvia and Lithuania imposed similar bans',
    told in a story of two other states: several states outside the pair doing one act side by side,
    with no one named that it is done to, act on the pair's affair, not on each other."""
    states = {s for s in actors if s is not None}
    return len(pair) >= 2 and len(states) >= 2 and not states & set(pair)
