"""Query results as rich tables for people at a terminal (the CLI's default; ``--json`` skips this)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from ..store import RunSummary
from ..store import queries as q
from .countries import country_name


def _amount(value: float, unit: str) -> str:
    if unit == "USD":
        for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
            if abs(value) >= size:
                return f"${value / size:g}{suffix}"
        return f"${value:g}"
    suffix = {"percent": "%", "multiplier": "x", "count": ""}.get(unit, f" {unit}")
    return f"{value:g}{suffix}"


# how a qualifier reads before the value it qualifies ("over $5bn")
_QUALIFIER_WORDS = {"about": "about", "over": "over", "under": "under", "up_to": "up to"}


def reported_value(r: q.ReportedValue, unit: str) -> str:
    """One report of a figure as its source gave it: 'over $5bn'."""
    words = _QUALIFIER_WORDS.get(r.qualifier or "", r.qualifier or "")
    return f"{words} {_amount(r.value, unit)}".strip()


def figure_name(f: q.Figure) -> str:
    """What a figure measures, with the direction of a flow: "Tajikistan's exports to Russia"."""
    metric = (f.label or f.metric).replace("_", " ")
    if f.flow_from and f.flow_to:
        return f"{country_name(f.flow_from)}'s {metric} to {country_name(f.flow_to)}"
    if f.flow_from:
        return f"{country_name(f.flow_from)}'s {metric}"
    return metric


def _source(s: q.Source | None) -> str:
    if s is None:
        return ""
    return f"{s.outlet or s.document} ({s.published or 'undated'})"


def _figures(title: str, figs: list[q.Figure]) -> Table:
    """One line per reported value, side by side under its figure, so that a conflict shows both
    numbers with the outlet and date of each."""
    t = Table(title=title, title_justify="left")
    for col in ("id", "figure", "period", "reported value", "source", "evidence"):
        t.add_column(col, overflow="fold")
    for f in figs:
        period = f.period or (f"by {f.target_year}" if f.target_year else "—")
        name = figure_name(f) + (" [red](conflict)[/red]" if f.conflict else "")
        seen: set[tuple[str, str]] = set()
        for r in f.reported:
            line = (reported_value(r, f.unit), _source(r.source))
            if line in seen:  # one value a source gives in two sentences is one report
                continue
            first = not seen
            seen.add(line)
            t.add_row(f.id if first else "", name if first else "", period if first else "", *line,
                      r.source.sentence or "")
    return t


def events_table(title: str, events: list[q.FusedEvent]) -> Table:
    t = Table(title=title, title_justify="left")
    for col in ("id", "date", "type", "countries", "where / who", "sources", "evidence"):
        t.add_column(col, overflow="fold")
    for e in events:
        who = ", ".join(filter(None, [e.location, *e.participants]))
        mode = f" ({e.mode})" if e.mode else ""
        t.add_row(e.id, e.date or "undated", e.type + mode, "-".join(e.countries), who,
                  str(e.independent_sources), e.sources[0].sentence if e.sources else "")
    return t


def dyad(console: Console, p: q.DyadProfile) -> None:
    console.print(f"[bold]{' - '.join(p.countries)}[/bold]")
    console.print(_figures("Figures (newest period first)", p.figures))
    console.print(_figures("Targets and forecasts", p.targets))
    console.print(events_table("Events", p.events))
    t = Table(title="Agreements", title_justify="left")
    for col in ("id", "title", "status", "date", "sources"):
        t.add_column(col, overflow="fold")
    for a in p.agreements:
        t.add_row(a.id, a.title, a.status, a.date or "", str(len({s.source for s in a.sources})))
    console.print(t)
    s = Table(title="Sectors", title_justify="left")
    for col in ("sector", "documents", "evidence sentences"):
        s.add_column(col)
    for link in p.sectors:
        s.add_row(link.sector, str(link.documents), str(link.evidence_count))
    console.print(s)
    if p.conflicts:
        console.print(_figures("[red]Conflicting figures[/red]", p.conflicts))


def partners(console: Console, country: str, rows: list[q.Partner]) -> None:
    t = Table(title=f"Partners of {country} (recent = within a year of the newest stored article)",
              title_justify="left")
    for col in ("partner", "recent facts", "all facts", "last reported"):
        t.add_column(col)
    for p in rows:
        t.add_row(p.country, str(p.recent), str(p.total), p.last_seen or "")
    console.print(t)


def search(console: Console, hits: list[q.SearchHit]) -> None:
    t = Table(title=f"{len(hits)} evidence sentences", title_justify="left")
    for col in ("fact", "sentence", "source"):
        t.add_column(col, overflow="fold")
    for h in hits:
        t.add_row(h.fact, h.sentence, _source(h.source))
    console.print(t)


def show(console: Console, fact: Any) -> None:
    if isinstance(fact, q.FusedEvent):
        console.print(events_table(fact.id, [fact]))
        sources = fact.sources
    elif isinstance(fact, q.Figure):
        console.print(_figures(fact.id, [fact]))
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


def summary(console: Console, s: RunSummary) -> None:
    console.print(f"{s.read} read: {s.new} new, {s.updated} updated, {s.unchanged} skipped unchanged, "
                  f"{len(s.duplicates)} duplicates, {len(s.failed)} failed"
                  + (f"; {s.not_articles} files skipped (not articles)" if s.not_articles else ""), highlight=False)
    for source, original, similarity in s.duplicates:
        console.print(f"  duplicate: {source} copies {original} (similarity {similarity:.2f})", highlight=False)
    for source, note in s.warnings:
        console.print(f"  [yellow]warning[/yellow]: {source}: {note}", highlight=False)
    for source, reason in s.failed:
        console.print(f"  [red]failed[/red]: {source}: {reason}", highlight=False)
