"""Country arguments as users type them ('TJK', 'tjk', 'Russia', 'IGO:EU') -> stored codes.

An empty argument is an error, not a search for everything; a misspelt name ('Tajikstan') is an
error that offers the closest known names, never a silent guess at another country.
"""

from __future__ import annotations

import difflib
from functools import cache

from ..errors import ConfigError, Errors
from ..extract.gazetteer import known_names, resolve_country, state_names

# how alike a typed name and a known one must be to be offered (difflib's ratio)
_CLOSE = 0.8


def country_code(text: str) -> str:
    value = text.strip()
    if not value:
        raise ConfigError(Errors.E222)
    if value.upper().startswith("IGO:"):
        return "IGO:" + value[4:].upper()
    code = resolve_country(value)
    if code:
        return code
    suggestions = did_you_mean(value)
    if suggestions:
        raise ConfigError(Errors.E221, text=text, suggestions=" or ".join(suggestions))
    raise ConfigError(Errors.E201, text=text)


def did_you_mean(text: str, n: int = 3) -> list[str]:
    """The country names closest to a misspelt one, each state once ('Tajikstan' -> ['Tajikistan'])."""
    names = known_names()
    close = difflib.get_close_matches(text.casefold(), list(names), n=n * 3, cutoff=_CLOSE)
    out: dict[str, str] = {}
    for form in close:
        code = names[form]
        out.setdefault(code, country_name(code))
    return list(out.values())[:n]


@cache
def country_name(code: str) -> str:
    """The short name a reader knows a stored code by ('RUS' -> 'Russia')."""
    names = state_names(code)
    return names[0] if names else code
