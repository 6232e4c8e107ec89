"""The browsing lists behind the web API: countries, pairs, documents, and a document's evidence spans."""

from __future__ import annotations

from accord.api import KnowledgeBase
from accord.facts import Event, Extraction
from accord.store import catalog, ingest

from .facts import VISIT_TEXT, evidence, result, visit_extraction

MEETING = "Uzbekistan and Tajikistan held talks in Tashkent on March 20, Russia attended."


def _kb(db: str) -> KnowledgeBase:
    kb = KnowledgeBase(db)
    talks = Extraction(events=[Event("CONSULT", ["UZB", "TJK", "RUS"], date="2025-03-20", location="Tashkent",
                                     evidence=evidence(MEETING, MEETING))])
    ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction()),
                      result("b/talks.txt", MEETING, talks, published="2025-03-21", title=None)])
    return kb


def test_countries_and_pairs_by_number_of_facts(db: str) -> None:
    with _kb(db) as kb:
        conn = kb.store.conn
        # the visit: 1 event, 2 figures, 1 agreement, 2 sectors name RUS and TJK; the talks name three states
        assert [(c.code, c.facts) for c in catalog.countries(conn)] == [("RUS", 7), ("TJK", 7), ("UZB", 1)]
        assert [(p.countries, p.facts) for p in catalog.pairs(conn)] == [
            (["RUS", "TJK"], 7), (["RUS", "UZB"], 1), (["TJK", "UZB"], 1)]
        assert [p.countries for p in catalog.pairs(conn, "UZB")] == [["RUS", "UZB"], ["TJK", "UZB"]]


def test_documents_newest_first_with_ids_for_links(db: str) -> None:
    with _kb(db) as kb:
        docs = catalog.documents(kb.store.conn)
        assert [(d.doc, d.published) for d in docs] == [("talks.txt", "2025-03-21"), ("visit.txt", "2025-03-18")]
        assert [d.id for d in docs] == ["doc-2", "doc-1"]


def test_a_document_has_its_text_and_the_spans_of_its_fused_facts(db: str) -> None:
    with _kb(db) as kb:
        number = int(next(d.id for d in catalog.documents(kb.store.conn) if d.source == "a/visit.txt")[4:])
        doc = catalog.document(kb.store.conn, number)
        assert doc.text == VISIT_TEXT and doc.title == "A headline"
        for span in doc.spans:
            assert VISIT_TEXT[span.start:span.end] == span.sentence
        kinds = sorted(s.kind for s in doc.spans)
        assert kinds == ["agreement", "event", "indicator", "indicator", "office", "sector", "sector"]
        profile = kb.dyad("RUS", "TJK")
        trade = next(s for s in doc.spans if "$1.5bn" in s.sentence)
        assert trade.fact == profile.figures[0].id
        person = next(s for s in doc.spans if s.kind == "office")
        assert person.fact.startswith("per-") and "Emomali Rahmon" in person.sentence
