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


def walk(root: Path) -> Iterator[Path]:
    """Every visible file under ``root``, in path order, found as it is read: a folder of a million
    files is never listed whole, only one folder's names at a time.

    Hidden entries (.git, .DS_Store) are not part of a corpus a user means to read, so they are
    neither read nor reported; symlinked folders are not followed, so a link loop cannot hang a run.
    """
    try:
        with os.scandir(root) as listing:
            # names and whether each is a folder to enter; sorted by name, a folder's files come where
            # its name sorts, which is the order of the sorted list of full paths
            entries = sorted((e.name, _enters(e)) for e in listing if not _hidden(e.name))
    except OSError:  # an unreadable folder is passed over, as os.walk does
        return
    for name, is_folder in entries:
        if is_folder is None:
            continue
        path = root / name
        if is_folder:
            yield from walk(path)
        else:
            yield path


def _enters(entry: os.DirEntry[str]) -> bool | None:
    """True for a folder to walk into, False for a file, None for a symlinked folder (not followed)."""
    try:
        if entry.is_dir():
            return None if entry.is_symlink() else True
    except OSError:
        pass
    return False


def count_sources(inputs: list[str]) -> int | None:
    """How many items reading ``inputs`` yields, when that is cheap to know: one per file, a line per
    JSONL record; None when an input's count is only known once read (WARC archives, URLs)."""
    total = 0
    for item in inputs:
        for target in targets(item):
            if isinstance(target, ReadFailure) or target.kind is None:
                total += 1
            elif target.kind in (Kind.URL, Kind.WARC) or target.location.endswith(".gz"):
                return None
            elif target.kind is Kind.JSONL:
                total += _lines(Path(target.location))
            else:
                total += 1
    return total


def _lines(path: Path) -> int:
    """Non-blank lines of a JSONL file (a blank line holds no record)."""
    count = 0
    try:
        with path.open("rb") as f:
            for line in f:
                count += bool(line.strip())
    except OSError:
        return 1  # read as one failure
    return max(count, 1)  # an empty file is one failure


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
        files = {f for m in matches for f in (walk(m) if m.is_dir() else iter([m]))}
        yield from (Target(str(p), file_kind(p), explicit=False) for p in sorted(files))
    else:
        yield ReadFailure(safe_text(item), "no such file or folder")
