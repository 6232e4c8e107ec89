"""Extraction: facts with their evidence sentences from clean documents.

One NLP pass per document (``analysis``), then each extractor reads the analysed document.
Documents in a language without a pipeline get empty lists and a ``skipped_reason``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import CleanDocument
from ..facts import Extraction

if TYPE_CHECKING:
    from .analysis import AnalyzedDoc

# The extractors are imported where they run: a query that only needs the gazetteer
# (accord.extract.gazetteer) must not pay for loading every extractor's lexicons.


def extract_one(a: AnalyzedDoc) -> Extraction:
    from .agreements import find_agreements
    from .events import find_event_mentions, find_events
    from .indicators import find_indicators
    from .people import find_people
    from .sectors import find_cooperation

    people = find_people(a)
    mentions = find_event_mentions(a, people)  # once per document: events and agreements both read them
    return Extraction(
        events=find_events(a, people, mentions),
        indicators=find_indicators(a),
        agreements=find_agreements(a, mentions),
        cooperation=find_cooperation(a),
        people=people,
    )


def extract_documents(docs: list[CleanDocument]) -> list[Extraction]:
    from .analysis import analyse

    out = []
    for doc, analysed in zip(docs, analyse(docs), strict=True):
        if analysed is None:
            out.append(Extraction(skipped_reason=f"no extraction pipeline for language {doc.language!r}"))
        else:
            out.append(extract_one(analysed))
    return out
