"""A figure of a sentence and the clause it stands in: the stretch of text that belongs to each
amount, and the clause breaks that bound what the words around it may say about it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ... import resources
from .numbers import Quantity

if TYPE_CHECKING:  # (the cue lexicon reads this module's patterns)
    from .cues import Cue

# a short parenthesis, or a short stretch set off by a pair of dashes ('trade - exports plus imports - reached'),
# which glosses the words before it when it holds no figure
_GLOSS = re.compile(r"\([^()\n]{1,60}\)|(?:\s[-–—]\s|—)[^-–—()\n]{1,60}?(?:\s[-–—]\s|—)")

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


def aside_pattern(words: Mapping[str, Any]) -> re.Pattern[str]:
    """An aside on a noun, from the ``aside_openers`` of indicator_cues.json: a comma, an opener and the words up to
    the next comma (taken in) or the sentence's end."""
    if not words.get("aside_openers"):
        return re.compile("(?!)")
    return re.compile(rf",\s+(?:{resources.alternation(words['aside_openers'])})\b[^,;:]*(?:,|$)", re.IGNORECASE)


def asides(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The asides of a sentence, as [start, end) offsets: 'to raise trade, which was $80m last year, to $300m'."""
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def aside_of(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The aside holding the offset ``pos``, or None."""
    return next((s for s in spans if s[0] <= pos < s[1]), None)


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


def without_glosses(cues: list[Cue], text: str) -> list[Cue]:
    """'two-way trade (imports plus exports)', 'trade with Peru (exports and imports combined)', 'trade - exports
    plus imports - reached': the measures named in a parenthesis or between dashes with no figure gloss the
    measure before it, and measure no figure themselves."""
    glosses = [m.span() for m in _GLOSS.finditer(text) if not any(ch.isdigit() for ch in m.group(0))]
    return [c for c in cues if c.kind != "metric" or not any(s < c.start and c.end < e for s, e in glosses)]
