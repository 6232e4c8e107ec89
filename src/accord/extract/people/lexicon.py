"""The words the people rules read: people_cues.json, the word lists of names and offices, and the
closed-class words of grammar.json, each read once per language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources
from ..syntax import role_words


@cache
def cues(lang: str) -> Mapping[str, Any]:
    """The language's ``people_cues.json``, empty when it has none."""
    return resources.cue_table(lang, "people_cues.json") if resources.has(lang, "people_cues.json") else {}


@cache
def cue_words(lang: str, key: str) -> frozenset[str]:
    """A word list of ``people_cues.json``."""
    return frozenset(cues(lang).get(key, ()))


@cache
def name_particles(lang: str) -> frozenset[str]:
    """Particles of names ("bin", "van"), ``name_particles.txt``."""
    return word_set(lang, "name_particles.txt")


@cache
def word_set(lang: str, name: str) -> frozenset[str]:
    if not resources.has(lang, name):
        return frozenset()
    return frozenset(w.casefold() for w in resources.word_list(lang, name))


@cache
def _honorifics(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Courtesy titles (``honorifics.txt``): those read in any case, and the abbreviations written in capitals
    ("HE"), read only as written, as a name's word may share their letters ("Vice Premier He Lifeng")."""
    words = resources.word_list(lang, "honorifics.txt") if resources.has(lang, "honorifics.txt") else []
    capitals = frozenset(w for w in words if len(w) > 1 and w.isalpha() and w.isupper())
    return frozenset(w.casefold() for w in words if w not in capitals), capitals


def is_honorific(word: str, lang: str) -> bool:
    any_case, capitals = _honorifics(lang)
    return word in capitals or word.casefold() in any_case


@cache
def honorific_alternation(lang: str) -> str:
    """A regex alternation of the courtesy titles for a pattern read in any case; the abbreviations in
    capitals stay case-sensitive inside it."""
    any_case, capitals = _honorifics(lang)
    return "|".join([*(f"(?-i:{re.escape(w)})" for w in sorted(capitals)), resources.alternation(sorted(any_case))])


@cache
def grammar(lang: str, *roles: str) -> str:
    """A regex alternation of the language's closed-class words for ``roles`` (grammar.json)."""
    return resources.alternation(sorted(role_words(lang, *roles)))


@cache
def cue_alternation(lang: str, key: str) -> str:
    """A regex alternation of a word list of ``people_cues.json`` whose phrases match across any
    whitespace ("arrived in"), one that never matches when the list is empty."""
    return resources.spaced_alternation(sorted(cue_words(lang, key))) or "(?!)"


def office_pattern(lang: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, "offices.txt")


def same_side(lang: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, "same_side_cues.txt")
