"""Extraction: facts with their evidence sentences from clean documents."""

from __future__ import annotations

from ..document import CleanDocument
from ..facts import Extraction


def extract_documents(docs: list[CleanDocument]) -> list[Extraction]:
    # placeholder until the extractors land
    return [Extraction() for _ in docs]
