"""The shape of one line of scraped text: length, punctuation, case, digits, script.

Pure measurements; the decisions that use them live in ``text``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
TOKEN = re.compile(r"\S+")
# what a story sentence (or a clause cut short by a colon) ends with, closing quotes and brackets included
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”»]\s*$")
CAMEL = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
CLAUSE_MARK = re.compile(r"[.,;:!?…](?=\s|$)")
LEADING_GLYPHS = re.compile(r"^[^\w\"“«‘'(]+")


def words(line: str) -> list[str]:
    """Alphabetic words (numbers and symbols excluded)."""
    return WORD.findall(line)


def tokens(line: str) -> list[str]:
    return TOKEN.findall(line)


def ends_sentence(line: str) -> bool:
    return bool(TERMINAL.search(line.rstrip()))


def lowercase_ratio(line: str) -> float:
    """Share of words that start in lowercase: high in prose, low in lists of names."""
    ws = words(line)
    return sum(w[0].islower() for w in ws) / len(ws) if ws else 0.0


def digit_symbol_ratio(line: str) -> float:
    """Share of non-space characters that are neither letters nor ordinary punctuation."""
    chars = [c for c in line if not c.isspace()]
    if not chars:
        return 0.0
    odd = sum(1 for c in chars if not c.isalpha() and c not in ",.'’\"“”«»()-–—:;!?")
    return odd / len(chars)


def camel_ratio(line: str) -> float:
    """Share of tokens glued in camelCase ('fontLarger', 'українськоюЧитать'): widget labels."""
    toks = tokens(line)
    return sum(bool(CAMEL.search(t)) for t in toks) / len(toks) if toks else 0.0


def longest_word(line: str) -> int:
    return max((len(w) for w in words(line)), default=0)


def punctuation_per_word(line: str) -> float:
    """Sentence and clause marks per word: prose has one every dozen words, keyword spam has none."""
    n = len(tokens(line))
    return sum(line.count(c) for c in ".,;:!?…") / n if n else 0.0


def clause_marks_per_word(line: str) -> float:
    """Like ``punctuation_per_word``, but only marks that close a clause, not dots inside "3.5" or a web address."""
    n = len(tokens(line))
    return len(CLAUSE_MARK.findall(line)) / n if n else 0.0


def script(text: str) -> str | None:
    """The dominant script of the letters: 'latin', 'cyrillic', ... or None without letters (a tie
    goes to the script met first)."""
    counts: dict[str, int] = {}
    # each distinct character once, in the order of its first occurrence: a page has few of them
    for ch, n in Counter(text).items():
        if ch.isalpha():
            key = _script_of(ch)
            counts[key] = counts.get(key, 0) + n
    return max(counts, key=lambda k: counts[k]) if counts else None


@cache
def _script_of(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0].lower() if name else "other"


def normalized(line: str) -> str:
    """A comparison key: case, spacing, quotes and leading glyphs do not make two lines different."""
    text = unicodedata.normalize("NFKC", line).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = LEADING_GLYPHS.sub("", text)
    return re.sub(r"\s+", " ", text).strip()
