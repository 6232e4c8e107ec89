"""Fusion in the store: the same set of documents gives the same events in any order of arrival,
originals are the pages copies credit, and fused ids survive documents that arrive later."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accord.api import KnowledgeBase
from accord.facts import Agreement, Event, Extraction, Indicator, Person
from accord.pipeline import DocumentResult
from accord.store import fusion, ingest

from .facts import VISIT_TEXT, evidence, result, visit_extraction

HOST_TEXT = ("President Emomali Rahmon received his Russian counterpart in Dushanbe on Monday. "
             "Trade between the two countries exceeded $1.5bn in 2024.")
GUEST_TEXT = "Vladimir Putin held talks in the Tajik capital, the Kremlin said."
UNDATED_TEXT = "An analysis: Putin and Rahmon discussed labour migration at length during the talks."
OLD_TEXT = "Putin and Rahmon met in Dushanbe, five years before the latest talks."
AGENCY_TEXT = ("The intergovernmental commission of Tajikistan and Russia held its session in Dushanbe, "
               "Wire reports, citing the ministry. The sides signed a programme on transport.")


def _host() -> DocumentResult:
    s = HOST_TEXT.split(". ")
    return result("h/host.txt", HOST_TEXT, Extraction(
        events=[Event("CONSULT", ["TJK", "RUS"], mode="visit", date="2025-06-02", location="Dushanbe",
                      participants=["Emomali Rahmon"], evidence=evidence(HOST_TEXT, s[0]))],
        indicators=[Indicator("trade_turnover", ["TJK", "RUS"], 1.5e9, "USD", period="2024", qualifier="over",
                              evidence=evidence(HOST_TEXT, s[1]))],
        people=[Person("Emomali Rahmon", "TJK", "President", evidence(HOST_TEXT, s[0]))]),
        published="2025-06-02", outlet="Host Daily")


def _guest() -> DocumentResult:
    # names only the guest, dates the talks by its page only
    return result("g/guest.txt", GUEST_TEXT, Extraction(
        events=[Event("CONSULT", ["RUS", "TJK"], mode="talks", location="Dushanbe",
                      participants=["Vladimir Putin"], evidence=evidence(GUEST_TEXT, GUEST_TEXT))],
        people=[Person("Vladimir Putin", "RUS", "President", evidence(GUEST_TEXT, GUEST_TEXT))]),
        published="2025-06-03", outlet="Guest Wire")


def _undated() -> DocumentResult:
    return result("u/analysis.txt", UNDATED_TEXT, Extraction(
        events=[Event("CONSULT", ["RUS", "TJK"], mode="talks", participants=["Путин", "Рахмон"],
                      evidence=evidence(UNDATED_TEXT, UNDATED_TEXT))]), published=None, outlet=None)


def _old() -> DocumentResult:
    # the same leaders in the same city, undated in its text, in a story five years older
    return result("o/old.txt", OLD_TEXT, Extraction(
        events=[Event("CONSULT", ["RUS", "TJK"], location="Dushanbe", participants=["Putin", "Rahmon"],
                      evidence=evidence(OLD_TEXT, OLD_TEXT))]), published="2020-06-01")


def _agency(source: str = "w/agency.txt") -> DocumentResult:
    s = AGENCY_TEXT.split(". ")
    return result(source, AGENCY_TEXT, Extraction(
        events=[Event("CONSULT", ["TJK", "RUS"], mode="commission", location="Dushanbe",
                      evidence=evidence(AGENCY_TEXT, s[0]))],
        agreements=[Agreement("Programme on transport", ["TJK", "RUS"], "signed",
                              evidence=evidence(AGENCY_TEXT, s[1]))]), published=None, outlet=None)


def _republished() -> DocumentResult:
    # a site's copy of the agency item: its masthead, a credit line, and a date the agency item lacks
    page = "Site News - all the region\n\nCommission meets\n\nBy Wire\n\n" + AGENCY_TEXT + "\n\nViews: 12"
    r = _agency("s/site-copy.txt")
    return result("s/site-copy.txt", AGENCY_TEXT, r.extraction, published="2025-06-20", outlet=None,
                  title="Commission meets", content=page)


def _export_without_ids(db: str, out: Path) -> list[Any]:
    with KnowledgeBase(db) as kb:
        kb.export("jsonl", out)
    rows = []
    for table in ("events", "indicators", "agreements", "documents"):
        for line in (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines():
            row = {k: v for k, v in json.loads(line).items() if not k.endswith("_id")}
            rows.append((table, json.dumps(row, sort_keys=True)))
    return sorted(rows)


def _groups(db: str) -> list[list[str]]:
    with KnowledgeBase(db) as kb:
        return sorted(sorted({s.source for s in e.sources}) for e in kb.timeline("TJK"))


def test_which_reports_form_one_event_does_not_depend_on_arrival_order(make_db: Callable[[], str],
                                                                       tmp_path: Path):
    docs = [result("a/visit.txt", VISIT_TEXT, visit_extraction()), _host(), _guest(), _undated(), _old(),
            _agency(), _republished()]
    exports, groups = [], []
    for i, seed in enumerate((1, 2, 3)):
        order = list(docs)
        random.Random(seed).shuffle(order)
        db = make_db()
        with KnowledgeBase(db) as kb:
            for doc in order:  # one run per document: each arrival refreshes fusion
                ingest(kb.store, [doc])
        exports.append(_export_without_ids(db, tmp_path / str(i)))
        groups.append(_groups(db))
    assert exports[0] == exports[1] == exports[2]
    # the host's and the guest's reports are one event; the older story of the same leaders stays
    # its own, and so does the undated analysis, which fits three meetings; the agency item and its
    # copy are one report
    assert groups[0] == [["a/visit.txt"], ["g/guest.txt", "h/host.txt"], ["o/old.txt"], ["u/analysis.txt"],
                         ["w/agency.txt"]]


def test_the_original_is_the_page_the_copy_credits(db: str):
    with KnowledgeBase(db) as kb:
        summary = ingest(kb.store, [_republished(), _agency()])
        assert [(d[0], d[1]) for d in summary.duplicates] == [("s/site-copy.txt", "w/agency.txt")]
        docs = {d["doc"]: d for d in _documents(kb)}
        assert docs["site-copy.txt"]["duplicate_of"] == "w/agency.txt"
        assert docs["agency.txt"]["duplicate_of"] is None
        # the copy's outlet is the source its credit line names
        assert docs["site-copy.txt"]["outlet"] == "Wire"
        # the agency item has no date of its own: its story is dated by the copy, so it still fuses
        [event] = kb.timeline("TJK")
        assert {s.source for s in event.sources} == {"w/agency.txt"}


def _documents(kb: KnowledgeBase) -> list[dict[str, Any]]:
    from accord.store.export import document_rows

    return document_rows(kb.conn)


def _ids(kb: KnowledgeBase) -> set[str]:
    profile = kb.dyad("TJK", "RUS")
    return ({e.id for e in profile.events} | {f.id for f in profile.figures + profile.targets}
            | {a.id for a in profile.agreements})


def test_fused_ids_survive_a_renamed_copy_and_a_new_report(db: str):
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction()), _host(), _agency()])
        before = _ids(kb)
        # the same page again under another path (one that sorts first), stored later: it is the copy
        renamed = result("0/visit-renamed.txt", VISIT_TEXT, visit_extraction())
        ingest(kb.store, [renamed])
        assert _ids(kb) == before
        docs = {d["source"]: d["duplicate_of"] for d in _documents(kb)}
        assert docs["0/visit-renamed.txt"] == "a/visit.txt" and docs["a/visit.txt"] is None
        # a new outlet's report of a stored event joins it under the event's id
        ingest(kb.store, [_guest()])
        after = _ids(kb)
        assert before <= after
        [joined] = [e for e in kb.timeline("TJK") if "g/guest.txt" in {s.source for s in e.sources}]
        assert joined.id in before and joined.independent_sources == 2


TALKS_TEXT = "Kazakhstan and Turkey held talks in Astana on May 5 on transit trade."
TALKS_AGAIN_TEXT = "Kazakh and Turkish ministers met in Astana on May 6 to discuss the transit corridor."


def _talks(source: str, text: str, date: str) -> DocumentResult:
    return result(source, text, Extraction(events=[Event("CONSULT", ["KAZ", "TUR"], mode="talks", date=date,
                                                         location="Astana", evidence=evidence(text, text))]),
                  published=date)


def test_a_run_refreshes_only_the_groups_its_documents_touch(db: str):
    with KnowledgeBase(db) as kb:
        conn = kb.store.conn
        ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction()),
                          _talks("k/one.txt", TALKS_TEXT, "2025-05-05")])
        # a mark no refresh writes: the visit's groups keep it as long as no run touches them
        conn.execute("UPDATE events SET cluster_id = -1 WHERE countries = 'RUS,TJK'")
        conn.execute("UPDATE indicators SET cluster_id = -1")
        ingest(kb.store, [_talks("k/two.txt", TALKS_AGAIN_TEXT, "2025-05-06")])
        assert conn.query("SELECT cluster_id FROM events WHERE countries = 'RUS,TJK'") == [{"cluster_id": -1}]
        assert {r["cluster_id"] for r in conn.query("SELECT cluster_id FROM indicators")} == {-1}
        # the new report of the talks joins the stored one
        talks = conn.query("SELECT id, cluster_id FROM events WHERE countries = 'KAZ,TUR' ORDER BY id")
        assert [r["cluster_id"] for r in talks] == [talks[0]["id"], talks[0]["id"]]
        # a changed document may leave the groups it was in: the next refresh recomputes every group
        conn.execute("UPDATE events SET cluster_id = -1 WHERE countries = 'KAZ,TUR'")
        changed = VISIT_TEXT.replace("$1.5bn", "$1.7bn")
        ingest(kb.store, [result("a/visit.txt", changed, visit_extraction(changed, trade=1.7e9))])
        talks = conn.query("SELECT id, cluster_id FROM events WHERE countries = 'KAZ,TUR' ORDER BY id")
        assert [r["cluster_id"] for r in talks] == [talks[0]["id"], talks[0]["id"]]
        assert -1 not in {r["cluster_id"] for r in conn.query("SELECT cluster_id FROM indicators")}


def _fusion_state(conn: Any) -> list[list[dict[str, Any]]]:
    return [conn.query("SELECT id, duplicate_of, similarity FROM documents ORDER BY id"),
            conn.query("SELECT id, cluster_id FROM events ORDER BY id"),
            conn.query("SELECT id, cluster_id, conflict FROM indicators ORDER BY id"),
            conn.query("SELECT id, cluster_id FROM agreements ORDER BY id")]


def test_a_refresh_in_passes_of_one_group_gives_what_one_pass_gives(make_db: Callable[[], str],
                                                                    monkeypatch: pytest.MonkeyPatch):
    docs = [result("a/visit.txt", VISIT_TEXT, visit_extraction()), _host(), _guest(), _undated(), _old(),
            _agency(), _talks("k/one.txt", TALKS_TEXT, "2025-05-05"),
            _talks("k/two.txt", TALKS_AGAIN_TEXT, "2025-05-06"), _republished()]
    states = []
    clustered: list[set[tuple[str, str]]] = []  # the groups of events each pass clusters
    cluster_events = fusion.cluster_events

    def watched(rows: list[dict[str, Any]], window_days: int) -> dict[int, int]:
        clustered.append({(r["type"], r["countries"]) for r in rows})
        return cluster_events(rows, window_days)

    monkeypatch.setattr(fusion, "cluster_events", watched)
    for facts, pages in ((100_000, 100_000), (1, 1)):
        monkeypatch.setattr(fusion, "FACTS_PER_PASS", facts)
        monkeypatch.setattr(fusion, "PAGES_PER_PASS", pages)
        clustered.clear()
        with KnowledgeBase(make_db()) as kb:
            ingest(kb.store, docs)
            states.append(_fusion_state(kb.store.conn))
        if facts == 1:  # a pass holds one group of facts at a time, never two
            assert sorted(clustered) == [{("CONSULT", "KAZ,TUR")}, {("CONSULT", "RUS,TJK")}]
        else:
            assert clustered == [{("CONSULT", "RUS,TJK"), ("CONSULT", "KAZ,TUR")}]
    one, passes = states
    assert passes == one
    # the copy came in the last pass, after its original's: it still points at it, and the host's and
    # the guest's reports still fuse
    documents = {r["id"]: r["duplicate_of"] for r in one[0]}
    assert list(documents.values()).count(6) == 1 and documents[9] == 6
    events = [r["cluster_id"] for r in one[1]]
    assert events[1] == events[2]
