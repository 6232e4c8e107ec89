"""Country arguments as users type them ('TJK', 'tjk', 'Russia', 'IGO:EU') -> stored codes."""

from __future__ import annotations

import pycountry

from ..errors import ConfigError, Errors
from ..extract.gazetteer import resolve_country, state_names


def country_code(text: str) -> str:
    value = text.strip()
    if value.upper().startswith("IGO:"):
        return "IGO:" + value[4:].upper()
    code = resolve_country(value)
    if code:
        return code
    # the gazetteer knows the names articles use; fall back to pycountry's fuzzy search for the rest
    try:
        return str(pycountry.countries.search_fuzzy(value)[0].alpha_3)
    except LookupError:
        pass
    raise ConfigError(Errors.E201, text=text)


def country_name(code: str) -> str:
    """The short name a reader knows a stored code by ('RUS' -> 'Russia')."""
    names = state_names(code)
    return names[0] if names else code
