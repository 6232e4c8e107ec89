"""Turn command-line inputs into targets: URLs, files by kind, folders walked, globs expanded."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..document import ReadFailure
from .decode import safe_text


class Kind(Enum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"
    URL = "url"


# Longest suffixes first, so "x.warc.gz" is a WARC and not a plain gzip file.
SUFFIXES: tuple[tuple[str, Kind], ...] = (
    (".warc.gz", Kind.WARC),
    (".jsonl.gz", Kind.JSONL),
    (".ndjson.gz", Kind.JSONL),
    (".warc", Kind.WARC),
    (".jsonl", Kind.JSONL),
    (".ndjson", Kind.JSONL),
    (".txt", Kind.TEXT),
    (".text", Kind.TEXT),
    (".html", Kind.HTML),
    (".htm", Kind.HTML),
    (".xhtml", Kind.HTML),
)

_URL = re.compile(r"^https?://", re.IGNORECASE)
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Target:
    """One thing to read. ``kind`` None: an unknown kind of file; ``explicit``: named by the user."""

    location: str
    kind: Kind | None
    explicit: bool


def file_kind(path: Path) -> Kind | None:
    name = path.name.lower()
    return next((kind for suffix, kind in SUFFIXES if name.endswith(suffix)), None)


def source_name(path: Path) -> str:
    """The absolute path a source is stored and reported under: a link loop cannot be resolved,
    and a name with bytes that are not UTF-8 shows them as \\xNN."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        resolved = path.absolute()
    return safe_text(str(resolved))


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(root: Path) -> list[Path]:
    """Every visible file under ``root``, sorted by path.

    Hidden entries (.git, .DS_Store) are not part of a corpus a user means to read, so they are
    neither read nor reported; symlinked folders are not followed, so a link loop cannot hang a run.
    """
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        found.extend(Path(folder, f) for f in files if not _hidden(f))
    return sorted(found)


def targets(item: str) -> Iterator[Target | ReadFailure]:
    """What one command-line input stands for, in reading order."""
    if _URL.match(item):
        yield Target(item, Kind.URL, explicit=True)
        return
    path = Path(item)
    if path.is_dir():
        yield from (Target(str(p), file_kind(p), explicit=False) for p in walk(path))
    elif path.exists() or path.is_symlink():  # a dangling or looping link is reported when read
        yield Target(item, file_kind(path), explicit=True)
    elif _GLOB.search(item):
        matches = [Path(m) for m in glob.glob(item, recursive=True)]
        if not matches:
            yield ReadFailure(safe_text(item), "no file matches this pattern")
        # "dir/**" matches the folder and its files alike; each file is read once
        files = {f for m in matches for f in (walk(m) if m.is_dir() else [m])}
        yield from (Target(str(p), file_kind(p), explicit=False) for p in sorted(files))
    else:
        yield ReadFailure(safe_text(item), "no such file or folder")
