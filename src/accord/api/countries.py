"""Country arguments as users type them ('TJK', 'tjk', 'Russia', 'IGO:EU') -> stored codes."""

from __future__ import annotations

import pycountry

from ..errors import ConfigError
from ..extract.gazetteer import resolve_country

_HINT = "give an ISO alpha-3 code (TJK) or an English name (Tajikistan)"


def country_code(text: str) -> str:
    value = text.strip()
    if not value:
        raise ConfigError(f"{text!r} is not a country: the value is empty", _HINT)
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
        names = ", ".join(c.alpha_3 for c in found[:5])
        raise ConfigError(f"{text!r} could be any of several countries ({names}{', ...' if len(found) > 5 else ''})",
                          _HINT)
    raise ConfigError(f"unknown country {text!r}", _HINT)
