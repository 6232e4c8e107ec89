"""Each sector of a pair traced to its own sentences before it is stored.

Extraction hands over one cooperation record per pair, its sectors and every cooperation sentence
of the article; stored as is, "culture" would open on a trade sentence. Until extraction gives
each sector its own sentences, the record is split here into one per sector, keeping the
sentences whose cues name that sector (the same cue lexicon extraction reads).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from ..document import DocumentResult
from ..extract.sectors import sectors_in
from ..facts import Cooperation

T = TypeVar("T")


def per_sector(cooperation: list[Cooperation], lang: str) -> list[Cooperation]:
    """One record per pair and sector, with the sentences naming that sector; a sector no sentence
    names cannot be traced and is left out (a record with no sentences at all is kept as it is)."""
    out = []
    for c in cooperation:
        if not c.evidence:
            out.append(c)
            continue
        # each sentence's sectors read once, not once for every sector of the record
        named = [(ev, sectors_in(ev.sentence, lang)) for ev in c.evidence]
        for sector in dict.fromkeys(c.sectors):
            own = [ev for ev, sectors in named if sector in sectors]
            if own:
                out.append(Cooperation(list(c.countries), [sector], own))
    return out


def traced(outcome: T) -> T:
    """A pipeline outcome with its cooperation split by sector; anything else as it came."""
    if not isinstance(outcome, DocumentResult) or not outcome.extraction.cooperation:
        return outcome
    lang = outcome.document.language or "en"
    extraction = replace(outcome.extraction, cooperation=per_sector(outcome.extraction.cooperation, lang))
    return replace(outcome, extraction=extraction)
