"""N-fold words used as an attribute of a noun: 'the Avoidance of Double Taxation', 'a triple alliance'.
Such a word names a kind of thing, no change of a measure; 'a twofold increase' still is one (its noun
is a word of change)."""

from __future__ import annotations

from ..analysis import Sentence
from ..syntax import is_dep, is_pos, token_at
from .cues import CueLexicon
from .numbers import MULTIPLIER, Quantity


def names_a_thing(q: Quantity, sentence: Sentence, lex: CueLexicon) -> bool:
    """``q`` is an N-fold word written as the attribute of a noun after it that tells no change."""
    if q.unit != MULTIPLIER or any(ch.isdigit() for ch in q.text):
        return False
    if lex.goal_marker.search(sentence.text[:q.start - sentence.start]):
        return False  # 'the goal was to double trade': a verb, whatever the tagger says
    tok = token_at(sentence, q.start)
    if tok is None or not is_dep(tok, "adjective_modifier", "compound") or tok.head.i <= tok.i:
        return False
    noun = tok.head
    if not is_pos(noun, "noun", "proper_noun"):
        return False
    change = {*lex.values["growth"], *lex.values["decline"]}
    return noun.text.lower() not in change and noun.lemma_.lower() not in change
