"""A figure of a sentence and the clause it stands in: the stretch of text that belongs to each
amount, and the clause breaks that bound what the words around it may say about it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ... import resources
from .numbers import Quantity

# How far around a figure its own words reach, in characters.
NEAR = 60
SHORTLY = 25


@dataclass(frozen=True)
class SentenceFigure:
    """One amount of a sentence with the stretch of text that belongs to it (offsets in the sentence)."""

    q: Quantity
    start: int
    end: int
    seg_start: int  # end of the amount before it, or the sentence start
    seg_end: int  # start of the amount after it, or the sentence end


def clause_break(words: Mapping[str, Any]) -> re.Pattern[str]:
    """What opens a clause, from the ``clause_break_*`` words of indicator_cues.json: a semicolon or colon,
    a word after a comma (", while"), a word anywhere ("whereas"), a participle of saying (", adding
    that ...") and a second reported clause ('... had reached $8bn and that the target of ...')."""
    that = resources.alternation(words["complementizers"])
    return re.compile(
        rf"[;:]|,\s+(?:{resources.alternation(words['clause_break_after_comma'])})\b"
        rf"|\b(?:{resources.alternation(words['clause_break_words'])})\b"
        rf"|,\s+\w+(?:{resources.alternation(words['participle_endings'])})\s+(?:{that})\b"
        rf"|\b(?:{resources.alternation(words['reported_clause_joiners'])})\s+(?:{that})\b"
    )


def clause_start(f: SentenceFigure, text: str, breaks: re.Pattern[str]) -> int:
    """Where the clause holding the figure begins: after the amount before it or a clause break."""
    start = f.seg_start
    for m in breaks.finditer(text, start, f.start):
        start = m.end()
    return start


def clause_bounds(f: SentenceFigure, text: str, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The clause holding the figure: between the clause breaks around it."""
    lo, hi = 0, len(text)
    for m in breaks.finditer(text):
        if m.end() <= f.start:
            lo = m.end()
        elif m.start() >= f.end:
            hi = m.start()
            break
    return lo, hi
