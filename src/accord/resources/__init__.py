"""Language data kept as files: ``resources/<lang>/<name>`` and language-neutral files at the top.

Lexicons are plain text (one entry a line, ``#`` comments) or JSON/TSV, so that adding a language
is adding data, not code.
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from importlib import resources
from typing import Any


def _read(*parts: str) -> str:
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


def has(*parts: str) -> bool:
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node.is_file()


@cache
def lines(*parts: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text resource, stripped."""
    out = []
    for raw in _read(*parts).splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def json_data(*parts: str) -> Any:
    return json.loads(_read(*parts))


def json_or_english(lang: str, name: str) -> Any:
    """A language's JSON lexicon, or the English one while the language has none of its own."""
    return json_data(lang if has(lang, name) else "en", name)


@cache
def tsv_rows(*parts: str) -> tuple[dict[str, str], ...]:
    text = _read(*parts)
    reader = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    return tuple(dict(row) for row in reader)


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of lexicon phrases, longest first so that "trade turnover" beats "trade"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def phrase_pattern(*parts: str) -> re.Pattern[str] | None:
    """A case-insensitive matcher of the whole phrases of a cue list, or None when the language has none."""
    if not has(*parts):
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(lines(*parts))})(?![\w-])", re.IGNORECASE)
