"""Countries and international organisations: names in text -> ISO alpha-3 codes or ``IGO:`` ids.

PLACEHOLDER: pycountry names only. To be replaced by the full gazetteer (demonyms, capitals as
metonyms, hyphenated pairs, IGOs) kept as data under resources/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry


@dataclass(frozen=True)
class Mention:
    """A country or organisation named in the text; offsets are in the document's clean text."""

    code: str
    start: int
    end: int
    text: str
    kind: str  # "name", "demonym", "capital", "igo"


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.lower()] = c.alpha_3
    return names


@cache
def _pattern() -> re.Pattern[str]:
    alts = sorted(_names(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(a) for a in alts) + r")\b", re.IGNORECASE)


def find_mentions(text: str, lang: str = "en") -> list[Mention]:
    return [
        Mention(_names()[m.group(1).lower()], m.start(), m.end(), m.group(1), "name")
        for m in _pattern().finditer(text)
    ]


def resolve_country(name: str) -> str | None:
    """A code ('TJK'), a name or an adjective -> ISO alpha-3, or None."""
    if re.fullmatch(r"[A-Za-z]{3}", name) and pycountry.countries.get(alpha_3=name.upper()):
        return name.upper()
    return _names().get(name.strip().lower())
