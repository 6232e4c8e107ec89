"""Fusion across documents: one event, figure or agreement reported by several sources is one fact.

Clusters are recomputed from all the stored facts of a group (``refresh``: the groups a run's new
documents touch), never grown one insert at a time, so the result depends on what is stored, not on
the order it was stored in. The rules are pure functions over plain rows, so they can be tested on
hand-built facts.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from .backend import Connection
from .dedup import THRESHOLD, DocSketch, band_buckets, copy_groups, duplicates_in, similarity
from .names import person_key, place_key

Row = dict[str, Any]

# Indicator values read with a qualifier stand for a range of true values, as factors of the number:
# "about" reaches 5% either way, "over" and "under" one side; a bare number is itself, no tolerance.
QUALIFIER_RANGE: dict[str | None, tuple[float, float]] = {
    None: (1.0, 1.0),
    "about": (0.95, 1.05),
    "over": (1.0, float("inf")),
    "under": (0.0, 1.0),
    "up_to": (0.0, 1.0),
}
# A date coarser than this many days (a bare year) does not place an event by itself.
COARSEST_FUSABLE_SPAN = 31

# facts a refresh clusters at once (whole groups of them): enough to keep the queries few, few enough
# that a run's last refresh over every group it touched holds no more than its batches did
FACTS_PER_PASS = 2_000
# pages whose groups of copies are recomputed at once, for the same reason
PAGES_PER_PASS = 1_000

_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def _part_span(part: str) -> tuple[date, date] | None:
    week = _WEEK.fullmatch(part)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday, monday + timedelta(days=6)
    m = _DATE.fullmatch(part)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        d = date(year, int(month or 1), int(day))
        return d, d
    if month:
        return date(year, int(month), 1), date(year, int(month), calendar.monthrange(year, int(month))[1])
    return date(year, 1, 1), date(year, 12, 31)


def date_span(text: str | None) -> tuple[date, date] | None:
    """First and last day an ISO date, week or range ('2025', '2025-03', '2025-W11', '2025-03-17',
    'a/b') covers."""
    if not text:
        return None
    spans = []
    for part in text.split("/"):
        try:
            span = _part_span(part.strip())
        except ValueError:
            return None
        if span is None:
            return None
        spans.append(span)
    return spans[0][0], spans[-1][1]


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans, 0 when they overlap."""
    return max(0, (max(a[0], b[0]) - min(a[1], b[1])).days)


def time_anchor(row: Row) -> tuple[tuple[date, date] | None, bool]:
    """When a report places its event: the event's own date when it is a day, week or month (the
    window then widens with it), else the story's date (the day it was published), narrowed to a
    bare year the text gives; the flag tells whether the event's own date placed it."""
    own = date_span(row["date"])
    if own and (own[1] - own[0]).days <= COARSEST_FUSABLE_SPAN:
        return own, True
    story = date_span(row.get("story"))
    if story and (own is None or _gap(story, own) == 0):
        return story, False
    return (own, False) if own else (None, False)


def _people(row: Row) -> dict[str, str | None]:
    """Participants by person (see ``names.person_key``), each with the side it speaks for if known."""
    sides = row.get("sides") or {}
    keys = (person_key(p) for p in row["participants"])
    return {k: sides.get(k) for k in keys if k}


def _people_vote(a: Row, b: Row) -> bool | None:
    """True when one person takes part in both; False when both name someone for the same side and
    the persons differ; None otherwise (one outlet names only the host, the other only the guest)."""
    pa, pb = _people(a), _people(b)
    if set(pa) & set(pb):
        return True
    sides = {s for s in pa.values() if s} & {s for s in pb.values() if s}
    return False if sides else None


def _place_vote(a: Row, b: Row) -> bool | None:
    if not a["location"] or not b["location"]:
        return None
    return place_key(a["location"]) == place_key(b["location"])


def compatible(a: Row, b: Row) -> bool | None:
    """True when the participants (or, failing them, the places) agree, False when they disagree,
    None when nothing tells. A participant vote outweighs the place: the place name is often a
    country for one outlet and a city or palace for another."""
    people = _people_vote(a, b)
    return people if people is not None else _place_vote(a, b)


def _session_vote(a: Row, b: Row) -> bool | None:
    """Whether two reports number the same session of a recurring body (None when one gives no number)."""
    if a.get("session") is None or b.get("session") is None:
        return None
    return bool(a["session"] == b["session"])


def same_event(a: Row, b: Row, window_days: int) -> bool:
    """Rows with the same type and countries: do they report one event? Two reports placed by their
    own dates fuse within the window unless participants or place disagree; a report placed only by
    its story's date (an undated mention) fuses only when participants or place agree as well. The
    same session number of a body agrees, another number disagrees, whatever else the reports say."""
    return _same_event_at(a, b, time_anchor(a), time_anchor(b), window_days)


Anchor = tuple[tuple[date, date] | None, bool]


def _same_event_at(a: Row, b: Row, anchor_a: Anchor, anchor_b: Anchor, window_days: int) -> bool:
    """``same_event`` with the reports' time anchors read once."""
    session = _session_vote(a, b)
    if session is False:
        return False
    (sa, own_a), (sb, own_b) = anchor_a, anchor_b
    if sa is None or sb is None or _gap(sa, sb) > window_days:
        return False
    if session:
        return True
    compat = compatible(a, b)
    return compat is not False if own_a and own_b else compat is True


def _clusters(rows: Sequence[Row], key: Callable[[Row], Any], same: Callable[[Row, Row], bool],
              order: Callable[[Row], Any] | None = None,
              apart: Callable[[Row, Row], bool] | None = None) -> dict[int, int]:
    """Fact id -> cluster id (the smallest member id), linking every pair in a key group that
    ``same`` accepts; the transitive closure makes the result independent of row order. With
    ``order`` and ``apart``, a group is walked in that order and a row is compared with the rows
    after it only until one is ``apart`` from it, which every later one then is too (and ``same``
    would refuse): a group of reports over years costs its neighbours in time, not every pair."""
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
        if order is not None:
            members.sort(key=order)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if apart is not None and apart(a, b):
                    break
                if same(a, b):
                    ra, rb = root(a["id"]), root(b["id"])
                    parent[max(ra, rb)] = min(ra, rb)
    return {r["id"]: root(r["id"]) for r in rows}


def _joins(r: Row, members: Sequence[Row]) -> bool:
    """Whether an unplaced report belongs with a cluster: it numbers the cluster's session, or it
    shares a participant with it and, for each side it names someone for, names one of the persons
    the cluster names for that side (a delegation is several people: one report names the minister
    at the forum, another the president); a cluster that numbers another session never takes it."""
    if any(_session_vote(r, m) is False for m in members):
        return False
    if any(_session_vote(r, m) for m in members):
        return True
    mine = _people(r)
    theirs = {k: side for m in members for k, side in _people(m).items()}
    if not set(mine) & set(theirs):
        return False
    for side in {s for s in mine.values() if s}:
        named = {k for k, s in theirs.items() if s == side}
        if named and not named & {k for k, s in mine.items() if s == side}:
            return False
    return True


def _anniversary_vote(r: Row, members: Sequence[Row]) -> bool | None:
    """Whether an unplaced report is timed to the anniversary a cluster's reports are timed to (the
    30th of the pair's relations is one year, another one another year); None when either tells none."""
    told = {m.get("anniversary") for m in members} - {None}
    if r.get("anniversary") is None or not told:
        return None
    return r["anniversary"] in told


def _home_of_unplaced(r: Row, candidates: list[int], members: dict[int, list[Row]]) -> int:
    """The cluster an unplaced report joins: the one it fits (``_joins``) and whose anniversary does
    not date it to another year; of several, the one timed to its anniversary; else none (itself)."""
    fits = [cid for cid in candidates
            if _joins(r, members[cid]) and _anniversary_vote(r, members[cid]) is not False]
    if len(fits) > 1:
        fits = [cid for cid in fits if _anniversary_vote(r, members[cid])]
    return fits[0] if len(fits) == 1 else r["id"]


def cluster_events(rows: Sequence[Row], window_days: int) -> dict[int, int]:
    """Reports placed in time fuse pairwise (``same_event``). A report that neither its own date nor
    its story's date places (an undated story) then joins the one cluster it fits (``_home_of_unplaced``);
    with two such clusters, or none, it stays apart. (Places are not asked: one outlet names the
    country, another the city or the palace.)"""
    def key(r: Row) -> tuple[str, str]:
        return r["type"], r["countries"]

    anchors = {r["id"]: time_anchor(r) for r in rows}
    spans = {fid: span for fid, (span, _) in anchors.items() if span is not None}
    placed = [r for r in rows if r["id"] in spans]
    clusters = _clusters(
        placed, key, lambda a, b: _same_event_at(a, b, anchors[a["id"]], anchors[b["id"]], window_days),
        # by first day: a report that starts more than the window after another one ends is further
        # from it than the window, and so is every report that starts later still
        order=lambda r: (spans[r["id"]][0], r["id"]),
        apart=lambda a, b: (spans[b["id"]][0] - spans[a["id"]][1]).days > window_days)
    members: dict[int, list[Row]] = {}
    for r in placed:
        members.setdefault(clusters[r["id"]], []).append(r)
    by_key: dict[tuple[str, str], list[int]] = {}
    for cid, ms in members.items():
        by_key.setdefault(key(ms[0]), []).append(cid)
    home = dict(clusters)
    for r in rows:
        if r["id"] in home:
            continue
        home[r["id"]] = _home_of_unplaced(r, by_key.get(key(r), []), members)
    # a cluster's id is its first stored report, which may be an unplaced one that joined it
    first: dict[int, int] = {}
    for fid, cid in home.items():
        first[cid] = min(first.get(cid, cid), fid)
    return {fid: first[cid] for fid, cid in home.items()}


def _indicator_key(r: Row) -> tuple[Any, ...]:
    return (r["metric"], r["countries"], r["period"], r["kind"], r["unit"], r["flow_from"], r["flow_to"],
            r["label"], r["target_year"])


def values_agree(a: Row, b: Row) -> bool:
    """The same number, or numbers within the reach of an "about" either gives ("over 20%" and
    "95%" are not one figure, though both may be true)."""
    if a["value"] == b["value"]:
        return True
    if "about" not in (a["qualifier"], b["qualifier"]):
        return False
    low, high = QUALIFIER_RANGE["about"]
    return bool(max(a["value"], b["value"]) <= min(a["value"], b["value"]) * high / low)


def same_figure(a: Row, b: Row) -> bool:
    """Figures with one key: with a period they are one figure (their values may conflict); without
    one ("2.5 times by 2030", "about $5bn") they are one figure only when the values agree."""
    return bool(a["period"]) or values_agree(a, b)


def cluster_indicators(rows: Sequence[Row]) -> dict[int, int]:
    return _clusters(rows, _indicator_key, same_figure)


def value_range(value: float, qualifier: str | None) -> tuple[float, float]:
    low, high = QUALIFIER_RANGE.get(qualifier, (1.0, 1.0))
    ends = (value * low, value * high)
    return min(ends), max(ends)


def values_conflict(a: Row, b: Row) -> bool:
    """The values cannot both be true: the ranges their qualifiers allow do not meet."""
    la, ha = value_range(a["value"], a["qualifier"])
    lb, hb = value_range(b["value"], b["qualifier"])
    return not (la <= hb and lb <= ha)


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


def _chunks(ids: Sequence[Any], size: int = 500) -> list[list[Any]]:
    ids = list(ids)
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _marks(chunk: Sequence[Any]) -> str:
    return ", ".join("?" for _ in chunk)


def _story_dates(conn: Connection, doc_ids: Sequence[int]) -> dict[int, str | None]:
    """Document id -> the date of its story: its publication date, else that of a copy of it (an
    agency's item carries no date, the site that republished it does): the copy stored first."""
    out: dict[int, str | None] = {}
    for chunk in _chunks(doc_ids):
        rows = conn.query(f"SELECT id, published, duplicate_of FROM documents WHERE id IN ({_marks(chunk)})"
                          f" OR duplicate_of IN ({_marks(chunk)}) ORDER BY id", [*chunk, *chunk])
        dated: dict[int, str] = {}
        for r in rows:
            if r["published"]:
                dated.setdefault(r["duplicate_of"] or r["id"], r["published"])
        for r in rows:
            out[r["id"]] = r["published"] or dated.get(r["duplicate_of"] or r["id"])
    return out


def _sides(conn: Connection, doc_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Document id -> person key -> the country the person speaks for, from the offices the
    document gives (a participant list holds names only)."""
    out: dict[int, dict[str, str]] = {}
    for chunk in _chunks(doc_ids):
        for r in conn.query("SELECT o.document_id, p.name, COALESCE(o.country, p.country) AS country"
                            f" FROM offices o JOIN people p ON p.id = o.person_id WHERE o.document_id IN"
                            f" ({_marks(chunk)}) ORDER BY o.id", chunk):
            if r["country"]:
                out.setdefault(r["document_id"], {}).setdefault(person_key(r["name"]), r["country"])
    return out


def _column(conn: Connection, statement: str, ids: Sequence[Any]) -> dict[int, Any]:
    """id -> the second column of ``statement`` (which selects ``id`` and one more, ``IN ({marks})``)."""
    out: dict[int, Any] = {}
    for chunk in _chunks(ids):
        out.update((r["id"], r["v"]) for r in conn.query(statement.format(marks=_marks(chunk)), chunk))
    return out


def _carried(conn: Connection, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(ids):
        for r in conn.query(f"SELECT id, outlet, url, text FROM documents WHERE id IN ({_marks(chunk)})", chunk):
            out[r["id"]] = " ".join(filter(None, (r["outlet"], r["url"], r["text"])))
    return out


def _sketches(conn: Connection, ids: list[int]) -> dict[int, DocSketch]:
    """The sketches of the pages in groups of copies, with the text, outlet and address they carry."""
    carried = _carried(conn, ids)
    out: dict[int, DocSketch] = {}
    for chunk in _chunks(ids):
        for r in conn.query("SELECT id, source, published, minhash, credit FROM documents"
                            f" WHERE id IN ({_marks(chunk)})", chunk):
            out[r["id"]] = DocSketch(r["id"], r["source"], r["published"], r["minhash"], r["credit"],
                                     carried.get(r["id"], ""))
    return out


def _bucket_mates(conn: Connection, ids: Sequence[int]) -> set[tuple[int, int]]:
    """(document, other) for every stored page that shares a bucket with one of ``ids``."""
    out: set[tuple[int, int]] = set()
    for chunk in _chunks(ids):
        out.update((r["doc"], r["other"]) for r in conn.query(
            "SELECT a.document_id AS doc, b.document_id AS other FROM lsh_bands a"
            " JOIN lsh_bands b ON b.band = a.band AND b.bucket = a.bucket"
            f" WHERE a.document_id IN ({_marks(chunk)}) AND b.document_id <> a.document_id", chunk))
    return out


def _stored_groups(conn: Connection, ids: set[int]) -> list[list[int]]:
    """The groups of copies ``ids`` are in as stored, each original first."""
    roots = set(_column(conn, "SELECT id, COALESCE(duplicate_of, id) AS v FROM documents WHERE id IN ({marks})",
                        sorted(ids)).values())
    groups = {root: [root] for root in roots}
    for chunk in _chunks(sorted(roots)):
        for r in conn.query(f"SELECT id, duplicate_of FROM documents WHERE duplicate_of IN ({_marks(chunk)})", chunk):
            groups[r["duplicate_of"]].append(r["id"])
    return list(groups.values())


def _refresh_copies(conn: Connection, ids: Sequence[int]) -> list[int]:
    """Group ``ids`` with the stored pages they copy or that copy them, and with the groups those are
    in; each group's copies point at its original. Returns every page of the groups so recomputed."""
    mates = _bucket_mates(conn, ids)
    # only pages that share a bucket are compared, so only their signatures are read
    minhash = _column(conn, "SELECT id, minhash AS v FROM documents WHERE id IN ({marks})",
                      sorted({page for pair in mates for page in pair}))
    pairs = sorted((d, o) for d, o in mates if similarity(minhash[d], minhash[o]) >= THRESHOLD)
    within = _stored_groups(conn, set(ids) | {o for _, o in pairs})
    members = sorted({m for group in within for m in group})
    groups = [g for g in copy_groups(members, within, pairs) if len(g) > 1]
    sketches = _sketches(conn, [m for g in groups for m in g])
    for chunk in _chunks(members):
        conn.execute(f"UPDATE documents SET duplicate_of = NULL, similarity = NULL WHERE id IN ({_marks(chunk)})",
                     chunk)
    for group in groups:
        for dup in duplicates_in([sketches[m] for m in group]):
            conn.execute("UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?",
                         (dup.original, dup.similarity, dup.id))
    return members


# the columns that pick a fact's group: facts are fused only within one (see the cluster rules above),
# so a run recomputes the groups its documents' facts fall in and leaves the others as they are
_GROUPS = {"events": ("type", "countries"), "indicators": ("metric", "countries"), "agreements": ("countries",)}


def _groups_of(conn: Connection, table: str, doc_ids: Sequence[int] | None) -> list[tuple[Any, ...]]:
    """The groups of ``table`` that facts of ``doc_ids`` fall in (every group when None)."""
    columns = ", ".join(_GROUPS[table])
    if doc_ids is None:
        return sorted({tuple(r.values()) for r in conn.query(f"SELECT DISTINCT {columns} FROM {table}")})
    found: set[tuple[Any, ...]] = set()
    for chunk in _chunks(doc_ids):
        found.update(tuple(r.values()) for r in conn.query(
            f"SELECT DISTINCT {columns} FROM {table} WHERE document_id IN ({_marks(chunk)})", chunk))
    return sorted(found)


def _live_rows(conn: Connection, table: str, columns: str, groups: list[tuple[Any, ...]],
               reset: str) -> Iterator[list[Row]]:
    """The facts of ``groups`` from pages that copy no other (a copy's facts are no independent report
    and join no cluster), after ``reset`` ("cluster_id = NULL") is applied to every fact of the groups;
    whole groups at a time, some FACTS_PER_PASS facts together, so that what the refresh holds is
    bounded by a pass (or the largest group), not by the run: the rules never compare two groups."""
    own = " AND ".join(f"{c} = ?" for c in _GROUPS[table])
    joined = " AND ".join(f"f.{c} = ?" for c in _GROUPS[table])
    rows: list[Row] = []
    for group in groups:
        conn.execute(f"UPDATE {table} SET {reset} WHERE {own}", group)
        rows += conn.query(f"SELECT {columns} FROM {table} f JOIN documents d ON d.id = f.document_id"
                           f" WHERE d.duplicate_of IS NULL AND {joined} ORDER BY f.id", group)
        if len(rows) >= FACTS_PER_PASS:
            yield rows
            rows = []
    if rows:
        yield rows


def refresh(conn: Connection, window_days: int) -> None:
    """Recompute duplicates, clusters and conflicts, in one transaction, for what was stored since the
    last refresh: the groups of copies its documents join, and the groups of facts (an event's type and
    pair, a figure's metric and pair, an agreement's pair) that their facts and their copies' facts fall
    in. Everything is recomputed after a changed document, with another event window, or in a
    knowledge base stored before the near-duplicate buckets were."""
    with conn.transaction():
        pending = [r["document_id"] for r in conn.rows("SELECT DISTINCT document_id FROM fusion_pending")]
        whole = None in pending or conn.scalar("SELECT value FROM meta WHERE key = 'fusion_window'") != str(window_days)
        if whole:
            conn.execute("UPDATE documents SET duplicate_of = NULL, similarity = NULL")
            conn.execute("DELETE FROM lsh_bands")
            for r in conn.rows("SELECT id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY id"):
                for band, bucket in band_buckets(r["minhash"]):
                    conn.execute("INSERT INTO lsh_bands (document_id, band, bucket) VALUES (?, ?, ?)",
                                 (r["id"], band, bucket))
            pending = [r["id"] for r in conn.rows("SELECT id FROM documents ORDER BY id")]
        # the groups of copies a few pages at a time: a page joins the groups stored so far, which
        # earlier passes have already rewritten, so the groups come out as from one pass over all
        touched: dict[str, set[tuple[Any, ...]]] = {table: set() for table in _GROUPS}
        for chunk in _chunks(sorted(pending), PAGES_PER_PASS):
            regrouped = _refresh_copies(conn, chunk)
            if not whole:
                for table, found in touched.items():
                    found.update(_groups_of(conn, table, regrouped))

        def groups(table: str) -> list[tuple[Any, ...]]:
            return _groups_of(conn, table, None) if whole else sorted(touched[table])

        for events in _live_rows(conn, "events", "f.id, f.document_id, f.type, f.countries, f.date, f.location,"
                                 " f.participants, f.session, f.anniversary", groups("events"),
                                 "cluster_id = NULL"):
            doc_ids = sorted({e["document_id"] for e in events})
            stories, sides = _story_dates(conn, doc_ids), _sides(conn, doc_ids)
            for e in events:
                e["participants"] = json.loads(e["participants"])
                e["story"] = stories.get(e["document_id"])
                e["sides"] = sides.get(e["document_id"], {})
            _assign(conn, "events", cluster_events(events, window_days))

        for indicators in _live_rows(conn, "indicators", "f.id, f.metric, f.countries, f.period, f.kind, f.unit,"
                                     " f.flow_from, f.flow_to, f.label, f.target_year, f.value, f.qualifier",
                                     groups("indicators"), "cluster_id = NULL, conflict = 0"):
            ind_clusters = cluster_indicators(indicators)
            _assign(conn, "indicators", ind_clusters)
            for cid in sorted(conflicting_clusters(indicators, ind_clusters)):
                conn.execute("UPDATE indicators SET conflict = 1 WHERE cluster_id = ?", (cid,))

        for agreements in _live_rows(conn, "agreements", "f.id, f.title, f.countries",
                                     groups("agreements"), "cluster_id = NULL"):
            _assign(conn, "agreements", cluster_agreements(agreements))

        if whole:  # a person loses offices only when a changed document's facts go, which makes a whole refresh
            conn.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM offices)")
        conn.execute("DELETE FROM fusion_pending")
        for key, value in (("fusion", "fresh"), ("fusion_window", str(window_days))):
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def _assign(conn: Connection, table: str, clusters: dict[int, int]) -> None:
    for fid, cid in sorted(clusters.items()):
        conn.execute(f"UPDATE {table} SET cluster_id = ? WHERE id = ?", (cid, fid))


def is_stale(conn: Connection) -> bool:
    return conn.scalar("SELECT value FROM meta WHERE key = 'fusion'") == "stale"
