"""The JSON API over the shared dev and wide articles: answers, filters, paging, the one error shape
and the serving rules."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(app: Any) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "hint", "details"}
    assert error["status"] == status and error["code"] == code and error["message"]
    return error


# one bad request per API route: a test below fails when a route is added without one here
BAD_REQUESTS = {
    "/api/countries": ("/api/countries?limit=0", 422),
    "/api/countries/{country}": ("/api/countries/Atlantis-and-Lemuria", 404),
    "/api/countries/{country}/partners": ("/api/countries/TJK/partners?date_from=2025-13-01", 422),
    "/api/countries/{country}/network": ("/api/countries/TJK/network?date_to=yesterday", 422),
    "/api/pairs": ("/api/pairs?offset=-1", 422),
    "/api/pairs/{a}/{b}": ("/api/pairs/TJK/TJK", 404),
    "/api/events": ("/api/events?type=CONSULT;DROP", 422),
    "/api/indicators": ("/api/indicators?kind=wish", 422),
    "/api/agreements": ("/api/agreements?status=rumoured", 422),
    "/api/people": ("/api/people?country=Atlantis-and-Lemuria", 404),
    "/api/facts/{fact_id}": ("/api/facts/ev-999999", 404),
    "/api/facts/{fact_id}/sources": ("/api/facts/12/sources", 422),
    "/api/documents": ("/api/documents?limit=201", 422),
    "/api/documents/{doc_id}": ("/api/documents/doc-999999", 404),
    "/api/search": ("/api/search", 422),
}


def test_every_route_answers_a_bad_parameter_with_the_one_error_shape(client: TestClient, app: Any) -> None:
    assert set(app.openapi()["paths"]) == set(BAD_REQUESTS)
    for url, status in BAD_REQUESTS.values():
        error = assert_error(client.get(url), status, "bad_parameter" if status == 422 else "not_found")
        if status == 422 or "country" in url:
            assert error["details"], url


def test_validation_errors_name_the_parameter(client: TestClient) -> None:
    error = assert_error(client.get("/api/events?limit=abc"), 422, "bad_parameter")
    assert error["details"][0]["location"] == "query" and error["details"][0]["name"] == "limit"


def test_unknown_paths_use_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_only_get_and_head(client: TestClient, method: str) -> None:
    response = client.request(method, "/api/countries")
    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, HEAD"


def test_head_answers_headers_only(client: TestClient) -> None:
    response = client.head("/api/countries")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-type"] == "application/json"


def test_request_bodies_are_limited(client: TestClient) -> None:
    assert_error(client.request("GET", "/api/countries", content=b"x" * 5000), 413, "body_too_large")


def test_cors_is_closed_unless_configured(client: TestClient, kb_path: Any) -> None:
    response = client.get("/api/countries", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    with TestClient(create_app(str(kb_path), ["https://analysts.example"])) as open_client:
        allowed = open_client.get("/api/countries", headers={"Origin": "https://analysts.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://analysts.example"
        other = open_client.get("/api/countries", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


def test_pages_forbid_inline_scripts(client: TestClient) -> None:
    response = client.get("/country/TJK")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_no_route_serves_the_database_or_sql(client: TestClient, app: Any) -> None:
    paths = " ".join(app.openapi()["paths"])
    assert "sql" not in paths.lower() and "download" not in paths.lower()
    assert client.get("/static/../kb.sqlite").status_code == 404


def test_lists_are_paged(client: TestClient) -> None:
    first = client.get("/api/documents?limit=5").json()
    second = client.get("/api/documents?limit=5&offset=5").json()
    assert first["total"] == second["total"] >= 29  # 5 dev + 24 wide articles, and the hostile one
    assert len(first["items"]) == len(second["items"]) == 5
    assert {d["id"] for d in first["items"]}.isdisjoint(d["id"] for d in second["items"])


def test_partners_of_tajikistan(client: TestClient) -> None:
    partners = client.get("/api/countries/Tajikistan/partners").json()["items"]
    assert {"RUS", "IRN", "AZE"} <= {p["code"] for p in partners}
    assert [p["weight"] for p in partners] == sorted((p["weight"] for p in partners), reverse=True)
    network = client.get("/api/countries/TJK/network").json()
    assert {"source": "TJK", "target": "RUS"} in [{k: e[k] for k in ("source", "target")} for e in network["edges"]]


def test_date_range_refilters_partners(client: TestClient) -> None:
    everything = {p["code"] for p in client.get("/api/countries/TJK/partners").json()["items"]}
    in_2025 = client.get("/api/countries/TJK/partners?date_from=2025-01-01&date_to=2025-12-31").json()["items"]
    assert {p["code"] for p in in_2025} < everything
    assert all(p["last_date"] and p["last_date"].startswith("2025") for p in in_2025)


def test_pair_profile_has_the_trade_figure_and_target(client: TestClient) -> None:
    profile = client.get("/api/pairs/TJK/Russia").json()
    assert profile["countries"] == ["RUS", "TJK"] and profile["names"] == ["Russia", "Tajikistan"]
    trade = [f for f in profile["figures"] if f["metric"] == "trade_turnover" and f["period"] == "2024"]
    assert [f["value"] for f in trade] == [1.5e9]
    source = trade[0]["reported"][0]["source"]
    assert source["document_id"].startswith("doc-") and "$1.5bn in 2024" in source["sentence"]
    targets = [(t["target_year"], t["unit"], t["value"]) for t in profile["targets"]]
    assert ("2030", "multiplier", 2.5) in targets


def test_events_filters(client: TestClient) -> None:
    pair = client.get("/api/events?pair=RUS,TJK").json()["items"]
    assert pair and all({"RUS", "TJK"} <= set(e["countries"]) for e in pair)
    consult = client.get("/api/events?country=TJK&type=consult").json()["items"]
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    march = client.get("/api/events?pair=RUS,TJK&date_from=2025-03-01&date_to=2025-03-31").json()["items"]
    assert [e["date"] for e in march] == ["2025-03-17", "2025-03-17"]


def test_indicator_and_agreement_filters(client: TestClient) -> None:
    targets = client.get("/api/indicators?pair=RUS,TJK&kind=target").json()["items"]
    assert targets and all(f["kind"] == "target" for f in targets)
    trade = client.get("/api/indicators?pair=RUS,TJK&metric=trade_turnover&period_from=2024-01-01"
                       "&period_to=2024-12-31").json()["items"]
    assert [f["value"] for f in trade] == [1.5e9]
    signed = client.get("/api/agreements?country=TJK&status=signed").json()["items"]
    assert signed and all(a["status"] == "signed" for a in signed)


def test_document_text_with_its_evidence_spans(client: TestClient) -> None:
    hit = client.get("/api/search?q=foremost trade partners").json()["items"][0]
    doc = client.get(f"/api/documents/{hit['source']['document_id']}").json()
    assert doc["spans"]
    for span in doc["spans"]:
        assert doc["text"][span["start"]:span["end"]] == span["sentence"]
    trade = [s for s in doc["spans"] if "$1.5bn" in s["sentence"] and s["kind"] == "indicator"]
    assert trade and all(s["fact"].startswith("ind-") for s in trade)


def test_sources_of_a_fused_fact(client: TestClient) -> None:
    profile = client.get("/api/pairs/TJK/RUS").json()
    fact = next(f for f in profile["figures"] if f["metric"] == "trade_turnover" and f["period"] == "2024")
    sources = client.get(f"/api/facts/{fact['id']}/sources").json()
    assert sources["total"] == len(fact["reported"]) and sources["items"][0]["document_id"]
    assert client.get(f"/api/facts/{fact['id']}").json()["value"] == 1.5e9


def test_hostile_text_is_returned_as_stored(client: TestClient) -> None:
    hits = client.get("/api/search?q=water sharing ministers").json()["items"]
    assert hits and "<script>" in hits[0]["sentence"] and "onerror=" in hits[0]["sentence"]
