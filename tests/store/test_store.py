"""The knowledge base on SQLite and PostgreSQL: round trip, incremental saves, duplicates, fusion, queries."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from accord.api import KnowledgeBase
from accord.errors import ConfigError
from accord.facts import Agreement, Event, Extraction, Indicator, Person
from accord.store import Store, ingest
from accord.store.schema import MIGRATIONS, applied

from .facts import VISIT_TEXT, evidence, result, visit_extraction

OTHER_TEXT = (
    "Russian and Tajik officials met in Moscow on March 18 during the visit of the Tajik leader, a wire report said. "
    "Trade between the two countries reached $1.6bn last year, the report added."
)


def test_schema_is_versioned_and_tables_are_named_for_analysts(db: str):
    with Store(db) as store:
        assert applied(store.conn) == [m.name for m in MIGRATIONS]
        for table in ("documents", "events", "indicators", "agreements", "people"):
            assert store.conn.scalar(f"SELECT COUNT(*) FROM {table}") == 0
    with Store(db) as again:  # opening twice migrates once
        assert applied(again.conn) == [m.name for m in MIGRATIONS]


def test_sqlite_file_is_in_wal_mode(tmp_path: Path):
    path = tmp_path / "kb.sqlite"
    Store(str(path)).close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_round_trip_keeps_facts_and_evidence_offsets(db: str):
    with Store(db) as store:
        status, doc_id = store.save(result("a/visit.txt", VISIT_TEXT, visit_extraction()))
        assert status == "new"
        store.refresh()
        row = store.conn.query("SELECT source, published, language, title, text FROM documents")[0]
        assert row == {"source": "a/visit.txt", "published": "2025-03-18", "language": "en",
                       "title": "A headline", "text": VISIT_TEXT}
        ev = store.conn.query("SELECT e.sentence, e.start_char, e.end_char FROM evidence e"
                              " WHERE fact_kind = 'event'")[0]
        assert VISIT_TEXT[ev["start_char"]:ev["end_char"]] == ev["sentence"]
        assert ev["sentence"].startswith("Tajikistan's president paid a two-day visit")
        event = store.conn.query("SELECT type, mode, countries, date, location, participants FROM events")[0]
        assert event == {"type": "CONSULT", "mode": "visit", "countries": "RUS,TJK", "date": "2025-03-17",
                         "location": "Moscow", "participants": '["Emomali Rahmon", "Vladimir Putin"]'}
        assert store.conn.query("SELECT name, country FROM people") == [{"name": "Emomali Rahmon", "country": "TJK"}]
        assert store.conn.query("SELECT role, date FROM offices") == [{"role": "President", "date": "2025-03-18"}]
        assert sorted(r["sector"] for r in store.conn.query("SELECT sector FROM sectors")) == ["energy", "metallurgy"]


def test_same_content_is_skipped_and_changed_content_replaces_facts(db: str):
    with Store(db) as store:
        first = result("a/visit.txt", VISIT_TEXT, visit_extraction())
        assert store.save(first)[0] == "new"
        assert store.save(first)[0] == "unchanged"
        assert store.is_unchanged(first.record)
        changed_text = VISIT_TEXT.replace("$1.5bn", "$1.7bn")
        changed = result("a/visit.txt", changed_text, visit_extraction(changed_text, trade=1.7e9))
        assert not store.is_unchanged(changed.record)
        assert store.save(changed)[0] == "updated"
        store.refresh()
        assert store.conn.scalar("SELECT COUNT(*) FROM documents") == 1
        assert store.conn.scalar("SELECT COUNT(*) FROM events") == 1
        values = [r["value"] for r in store.conn.query("SELECT value FROM indicators WHERE unit = 'USD'")]
        assert values == [1.7e9]
        assert store.conn.scalar("SELECT COUNT(*) FROM evidence WHERE sentence LIKE '%1.5bn%'") == 0


def _syndicated_copy(text: str) -> str:
    # another site's copy: its own dateline and furniture around the same story
    return ("MOSCOW (Wire) — " + text + "\n\nFollow us on Telegram for more news. "
            "Copyright 2025 Wire Agency. All rights reserved.")


def test_syndicated_copy_is_a_duplicate_and_adds_no_event(db: str):
    with KnowledgeBase(db) as kb:
        original = result("a/visit.txt", VISIT_TEXT, visit_extraction(), published="2025-03-18")
        copy_text = _syndicated_copy(VISIT_TEXT)
        copy = result("b/copy.txt", copy_text, visit_extraction(copy_text, date="2025-03-16"),
                      published="2025-03-19", title="Rahmon in Moscow: what was agreed", outlet="Wire")
        summary = ingest(kb.store, [original, copy])
        assert summary.new == 2
        assert [(d[0], d[1]) for d in summary.duplicates] == [("b/copy.txt", "a/visit.txt")]
        events = kb.timeline("TJK")
        assert len(events) == 1 and events[0].independent_sources == 1
        assert {s.source for s in events[0].sources} == {"a/visit.txt"}


def test_fusion_joins_reports_and_flags_conflicts(db: str):
    other = Extraction(
        events=[Event("CONSULT", ["RUS", "TJK"], mode="meeting", date="2025-03-18", location="Moscow",
                      participants=["Putin"], evidence=evidence(OTHER_TEXT, OTHER_TEXT.split(". ")[0]))],
        indicators=[Indicator("trade_turnover", ["TJK", "RUS"], 1.6e9, "USD", period="2024",
                              evidence=evidence(OTHER_TEXT, "Trade between the two countries reached $1.6bn"))])
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction()),
                          result("c/wire.txt", OTHER_TEXT, other, published="2025-03-19", outlet="Wire")])
        profile = kb.dyad("Russia", "tjk")
        assert profile.countries == ["RUS", "TJK"]
        assert len(profile.events) == 1
        event = profile.events[0]
        assert (event.date, event.independent_sources, event.mode) == ("2025-03-17", 2, "visit")
        [figure] = profile.figures
        assert figure.period == "2024" and figure.conflict
        assert sorted(r.value for r in figure.reported) == [1.5e9, 1.6e9]
        assert profile.conflicts == [figure]
        [target] = profile.targets
        assert (target.value, target.unit, target.target_year) == (2.5, "multiplier", "2030")
        assert [(a.title, a.status) for a in profile.agreements] == [("Declaration on Strategic Partnership",
                                                                      "signed")]
        assert {s.sector: s.evidence_count for s in profile.sectors} == {"energy": 1, "metallurgy": 1}
        # show: any member id leads to the fused fact with every source's sentence
        shown = kb.show(event.id)
        assert len(shown.sources) == 2 and shown.id == event.id
        with pytest.raises(ConfigError):
            kb.show("xx-1")


def test_fusion_is_independent_of_insertion_order(make_db: Callable[[], str]):
    docs = [result("a/visit.txt", VISIT_TEXT, visit_extraction()),
            result("c/later.txt", OTHER_TEXT, Extraction(events=[
                Event("CONSULT", ["RUS", "TJK"], date="2025-03-19", location="Moscow")]), published="2025-03-20"),
            result("d/undated.txt", "Officials of both countries have often met in Moscow.", Extraction(events=[
                Event("CONSULT", ["RUS", "TJK"], location="Moscow")]), published=None)]
    first, second = make_db(), make_db()
    exports = []
    for target, order in ((first, docs), (second, list(reversed(docs)))):
        with KnowledgeBase(target) as kb:
            ingest(kb.store, order)
            exports.append([(e.date, e.independent_sources, sorted(s.source for s in e.sources))
                            for e in kb.timeline("TJK")])
    assert exports[0] == exports[1]
    assert [(d, n) for d, n, _ in exports[0]] == [("2025-03-17", 2), (None, 1)]


def test_partners_search_and_people(db: str):
    az_text = "Tajikistan and Azerbaijan held a commission session in Dushanbe on December 18, 2024."
    az = Extraction(events=[Event("CONSULT", ["TJK", "AZE"], mode="commission", date="2024-12-18",
                                  evidence=evidence(az_text, az_text))])
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction(), published="2025-03-18"),
                          result("e/az.txt", az_text, az, published="2023-01-10")])
        ranked = kb.partners("Tajikistan", recent_days=365)
        assert [(p.country, p.recent) for p in ranked] == [("RUS", 6), ("AZE", 0)]
        hits = kb.search("aluminium")
        assert [h.sentence for h in hits] == ["Cooperation covers the aluminium industry and energy"]
        assert hits[0].fact.startswith("sec-")
        assert kb.search("") == []
        if db.startswith("postgres"):  # websearch_to_tsquery reads any text, malformed or not
            assert kb.search('"AND( zebra*') == []
        else:
            with pytest.raises(ConfigError, match=r"\[E223\] search query '\"AND\( zebra\*' is not valid FTS5"):
                kb.search('"AND( zebra*')
        [person] = kb.people("TJK")
        assert person.name == "Emomali Rahmon" and person.offices[0].role == "President"
        assert kb.show(person.id).offices[0].source.sentence.startswith("Emomali Rahmon, President")
        assert [e.type for e in kb.timeline("TJK", "AZE")] == ["CONSULT"]


def test_export_files_are_readable(db: str, tmp_path: Path):
    with KnowledgeBase(db) as kb:
        ingest(kb.store, [result("a/visit.txt", VISIT_TEXT, visit_extraction())])
        for fmt in ("csv", "jsonl", "parquet"):
            written = kb.export(fmt, tmp_path / fmt)
            assert set(written) == {"documents", "events", "indicators", "agreements", "sectors", "people",
                                    "gdelt_events"}
        with (tmp_path / "csv" / "gdelt_events.csv").open(encoding="utf-8") as f:
            [row] = list(csv.DictReader(f))
        assert (row["country1"], row["country2"], row["plover_type"], row["plover_mode"]) == ("RUS", "TJK",
                                                                                             "CONSULT", "visit")
        assert row["num_sources"] == "1" and row["first_source"] == "a/visit.txt"
        assert row["evidence"].startswith("Tajikistan's president paid")
        lines = (tmp_path / "jsonl" / "indicators.jsonl").read_text(encoding="utf-8").splitlines()
        assert sorted(json.loads(line)["unit"] for line in lines) == ["USD", "multiplier"]
        gdelt = pq.read_table(tmp_path / "parquet" / "gdelt_events.parquet").to_pylist()
        assert gdelt[0]["countries"] == ["RUS", "TJK"]  # a list, the format's own type
        assert (gdelt[0]["date"], gdelt[0]["date_precision"]) == ("2025-03-17", "day")
        [event] = [json.loads(line) for line in (tmp_path / "jsonl" / "events.jsonl").read_text().splitlines()]
        assert event["countries"] == ["RUS", "TJK"]
        assert row["countries"] == "RUS;TJK" and row["date_precision"] == "day"  # CSV keeps a joined string
        people = pq.read_table(tmp_path / "parquet" / "people.parquet").to_pylist()
        assert [(p["name"], p["role"]) for p in people] == [("Emomali Rahmon", "President")]


def test_replace_keeps_document_id(db: str):
    with Store(db) as store:
        r = result("a/visit.txt", VISIT_TEXT, visit_extraction())
        _, first_id = store.save(r)
        _, second_id = store.save(replace(r, record=replace(r.record, content="new content")))
        assert first_id == second_id


def test_the_forms_a_russian_text_wrote_are_kept_beside_the_english_ones(db: str):
    text = "Президент Таджикистана Эмомали Рахмон подписал Декларацию о стратегическом партнерстве."
    ev = evidence(text, text)
    extraction = Extraction(
        agreements=[Agreement("Declaration on Strategic Partnership", ["RUS", "TJK"], "signed", "2025-03-17",
                              evidence=ev, title_original="Декларацию о стратегическом партнерстве")],
        people=[Person("Emomali Rahmon", "TJK", "President", evidence=ev, aliases=["Эмомали Рахмон"],
                       role_original="Президент")])
    with Store(db) as store:
        store.save(result("a/ru.txt", text, extraction))
        [agreement] = store.conn.query("SELECT title, title_original FROM agreements")
        assert agreement == {"title": "Declaration on Strategic Partnership",
                             "title_original": "Декларацию о стратегическом партнерстве"}
        assert store.conn.query("SELECT role, role_original FROM offices") == [
            {"role": "President", "role_original": "Президент"}]
        assert store.conn.query("SELECT alias FROM person_aliases") == [{"alias": "Эмомали Рахмон"}]


def test_rows_are_read_a_page_at_a_time(tmp_path: Path):
    with Store(str(tmp_path / "kb.sqlite")) as store:
        conn = store.conn
        for n in range(7):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}", str(n)))
        read: list[str] = []  # the rows SQLite has produced so far
        conn._raw.create_function("read", 1, lambda key: read.append(key) or key)
        # no ORDER BY: SQLite would compute every row before sorting them
        statement = "SELECT read(key) AS key FROM meta WHERE key LIKE 'k%'"
        rows = conn.rows(statement, page=3)
        first = next(rows)
        # one page (and the row Python's sqlite3 steps ahead to know whether there is one), not the table
        assert len(read) == 4 and first == {"key": read[0]}
        rest = list(rows)
        assert len(read) == 7 and sorted(r["key"] for r in [first, *rest]) == [f"k{n}" for n in range(7)]
        for page in (1, 7, 100):
            assert list(conn.rows(statement, page=page)) == conn.query(statement)
