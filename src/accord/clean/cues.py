"""Cue lexicons for cleaning, read from ``resources/<lang>/*.txt`` and matched as whole phrases.

Chrome cues apply to every page whatever its language: a site's menu or comment counter is often in
another language than its story ("Комментарии (0)" under an English article).
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources


@cache
def cue_languages() -> tuple[str, ...]:
    return resources.languages()


@cache
def phrases(name: str, lang: str | None = None) -> tuple[str, ...]:
    """Entries of ``<lang>/<name>``; with ``lang=None`` the union over every language that has the file."""
    langs = cue_languages() if lang is None else (lang,)
    out: list[str] = []
    for code in langs:
        if resources.has(code, name):
            out.extend(p.lower() for p in resources.word_list(code, name))
    return tuple(dict.fromkeys(out))


@cache
def _pattern(name: str, lang: str | None, anchored: bool) -> re.Pattern[str] | None:
    entries = phrases(name, lang)
    if not entries:
        return None
    prefix = r"^\W*" if anchored else r"(?<!\w)"
    return re.compile(rf"{prefix}(?:{resources.alternation(entries)})(?!\w)", re.IGNORECASE)


def contains(name: str, text: str, lang: str | None = None) -> bool:
    pattern = _pattern(name, lang, False)
    return bool(pattern and pattern.search(text))


def finditer(name: str, text: str, lang: str | None = None) -> list[re.Match[str]]:
    """Every non-overlapping cue of ``name`` in ``text``, longest first at each position."""
    pattern = _pattern(name, lang, False)
    return list(pattern.finditer(text)) if pattern else []


def starts_with(name: str, text: str, lang: str | None = None) -> bool:
    pattern = _pattern(name, lang, True)
    return bool(pattern and pattern.search(text))


@cache
def social_networks() -> frozenset[str]:
    return frozenset(n.lower() for n in resources.word_list("social_networks.txt"))
