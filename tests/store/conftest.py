"""Every store test runs against SQLite and against a real PostgreSQL server.

PostgreSQL comes from $ACCORD_TEST_PG_URL, else the server scripts/ci-postgres.sh sets up. Under
CI=true a missing server fails the run; elsewhere the PostgreSQL half is skipped with the reason.
Each knowledge base on PostgreSQL is a schema of its own, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

LOCAL_URL = "postgresql://accord:accord@127.0.0.1:5432/accord_test"


def _postgres_url() -> str:
    url = os.environ.get("ACCORD_TEST_PG_URL", LOCAL_URL)
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=5).close()
    except Exception as exc:
        reason = (f"no PostgreSQL server at {url} ({str(exc).strip()[:120]}); "
                  "run `source scripts/ci-postgres.sh` or set ACCORD_TEST_PG_URL")
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def make_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A factory of empty knowledge bases on the backend under test."""
    made: list[str] = []
    url = _postgres_url() if request.param == "postgres" else ""

    def make() -> str:
        if not url:
            made.append(str(tmp_path / f"kb{len(made)}.sqlite"))
            return made[-1]
        import psycopg

        schema = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        sep = "&" if "?" in url else "?"
        return f"{url}{sep}options={quote('-csearch_path=' + schema)}"

    yield make
    if url:
        import psycopg

        with psycopg.connect(url, autocommit=True) as admin:
            for schema in made:
                admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def db(make_db: Callable[[], str]) -> str:
    return make_db()
