"""A brief of a pair for a reader: a few sentences on the state of relations, the latest figures
with their trend, targets, the timeline, agreements, sectors and who met whom, each statement
footnoted to the sentences that report it (outlet, date, evidence).

No language model writes anything: every sentence is a template of ``resources/<lang>/brief.json``
filled with stored facts, and every note is a stored evidence sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from .. import resources
from ..resources import CueTable
from ..store import queries as q
from ..store.fusion import date_span
from ..store.period import Period
from . import formats as fmt
from .countries import country_name

# at most this many sources footnote one statement: the first reports, oldest first
_NOTES_PER_STATEMENT = 3
_STATE_FIGURES = 2
_STATE_SECTORS = 3
_HEADLINE_METRIC = "trade_turnover"


@dataclass(frozen=True)
class Note:
    number: int
    outlet: str
    date: str
    sentence: str
    source: str
    document: str
    start: int | None
    end: int | None


@dataclass
class Statement:
    """A sentence or table row and the notes that source it."""

    cells: list[str]
    notes: list[int]


@dataclass
class Section:
    key: str
    heading: str
    columns: list[str]
    rows: list[Statement]
    keys: list[str] = field(default_factory=list)  # what each column holds ("date", "value"...)


@dataclass
class Brief:
    countries: list[str]
    title: str
    subtitle: str
    state: list[Statement]
    sections: list[Section]
    notes: list[Note] = field(default_factory=list)
    empty_text: str = ""
    generated: str = ""


@cache
def words(lang: str = "en") -> CueTable:
    return resources.cue_table_or_english(lang, "brief.json")


class _Notes:
    """Numbers each cited sentence once, in the order the brief first cites it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.notes: list[Note] = []
        self._numbers: dict[tuple[str, str, int | None], int] = {}

    def cite(self, sources: Iterable[q.Source]) -> list[int]:
        out: list[int] = []
        for s in sources:
            if not s.sentence:
                continue
            key = (s.source, s.sentence, s.start)
            if key not in self._numbers:
                self._numbers[key] = len(self.notes) + 1
                self.notes.append(Note(len(self.notes) + 1, s.outlet or s.title or s.document,
                                       s.published or fmt.words(self.lang)["undated"], s.sentence, s.source,
                                       s.document, s.start, s.end))
            if self._numbers[key] not in out:
                out.append(self._numbers[key])
            if len(out) == _NOTES_PER_STATEMENT:
                break
        return out


def _count(kind: str, n: int, lang: str) -> str:
    one, many = words(lang)["counts"][kind]
    return str((one if n == 1 else many).format(n=n))


def _listed(items: list[str], lang: str) -> str:
    w = words(lang)
    if len(items) < 2:
        return "".join(items)
    return str(w["list_comma"].join(items[:-1]) + w["list_and"] + items[-1])


def _value(f: q.Figure, lang: str) -> str:
    """The fused value as its reports give it, with the qualifier of the report that gives it."""
    qualifier = next((r.qualifier for r in f.reported if r.value == f.value), None)
    return fmt.reported_value(f.value, qualifier, f.unit, lang)


def _months(span: tuple[date, date]) -> int:
    return (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1


def _series(figures: list[q.Figure]) -> dict[tuple[Any, ...], list[q.Figure]]:
    """Figures of one measure (metric, label, flow, unit) over periods of one length, newest first:
    a year is compared with a year, never with its first two months."""
    out: dict[tuple[Any, ...], list[q.Figure]] = {}
    for f in figures:
        span = date_span(f.period)
        if span:
            out.setdefault((f.metric, f.label, f.flow_from, f.flow_to, f.unit, _months(span)), []).append(f)
    for series in out.values():
        series.sort(key=lambda f: date_span(f.period) or (), reverse=True)
    return out


def _trend(series: list[q.Figure], lang: str) -> tuple[str, q.Figure | None]:
    if len(series) < 2:
        return "", None
    new, old = series[0], series[1]
    key = "rise" if new.value > old.value else "fall" if new.value < old.value else "same"
    return str(words(lang)["trend"][key].format(old=_value(old, lang), period=old.period)), old


def _figure_rows(figures: list[q.Figure], notes: _Notes, lang: str) -> list[Statement]:
    series = _series(figures)
    previous = {id(s[0]): s for s in series.values()}
    rows = []
    for f in figures:
        trend, old = _trend(previous[id(f)], lang) if id(f) in previous else ("", None)
        cited = notes.cite([r.source for r in f.reported if r.value == f.value] + ([r.source for r in old.reported]
                                                                                  if old else []))
        rows.append(Statement([fmt.figure_name(f, lang), f.period or "", _value(f, lang), trend], cited))
    return rows


def _figure_sentences(figures: list[q.Figure], notes: _Notes, lang: str) -> list[Statement]:
    """The headline measures in a sentence each, with their change since the period before."""
    t = words(lang)["state"]
    out: list[Statement] = []
    # one sentence per measure, over its longest periods (a year says more than two months of it)
    longest: dict[tuple[Any, ...], tuple[int, list[q.Figure]]] = {}
    for series_key, s in _series([f for f in figures if not f.label]).items():
        measure, months = series_key[:-1], series_key[-1]
        best = longest.get(measure)
        if best is None or (months, len(s)) > (best[0], len(best[1])):
            longest[measure] = (months, s)
    series = sorted((s for _, s in longest.values()), key=lambda s: (s[0].metric != _HEADLINE_METRIC, -len(s)))
    for s in series[:_STATE_FIGURES]:
        new = s[0]
        name = fmt.figure_name(new, lang)
        sources = [r.source for r in new.reported if r.value == new.value]
        if len(s) > 1 and s[1].value != new.value:
            old = s[1]
            key = "rise" if new.value > old.value else "fall"
            text = t[key].format(figure=name[:1].upper() + name[1:], old=_value(old, lang), old_period=old.period,
                                 new=_value(new, lang), new_period=new.period)
            sources += [r.source for r in old.reported if r.value == old.value]
        else:
            text = t["figure"].format(figure=name[:1].upper() + name[1:], value=_value(new, lang), period=new.period)
        out.append(Statement([text], notes.cite(sources)))
    return out


def _state(p: q.DyadProfile, names: tuple[str, str], notes: _Notes, lang: str) -> list[Statement]:
    t, a, b = words(lang)["state"], *names
    out: list[Statement] = []
    dated = [e for e in p.events if e.date]
    if dated:
        first, last = dated[0], dated[-1]
        template = t["activity"] if first.date != last.date else t["activity_day"]
        out.append(Statement([template.format(first=first.date, last=last.date, a=a, b=b,
                                                   events=_count("event", len(p.events), lang))],
                             notes.cite(first.sources[:1] + last.sources[:1])))
        where = t["where"].format(place=last.location) if last.location else ""
        day = len(last.date or "") == len("2025-01-15")
        when = t["when_day" if day else "when_period"].format(date=last.date)
        out.append(Statement([t["latest_event"].format(event=fmt.event_name(last.type, last.mode, lang),
                                                       when=when, where=where)], notes.cite(last.sources)))
    # a labelled figure ("documents signed") is a count of the day, not a measure of the relation
    out += _figure_sentences(p.figures, notes, lang)
    if p.targets:
        f = p.targets[0]
        by = fmt.words(lang)["target_by"].format(year=f.target_year) if f.target_year else ""
        out.append(Statement([t["target"].format(figure=fmt.figure_name(f, lang), value=_value(f, lang),
                                                 by=by).replace(" .", ".")], notes.cite(r.source for r in f.reported)))
    signed = [ag for ag in p.agreements if ag.status in ("signed", "in_force")]
    if signed:
        latest = max(signed, key=lambda ag: ag.date or "")
        template = t["agreements"] if len(signed) > 1 else t["agreement_one"]
        when = latest.date or fmt.words(lang)["undated"]
        out.append(Statement([template.format(count=_count("agreement", len(signed), lang).capitalize(),
                                              title=latest.title, date=when)], notes.cite(latest.sources)))
    proposed = [ag for ag in p.agreements if ag.status in ("proposed", "agreed")]
    if proposed:
        out.append(Statement([t["agreements_pending"].format(count=_count("agreement", len(proposed), lang)
                                                             .capitalize(), title=proposed[0].title)],
                             notes.cite(proposed[0].sources)))
    if p.sectors:
        top = p.sectors[:_STATE_SECTORS]
        out.append(Statement([t["sectors"].format(sectors=_listed([s.sector.replace("_", " ") for s in top], lang))],
                             notes.cite(src for s in top for src in s.sources[:1])))
    for f in p.conflicts[:1]:
        values = _listed(sorted({fmt.reported_value(r.value, r.qualifier, f.unit, lang) for r in f.reported}), lang)
        out.append(Statement([t["conflict"].format(figure=fmt.figure_name(f, lang), period=f.period or "",
                                                   values=values)], notes.cite(r.source for r in f.reported)))
    return out


def _section(key: str, columns: list[str], rows: list[Statement], lang: str) -> Section:
    w = words(lang)
    return Section(key, w["headings"][key], [w["columns"][c] for c in columns], rows, columns)


def _who(e: q.FusedEvent) -> str:
    return ", ".join(e.participants)


def build(p: q.DyadProfile, period: Period | None = None, lang: str = "en") -> Brief:
    """The brief of a pair profile (already cut to ``period``, which the subtitle names)."""
    w, notes = words(lang), _Notes(lang)
    a, b = (country_name(c) for c in p.countries)
    state = _state(p, (a, b), notes, lang)
    display = fmt.words(lang)
    sections = [
        _section("figures", ["figure", "period", "value", "trend"], _figure_rows(p.figures, notes, lang), lang),
        _section("targets", ["figure", "by", "target"], [
            Statement([fmt.figure_name(f, lang), f.target_year or f.period or "", _value(f, lang)],
                      notes.cite(r.source for r in f.reported)) for f in p.targets], lang),
        _section("timeline", ["date", "event", "where", "who"], [
            Statement([e.date or display["undated"], fmt.event_name(e.type, e.mode, lang), e.location or "", _who(e)],
                      notes.cite(e.sources)) for e in p.events], lang),
        _section("agreements", ["title", "status", "date"], [
            Statement([ag.title, fmt.status_name(ag.status, lang), ag.date or ""], notes.cite(ag.sources))
            for ag in p.agreements], lang),
        _section("sectors", ["sector", "documents"], [
            Statement([s.sector.replace("_", " "), str(s.documents)], notes.cite(s.sources)) for s in p.sectors], lang),
        _section("meetings", ["date", "who", "event", "where"], [
            Statement([e.date or display["undated"], _who(e), fmt.event_name(e.type, e.mode, lang), e.location or ""],
                      notes.cite(e.sources)) for e in p.events if e.participants], lang),
        _section("conflicts", ["figure", "period", "value"], [
            Statement([fmt.figure_name(f, lang), f.period or "",
                       fmt.reported_value(r.value, r.qualifier, f.unit, lang)], notes.cite([r.source]))
            for f in p.conflicts for r in f.reported], lang),
    ]
    published = sorted(n.date for n in notes.notes if date_span(n.date))
    documents = len({n.source for n in notes.notes})
    if published:
        subtitle = w["subtitle"].format(first=published[0], last=published[-1], documents=documents)
    else:
        subtitle = w["subtitle_empty"].format(a=a, b=b)
    if period and period.since:
        subtitle += " " + w["since"].format(since=period.since.isoformat())
    if period and period.until:
        subtitle += " " + w["until"].format(until=period.until.isoformat())
    return Brief(p.countries, w["title"].format(a=a, b=b), subtitle, state, sections, notes.notes,
                 w["no_facts"], w["generated"])
