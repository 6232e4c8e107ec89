"""Extraction: facts with their evidence sentences from clean documents.

One NLP pass per document (``analysis``), then each extractor reads the analysed document.
Documents in a language without a pipeline get empty lists and a ``skipped_reason``.
"""

from __future__ import annotations

from ..document import CleanDocument
from ..facts import Extraction
from .agreements import find_agreements
from .analysis import AnalyzedDoc, analyse
from .events import find_event_mentions, find_events
from .in_english import in_english
from .indicators import find_indicators
from .people import find_people
from .sectors import find_cooperation


def extract_one(a: AnalyzedDoc) -> Extraction:
    people = find_people(a)
    mentions = find_event_mentions(a, people)  # once per document: events and agreements both read them
    found = Extraction(
        events=find_events(a, people, mentions),
        indicators=find_indicators(a),
        agreements=find_agreements(a, mentions),
        cooperation=find_cooperation(a),
        people=people,
    )
    return in_english(found, a.lang)


def extract_documents(docs: list[CleanDocument]) -> list[Extraction]:
    out = []
    for doc, analysed in zip(docs, analyse(docs), strict=True):
        if analysed is None:
            out.append(Extraction(skipped_reason=f"no extraction pipeline for language {doc.language!r}"))
        else:
            out.append(extract_one(analysed))
    return out
