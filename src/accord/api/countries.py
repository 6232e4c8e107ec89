"""Country arguments as users type them ('TJK', 'tjk', 'Russia', 'IGO:EU') -> stored codes."""

from __future__ import annotations

import pycountry

from ..errors import ConfigError, Errors
from ..extract.gazetteer import resolve_country, state_names


def country_code(text: str) -> str:
    value = text.strip()
    if not value:
        raise ConfigError(Errors.E211, text=text)
    if value.upper().startswith("IGO:"):
        return "IGO:" + value[4:].upper()
    code = resolve_country(value)
    if code:
        return code
    # the gazetteer knows the names articles use; pycountry's fuzzy search finds the rest ("Tajik",
    # a capital), but it also turns "a" or "the" into a dozen countries: only one answer is one
    try:
        found = pycountry.countries.search_fuzzy(value)
    except LookupError:
        found = []
    if len(found) == 1:
        return str(found[0].alpha_3)
    if found:
        codes = ", ".join(c.alpha_3 for c in found[:5]) + (", ..." if len(found) > 5 else "")
        raise ConfigError(Errors.E212, text=text, codes=codes)
    raise ConfigError(Errors.E201, text=text)


def country_name(code: str) -> str:
    """The short name a reader knows a stored code by ('RUS' -> 'Russia')."""
    names = state_names(code)
    return names[0] if names else code
