"""A country's partners and its network in a date range, from its fused events, agreements and figures.

An edge's weight is the number of events and agreements two states share; figures rank partners
only after them. A fact with no date of its own is dated by its earliest report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from ..store import queries as q
from .filters import overlaps


@dataclass
class Tally:
    events: int = 0
    agreements: int = 0
    figures: int = 0
    last_date: str | None = None

    @property
    def weight(self) -> int:
        return self.events + self.agreements


def fact_date(own: str | None, sources: list[q.Source]) -> str | None:
    if own:
        return own
    published = sorted(s.published for s in sources if s.published)
    return published[0] if published else None


def _dated(facts: list[Any], start: date | None, end: date | None) -> list[tuple[Any, str | None]]:
    out = []
    for f in facts:
        if isinstance(f, q.Figure):
            when = f.period or fact_date(None, [r.source for r in f.reported])
        else:
            when = fact_date(f.date, f.sources)
        if overlaps(when, start, end):
            out.append((f, when))
    return out


def tallies(country: str, events: list[q.FusedEvent], agreements: list[q.AgreementFact], figures: list[q.Figure],
            start: date | None, end: date | None) -> tuple[dict[str, Tally], dict[tuple[str, str], int]]:
    """Per partner what ``country`` shares with it in the range, and the weights of edges between partners
    (facts that name ``country`` and two others, such as a summit of three)."""
    partners: dict[str, Tally] = {}
    between: dict[tuple[str, str], int] = {}
    for fact, when in _dated([*events, *agreements, *figures], start, end):
        others = sorted(set(fact.countries) - {country})
        for other in others:
            t = partners.setdefault(other, Tally())
            if isinstance(fact, q.FusedEvent):
                t.events += 1
            elif isinstance(fact, q.AgreementFact):
                t.agreements += 1
            else:
                t.figures += 1
            if when and (t.last_date is None or when > t.last_date):
                t.last_date = when
        if not isinstance(fact, q.Figure):
            for pair in combinations(others, 2):
                between[pair] = between.get(pair, 0) + 1
    return partners, between


def ranked(partners: dict[str, Tally]) -> list[tuple[str, Tally]]:
    """Most shared events and agreements first, then most figures, then the most recently active."""
    out = sorted(partners.items(), key=lambda kv: kv[0])
    out.sort(key=lambda kv: kv[1].last_date or "", reverse=True)
    out.sort(key=lambda kv: (-kv[1].weight, -kv[1].figures))
    return out
