"""The people a sentence refers to, by a word of their name (in any case where the language inflects
names) or by their office and state: the participants of events."""

from __future__ import annotations

import re

from ... import resources
from ...facts import Person
from ..analysis import Sentence
from .lexicon import grammar, name_particles

_INITIAL_LETTERS = 2  # a part of a name this short ("Jr", "Al") does not tell the person by itself

# a name in another case ("Мирзиёевым" for "Мирзиёев") keeps at least this stem and adds at most
# this many letters of ending
_NAME_STEM = 4
_NAME_ENDING = 3


def _inflected_form(a: str, b: str) -> bool:
    """One name word is the other in another case: "Токаев", "Токаевым"; "Маттарелла", "Маттареллы"."""
    short, long = sorted((a, b), key=len)
    if len(short) < _NAME_STEM or len(long) - len(short) > _NAME_ENDING:
        return False
    return long.startswith(short) or long.startswith(short[:-1])


def named_among(name: str, words: set[str], lang: str) -> bool:
    """A word of the name, past particles and initials, is among ``words``; in a language that
    inflects names, in any case ("Мухриддин" in "с Мухриддином")."""
    parts = [w for w in name.split() if w.casefold() not in name_particles(lang) and len(w) > _INITIAL_LETTERS]
    inflected = resources.pipeline(lang).inflected
    return any(w in words for w in parts) or (inflected and any(_inflected_form(w, x) for w in parts for x in words))


def people_in(sentence: Sentence, people: list[Person]) -> list[str]:
    """Full names of the people a sentence refers to: by full or short name ("Ivanov", "Mr Petrov")
    or by office and state ("the Russian president"). For events' participants."""
    out: list[str] = []
    words = set(re.findall(r"\w+(?:-\w+)*", sentence.text))  # "Ivanov’s" and "Ruritanian-Freedonian" yield their parts
    lowered = sentence.text.casefold()
    lang = sentence.span.doc.lang_
    poss = grammar(lang, "possessive_endings")
    for p in people:
        if named_among(p.name, words, lang):
            out.append(p.name)
            continue
        head = re.split(f" (?:{grammar(lang, 'genitive')}) ", p.role or "")[0].strip().casefold()
        if head and p.country and head in lowered and any(
            m.code == p.country
            and re.match(rf"(?:{poss})?\s+" + re.escape(head), lowered[m.end - sentence.start:])
            for m in sentence.mentions
        ):
            out.append(p.name)
    return out
