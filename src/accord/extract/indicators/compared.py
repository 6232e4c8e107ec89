"""A figure compared with the one before it: 'over 130 companies with Italian capital, against 60 five years
ago', 'under 40 million dinars last year, compared with about 180 million before the boycott'. A bare count
counts the noun of the count before it; the figure is of another time than the one before it, so it takes
no period but its own, and a distance back in time said right after it ('five years ago') dates it from the
publication."""

from __future__ import annotations

import re

from ...timex import parse_iso
from ..analysis import Sentence
from .clauses import SentenceFigure
from .cues import Cue, CueLexicon

# '130 Italian companies': how far before the noun its own count may stand, in characters
_COUNT_BEFORE = 25
_DIGIT_BEFORE = re.compile(r"\d[\d,.\s]*(?:[^\W\d_]+\s+){0,2}$")


def compared(f: SentenceFigure, text: str, lex: CueLexicon) -> int | None:
    """Where the comparison link right before the figure starts (in its own stretch), or None."""
    m = lex.compared_link.search(text, f.seg_start, f.start) if f.seg_start > 0 else None
    return None if m is None else m.start()


def compared_count(f: SentenceFigure, sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> Cue | None:
    """The noun a bare count counts when a comparison link joins it to a count of that noun before it."""
    text = sentence.text
    if compared(f, text, lex) is None:
        return None
    counted = [c for c in cues if c.kind in ("enterprise", "other_count") and c.end <= f.start
               and _DIGIT_BEFORE.search(text[max(0, c.start - _COUNT_BEFORE):c.start])]
    return counted[-1] if counted else None


def years_ago(f: SentenceFigure, cues: list[Cue], text: str, anchor: str | None) -> str | None:
    """'60 five years ago' in a story of 2025: the year 2020."""
    a = parse_iso(anchor)
    back = next((c for c in cues if c.kind == "years_ago" and c.start >= f.end
                 and not text[f.end:c.start].strip()), None)
    if back is None or a is None:
        return None
    return str(a[0] - int(back.value))
