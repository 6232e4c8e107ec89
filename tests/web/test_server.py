"""`accord serve` started in a process of its own on a free port (the web tests' and the load test's server)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from accord.errors import ConfigError
from accord.web.server import serving


def test_serves_a_knowledge_base_until_the_block_ends(tmp_path: Path) -> None:
    from accord.api import KnowledgeBase

    db = tmp_path / "kb.sqlite"
    with KnowledgeBase(str(db)) as kb:
        kb.run([], extract=False)  # an empty knowledge base, created
    with serving(db) as base:
        assert base.startswith("http://127.0.0.1:")
        assert httpx.get(base + "/api/countries").json()["items"] == []
    with pytest.raises(httpx.TransportError):
        httpx.get(base + "/api/countries", timeout=2)


def test_a_server_that_exits_is_an_error_with_its_output(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    with pytest.raises(ConfigError, match=r"\[E230\].*did not answer.*no knowledge base at"), serving(missing):
        pytest.fail("a server over a missing knowledge base answered")
