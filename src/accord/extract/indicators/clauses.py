"""A figure of a sentence and the clause it stands in: the stretch of text that belongs to each
amount, and the clause breaks that bound what the words around it may say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Quantity


@dataclass(frozen=True)
class SentenceFigure:
    """One amount of a sentence with the stretch of text that belongs to it (offsets in the sentence)."""

    q: Quantity
    start: int
    end: int
    seg_start: int  # end of the amount before it, or the sentence start
    seg_end: int  # start of the amount after it, or the sentence end


# ", adding that ...": a participle of saying opens a clause of its own
# '... had reached $8bn and that the target of ...': a second reported clause is a clause of its own
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|with)\b|\b(?:while|whereas)\b|,\s+\w+ing\s+that\b"
                           r"|\band\s+that\b")


def clause_start(f: SentenceFigure, text: str) -> int:
    """Where the clause holding the figure begins: after the amount before it or a clause break."""
    start = f.seg_start
    for m in CLAUSE_BREAK.finditer(text, start, f.start):
        start = m.end()
    return start


def clause_bounds(f: SentenceFigure, text: str) -> tuple[int, int]:
    """The clause holding the figure: between the clause breaks around it."""
    lo, hi = 0, len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= f.start:
            lo = m.end()
        elif m.start() >= f.end:
            hi = m.start()
            break
    return lo, hi
