"""Keys that let one person or place, spelled two ways or in two scripts, compare as one.

A name is reduced to a consonant skeleton of its last word: scripts transliterated to Latin
(``resources/latin_letters.tsv``), accents dropped, sound-alike spellings folded (kh/h, w/v),
vowels after the first letter dropped. "Erdoğan", "Erdogan" and "Эрдоган" share a key, and so do
"Bazrpash" and "Bazarpash", or "Tokayev" and the genitive "Токаева".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .. import resources

_FOLDS = (("kh", "h"), ("ph", "f"), ("w", "v"), ("j", "y"), ("q", "k"), ("x", "ks"), ("c", "k"))
_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")


@cache
def _letters() -> dict[str, str]:
    rows = resources.tsv_table("latin_letters.tsv", columns=("letter", "latin"))
    return {row["letter"]: row["latin"] or "" for row in rows}


def latin(text: str) -> str:
    """Lower-case Latin letters and digits of ``text``, accents dropped, other scripts transliterated."""
    letters = _letters()
    out = "".join(letters.get(ch, ch) for ch in text.casefold())
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch.isspace())).strip()


def skeleton(word: str) -> str:
    key = latin(word).replace(" ", "")
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", key))


@lru_cache(maxsize=1 << 16)  # fusion asks for the key of one participant once per pair of reports
def person_key(name: str) -> str:
    """One key per person: the skeleton of the surname (the last word; 'R. Meredov' -> Meredov)."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w.strip(".")]
    return skeleton(words[-1]) if words else ""


def place_key(place: str) -> str:
    return " ".join(skeleton(w) for w in latin(place).split())
