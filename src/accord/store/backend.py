"""Connections to the knowledge base: an SQLite file (default) or a PostgreSQL server.

The rest of the store writes one SQL dialect (SQLite's, with ``?`` placeholders); the
``Dialect`` here holds the few places where PostgreSQL differs, so the differences stay small.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Errors, StoreError

Row = dict[str, Any]


@dataclass(frozen=True)
class Dialect:
    name: str
    primary_key: str
    real: str
    now: str
    # ids of evidence rows whose sentence matches the one parameter (see ``search_terms``)
    search: str

    def search_terms(self, text: str) -> str:
        """FTS5 syntax (a "quoted phrase", OR, NOT, prefix*) passes through as the user wrote it;
        plain words are quoted, so that 'Kyrgyz-Tajik' or 'U.S.' is words, not an operator."""
        if _FTS_SYNTAX.search(text):
            return text.strip()
        return " ".join('"' + w + '"' for w in re.findall(r"\w+", text))

    def sql(self, statement: str) -> str:
        return statement


_FTS_SYNTAX = re.compile(r'["*()^]|\b(?:AND|OR|NOT|NEAR)\b')

SQLITE = Dialect("sqlite", "INTEGER PRIMARY KEY AUTOINCREMENT", "REAL", "strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                 "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?")


class _Postgres(Dialect):
    def sql(self, statement: str) -> str:
        # psycopg uses %s placeholders, so a literal % must be doubled first
        return statement.replace("%", "%%").replace("?", "%s")

    def search_terms(self, text: str) -> str:
        # websearch_to_tsquery reads quotes, OR and -word itself; a prefix* has no equivalent
        return text.replace("*", " ").strip()


POSTGRES = _Postgres("postgres", "BIGSERIAL PRIMARY KEY", "DOUBLE PRECISION",
                     "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
                     "SELECT id FROM evidence"
                     " WHERE to_tsvector('simple', sentence) @@ websearch_to_tsquery('simple', ?)")


def is_postgres_url(target: str) -> bool:
    return bool(re.match(r"postgres(ql)?://", target))


class Connection:
    """One open database. ``transaction()`` groups writes; outside one, each statement commits."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._depth = 0
        # a knowledge base in a folder or file that may not be written can still be queried
        self.read_only = False
        if is_postgres_url(target):
            self.dialect: Dialect = POSTGRES
            self._raw: Any = _connect_postgres(target)
        else:
            self.dialect = SQLITE
            self.read_only = _read_only(target)
            self._raw = _connect_sqlite(target, self.read_only)

    def close(self) -> None:
        self._raw.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            if self.dialect is SQLITE:
                # IMMEDIATE takes the write lock now, so two writers wait instead of failing mid-way
                self._raw.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self._raw.execute("ROLLBACK")
                    raise
                self._raw.execute("COMMIT")
            else:
                with self._raw.transaction():
                    yield
        finally:
            self._depth = 0

    def execute(self, statement: str, params: Sequence[Any] = ()) -> None:
        try:
            self._raw.execute(self.dialect.sql(statement), tuple(params))
        except Exception as exc:  # both drivers' errors, shown with the statement that failed
            raise _store_error(exc, statement) from exc

    def script(self, statements: Sequence[str]) -> None:
        for statement in statements:
            self.execute(statement)

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cur = self._raw.execute(self.dialect.sql(statement), tuple(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except Exception as exc:
            raise _store_error(exc, statement) from exc

    def rows(self, statement: str, params: Sequence[Any] = (), page: int = 1000) -> Iterator[Row]:
        """The rows of ``statement`` one at a time, fetched ``page`` at a time: a query over a whole
        table (every document of the store) then holds a page, not the table. SQLite steps through
        the result as it is read; psycopg's client cursor holds the result it received."""
        try:
            cur = self._raw.execute(self.dialect.sql(statement), tuple(params))
            names = [d[0] for d in cur.description or ()]
            while fetched := cur.fetchmany(page):
                yield from (dict(zip(names, row, strict=True)) for row in fetched)
        except Exception as exc:
            raise _store_error(exc, statement) from exc

    def scalar(self, statement: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(statement, params)
        return next(iter(rows[0].values())) if rows else None

    def insert(self, statement: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id (both backends support RETURNING)."""
        rows = self.query(statement + " RETURNING id", params)
        return int(rows[0]["id"])


def _store_error(exc: Exception, statement: str) -> StoreError:
    first = " ".join(statement.split())[:80]
    return StoreError(Errors.E301, problem=exc, statement=first)


def _read_only(path: str) -> bool:
    if path == ":memory:":
        return False
    file = Path(path).expanduser()
    return file.is_file() and not (os.access(file, os.W_OK) and os.access(file.resolve().parent, os.W_OK))


def _connect_sqlite(path: str, read_only: bool = False) -> sqlite3.Connection:
    if path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(Errors.E302, path=path, parent=parent)
    try:
        raw = _open_sqlite(path, read_only)
        # checked before anything is written: a file Accord did not make is refused as it is
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "schema_migrations" not in tables:
            raw.close()
            raise StoreError(Errors.E308, path=path, tables=", ".join(sorted(tables)[:5]))
        if not read_only:
            raw.execute("PRAGMA journal_mode=WAL")
            raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(Errors.E303, path=path, problem=exc) from exc
    return raw


def _open_sqlite(path: str, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
    uri = Path(path).expanduser().resolve().as_uri()
    raw = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        raw.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return raw
    except sqlite3.OperationalError:
        # a WAL file whose -shm index cannot be created beside it: read the file as it stands
        raw.close()
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _connect_postgres(url: str) -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError(Errors.E304) from exc
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(Errors.E305, problem=str(exc).strip()) from exc
