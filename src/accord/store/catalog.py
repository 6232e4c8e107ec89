"""What the knowledge base holds, for browsing: its countries, pairs and documents, and a document's
clean text with the evidence spans of its facts (the web API's lists; ``queries`` answers the questions).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from ..errors import ConfigError, Errors
from .backend import Connection
from .queries import PREFIX, codes

_FACT_TABLES = ("events", "indicators", "agreements", "sectors")


@dataclass
class CountryCount:
    code: str
    facts: int


@dataclass
class PairCount:
    countries: list[str]
    facts: int


@dataclass
class DocumentSummary:
    id: str
    source: str
    doc: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    duplicate_of: str | None


@dataclass
class Span:
    fact: str
    kind: str
    start: int
    end: int
    sentence: str


@dataclass
class DocumentText(DocumentSummary):
    text: str
    """The clean text; spans index into it (Unicode code points)."""
    spans: list[Span]


def _fact_countries(conn: Connection) -> list[list[str]]:
    """The country lists of every counted fact (facts of duplicate documents are not counted)."""
    out: list[list[str]] = []
    for table in _FACT_TABLES:
        rows = conn.query(f"SELECT f.countries FROM {table} f JOIN documents d ON d.id = f.document_id"
                          " WHERE d.duplicate_of IS NULL")
        out.extend(codes(r["countries"]) for r in rows)
    return out


def countries(conn: Connection) -> list[CountryCount]:
    """Every country a counted fact names, with how many facts name it, most first."""
    counts = Counter(c for cs in _fact_countries(conn) for c in set(cs))
    return [CountryCount(c, n) for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def pairs(conn: Connection, country: str | None = None) -> list[PairCount]:
    """Every pair of countries named together by a counted fact, most facts first."""
    counts = Counter(pair for cs in _fact_countries(conn) for pair in combinations(sorted(set(cs)), 2))
    out = [PairCount(list(p), n) for p, n in counts.items() if country is None or country in p]
    return sorted(out, key=lambda p: (-p.facts, p.countries))


_DOC_FIELDS = "id, source, doc, title, outlet, url, published, language, duplicate_of"


def _summary(row: dict[str, object]) -> dict[str, object]:
    row = dict(row)
    row["id"] = f"doc-{row['id']}"
    if row["duplicate_of"] is not None:
        row["duplicate_of"] = f"doc-{row['duplicate_of']}"
    return row


def documents(conn: Connection) -> list[DocumentSummary]:
    """Every stored document, newest publication first."""
    rows = conn.query(f"SELECT {_DOC_FIELDS} FROM documents ORDER BY id")
    rows.sort(key=lambda r: (r["published"] is not None, r["published"] or ""), reverse=True)
    return [DocumentSummary(**_summary(r)) for r in rows]  # type: ignore[arg-type]


def document(conn: Connection, number: int) -> DocumentText:
    """A document's clean text and the evidence spans of its facts, each under its fused fact's id."""
    rows = conn.query(f"SELECT {_DOC_FIELDS}, text FROM documents WHERE id = ?", (number,))
    if not rows:
        raise ConfigError(Errors.E207, fact_id=f"doc-{number}")
    spans = []
    for r in conn.query(
            "SELECT e.fact_kind, e.sentence, e.start_char, e.end_char,"
            " COALESCE(ev.cluster_id, ind.cluster_id, agr.cluster_id, o.person_id, e.fact_id) AS fused"
            " FROM evidence e"
            " LEFT JOIN events ev ON e.fact_kind = 'event' AND ev.id = e.fact_id"
            " LEFT JOIN indicators ind ON e.fact_kind = 'indicator' AND ind.id = e.fact_id"
            " LEFT JOIN agreements agr ON e.fact_kind = 'agreement' AND agr.id = e.fact_id"
            " LEFT JOIN offices o ON e.fact_kind = 'office' AND o.id = e.fact_id"
            " WHERE e.document_id = ? ORDER BY e.start_char, e.id", (number,)):
        spans.append(Span(f"{PREFIX[r['fact_kind']]}-{r['fused']}", r["fact_kind"], r["start_char"], r["end_char"],
                          r["sentence"]))
    return DocumentText(**_summary(rows[0]), spans=spans)  # type: ignore[arg-type]
