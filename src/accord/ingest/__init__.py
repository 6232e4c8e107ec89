"""Readers: turn paths, globs and URLs into SourceRecords (or ReadFailures / SkippedSources).

Inputs are read in the order given, folders sorted by path; a bad input is one ReadFailure
and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord
from .files import read_file
from .jsonl import read_jsonl
from .sources import Kind, Target, count_sources, targets
from .warc import read_warc
from .web import read_url

__all__ = ["count_sources", "read_sources"]


def _read(target: Target, settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    path = Path(target.location)
    if target.kind is Kind.URL:
        yield from read_url(target.location, settings)
    elif not path.is_file():
        # a pipe or device would block the read, or never end
        yield ReadFailure(str(path.resolve()), "not a regular file")
    elif target.kind is Kind.JSONL:
        yield from read_jsonl(path, settings)
    elif target.kind is Kind.WARC:
        yield from read_warc(path, settings)
    elif target.kind is None and not target.explicit:
        yield SkippedSource(str(path.resolve()), f"not an article file ({path.suffix or 'no extension'})")
    else:
        yield read_file(path, target.kind.value if target.kind else None, settings)


def read_sources(inputs: list[str], settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    for item in inputs:
        for target in targets(item):
            if isinstance(target, ReadFailure):
                yield target
            else:
                yield from _read(target, settings)
