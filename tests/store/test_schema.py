"""A knowledge base built by an earlier schema migrates in place when a newer Accord opens it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from accord.api import KnowledgeBase
from accord.store import Store
from accord.store.dedup import BANDS, encode, signature
from accord.store.schema import MIGRATIONS, applied

# the schema of the first wave (``main`` before the credit column), as an older Accord left it
FIRST_WAVE = ("0001_initial", "0002_evidence_search")


def _first_wave_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for migration in MIGRATIONS:
        if migration.name not in FIRST_WAVE:
            continue
        for statement in migration.statements + migration.only.get("sqlite", ()):
            conn.execute(statement.format(pk="INTEGER PRIMARY KEY AUTOINCREMENT", real="REAL"))
        conn.execute("INSERT INTO schema_migrations VALUES (?, '2026-01-01T00:00:00Z')", (migration.name,))
    text = "Leaders met in Moscow."
    conn.execute("INSERT INTO documents (source, doc, content_hash, published, language, text, minhash, stored_at)"
                 " VALUES ('a/visit.txt', 'visit.txt', 'h', '2025-03-18', 'en', ?, ?, 'x')",
                 (text, encode(signature(text))))
    conn.execute("INSERT INTO events (document_id, type, countries, date, location, participants)"
                 " VALUES (1, 'CONSULT', 'RUS,TJK', '2025-03-17', 'Moscow', '[\"Vladimir Putin\"]')")
    conn.execute("INSERT INTO meta (key, value) VALUES ('fusion', 'stale')")
    conn.commit()
    conn.close()


def test_a_first_wave_knowledge_base_migrates_in_place(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    _first_wave_db(path)
    with Store(str(path)) as store:
        assert applied(store.conn) == [m.name for m in MIGRATIONS]
        assert "0003_document_credit" in applied(store.conn)
        assert store.conn.query("SELECT source, credit FROM documents") == [{"source": "a/visit.txt", "credit": None}]
    with KnowledgeBase(str(path)) as kb:
        [event] = kb.timeline("TJK")
        assert (event.id, event.date, event.location) == ("ev-1", "2025-03-17", "Moscow")
        # its first refresh is a whole one, which stores the near-duplicate buckets it lacked
        assert kb.conn.scalar("SELECT COUNT(*) FROM lsh_bands") == BANDS
        assert kb.conn.scalar("SELECT COUNT(*) FROM fusion_pending") == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == ["old.sqlite"]
