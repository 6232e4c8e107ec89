"""`accord watch`: poll feeds, store what is new, and tell per pair what changed since the last
watch: new events, new or changed figures, agreements whose status moved, new conflicts.

The state of every fused fact at a watch is kept in the knowledge base (``store/seen.py``); the
digest is the difference between that and the facts after this run, so it names exactly what the
new articles added, whatever order they came in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from .. import resources
from ..errors import ConfigError, Errors
from ..resources import CueTable
from ..store import RunSummary, seen
from ..store import queries as q
from ..store.backend import Connection
from . import formats as fmt


@cache
def words(lang: str = "en") -> CueTable:
    return resources.cue_table_or_english(lang, "watch.json")


@dataclass
class Change:
    """One line of a digest: a fact, what it is now, what it was (None when it is new)."""

    id: str
    kind: str
    text: str
    previous: str | None
    evidence: list[dict[str, Any]]


@dataclass
class Digest:
    at: str
    since: str | None
    run: dict[str, int]
    pairs: dict[str, dict[str, list[Change]]] = field(default_factory=dict)

    def add(self, pair: str, section: str, change: Change) -> None:
        self.pairs.setdefault(pair, {}).setdefault(section, []).append(change)


_SECTIONS = ("events", "figures", "agreements", "conflicts")
_EVIDENCE_PER_CHANGE = 2


def parse_every(text: str) -> float:
    """'15m', '1h', '90s', '2h30m' -> seconds."""
    parts = re.findall(r"(\d+)\s*([smh])", text.strip().lower())
    if not parts or re.sub(r"\d+\s*[smh]", "", text.strip().lower()).strip():
        raise ConfigError(Errors.E225, value=text)
    return float(sum(int(n) * {"s": 1, "m": 60, "h": 3600}[unit] for n, unit in parts))


def _pair(countries: list[str]) -> str:
    return "-".join(sorted(countries))


def _evidence(sources: list[q.Source], new: set[str] | None = None) -> list[dict[str, Any]]:
    """The sentences behind a change, those of the new articles first."""
    ordered = sorted(sources, key=lambda s: new is not None and s.source not in new)
    return [{"sentence": s.sentence, "source": s.source, "outlet": s.outlet or s.title or s.document,
             "published": s.published} for s in ordered[:_EVIDENCE_PER_CHANGE] if s.sentence]


def _figure_state(f: q.Figure) -> str:
    return json.dumps({"value": f.value, "values": sorted({r.value for r in f.reported}), "conflict": f.conflict})


def snapshot(conn: Connection) -> tuple[dict[str, tuple[str, str]], dict[str, Any]]:
    """Every fused fact's (pair, state) and the fact itself, by id."""
    states: dict[str, tuple[str, str]] = {}
    facts: dict[str, Any] = {}
    for e in q.events(conn, []):
        states[e.id] = (_pair(e.countries), json.dumps({"date": e.date, "type": e.type}))
        facts[e.id] = e
    for f in q.figures(conn, []):
        states[f.id] = (_pair(f.countries), _figure_state(f))
        facts[f.id] = f
    for a in q.agreements(conn, []):
        states[a.id] = (_pair(a.countries), json.dumps({"status": a.status, "date": a.date}))
        facts[a.id] = a
    return states, facts


def _value_text(f: q.Figure, lang: str) -> str:
    values = sorted({(r.value, r.qualifier) for r in f.reported if r.value == f.value}, key=str)
    qualifier = values[0][1] if values else None
    return fmt.reported_value(f.value, qualifier, f.unit, lang)


def compare(before: dict[str, str], states: dict[str, tuple[str, str]], facts: dict[str, Any],
            digest: Digest, new_sources: set[str], lang: str = "en") -> Digest:
    """Fill ``digest`` with what differs between the states ``before`` and now."""
    w = words(lang)
    for fact_id, (pair, state) in states.items():
        old = before.get(fact_id)
        if old == state:
            continue
        fact = facts[fact_id]
        if isinstance(fact, q.FusedEvent):
            if old is not None:
                continue  # a known event reported again: not news
            where = w["where"].format(place=fact.location) if fact.location else ""
            text = w["event"].format(date=fact.date or fmt.words(lang)["undated"], id=fact.id, where=where,
                                     event=fmt.event_name(fact.type, fact.mode, lang))
            digest.add(pair, "events", Change(fact.id, "event", text, None, _evidence(fact.sources, new_sources)))
        elif isinstance(fact, q.Figure):
            _figure_change(fact, old, pair, digest, new_sources, lang)
        elif isinstance(fact, q.AgreementFact):
            previous = json.loads(old)["status"] if old else None
            if previous == fact.status:
                continue  # only its date was filled in
            date = w["on"].format(date=fact.date) if fact.date else ""
            key = "agreement_changed" if previous else "agreement_new"
            text = w[key].format(title=fact.title, status=fmt.status_name(fact.status, lang), date=date, id=fact.id,
                                 previous=fmt.status_name(previous, lang) if previous else "")
            digest.add(pair, "agreements", Change(fact.id, "agreement", text, previous,
                                                  _evidence(fact.sources, new_sources)))
    return digest


def _figure_change(f: q.Figure, old: str | None, pair: str, digest: Digest, new_sources: set[str],
                   lang: str) -> None:
    w = words(lang)
    name, period = fmt.figure_name(f, lang), f.period or f.target_year or ""
    was = json.loads(old) if old else None
    sources = [r.source for r in f.reported]
    if was is None or was["values"] != sorted({r.value for r in f.reported}):
        previous = fmt.amount(was["value"], f.unit, lang) if was else None
        key = "figure_changed" if was and was["value"] != f.value else "figure_new"
        if was is None or key == "figure_changed":
            text = w[key].format(figure=name, period=period, value=_value_text(f, lang), previous=previous, id=f.id)
            digest.add(pair, "figures", Change(f.id, "figure", text, previous if was else None,
                                               _evidence(sources, new_sources)))
    if f.conflict and not (was and was["conflict"]):
        values = w["or"].join(sorted({fmt.reported_value(r.value, r.qualifier, f.unit, lang) for r in f.reported}))
        text = w["conflict"].format(figure=name, period=period, values=values, id=f.id)
        digest.add(pair, "conflicts", Change(f.id, "conflict", text, None, _evidence(sources, new_sources)))


def watch_once(conn: Connection, summary: RunSummary, new_sources: set[str], lang: str = "en") -> Digest:
    """The digest of one watch after its run stored ``new_sources``; the state is then remembered."""
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    run = {"read": summary.read, "new": summary.new, "updated": summary.updated, "unchanged": summary.unchanged,
           "failed": len(summary.failed)}
    digest = Digest(at, seen.last_run(conn), run)
    states, facts = snapshot(conn)
    compare(seen.states(conn), states, facts, digest, new_sources, lang)
    for sections in digest.pairs.values():
        for changes in sections.values():
            changes.sort(key=lambda c: c.text)
    seen.remember(conn, states, at, as_json(digest))
    return digest


def as_json(d: Digest) -> dict[str, Any]:
    return {"at": d.at, "since": d.since, "run": d.run,
            "pairs": {pair: {s: [vars(c) for c in sections.get(s, [])] for s in _SECTIONS if sections.get(s)}
                      for pair, sections in sorted(d.pairs.items())}}


def _lines(d: Digest, lang: str, heading: str, item: str, quote: str) -> list[str]:
    w = words(lang)
    title = w["title"].format(since=d.since) if d.since else w["title_first"]
    out = [heading.format(level="#", text=title), "", w["run"].format(**d.run), ""]
    if not d.pairs:
        return [*out, w["nothing"], ""]
    for pair, sections in sorted(d.pairs.items()):
        out += [heading.format(level="##", text=fmt.pair_name(pair.split("-"), lang)), ""]
        for s in _SECTIONS:
            if not sections.get(s):
                continue
            out += [heading.format(level="###", text=w["headings"][s])]
            for c in sections[s]:
                out.append(item.format(text=c.text))
                out += [quote.format(text=w["evidence"].format(sentence=e["sentence"], outlet=e["outlet"],
                                                               date=e["published"] or fmt.words(lang)["undated"]))
                        for e in c.evidence]
            out.append("")
    return out


def markdown(d: Digest, lang: str = "en") -> str:
    return "\n".join(_lines(d, lang, "{level} {text}", "- {text}", "  > {text}"))


def text(d: Digest, lang: str = "en") -> str:
    """For a terminal: the same lines, indented instead of marked up."""
    return "\n".join(_lines(d, lang, "{text}", "  • {text}", "      {text}"))
