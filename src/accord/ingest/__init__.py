"""Readers: turn paths, globs and URLs into SourceRecords (or ReadFailures / SkippedSources)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord


def read_sources(inputs: list[str], settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    # placeholder until the readers land: plain text files only
    for item in inputs:
        path = Path(item)
        try:
            yield SourceRecord(doc=path.name, source=str(path.resolve()), content=path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            yield ReadFailure(item, str(exc))
