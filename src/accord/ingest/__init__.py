"""Readers: turn paths, globs and URLs into SourceRecords (or ReadFailures / SkippedSources).

Inputs are read in the order given, folders sorted by path; a bad input is one ReadFailure
and the run goes on.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from ..config import Settings
from ..document import ReadFailure, SkippedSource, SourceRecord
from .decode import safe_text
from .files import read_file
from .jsonl import read_jsonl
from .sources import Kind, Target, count_sources, source_name, targets
from .warc import read_warc
from .web import read_url

__all__ = ["count_sources", "read_sources"]


def _read(target: Target, settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    path = Path(target.location)
    if target.kind is Kind.URL:
        yield from read_url(target.location, settings)
    elif not path.is_file():
        # named as the user sees it: a dangling link's target does not exist, a loop's has no end
        yield ReadFailure(str(Path(source_name(path.parent), safe_text(path.name))), _not_a_file(path))
    elif target.kind is Kind.JSONL:
        yield from read_jsonl(path, settings)
    elif target.kind is Kind.WARC:
        yield from read_warc(path, settings)
    elif target.kind is None and not target.explicit:
        yield SkippedSource(source_name(path), f"not an article file ({path.suffix or 'no extension'})")
    else:
        yield read_file(path, target.kind.value if target.kind else None, settings)


def _not_a_file(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:  # a dangling link, a link loop, a folder that may not be entered
        return f"cannot read the file: {exc.strerror or exc}"
    # a pipe or device would block the read, or never end
    return "not a regular file (a pipe, socket or device)"


def read_sources(inputs: list[str], settings: Settings) -> Iterator[SourceRecord | ReadFailure | SkippedSource]:
    """Everything the inputs hold, in order; once Settings.run_seconds have passed (reading and
    whatever the consumer does between items), what is left is reported as not read."""
    deadline = time.monotonic() + settings.run_seconds if settings.run_seconds else None

    def spent() -> bool:
        return deadline is not None and time.monotonic() > deadline

    not_read = f"not read: the run's time budget of {settings.run_seconds or 0:g} s was spent"
    for item in inputs:
        for target in targets(item):
            if isinstance(target, ReadFailure):
                yield target
                continue
            if spent():
                yield ReadFailure(_name(target), not_read)
                continue
            found = _read(target, settings)
            for one in found:
                yield one
                if spent():
                    if next(found, None) is not None:  # a dump or feed with more in it
                        yield ReadFailure(_name(target), f"the rest {not_read}")
                    break


def _name(target: Target) -> str:
    return target.location if target.kind is Kind.URL else source_name(Path(target.location))
