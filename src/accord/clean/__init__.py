"""Cleaning: a page to its story (body text, title, language, publication date)."""

from __future__ import annotations

from ..config import Settings
from ..document import CleanDocument, SourceRecord


def clean_record(record: SourceRecord, settings: Settings) -> CleanDocument:
    # placeholder until the cleaners land
    return CleanDocument(doc=record.doc, source=record.source, text=record.content.strip())
