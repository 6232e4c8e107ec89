"""The leaders of ``office_holders.tsv`` a name stands for: by the first and last words of a full name
("Mohammed bin Salman"), or by a family name alone where only one leader bears it ("Petro said ...").
Names are compared without their diacritics."""

from __future__ import annotations

import unicodedata
from functools import cache

from ... import resources
from ..romanize import holder_state
from .lexicon import office_holders

_SURNAME_LETTERS = 4  # a family name this short ("Ali", "Lee") is borne by too many to tell a leader


@cache
def _unmarked() -> dict[str, str]:
    rows = resources.tsv_table("unmarked_letters.tsv", columns=("letter", "plain"))
    return {row["letter"]: row["plain"] for row in rows}


def plain(text: str) -> str:
    """The name without its diacritics: "Erdogan" and "Erdoğan", "Djuric" and "Đurić" are one spelling
    of one name."""
    letters = _unmarked()
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return "".join(letters.get(ch, ch) for ch in bare)


def listed_holder_state(name: str, lang: str) -> str | None:
    """The state of ``office_holders.tsv``'s row for the name, else of the English form of a leader in the
    Cyrillic tables (the leaders of the region that the Russian press names too)."""
    held = listed_holder(name, lang)
    return held[0] if held else holder_state(name)


def listed_holder(name: str, lang: str) -> tuple[str, str] | None:
    """The state and office of ``office_holders.tsv``'s row whose first and last words the name holds
    in that order ("Mohammed bin Salman" in "Mohammed bin Salman bin Abdulaziz Al Saud"); None for no
    row, or rows of two states."""
    words = plain(name).casefold().split()
    by_first = _by_first_word(lang)
    # the rows whose first word the name holds, in the table's order (the first row of a state gives its office)
    rows = sorted(i for w in set(words) for i in by_first.get(w, ()))
    holders = _plain_holders(lang)
    found: dict[str, str] = {}
    for _, first, last, state, office in (holders[i] for i in rows):
        if first in words and last in words and words.index(first) <= len(words) - 1 - words[::-1].index(last):
            found.setdefault(state, office)
    return next(iter(found.items())) if len(found) == 1 else None


def surname_holder(word: str, lang: str, among: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The full name and state of the one leader of the table (of a state ``among``, when given) whose family
    name is ``word`` ("Petro": "Gustavo Petro"); None for a short word, or one borne by two such leaders."""
    key = plain(word).casefold()
    found = {(name, state) for name, state in _by_last_word(lang).get(key, ()) if among is None or state in among}
    return found.pop() if len(key) >= _SURNAME_LETTERS and len(found) == 1 else None


@cache
def _plain_holders(lang: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """Each row of ``office_holders.tsv``: its name, the name's first and last words casefolded and without
    diacritics, its state and office (made once: every run of capitalised words is looked up)."""
    out = []
    for name, state, office in office_holders(lang):
        words = plain(name).casefold().split()
        out.append((name, words[0], words[-1], state, office))
    return tuple(out)


# every run of capitalised words is looked up: the rows by the words a lookup starts from, made once


@cache
def _by_first_word(lang: str) -> dict[str, tuple[int, ...]]:
    """The indices of the table's rows by the first word of their name."""
    out: dict[str, list[int]] = {}
    for i, (_, first, _, _, _) in enumerate(_plain_holders(lang)):
        out.setdefault(first, []).append(i)
    return {w: tuple(rows) for w, rows in out.items()}


@cache
def _by_last_word(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The names and states of the table's rows by the last word of their name."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, _, last, state, _ in _plain_holders(lang):
        out.setdefault(last, []).append((name, state))
    return {w: tuple(rows) for w, rows in out.items()}
