"""Metric words inside the name of an office or a body: 'Minister of Foreign Affairs and Trade', 'the
Chamber of Commerce', 'Investment Promotion Agency'. Such a word names the body, not what a figure
near it measures ('the Minister of Foreign Affairs and Trade said they would block EUR 50 billion ...').

A name is told by its capitals: the cue is written with one, not as the sentence's first word, inside a
run of capitalised words (joined by the small words a name may hold: 'of', 'and', 'for', 'the') that
holds a word naming an office or a body (``body_words`` of ``indicator_cues.json``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ... import resources

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class _Lexicon:
    body_words: frozenset[str]
    joiners: frozenset[str]  # lowercase words a name may hold between its capitalised words


@cache
def _lexicon(lang: str) -> _Lexicon:
    d: Mapping[str, Any] = resources.cue_table_or_english(lang, "indicator_cues.json")
    grammar: Mapping[str, Any] = resources.cue_table_or_english(lang, "grammar.json")
    joiners = [*grammar["genitive"], *grammar["coordinators"], *grammar["purpose"], *grammar["addressee"],
               *grammar["definite_articles"]]
    return _Lexicon(frozenset(w.lower() for w in d.get("body_words", ())), frozenset(joiners))


def in_a_body_name(start: int, end: int, text: str, lang: str) -> bool:
    """The words at [start, end) of ``text`` are part of the capitalised name of an office or a body."""
    lex = _lexicon(lang)
    if not lex.body_words or not text[start:start + 1].isupper() or not text[:start].strip():
        return False
    words = list(_WORD.finditer(text))
    at = next((i for i, m in enumerate(words) if m.start() <= start < m.end()), None)
    if at is None:
        return False
    run = [words[at].group(0)]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(words) and _joined(text, words[i - 1 if step > 0 else i], words[i if step > 0 else i + 1]):
            word = words[i].group(0)
            if not (word[:1].isupper() or word.lower() in lex.joiners):
                break
            run.append(word)
            i += step
    return any(w.lower().strip(".") in lex.body_words for w in run)


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Only spaces stand between two words of one name (a comma or a stop ends it)."""
    return not text[left.end():right.start()].strip()
