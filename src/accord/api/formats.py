"""Stored values as a reader writes them: money and numbers through babel ('$340M', '€1.25B',
'about $400M'), a flow with its direction, PLOVER codes as words. The words are data
(``resources/<lang>/display.json``); the code only fills them in."""

from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..resources import CueTable
from ..store import queries as q
from .countries import country_name

_CURRENCY = re.compile(r"[A-Z]{3}")


@cache
def words(lang: str = "en") -> CueTable:
    return resources.cue_table_or_english(lang, "display.json")


def number(value: float, lang: str = "en") -> str:
    """A count or share: '300', '1,250', '2.5M' (compact from a million up)."""
    # babel and its locale data cost a fifth of a second: paid by the commands that print figures only
    from babel.numbers import format_compact_decimal, format_decimal

    locale = words(lang)["locale"]
    if abs(value) >= 1e6:
        return str(format_compact_decimal(value, locale=locale, fraction_digits=2))
    return str(format_decimal(value, locale=locale, decimal_quantization=False))


def amount(value: float, unit: str, lang: str = "en") -> str:
    """A value in its unit: '$340M', '€1.25B', '21%', '3×', '120', '5M tonnes'."""
    from babel.numbers import format_compact_currency

    w = words(lang)
    if _CURRENCY.fullmatch(unit):
        return str(format_compact_currency(value, unit, locale=w["locale"], fraction_digits=2))
    templates = w["units"]
    template = templates.get(unit) or w["unit_suffix"]
    return str(template.format(value=number(value, lang), unit=unit.replace("_", " ")))


def reported_value(value: float, qualifier: str | None, unit: str, lang: str = "en") -> str:
    """One report of a figure as its source gave it: 'over $5B'."""
    qualifiers = words(lang)["qualifiers"]
    said = qualifiers.get(qualifier, qualifier.replace("_", " ")) if qualifier else ""
    return f"{said} {amount(value, unit, lang)}".strip()


def metric_name(f: q.Figure, lang: str = "en") -> str:
    metrics = words(lang)["metrics"]
    if f.label:
        return f.label.replace("_", " ")
    return str(metrics.get(f.metric, f.metric.replace("_", " ")))


def figure_name(f: q.Figure, lang: str = "en") -> str:
    """What a figure measures, with the direction of a flow: "Tajikistan's exports to Russia"."""
    w, metric = words(lang), metric_name(f, lang)
    if f.flow_from and f.flow_to:
        return str(w["flow"].format(source=country_name(f.flow_from), metric=metric, target=country_name(f.flow_to)))
    if f.flow_from:
        return str(w["flow_from"].format(source=country_name(f.flow_from), metric=metric))
    return metric


def event_name(type_: str, mode: str | None, lang: str = "en") -> str:
    """A PLOVER type and mode as a reader says it: 'commission session', 'agreement'."""
    w = words(lang)
    if mode:
        return str(w["event_modes"].get(mode, mode.replace("_", " ")))
    return str(w["event_types"].get(type_, type_.lower()))


def status_name(status: str, lang: str = "en") -> str:
    return str(words(lang)["statuses"].get(status, status.replace("_", " ")))


def pair_name(codes: list[str], lang: str = "en") -> str:
    names = [country_name(c) for c in codes]
    if len(names) == 2:
        return str(words(lang)["pair"].format(a=names[0], b=names[1]))
    return ", ".join(names)
