"""An office held under another person of the story: "Abiy's national security adviser, X", "the crown
prince's adviser X", "Sharif's finance minister X". The holder acts for the state of the person whose
office it is, not for the side of whoever stands nearest in the sentence. A possessive pronoun's owner
("Ruto, joined by his trade minister, X") is the person named just before it in the sentence, or the
first person of the sentence before when the pronoun opens one ("Her deputy, Y, ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..analysis import Sentence
from ..office_holders import plain
from ..syntax import role_words
from .lexicon import cue_alternation, cue_words, grammar
from .offices import OFFICE_REACH

_OWNER_WORDS = 3  # words of the owner: "the crown prince's", "President Ruto's"
_OWNER_GAP = 2  # words between the owner and the office word: "Abiy's national security adviser"
_NAME_LETTERS = 2  # a word of a name this short ("Al", "Jr") does not tell the owner


class _Held(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str | None: ...
    @property
    def state(self) -> str | None: ...


class _Named(Protocol):
    start: int
    sentence: Sentence


def pronoun_owner(at: _Named, holder: object, people: Sequence[tuple[_Held, Sequence[_Named]]]) -> _Held | None:
    """The person a possessive pronoun before an office at ``at`` stands for: the one named last before
    it in its sentence, else the first named in the sentence before."""
    here = [(o.start, p) for p, occs in people if p is not holder for o in occs
            if o.sentence is at.sentence and o.start < at.start]
    before = [(o.start, p) for p, occs in people if p is not holder for o in occs
              if o.sentence.index == at.sentence.index - 1]
    return max(here, key=lambda x: x[0])[1] if here else min(before, key=lambda x: x[0])[1] if before else None


def office_owner(start: int, text: str, lang: str) -> str | None:
    """The possessor right before the office that starts at ``start``: "Abiy" in "Abiy's national
    security adviser", "the crown prince" in "the crown prince's adviser"."""
    near = text[max(0, start - OFFICE_REACH):start]
    pronoun = re.search(rf"(?<!\w)({cue_alternation(lang, 'owner_pronouns')})\s+(?:[\w-]+\s+){{0,{_OWNER_GAP}}}$",
                        near, re.I)
    if pronoun:
        return pronoun.group(1).casefold()
    poss = grammar(lang, "possessive_endings")
    found = re.search(rf"((?:[\w-]+\s+){{0,{_OWNER_WORDS - 1}}}[\w-]+)(?:{poss})\s+(?:[\w-]+\s+){{0,{_OWNER_GAP}}}$",
                      near)
    return found.group(1) if found else None


def is_pronoun(owner: str, lang: str) -> bool:
    return owner in cue_words(lang, "owner_pronouns")


def _folded(text: str) -> str:
    return plain(text).casefold()


def owner_of(owner: str, holder: object, people: Sequence[_Held], lang: str) -> _Held | None:
    """The other person, of a known state, the owner names: by a word of the name ("Abiy", "President
    Ruto") or by the office ("the crown prince"); None when no one fits, or people of two states."""
    the = role_words(lang, "definite_articles")
    words = [w for w in _folded(owner).split() if w not in the]
    phrase = " ".join(words)
    # the possessor is the word right before "'s" ("President Ruto's"): words before it may be anything
    # ("al-Sisi received Sudan's chairman" names Sudan, not al-Sisi)
    fits = [p for p in people if p is not holder and p.state and (
        any(len(w) > _NAME_LETTERS and w in _folded(p.name).split() for w in words[-1:])
        or (p.role is not None and f" {phrase}".endswith(f" {_folded(p.role)}")))]
    return fits[0] if len({p.state for p in fits}) == 1 else None
