"""Query results as rich tables for people at a terminal (the CLI's default; ``--json`` skips this)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table

from ..store import RunSummary
from ..store import queries as q
from ..store.info import Info
from . import formats as fmt
from .countries import country_name


def reported_value(r: q.ReportedValue, unit: str) -> str:
    """One report of a figure as its source gave it: 'over $5B'."""
    return fmt.reported_value(r.value, r.qualifier, unit)


def figure_name(f: q.Figure) -> str:
    """What a figure measures, with the direction of a flow: "Tajikistan's exports to Russia"."""
    return fmt.figure_name(f)


# below this width a table leaves out the evidence sentence (``accord show ID`` prints it)
WIDE = 120
# columns that hold running text and may fold; the others are values (ids, dates, numbers) that never wrap
_TEXT = {"figure", "title", "where / who", "sentence", "source", "evidence", "name", "offices", "countries"}


@dataclass
class Grid:
    """A table as data: printed by rich for a person, or written as CSV (``--csv``)."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)


def print_grids(console: Console, grids: list[Grid]) -> None:
    wide = console.width >= WIDE
    for g in grids:
        keep = [i for i, c in enumerate(g.columns) if wide or c != "evidence"]
        t = Table(title=g.title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
        for i in keep:
            text = g.columns[i] in _TEXT
            t.add_column(g.columns[i], overflow="fold", no_wrap=not text, ratio=2 if g.columns[i] == "evidence"
                         else 1 if text else None)
        for row in g.rows:
            t.add_row(*(row[i] for i in keep))
        console.print(t)


def write_csv(out: TextIO, grids: list[Grid]) -> None:
    """One CSV per table; tables after the first follow a blank line with their own header."""
    writer = csv.writer(out, lineterminator="\n")
    for n, g in enumerate(grids):
        if n:
            out.write("\n")
        writer.writerow(g.columns)
        writer.writerows(g.rows)


def _source(s: q.Source | None) -> str:
    """The outlet, else the page's name without its folder and extension, and the date."""
    if s is None:
        return ""
    name = s.outlet or PurePosixPath(s.document.rstrip("/")).stem or s.document
    return f"{name} ({s.published or 'undated'})"


def figures_grid(title: str, figs: list[q.Figure]) -> Grid:
    """One line per reported value, side by side under its figure, so that a conflict shows both
    numbers with the outlet and date of each; the qualifier ("over") and a flow's direction kept."""
    g = Grid(title, ["id", "figure", "period", "value", "source", "evidence"])
    for f in figs:
        period = f.period or (f"by {f.target_year}" if f.target_year else "—")
        name = figure_name(f) + (" (conflict)" if f.conflict else "")
        seen: set[tuple[str, str]] = set()
        for r in f.reported:
            line = (reported_value(r, f.unit), _source(r.source))
            if line in seen:  # one value a source gives in two sentences is one report
                continue
            first = not seen
            seen.add(line)
            g.rows.append([f.id if first else "", name if first else "", period if first else "", *line,
                           r.source.sentence or ""])
    return g


def events_grid(title: str, events: list[q.FusedEvent]) -> Grid:
    g = Grid(title, ["id", "date", "type", "countries", "where / who", "sources", "evidence"])
    for e in events:
        who = ", ".join(filter(None, [e.location, *e.participants]))
        mode = f" ({e.mode})" if e.mode else ""
        g.rows.append([e.id, e.date or "undated", e.type + mode, "-".join(e.countries), who,
                       str(e.independent_sources), (e.sources[0].sentence or "") if e.sources else ""])
    return g


def dyad(p: q.DyadProfile) -> list[Grid]:
    agreements = Grid("Agreements", ["id", "title", "status", "date", "sources"],
                      [[a.id, a.title, fmt.status_name(a.status), a.date or "", str(len({s.source for s in a.sources}))]
                       for a in p.agreements])
    sectors = Grid("Sectors", ["sector", "documents", "evidence sentences"],
                   [[s.sector, str(s.documents), str(s.evidence_count)] for s in p.sectors])
    grids = [figures_grid(f"{fmt.pair_name(p.countries)}: figures (newest period first)", p.figures),
             figures_grid("Targets and forecasts", p.targets), events_grid("Events", p.events), agreements, sectors]
    if p.conflicts:
        grids.append(figures_grid("Conflicting figures", p.conflicts))
    return grids


def partners(country: str, rows: list[q.Partner]) -> list[Grid]:
    return [Grid(f"Partners of {country_name(country)} (recent = within a year of the newest stored article)",
                 ["partner", "name", "recent facts", "all facts", "last reported"],
                 [[p.country, country_name(p.country), str(p.recent), str(p.total), p.last_seen or ""]
                  for p in rows])]


def search(hits: list[q.SearchHit]) -> list[Grid]:
    return [Grid(f"{len(hits)} evidence sentences", ["fact", "sentence", "source"],
                 [[h.fact, h.sentence, _source(h.source)] for h in hits])]


def people(rows: list[q.PersonFact]) -> list[Grid]:
    def offices(p: q.PersonFact) -> str:
        roles = dict.fromkeys(o.role for o in p.offices if o.role)
        return "; ".join(roles)

    def last(p: q.PersonFact) -> str:
        return max((o.date or o.source.published or "" for o in p.offices), default="")

    return [Grid(f"{len(rows)} people", ["id", "name", "country", "offices", "reports", "last reported"],
                 [[p.id, p.name, p.country or "", offices(p), str(len(p.offices)), last(p)] for p in rows])]


def show(console: Console, fact: Any) -> None:
    if isinstance(fact, q.FusedEvent):
        print_grids(console, [events_grid(fact.id, [fact])])
        sources = fact.sources
    elif isinstance(fact, q.Figure):
        print_grids(console, [figures_grid(fact.id, [fact])])
        sources = [r.source for r in fact.reported]
    elif isinstance(fact, q.AgreementFact):
        console.print(f"[bold]{fact.id}[/bold] {fact.title} ({'-'.join(fact.countries)}): {fact.status}"
                      f"{' on ' + fact.date if fact.date else ''}")
        sources = fact.sources
    elif isinstance(fact, q.SectorLink):
        console.print(f"[bold]{fact.sector}[/bold] ({'-'.join(fact.countries)})")
        sources = fact.sources
    elif isinstance(fact, q.PersonFact):
        console.print(f"[bold]{fact.id}[/bold] {fact.name} ({fact.country or 'country unknown'})")
        for o in fact.offices:
            console.print(f"  {o.date or 'undated'}: {o.role or 'no office given'}")
        sources = [o.source for o in fact.offices]
    else:
        for key, value in fact.items():
            console.print(f"[bold]{key}[/bold]: {value}", highlight=False)
        return
    console.print("[bold]Evidence[/bold]")
    for s in sources:
        console.print(f"  • {s.sentence or '(no sentence)'}  [dim]{s.source} [{s.start}:{s.end}][/dim]",
                      highlight=False)


def info(console: Console, i: Info) -> None:
    span = f"{i.first_published} to {i.last_published}" if i.first_published else "no dated article"
    lines = [f"[bold]{i.target}[/bold]",
             f"documents: {i.documents} ({i.counted} counted, {i.duplicates} copies of other pages)",
             "facts: " + ", ".join(f"{n} {kind}" for kind, n in i.facts.items()),
             f"published: {span}",
             "languages: " + (", ".join(f"{lang} {n}" for lang, n in i.languages.items()) or "none"),
             f"last stored: {i.last_stored or 'never'}"]
    for lang, n in i.no_pipeline.items():
        lines.append(f"skipped: {n} in {lang!r}, a language with no extraction pipeline (stored without facts)")
    if i.duplicates:
        lines.append(f"skipped: {i.duplicates} syndicated copies (their facts are not counted)")
    for line in lines:
        console.print(line, highlight=False)


def summary(console: Console, s: RunSummary) -> None:
    console.print(f"{s.read} read: {s.new} new, {s.updated} updated, {s.unchanged} skipped unchanged, "
                  f"{len(s.duplicates)} duplicates, {len(s.failed)} failed"
                  + (f"; {s.not_articles} files skipped (not articles)" if s.not_articles else "")
                  + (f"; {s.no_pipeline} in a language with no extraction pipeline (stored without facts)"
                     if s.no_pipeline else ""), highlight=False)
    for source, original, similarity in s.duplicates:
        console.print(f"  duplicate: {source} copies {original} (similarity {similarity:.2f})", highlight=False)
    for source, note in s.warnings:
        console.print(f"  [yellow]warning[/yellow]: {source}: {note}", highlight=False)
    for source, reason in s.failed:
        console.print(f"  [red]failed[/red]: {source}: {reason}", highlight=False)
