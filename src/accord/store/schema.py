"""The knowledge base schema as named migrations, applied in order and recorded in ``schema_migrations``.

A migration is never edited once released: a change to the schema is a new migration at the end.
Statements use ``{pk}`` and ``{real}`` for the column types that differ between backends; a
migration may also carry statements for one backend only (full-text search).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Errors, StoreError
from .backend import Connection


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]
    only: dict[str, tuple[str, ...]] = field(default_factory=dict)


_FACT = "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE"

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", (
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)""",
        """CREATE TABLE documents (
            id {pk}, source TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, content_hash TEXT NOT NULL,
            url TEXT, outlet TEXT, published TEXT, language TEXT, title TEXT, text TEXT NOT NULL,
            minhash TEXT, duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            similarity {real}, stored_at TEXT NOT NULL)""",
        "CREATE INDEX documents_hash ON documents(content_hash)",
        f"""CREATE TABLE events (
            id {{pk}}, {_FACT}, type TEXT NOT NULL, mode TEXT, countries TEXT NOT NULL, date TEXT,
            location TEXT, participants TEXT NOT NULL DEFAULT '[]', cluster_id INTEGER)""",
        f"""CREATE TABLE indicators (
            id {{pk}}, {_FACT}, metric TEXT NOT NULL, countries TEXT NOT NULL, value {{real}} NOT NULL,
            unit TEXT NOT NULL, period TEXT, kind TEXT NOT NULL, qualifier TEXT, target_year TEXT,
            flow_from TEXT, flow_to TEXT, label TEXT, cluster_id INTEGER,
            conflict INTEGER NOT NULL DEFAULT 0)""",
        f"""CREATE TABLE agreements (
            id {{pk}}, {_FACT}, title TEXT NOT NULL, countries TEXT NOT NULL, status TEXT NOT NULL,
            date TEXT, cluster_id INTEGER)""",
        f"CREATE TABLE sectors (id {{pk}}, {_FACT}, countries TEXT NOT NULL, sector TEXT NOT NULL)",
        "CREATE TABLE people (id {pk}, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT)",
        f"""CREATE TABLE offices (
            id {{pk}}, person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, {_FACT},
            role TEXT, country TEXT, date TEXT)""",
        f"""CREATE TABLE evidence (
            id {{pk}}, {_FACT}, fact_kind TEXT NOT NULL, fact_id INTEGER NOT NULL,
            sentence TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL)""",
        "CREATE INDEX events_document ON events(document_id)",
        "CREATE INDEX events_cluster ON events(cluster_id)",
        "CREATE INDEX indicators_document ON indicators(document_id)",
        "CREATE INDEX indicators_cluster ON indicators(cluster_id)",
        "CREATE INDEX agreements_document ON agreements(document_id)",
        "CREATE INDEX sectors_document ON sectors(document_id)",
        "CREATE INDEX offices_document ON offices(document_id)",
        "CREATE INDEX offices_person ON offices(person_id)",
        "CREATE INDEX evidence_fact ON evidence(fact_kind, fact_id)",
        "CREATE INDEX evidence_document ON evidence(document_id)",
    )),
    Migration("0002_evidence_search", (), only={
        "sqlite": (
            """CREATE VIRTUAL TABLE evidence_fts USING fts5(
                sentence, content='evidence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
            """CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
                INSERT INTO evidence_fts(rowid, sentence) VALUES (new.id, new.sentence); END""",
            """CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
                INSERT INTO evidence_fts(evidence_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
                END""",
        ),
        "postgres": ("CREATE INDEX evidence_fts ON evidence USING GIN (to_tsvector('simple', sentence))",),
    }),
    # the source a page's credit line names: it tells a syndicated copy from its original
    Migration("0003_document_credit", ("ALTER TABLE documents ADD COLUMN credit TEXT",)),
    # `accord watch`: the state of each fused fact at the last watch, so the next one tells what changed
    Migration("0004_watch_seen", (
        """CREATE TABLE watch_seen (
            fact TEXT PRIMARY KEY, pair TEXT NOT NULL, state TEXT NOT NULL, seen_at TEXT NOT NULL)""",
        "CREATE TABLE watch_runs (id {pk}, at TEXT NOT NULL, digest TEXT NOT NULL)",
    )),
    # facts of another language keep the forms the text wrote beside the English ones: the title and
    # the office as written, and each Cyrillic form of a person's name
    Migration("0005_original_forms", (
        "ALTER TABLE agreements ADD COLUMN title_original TEXT",
        "ALTER TABLE offices ADD COLUMN role_original TEXT",
        """CREATE TABLE person_aliases (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, alias TEXT NOT NULL,
            UNIQUE (person_id, alias))""",
    )),
    # the number of a commission's session: reports of one session fuse, other sessions stay apart
    Migration("0006_event_session", ("ALTER TABLE events ADD COLUMN session INTEGER",)),
    # the anniversary an event is timed to: an undated report joins the reports of that year
    Migration("0007_event_anniversary", ("ALTER TABLE events ADD COLUMN anniversary INTEGER",)),
    # fusion at the cost of a run's new documents: each page's near-duplicate buckets, the documents
    # stored since fusion last ran (a NULL one: recompute everything, as after a changed document),
    # and the indexes that find a document's copies and a fact's group without reading the store
    Migration("0008_incremental_fusion", (
        f"""CREATE TABLE lsh_bands (
            {_FACT}, band INTEGER NOT NULL, bucket TEXT NOT NULL)""",
        "CREATE INDEX lsh_bands_bucket ON lsh_bands(band, bucket)",
        "CREATE INDEX lsh_bands_document ON lsh_bands(document_id)",
        "CREATE TABLE fusion_pending (document_id INTEGER)",
        # a knowledge base made before this migration has no buckets yet: its next refresh is a whole one
        "INSERT INTO fusion_pending (document_id) SELECT CAST(NULL AS INTEGER) WHERE EXISTS (SELECT 1 FROM documents)",
        "CREATE INDEX documents_duplicate ON documents(duplicate_of)",
        "CREATE INDEX events_group ON events(type, countries)",
        "CREATE INDEX indicators_group ON indicators(metric, countries)",
        "CREATE INDEX agreements_group ON agreements(countries)",
    )),
)


def applied(conn: Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r["name"] for r in conn.query("SELECT name FROM schema_migrations ORDER BY name")]


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations this database lacks; return their names."""
    known = {m.name for m in MIGRATIONS}
    if conn.read_only:
        have = [r["name"] for r in conn.query("SELECT name FROM schema_migrations ORDER BY name")]
        if known - set(have):
            raise StoreError(Errors.E309, target=conn.target)
        return []
    newer = [name for name in applied(conn) if name not in known]
    if newer:
        raise StoreError(Errors.E306, target=conn.target, schema=newer[-1])
    done: list[str] = []
    for migration in MIGRATIONS:
        with conn.transaction():
            # checked inside the transaction: another process may have migrated meanwhile
            if conn.scalar("SELECT 1 FROM schema_migrations WHERE name = ?", (migration.name,)):
                continue
            d = conn.dialect
            for statement in migration.statements + migration.only.get(d.name, ()):
                conn.execute(statement.format(pk=d.primary_key, real=d.real))
            conn.execute(f"INSERT INTO schema_migrations (name, applied_at) VALUES (?, {d.now})",
                         (migration.name,))
            done.append(migration.name)
    return done
