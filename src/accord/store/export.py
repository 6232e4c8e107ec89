"""Export of the knowledge base as flat tables (csv, jsonl, parquet), one file per table.

``events``, ``indicators``, ``agreements``, ``sectors`` and ``people`` hold one row per reported
fact with its source and evidence; ``gdelt_events`` holds one row per fused event, GDELT-style;
``documents`` one row per stored page with its outlet and, for a syndicated copy, the page it copies.

Lists (countries, participants) are lists in JSONL and Parquet, joined by ';' in CSV; each date
column has a ``<column>_precision`` beside it (day, week, month, year or range, as ACLED's
time_precision), since '2025' and '2025-03-17' share a column. A period keeps the facts it covers.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, Errors
from . import period as within
from .backend import Connection
from .period import Period
from .queries import codes, events, figures, people, sectors

FORMATS = ("csv", "jsonl", "parquet")
EVER = Period()
Table = list[dict[str, Any]]


def _first(sources: list[Any]) -> Any:
    return sources[0] if sources else None


def precision(value: str | None) -> str | None:
    """How precise a stored date is: 'day', 'week', 'month', 'year' or 'range' (None when undated)."""
    if not value:
        return None
    if "/" in value:
        return "range"
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month"}.get(len(value), "day")


_DATES = ("date", "period", "published", "first_published")


def _with_precision(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        out[key] = value
        if key in _DATES:
            out[f"{key}_precision"] = precision(value)
    return out


def gdelt_rows(conn: Connection, period: Period = EVER) -> Table:
    rows = []
    for e in within.events(period, events(conn, [])):
        first = _first(e.sources)
        rows.append({
            "event_id": e.id, "date": e.date, "country1": e.countries[0] if e.countries else None,
            "country2": e.countries[1] if len(e.countries) > 1 else None, "countries": e.countries,
            "plover_type": e.type, "plover_mode": e.mode, "location": e.location,
            "participants": e.participants, "num_sources": e.independent_sources,
            "first_source": first.source if first else None, "first_published": first.published if first else None,
            "evidence": first.sentence if first else None})
    return rows


def event_rows(conn: Connection, period: Period = EVER) -> Table:
    return [{"event_id": e.id, "type": e.type, "mode": e.mode, "countries": e.countries,
             "date": e.date, "location": e.location, "participants": e.participants,
             "source": s.source, "published": s.published, "evidence": s.sentence,
             "start_char": s.start, "end_char": s.end} for e in within.events(period, events(conn, []))
            for s in e.sources]


def indicator_rows(conn: Connection, period: Period = EVER) -> Table:
    return [{"indicator_id": f.id, "metric": f.metric, "countries": f.countries, "value": r.value,
             "unit": f.unit, "period": f.period, "kind": f.kind, "qualifier": r.qualifier,
             "target_year": f.target_year, "from": f.flow_from, "to": f.flow_to, "label": f.label,
             "conflict": f.conflict, "source": r.source.source, "published": r.source.published,
             "evidence": r.source.sentence, "start_char": r.source.start, "end_char": r.source.end}
            for f in within.figures(period, figures(conn, [])) for r in f.reported]


def sector_rows(conn: Connection, period: Period = EVER) -> Table:
    """One row per pair, sector and evidence sentence."""
    return [{"countries": s.countries, "sector": s.sector, "documents": s.documents, "source": src.source,
             "published": src.published, "evidence": src.sentence, "start_char": src.start, "end_char": src.end}
            for s in within.sectors(period, sectors(conn, [])) for src in s.sources]


def agreement_rows(conn: Connection, period: Period = EVER) -> Table:
    rows = conn.query(
        "SELECT a.id, a.cluster_id, a.title, a.countries, a.status, a.date, d.source, d.published,"
        " e.sentence, e.start_char, e.end_char FROM agreements a JOIN documents d ON d.id = a.document_id"
        " LEFT JOIN evidence e ON e.fact_kind = 'agreement' AND e.fact_id = a.id"
        " WHERE d.duplicate_of IS NULL ORDER BY a.id")
    return [{"agreement_id": f"agr-{r['cluster_id'] or r['id']}", "title": r["title"],
             "countries": codes(r["countries"]), "status": r["status"], "date": r["date"],
             "source": r["source"], "published": r["published"], "evidence": r["sentence"],
             "start_char": r["start_char"], "end_char": r["end_char"]} for r in rows
            if period.holds(r["date"]) or (r["date"] is None and period.holds(r["published"]))]


def people_rows(conn: Connection, period: Period = EVER) -> Table:
    return [{"person_id": p.id, "name": p.name, "country": p.country, "role": o.role, "date": o.date,
             "source": o.source.source, "published": o.source.published, "evidence": o.source.sentence}
            for p in people(conn) for o in p.offices if period.holds(o.date, [o.source])]


def document_rows(conn: Connection, period: Period = EVER) -> Table:
    rows = conn.query(
        "SELECT d.id, d.doc, d.source, d.outlet, d.url, d.published, d.language, d.title, o.source AS original,"
        " d.similarity FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.id")
    return [{"document_id": f"doc-{r['id']}", "doc": r["doc"], "source": r["source"], "outlet": r["outlet"],
             "url": r["url"], "published": r["published"], "language": r["language"], "title": r["title"],
             "duplicate_of": r["original"], "similarity": r["similarity"]}
            for r in rows if period.holds(r["published"])]


TABLES: dict[str, Callable[[Connection, Period], Table]] = {
    "documents": document_rows, "events": event_rows, "indicators": indicator_rows,
    "agreements": agreement_rows, "sectors": sector_rows, "people": people_rows, "gdelt_events": gdelt_rows,
}


def export(conn: Connection, fmt: str, output: Path, period: Period | None = None) -> dict[str, Path]:
    """Write every table to ``output``/<table>.<fmt>; return the files written."""
    if fmt not in FORMATS:
        raise ConfigError(Errors.E208, fmt=fmt, formats=", ".join(FORMATS))
    output.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, build in TABLES.items():
        path = output / f"{name}.{fmt}"
        _write([_with_precision(row) for row in build(conn, period or EVER)], fmt, path)
        written[name] = path
    return written


def _write(rows: Table, fmt: str, path: Path) -> None:
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            if rows:
                writer = csv.DictWriter(f, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()}
                                 for row in rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
