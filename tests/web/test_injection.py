"""Hostile strings in every parameter of every route the OpenAPI schema lists (and in the dashboard's
page paths): each answer is a 2xx or a 4xx in the one JSON error shape, never a 5xx or a stack trace,
markup never comes back in HTML, and the knowledge base holds the same rows afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    "' OR 1=1 --", "'; DROP TABLE documents; --", "\"; DROP TABLE documents; --",
    "1) UNION SELECT * FROM sqlite_master --",
    "\"unbalanced", "NEAR(", "*", "trade OR *", "a AND NOT", "col:value", "^start", "{a b}",
    "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd",
    SCRIPT, "\" onerror=\"x", "javascript:alert(1)",
    "\x00", "a\x00b", "\x01\x07\x1b[31m\r\n\t", "%00",
    "x" * 10_000, "TJK" * 3_000,
    "\u202eKJT", "T\u200dJK", "ＴＪＫ", "\ufeffTJK", "Таджикистан", "🇹🇯", "e\u0301" * 50, "\uffff",
    "", " ", "-1", "0", "99999999999999999999999", "1e308", "NaN", "null", "[]", "{}",
]
# bytes that are not UTF-8 (a lone surrogate, a stray continuation byte), written straight into the URL
RAW = ["%ED%A0%80", "%FF%FE", "%C0%AF", "%E2%80"]

# a value each parameter answers 200 with, so that one hostile parameter at a time is what the server sees
VALID = {"country": "TJK", "a": "TJK", "b": "RUS", "doc_id": "doc-1", "q": "trade"}
PAGES = ["/country/{country}", "/pair/{a}/{b}", "/document/{doc_id}"]


def row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def requests(schema: dict[str, Any], valid: dict[str, str]) -> list[tuple[str, str]]:
    """(parameter, url) for every parameter of every GET operation and every hostile value."""
    out = []
    for template, item in schema["paths"].items():
        params = item["get"].get("parameters", [])
        for target in params:
            for value in [quote(h, safe="") for h in HOSTILE] + RAW:
                path, query = template, []
                for p in params:
                    chosen = value if p is target else quote(valid[p["name"]], safe="") if p["name"] in valid \
                        else None
                    if p["in"] == "path":
                        path = path.replace("{" + p["name"] + "}", chosen or "x")
                    elif chosen is not None and (p is target or p.get("required")):
                        query.append(f"{p['name']}={chosen}")
                out.append((f"{template} {target['name']}", path + ("?" + "&".join(query) if query else "")))
    return out


def assert_safe(response: Any, where: str) -> None:
    text = response.text
    assert response.status_code < 500, f"{where}: {response.status_code} {text[:300]}"
    assert "Traceback" not in text and 'File "' not in text, where
    content_type = response.headers.get("content-type", "")
    if response.status_code >= 400:
        assert content_type == "application/json", f"{where}: {content_type}"
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "hint", "details"}, \
            where
        assert body["error"]["status"] == response.status_code, where
    if "html" in content_type:
        assert SCRIPT not in text and "onerror=\"x" not in text, where


@pytest.fixture(scope="module")
def client(app: Any) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def test_hostile_strings_in_every_parameter_of_every_route(client: TestClient, app: Any, kb_path: Path) -> None:
    before = row_counts(kb_path)
    fact = client.get("/api/events?country=TJK&limit=1").json()["items"][0]["id"]
    valid = VALID | {"fact_id": fact}
    schema = client.get("/api/openapi.json").json()
    cases = requests(schema, valid)
    operations = {where.split(" ")[0] for where, _ in cases}
    # every route with a parameter is covered (the routes without one have nothing to inject into)
    assert operations == {p for p, item in schema["paths"].items() if item["get"].get("parameters")}
    assert len(operations) >= 14
    statuses = set()
    for where, url in cases:
        response = client.get(url)
        assert_safe(response, f"{where}: {url[:120]}")
        statuses.add(response.status_code)
    assert 200 in statuses and 422 in statuses  # some hostile values are plain words, some are refused
    assert row_counts(kb_path) == before


def test_hostile_strings_in_page_paths_come_back_as_the_static_page(client: TestClient) -> None:
    for template in PAGES:
        for value in [quote(h, safe="") for h in HOSTILE if h] + RAW:
            url = template.replace("{country}", value).replace("{a}", value).replace("{b}", "RUS") \
                .replace("{doc_id}", value)
            response = client.get(url)
            assert_safe(response, url[:120])


def test_hostile_strings_in_static_paths_reach_no_file_outside(client: TestClient) -> None:
    for value in ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd", "....//....//etc/passwd",
                  "js/%00main.js", "js/main.js%00.css", SCRIPT]:
        response = client.get("/static/" + value)
        assert_safe(response, value)
        assert "root:" not in response.text
