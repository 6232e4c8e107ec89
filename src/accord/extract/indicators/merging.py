"""One figure said more than once in a story (lead and body, a headline repeated, a sum restated
rounded) is one indicator."""

from __future__ import annotations

from dataclasses import replace

from ...facts import Indicator
from .numbers import COUNT, MULTIPLIER, PERCENT


def merged(items: list[Indicator]) -> list[Indicator]:
    """One figure said twice (lead and body, headline repeated) is one indicator; the fuller reading wins."""
    out: list[Indicator] = []
    for item in items:
        for i, kept in enumerate(out):
            if (kept.metric, sorted(kept.countries), kept.unit, kept.kind, kept.label) != (
                    item.metric, sorted(item.countries), item.unit, item.kind, item.label):
                continue
            if abs(kept.value - item.value) > 1e-9 * max(abs(item.value), 1.0):
                if not _rounded_restatement(kept, item):
                    continue
                kept = max((kept, item), key=lambda x: _significant_digits(x.value))  # the finer wins
            if kept.period and item.period and kept.period != item.period:
                continue
            out[i] = replace(
                kept, period=kept.period or item.period, qualifier=kept.qualifier or item.qualifier,
                target_year=kept.target_year or item.target_year, flow_from=kept.flow_from or item.flow_from,
                flow_to=kept.flow_to or item.flow_to,
            )
            break
        else:
            out.append(item)
    return out


def _significant_digits(value: float) -> int:
    return len(f"{value:.15g}".replace(".", "").replace("-", "").strip("0"))


def _rounded_restatement(a: Indicator, b: Indicator) -> bool:
    """'$71.4 million in 2024 ... to raise it from $71 million': a sum of one period said again rounded to
    fewer digits is the same figure."""
    if a.kind != "actual" or not a.period or a.period != b.period or a.unit in (PERCENT, COUNT, MULTIPLIER):
        return False
    rough, fine = sorted((a.value, b.value), key=_significant_digits)
    digits = _significant_digits(rough)
    return digits < _significant_digits(fine) and float(f"{fine:.{digits}g}") == rough
