"""``--since`` / ``--until``: which facts fall in a period.

A fact is in the period when the span its date covers ('2025' is a whole year) overlaps it; a
fact with no date of its own is placed by the publication dates of its sources, so an undated
meeting reported last week is in last week's brief.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..errors import ConfigError, Errors
from . import queries as q
from .fusion import date_span


@dataclass(frozen=True)
class Period:
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None) -> Period:
        """'2025', '2025-03' or '2025-03-17': since the first day, until the last day it covers."""
        return cls(_bound(since, "--since", 0), _bound(until, "--until", 1))

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None

    def covers(self, value: str | None) -> bool | None:
        """Does a date overlap the period? None when the value is no date."""
        span = date_span(value)
        if span is None:
            return None
        return (self.since is None or span[1] >= self.since) and (self.until is None or span[0] <= self.until)

    def holds(self, own: str | None, sources: Iterable[q.Source] = ()) -> bool:
        if self.open:
            return True
        inside = self.covers(own)
        if inside is not None:
            return inside
        return any(self.covers(s.published) for s in sources)


def _bound(value: str | None, option: str, end: int) -> date | None:
    if value is None:
        return None
    span = date_span(value.strip())
    if span is None or "/" in value:
        raise ConfigError(Errors.E220, option=option, value=value)
    return span[end]


def events(period: Period, items: list[q.FusedEvent]) -> list[q.FusedEvent]:
    return [e for e in items if period.holds(e.date, e.sources)]


def figures(period: Period, items: list[q.Figure]) -> list[q.Figure]:
    # a figure belongs to the period its value measures ('2024'); a target to when it was reported
    return [f for f in items if period.holds(f.period if f.kind == "actual" else None,
                                             [r.source for r in f.reported])]


def agreements(period: Period, items: list[q.AgreementFact]) -> list[q.AgreementFact]:
    return [a for a in items if period.holds(a.date, a.sources)]


def sectors(period: Period, items: list[q.SectorLink]) -> list[q.SectorLink]:
    out = []
    for s in items:
        kept = [src for src in s.sources if period.holds(src.published)]
        if kept:
            out.append(replace(s, sources=kept, evidence_count=len(kept), documents=len({k.source for k in kept})))
    return out


def profile(period: Period, p: q.DyadProfile) -> q.DyadProfile:
    if period.open:
        return p
    return q.DyadProfile(p.countries, figures(period, p.figures), figures(period, p.targets),
                         events(period, p.events), agreements(period, p.agreements), sectors(period, p.sectors),
                         figures(period, p.conflicts))


def hits(period: Period, items: list[q.SearchHit]) -> list[q.SearchHit]:
    return [h for h in items if period.holds(h.source.published)]
