"""Reading the knowledge base: fused facts with their sources, as plain dataclasses.

Only facts of documents that are not duplicates count; a fused fact's id is its cluster's
smallest member id, with a type prefix (``ev-12``, ``ind-3``, ``agr-5``, ``sec-2``, ``per-7``, ``doc-1``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from ..errors import ConfigError, Errors, StoreError
from .backend import Connection, Row
from .fusion import date_span

PREFIX = {"event": "ev", "indicator": "ind", "agreement": "agr", "sector": "sec", "office": "per", "document": "doc"}
_TABLE = {"event": "events", "indicator": "indicators", "agreement": "agreements", "sector": "sectors"}
_DOC_COLUMNS = "d.source, d.doc, d.outlet, d.published, d.title AS doc_title"


@dataclass
class Source:
    document: str
    source: str
    outlet: str | None
    published: str | None
    title: str | None
    sentence: str | None
    start: int | None = None
    end: int | None = None
    document_id: str | None = None
    """The document's id (doc-N), to open it with the evidence marked."""


@dataclass
class FusedEvent:
    id: str
    type: str
    """PLOVER event type (CONSULT, AGREE, COOPERATE, ...)."""
    mode: str | None
    countries: list[str]
    date: str | None
    location: str | None
    participants: list[str]
    independent_sources: int
    sources: list[Source]


@dataclass
class ReportedValue:
    value: float
    qualifier: str | None
    source: Source


@dataclass
class Figure:
    id: str
    metric: str
    countries: list[str]
    period: str | None
    kind: str
    """actual, target or forecast."""
    unit: str
    value: float
    target_year: str | None
    flow_from: str | None
    flow_to: str | None
    label: str | None
    conflict: bool
    """Sources report values for this figure that disagree."""
    reported: list[ReportedValue]


@dataclass
class AgreementFact:
    id: str
    title: str
    countries: list[str]
    status: str
    date: str | None
    sources: list[Source]


@dataclass
class SectorLink:
    sector: str
    countries: list[str]
    evidence_count: int
    documents: int
    sources: list[Source] = field(default_factory=list)


@dataclass
class Office:
    role: str | None
    country: str | None
    date: str | None
    source: Source


@dataclass
class PersonFact:
    id: str
    name: str
    country: str | None
    offices: list[Office]


@dataclass
class DyadProfile:
    countries: list[str]
    figures: list[Figure]
    targets: list[Figure]
    events: list[FusedEvent]
    agreements: list[AgreementFact]
    sectors: list[SectorLink]
    conflicts: list[Figure]


@dataclass
class Partner:
    country: str
    recent: int
    total: int
    last_seen: str | None


@dataclass
class SearchHit:
    fact: str
    sentence: str
    source: Source


def codes(countries: str) -> list[str]:
    return [c for c in countries.split(",") if c]


def _has_all(countries: list[str]) -> tuple[str, list[str]]:
    where = " AND ".join("(',' || f.countries || ',') LIKE ?" for _ in countries)
    return where or "1 = 1", [f"%,{c},%" for c in countries]


def _members(conn: Connection, kind: str, where: str, params: list[Any]) -> dict[int, list[Row]]:
    """Live rows of one fact table, joined with their document, grouped by cluster, in a stable order."""
    rows = conn.query(
        f"SELECT f.*, {_DOC_COLUMNS} FROM {_TABLE[kind]} f JOIN documents d ON d.id = f.document_id"
        f" WHERE d.duplicate_of IS NULL AND {where}", params)
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["source"], r["id"]))
    evidence = _evidence(conn, kind, [r["id"] for r in rows])
    groups: dict[int, list[Row]] = {}
    for r in rows:
        r["evidence"] = evidence.get(r["id"], [])
        groups.setdefault(r.get("cluster_id") or r["id"], []).append(r)
    return groups


def _evidence(conn: Connection, kind: str, ids: list[int]) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in conn.query(f"SELECT fact_id, sentence, start_char, end_char FROM evidence WHERE fact_kind = ?"
                            f" AND fact_id IN ({marks}) ORDER BY id", [kind, *chunk]):
            out.setdefault(r["fact_id"], []).append(r)
    return out


def _sources(members: list[Row]) -> list[Source]:
    out = []
    for m in members:
        evs = m["evidence"] or [{"sentence": None, "start_char": None, "end_char": None}]
        for ev in evs:
            out.append(Source(m["doc"], m["source"], m["outlet"], m["published"], m["doc_title"], ev["sentence"],
                              ev["start_char"], ev["end_char"], f"{PREFIX['document']}-{m['document_id']}"))
    return out


def _most_common(values: list[Any], precise: bool = False) -> Any:
    """The value most reports give; ties go to the most precise one (for dates) or the earliest report."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return max(counts, key=lambda v: (counts[v], len(str(v)) if precise else 0, -present.index(v)))


def _event(cid: int, members: list[Row]) -> FusedEvent:
    # sorted: the union of several reports has no natural order, and a stable one keeps exports comparable
    participants = sorted({p for m in members for p in json.loads(m["participants"])})
    return FusedEvent(
        id=f"ev-{cid}", type=members[0]["type"], mode=_most_common([m["mode"] for m in members]),
        countries=codes(members[0]["countries"]), date=_most_common([m["date"] for m in members], precise=True),
        location=_most_common([m["location"] for m in members]), participants=participants,
        independent_sources=len({m["document_id"] for m in members}), sources=_sources(members))


def _figure(cid: int, members: list[Row]) -> Figure:
    first = members[0]
    reported = [ReportedValue(m["value"], m["qualifier"], s) for m in members for s in _sources([m])]
    return Figure(
        id=f"ind-{cid}", metric=first["metric"], countries=codes(first["countries"]), period=first["period"],
        kind=first["kind"], unit=first["unit"], value=_most_common([m["value"] for m in members]) or first["value"],
        target_year=first["target_year"], flow_from=first["flow_from"], flow_to=first["flow_to"],
        label=first["label"], conflict=bool(first["conflict"]), reported=reported)


_STATUS_ORDER = ("proposed", "agreed", "signed", "in_force", "ended")


def _agreement(cid: int, members: list[Row]) -> AgreementFact:
    # the furthest status any source reports is where the instrument stands
    latest = max(members, key=lambda m: (_STATUS_ORDER.index(m["status"]) if m["status"] in _STATUS_ORDER else -1,
                                         m["date"] or ""))
    return AgreementFact(f"agr-{cid}", members[0]["title"], codes(members[0]["countries"]), latest["status"],
                         latest["date"], _sources(members))


def _date_key(value: str | None) -> tuple[bool, str]:
    return (value is None, value or "")


def events(conn: Connection, countries: list[str]) -> list[FusedEvent]:
    where, params = _has_all(countries)
    out = [_event(cid, ms) for cid, ms in _members(conn, "event", where, params).items()]
    return sorted(out, key=lambda e: (*_date_key(e.date), e.type, e.id))


def figures(conn: Connection, countries: list[str]) -> list[Figure]:
    where, params = _has_all(countries)
    out = [_figure(cid, ms) for cid, ms in _members(conn, "indicator", where, params).items()]
    # newest period first, figures with no period last
    out.sort(key=lambda f: (f.period is None, f.metric, f.kind, f.id))
    out.sort(key=lambda f: f.period or "", reverse=True)
    return out


def agreements(conn: Connection, countries: list[str]) -> list[AgreementFact]:
    where, params = _has_all(countries)
    out = [_agreement(cid, ms) for cid, ms in _members(conn, "agreement", where, params).items()]
    return sorted(out, key=lambda a: (*_date_key(a.date), a.title))


def sectors(conn: Connection, countries: list[str]) -> list[SectorLink]:
    where, params = _has_all(countries)
    by_sector: dict[tuple[str, str], list[Row]] = {}
    for members in _members(conn, "sector", where, params).values():
        for m in members:
            by_sector.setdefault((m["sector"], m["countries"]), []).append(m)
    out = [SectorLink(sector, codes(cs), sum(max(1, len(m["evidence"])) for m in ms),
                      len({m["document_id"] for m in ms}), _sources(ms))
           for (sector, cs), ms in by_sector.items()]
    return sorted(out, key=lambda s: (-s.documents, -s.evidence_count, s.sector))


def dyad(conn: Connection, a: str, b: str) -> DyadProfile:
    pair = sorted({a, b})
    figs = figures(conn, pair)
    return DyadProfile(
        countries=pair, figures=[f for f in figs if f.kind == "actual"],
        targets=[f for f in figs if f.kind != "actual"], events=events(conn, pair),
        agreements=agreements(conn, pair), sectors=sectors(conn, pair), conflicts=[f for f in figs if f.conflict])


def newest_published(conn: Connection) -> str | None:
    values = [r["published"] for r in conn.query(
        "SELECT DISTINCT published FROM documents WHERE published IS NOT NULL AND duplicate_of IS NULL")]
    spans = [(span[1], v) for v in values if (span := date_span(v))]
    return max(spans)[1] if spans else None


def partners(conn: Connection, country: str, recent_days: int = 365) -> list[Partner]:
    """Partners ranked by how many distinct facts they share with ``country`` within ``recent_days``
    of the newest stored publication date (not today: a knowledge base of old news still ranks)."""
    newest = date_span(newest_published(conn))
    since = newest[1] - timedelta(days=recent_days) if newest else None
    seen: dict[str, dict[str, Any]] = {}
    where, params = _has_all([country])
    for kind in _TABLE:
        for members in _members(conn, kind, where, params).values():
            published = [span[1] for m in members if (span := date_span(m["published"]))]
            last = max(published) if published else None
            for other in codes(members[0]["countries"]):
                if other == country:
                    continue
                entry = seen.setdefault(other, {"recent": 0, "total": 0, "last": None})
                entry["total"] += 1
                if last and since and last >= since:
                    entry["recent"] += 1
                if last and (entry["last"] is None or last > entry["last"]):
                    entry["last"] = last
    out = [Partner(c, v["recent"], v["total"], v["last"].isoformat() if v["last"] else None)
           for c, v in seen.items()]
    return sorted(out, key=lambda p: (-p.recent, -p.total, p.last_seen is None, p.country))


def _about(country: str) -> tuple[str, list[Any]]:
    """Evidence rows of facts that involve ``country``."""
    like = f"%,{country},%"
    parts = [f"(e.fact_kind = '{kind}' AND e.fact_id IN (SELECT id FROM {table}"
             " WHERE (',' || countries || ',') LIKE ?))" for kind, table in _TABLE.items()]
    parts.append("(e.fact_kind = 'office' AND e.fact_id IN (SELECT o.id FROM offices o JOIN people p"
                 " ON p.id = o.person_id WHERE o.country = ? OR p.country = ?))")
    return "(" + " OR ".join(parts) + ")", [like] * len(_TABLE) + [country, country]


def search(conn: Connection, text: str, limit: int | None = 50, country: str | None = None) -> list[SearchHit]:
    """Evidence sentences that match ``text`` (FTS5 syntax on SQLite), newest first; a malformed
    query is the user's error, named as such."""
    terms = conn.dialect.search_terms(text)
    if not terms:
        return []
    where, params = _about(country) if country else ("1 = 1", [])
    try:
        rows = conn.query(
            f"SELECT e.fact_kind, e.fact_id, e.sentence, e.start_char, e.end_char, e.document_id, {_DOC_COLUMNS}"
            " FROM evidence e JOIN documents d ON d.id = e.document_id"
            f" WHERE d.duplicate_of IS NULL AND e.id IN ({conn.dialect.search}) AND {where} ORDER BY e.id",
            (terms, *params))
    except StoreError as exc:  # the statement is fixed: only the query text can be at fault
        raise ConfigError(Errors.E223, text=text, problem=exc.__cause__ or exc) from exc
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or ""), reverse=True)
    hits, seen = [], set()
    for r in rows:
        key = (r["source"], r["sentence"])
        if key in seen:
            continue
        seen.add(key)
        number = r["fact_id"]
        if r["fact_kind"] == "office":  # a person's evidence: show the person, not the office row
            number = conn.scalar("SELECT person_id FROM offices WHERE id = ?", (number,))
        hits.append(SearchHit(f"{PREFIX[r['fact_kind']]}-{number}", r["sentence"],
                              Source(r["doc"], r["source"], r["outlet"], r["published"], r["doc_title"],
                                     r["sentence"], r["start_char"], r["end_char"],
                                     f"{PREFIX['document']}-{r['document_id']}")))
    return hits[:limit] if limit else hits


def parse_id(fact_id: str) -> tuple[str, int]:
    prefix, _, number = fact_id.partition("-")
    kinds = {v: k for k, v in PREFIX.items()}
    if prefix not in kinds or not number.isdigit():
        raise ConfigError(Errors.E202, fact_id=fact_id)
    return kinds[prefix], int(number)


def show(conn: Connection, fact_id: str) -> FusedEvent | Figure | AgreementFact | SectorLink | PersonFact | Row:
    kind, number = parse_id(fact_id)
    if kind == "document":
        return _document(conn, number, fact_id)
    if kind == "office":
        return _person(conn, number, fact_id)
    if kind == "sector":
        members = _members(conn, kind, "f.id = ?", [number]).get(number, [])
        if not members:
            raise ConfigError(Errors.E203, fact_id=fact_id)
        m = members[0]
        return SectorLink(m["sector"], codes(m["countries"]), len(m["evidence"]), 1, _sources(members))
    row = conn.query(f"SELECT cluster_id FROM {_TABLE[kind]} WHERE id = ?", (number,))
    if not row:
        raise ConfigError(Errors.E204, fact_id=fact_id)
    cid = row[0]["cluster_id"] or number
    members = _members(conn, kind, "(f.cluster_id = ? OR f.id = ?)", [cid, cid]).get(cid, [])
    if not members:
        raise ConfigError(Errors.E205, fact_id=fact_id)
    if kind == "event":
        return _event(cid, members)
    return _figure(cid, members) if kind == "indicator" else _agreement(cid, members)


def _person(conn: Connection, number: int, fact_id: str) -> PersonFact:
    person = conn.query("SELECT id, name, country FROM people WHERE id = ?", (number,))
    if not person:
        raise ConfigError(Errors.E206, fact_id=fact_id)
    rows = conn.query(f"SELECT o.*, {_DOC_COLUMNS} FROM offices o JOIN documents d ON d.id = o.document_id"
                      " WHERE o.person_id = ? AND d.duplicate_of IS NULL", (number,))
    evidence = _evidence(conn, "office", [r["id"] for r in rows])
    for r in rows:
        r["evidence"] = evidence.get(r["id"], [])
    rows.sort(key=lambda r: (*_date_key(r["date"]), r["source"]))
    offices = [Office(r["role"], r["country"], r["date"], _sources([r])[0]) for r in rows]
    return PersonFact(fact_id, person[0]["name"], person[0]["country"], offices)


def _document(conn: Connection, number: int, fact_id: str) -> Row:
    rows = conn.query("SELECT id, source, doc, outlet, url, published, language, title, duplicate_of, similarity,"
                      " stored_at FROM documents WHERE id = ?", (number,))
    if not rows:
        raise ConfigError(Errors.E207, fact_id=fact_id)
    doc = rows[0]
    doc["id"] = fact_id
    if doc["duplicate_of"] is not None:
        doc["duplicate_of"] = f"doc-{doc['duplicate_of']}"
    for table in ("events", "indicators", "agreements", "sectors", "offices"):
        doc[table] = conn.scalar(f"SELECT COUNT(*) FROM {table} WHERE document_id = ?", (number,))
    return doc


def people(conn: Connection, country: str | None = None) -> list[PersonFact]:
    where = "WHERE country = ?" if country else ""
    ids = [r["id"] for r in conn.query(f"SELECT id FROM people {where} ORDER BY name, id",
                                       [country] if country else [])]
    return [p for p in (_person(conn, i, f"per-{i}") for i in ids) if p.offices]
