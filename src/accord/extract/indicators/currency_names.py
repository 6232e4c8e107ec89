"""The names a locale writes currencies with ("Qatari riyals", "Chilean pesos"), read from Babel's locale data
for the currencies states use today (pycountry); ``numbers`` adds them to the currency words of its language."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_territory_currencies

from ... import resources


def currency_names(lang: str) -> dict[str, str]:
    """Currency names the locale writes with their country ("Qatari riyals", "Chilean pesos") -> ISO
    code, singular and plural, for the currencies a state uses today. In a language that writes the
    currency's word last (numbers.json ``bare_currency_words``), the bare word of a name that only one
    such currency has ("dalasi", "ouguiyas") too, unless it is an ordinary word there ("mark"); bare
    words several currencies share ("dinars") are left to numbers.json."""
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {}
    data = resources.cue_table_or_english(lang, "numbers.json")
    calque_of = {word: calque for calque, words in data.get("currency_calques", {}).items() for word in words}
    ordinary = {w.lower() for w in data.get("not_currency_words", [])}
    out: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
    for code in map(str, locale.currencies):
        if code not in _currencies_in_use():
            continue
        for form in (get_currency_name(code, 1, locale), get_currency_name(code, 2, locale)):
            if " " in form.strip() and "(" not in form:
                out.setdefault(form.lower(), code)
                *country, word = form.lower().split()
                bare.setdefault(word, set()).add(code)
                if word in calque_of:  # "Norwegian kroner" -> "Norwegian crowns"
                    out.setdefault(" ".join([*country, calque_of[word]]), code)
    for word, codes in bare.items() if data.get("bare_currency_words") else ():
        if len(codes) == 1 and word not in ordinary:
            out.setdefault(word, next(iter(codes)))
    return out


@cache
def _currencies_in_use() -> frozenset[str]:
    """ISO 4217 codes some state uses today (no metals, funds or units of account)."""
    return frozenset(code for country in pycountry.countries
                     for code in get_territory_currencies(country.alpha_2)
                     if pycountry.currencies.get(alpha_3=code) is not None)
