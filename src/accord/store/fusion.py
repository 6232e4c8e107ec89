"""Fusion across documents: one event, figure or agreement reported by several sources is one fact.

Clusters are recomputed from all stored facts (``refresh``), never grown one insert at a time,
so the result depends on what is stored, not on the order it was stored in. The rules are pure
functions over plain rows, so they can be tested on hand-built facts.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from .backend import Connection
from .dedup import DocSketch, find_duplicates

Row = dict[str, Any]

# Indicator values read with a qualifier stand for a range of true values, as factors of the number.
QUALIFIER_RANGE: dict[str | None, tuple[float, float]] = {
    None: (1.0, 1.0),
    "about": (0.95, 1.05),
    "over": (1.0, float("inf")),
    "under": (0.0, 1.0),
    "up_to": (0.0, 1.0),
}
# Two figures for the same period conflict when their ranges are further apart than this.
CONFLICT_TOLERANCE = 0.02
# Dates coarser than this many days (a bare year) only fuse with the same date string.
COARSEST_FUSABLE_SPAN = 31

_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_span(text: str | None) -> tuple[date, date] | None:
    """First and last day an ISO date or range ('2025', '2025-03', '2025-03-17', 'a/b') covers."""
    if not text:
        return None
    parts = text.split("/")
    spans = []
    for part in parts:
        m = _DATE.fullmatch(part.strip())
        if not m:
            return None
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            if day:
                d = date(year, int(month or 1), int(day))
                spans.append((d, d))
            elif month:
                last = calendar.monthrange(year, int(month))[1]
                spans.append((date(year, int(month), 1), date(year, int(month), last)))
            else:
                spans.append((date(year, 1, 1), date(year, 12, 31)))
        except ValueError:
            return None
    return spans[0][0], spans[-1][1]


def _surnames(names: Iterable[str]) -> set[str]:
    return {n.split()[-1].casefold() for n in names if n.split()}


def _compatible(a: Row, b: Row) -> bool | None:
    """True when place or participants agree, False when they only disagree, None when unknown."""
    votes = []
    if a["location"] and b["location"]:
        votes.append(a["location"].casefold() == b["location"].casefold())
    pa, pb = _surnames(a["participants"]), _surnames(b["participants"])
    if pa and pb:
        votes.append(bool(pa & pb))
    if any(votes):
        return True
    return False if votes else None


def same_event(a: Row, b: Row, window_days: int) -> bool:
    """Rows with the same type and countries: do they report one event? Undated reports fuse
    only with undated ones that share place or participants, never with dated ones."""
    compat = _compatible(a, b)
    if not a["date"] and not b["date"]:
        return compat is True
    if not a["date"] or not b["date"] or compat is False:
        return False
    sa, sb = date_span(a["date"]), date_span(b["date"])
    if sa is None or sb is None:
        return bool(a["date"] == b["date"])
    if any((s[1] - s[0]).days > COARSEST_FUSABLE_SPAN for s in (sa, sb)):
        return bool(a["date"] == b["date"])
    gap = (max(sa[0], sb[0]) - min(sa[1], sb[1])).days
    return gap <= window_days


def _clusters(rows: Sequence[Row], key: Callable[[Row], Any], same: Callable[[Row, Row], bool]) -> dict[int, int]:
    """Fact id -> cluster id (the smallest member id), linking every pair in a key group that
    ``same`` accepts; the transitive closure makes the result independent of row order."""
    groups: dict[Any, list[Row]] = {}
    for r in rows:
        k = key(r)
        if k is not None:
            groups.setdefault(k, []).append(r)
    parent = {r["id"]: r["id"] for r in rows}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if same(a, b):
                    ra, rb = root(a["id"]), root(b["id"])
                    parent[max(ra, rb)] = min(ra, rb)
    return {r["id"]: root(r["id"]) for r in rows}


def cluster_events(rows: Sequence[Row], window_days: int) -> dict[int, int]:
    return _clusters(rows, lambda r: (r["type"], r["countries"]), lambda a, b: same_event(a, b, window_days))


def _indicator_key(r: Row) -> tuple[Any, ...] | None:
    if not r["period"]:
        return None  # a figure with no period cannot be matched to another one
    return (r["metric"], r["countries"], r["period"], r["kind"], r["unit"], r["flow_from"], r["flow_to"],
            r["label"], r["target_year"])


def cluster_indicators(rows: Sequence[Row]) -> dict[int, int]:
    return _clusters(rows, _indicator_key, lambda a, b: True)


def value_range(value: float, qualifier: str | None) -> tuple[float, float]:
    low, high = QUALIFIER_RANGE.get(qualifier, (1.0, 1.0))
    ends = (value * low, value * high)
    return min(ends), max(ends)


def values_conflict(a: Row, b: Row) -> bool:
    """More than CONFLICT_TOLERANCE apart once each value is read as the range its qualifier allows."""
    la, ha = value_range(a["value"], a["qualifier"])
    lb, hb = value_range(b["value"], b["qualifier"])
    if la <= hb and lb <= ha:
        return False
    gap = max(la, lb) - min(ha, hb)
    scale = max(abs(min(ha, hb)), abs(max(la, lb)))
    return scale > 0 and gap / scale > CONFLICT_TOLERANCE


def conflicting_clusters(rows: Sequence[Row], clusters: dict[int, int]) -> set[int]:
    members: dict[int, list[Row]] = {}
    for r in rows:
        members.setdefault(clusters[r["id"]], []).append(r)
    return {cid for cid, ms in members.items()
            if any(values_conflict(a, b) for i, a in enumerate(ms) for b in ms[i + 1:])}


def normal_title(title: str) -> str:
    words = re.findall(r"\w+", title.casefold())
    return " ".join(w for w in words if w not in {"the", "a", "an", "on", "of"})


def cluster_agreements(rows: Sequence[Row]) -> dict[int, int]:
    return _clusters(rows, lambda r: (r["countries"], normal_title(r["title"])), lambda a, b: True)


_LIVE = "document_id IN (SELECT id FROM documents WHERE duplicate_of IS NULL)"


def refresh(conn: Connection, window_days: int) -> None:
    """Recompute duplicates, clusters and conflicts from what is stored, in one transaction."""
    with conn.transaction():
        docs = [DocSketch(r["id"], r["source"], r["published"], r["minhash"])
                for r in conn.query("SELECT id, source, published, minhash FROM documents ORDER BY id")]
        conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL")
        for dup in find_duplicates(docs):
            conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
                         (dup.original, dup.similarity, dup.id))
        # facts of a syndicated copy are not an independent report: they join no cluster
        for table in ("events", "indicators", "agreements"):
            conn.execute(f"UPDATE {table} SET cluster_id = NULL")
        conn.execute("UPDATE indicators SET conflict = 0")

        events = conn.query(f"SELECT id, type, countries, date, location, participants FROM events WHERE {_LIVE}")
        for e in events:
            e["participants"] = json.loads(e["participants"])
        _assign(conn, "events", cluster_events(events, window_days))

        indicators = conn.query(
            "SELECT id, metric, countries, period, kind, unit, flow_from, flow_to, label, target_year, value,"
            f" qualifier FROM indicators WHERE {_LIVE}")
        ind_clusters = cluster_indicators(indicators)
        _assign(conn, "indicators", ind_clusters)
        for cid in sorted(conflicting_clusters(indicators, ind_clusters)):
            conn.execute("UPDATE indicators SET conflict = 1 WHERE cluster_id = ?", (cid,))

        agreements = conn.query(f"SELECT id, title, countries FROM agreements WHERE {_LIVE}")
        _assign(conn, "agreements", cluster_agreements(agreements))

        conn.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM offices)")
        conn.execute("DELETE FROM meta WHERE key = 'fusion'")
        conn.execute("INSERT INTO meta (key, value) VALUES ('fusion', 'fresh')")


def _assign(conn: Connection, table: str, clusters: dict[int, int]) -> None:
    for fid, cid in sorted(clusters.items()):
        conn.execute(f"UPDATE {table} SET cluster_id = ? WHERE id = ?", (cid, fid))


def is_stale(conn: Connection) -> bool:
    return conn.scalar("SELECT value FROM meta WHERE key = 'fusion'") == "stale"
