"""Saving one processed document and its facts, each with its evidence, in one transaction."""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from ..document import DocumentResult, SourceRecord
from ..facts import Evidence, Extraction
from .backend import Connection
from .credits import credit_line, outlet_of
from .dedup import band_buckets, encode, signature

Status = Literal["new", "updated", "unchanged"]

# Tables that hold one document's facts; a changed document loses its rows here before the new ones go in.
FACT_TABLES = ("evidence", "offices", "sectors", "agreements", "indicators", "events")


def content_hash(record: SourceRecord) -> str:
    return hashlib.sha256(record.content.encode("utf-8")).hexdigest()


def country_list(countries: list[str]) -> str:
    """Countries as stored: sorted, comma-separated, so one pair always reads the same."""
    return ",".join(sorted({c for c in countries if c}))


def person_key(name: str, country: str | None) -> str:
    return " ".join(name.casefold().split()) + "|" + (country or "")


def is_unchanged(conn: Connection, record: SourceRecord) -> bool:
    return bool(conn.scalar("SELECT 1 FROM documents WHERE source = ? AND content_hash = ?",
                            (record.source, content_hash(record))))


def save(conn: Connection, result: DocumentResult) -> tuple[Status, int]:
    """Store ``result``: skip it when its source is stored with the same content, else insert or
    replace the document and all its facts. Returns the status and the document id."""
    record, doc = result.record, result.document
    digest = content_hash(record)
    with conn.transaction():
        old = conn.query("SELECT id, content_hash FROM documents WHERE source = ?", (record.source,))
        if old and old[0]["content_hash"] == digest:
            return "unchanged", int(old[0]["id"])
        url = doc.url or record.meta.get("url")
        credit = credit_line(record.content, doc.language)
        minhash = encode(signature(doc.text))
        values = (doc.doc, digest, url, outlet_of(doc.outlet or record.meta.get("outlet"), credit, url),
                  doc.published, doc.language, doc.title, doc.text, minhash, credit)
        now = conn.dialect.now
        if old:
            doc_id = int(old[0]["id"])
            for table in (*FACT_TABLES, "lsh_bands"):
                conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
            conn.execute(
                "UPDATE documents SET doc = ?, content_hash = ?, url = ?, outlet = ?, published = ?, language = ?,"
                " title = ?, text = ?, minhash = ?, credit = ?, duplicate_of = NULL, similarity = NULL,"
                f" stored_at = {now} WHERE id = ?", (*values, doc_id))
        else:
            doc_id = conn.insert(
                "INSERT INTO documents (doc, content_hash, url, outlet, published, language, title, text, minhash,"
                f" credit, source, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {now})",
                (*values, record.source))
        _save_facts(conn, doc_id, result.extraction, doc.published)
        for band, bucket in band_buckets(minhash):
            conn.execute("INSERT INTO lsh_bands (document_id, band, bucket) VALUES (?, ?, ?)", (doc_id, band, bucket))
        # a new document touches the groups it joins; a changed one may leave groups, and which they
        # were is gone with its old facts: fusion is then recomputed whole
        conn.execute("INSERT INTO fusion_pending (document_id) VALUES (?)", (None if old else doc_id,))
        mark_stale(conn)
    return ("updated" if old else "new"), doc_id


def mark_stale(conn: Connection) -> None:
    """Fusion must be recomputed before the next query (see ``fusion.refresh``)."""
    conn.execute("DELETE FROM meta WHERE key = 'fusion'")
    conn.execute("INSERT INTO meta (key, value) VALUES ('fusion', 'stale')")


def _evidence(conn: Connection, doc_id: int, kind: str, fact_id: int, evidence: list[Evidence]) -> None:
    for ev in evidence:
        conn.execute("INSERT INTO evidence (document_id, fact_kind, fact_id, sentence, start_char, end_char)"
                     " VALUES (?, ?, ?, ?, ?, ?)", (doc_id, kind, fact_id, ev.sentence, ev.start, ev.end))


def _one(ev: Evidence | None) -> list[Evidence]:
    return [ev] if ev else []


def _save_facts(conn: Connection, doc_id: int, ex: Extraction, published: str | None) -> None:
    for e in ex.events:
        fid = conn.insert(
            "INSERT INTO events (document_id, type, mode, countries, date, location, participants, session,"
            " anniversary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, e.type, e.mode, country_list(e.countries), e.date, e.location,
             json.dumps(e.participants, ensure_ascii=False), e.session, e.anniversary))
        _evidence(conn, doc_id, "event", fid, _one(e.evidence))
    for i in ex.indicators:
        fid = conn.insert(
            "INSERT INTO indicators (document_id, metric, countries, value, unit, period, kind, qualifier,"
            " target_year, flow_from, flow_to, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, i.metric, country_list(i.countries), float(i.value), i.unit, i.period, i.kind, i.qualifier,
             i.target_year, i.flow_from, i.flow_to, i.label))
        _evidence(conn, doc_id, "indicator", fid, _one(i.evidence))
    for a in ex.agreements:
        fid = conn.insert("INSERT INTO agreements (document_id, title, countries, status, date, title_original)"
                          " VALUES (?, ?, ?, ?, ?, ?)",
                          (doc_id, a.title, country_list(a.countries), a.status, a.date, a.title_original))
        _evidence(conn, doc_id, "agreement", fid, _one(a.evidence))
    for c in ex.cooperation:
        for sector, evidence in c.evidence.items():
            fid = conn.insert("INSERT INTO sectors (document_id, countries, sector) VALUES (?, ?, ?)",
                              (doc_id, country_list(c.countries), sector))
            _evidence(conn, doc_id, "sector", fid, evidence)
    for p in ex.people:
        key = person_key(p.name, p.country)
        conn.execute("INSERT INTO people (key, name, country) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                     (key, p.name, p.country))
        person_id = conn.scalar("SELECT id FROM people WHERE key = ?", (key,))
        for alias in p.aliases:
            conn.execute("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                         (person_id, alias))
        fid = conn.insert("INSERT INTO offices (person_id, document_id, role, country, date, role_original)"
                          " VALUES (?, ?, ?, ?, ?, ?)",
                          (person_id, doc_id, p.role, p.country, published, p.role_original))
        _evidence(conn, doc_id, "office", fid, _one(p.evidence))
