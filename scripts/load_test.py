"""A bounded load test of `accord serve` on 127.0.0.1: N concurrent clients for S seconds, then stop.

    python scripts/load_test.py [--url http://127.0.0.1:8000] [--clients 50] [--seconds 30] [--json out/load.json]

Without --url it builds a knowledge base from the shared dev articles (../shared/eval/dev/docs) in a
temporary folder and starts `accord serve` on a free port of 127.0.0.1. Each client loops over a mix
of API routes (countries, partners, network, pairs, pair profile, events with filters, indicators,
agreements, people, search, documents, facts and their sources) and the dashboard's page, script and
style, until the time is up; requests in flight then finish. It prints requests/s, p50/p95/p99
latency, the error count (5xx, connection errors, timeouts) and the load average of the machine, and
writes them as JSON (with the five slowest paths by median). ACCORD_LOAD_SECONDS and ACCORD_LOAD_CLIENTS
change the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from accord.web.server import serving

ROOT = Path(__file__).resolve().parents[1]
DEV_DOCS = ROOT / ".." / "shared" / "eval" / "dev" / "docs"
TIMEOUT = 30.0  # an answer slower than this counts as an error (a timeout)


def request_mix(base: str) -> list[str]:
    """Paths over the data this knowledge base holds: the first countries, pair, document and fact it lists."""
    with httpx.Client(base_url=base, timeout=TIMEOUT) as client:
        countries = [c["code"] for c in client.get("/api/countries?limit=3").raise_for_status().json()["items"]]
        pair = client.get("/api/pairs?limit=1").raise_for_status().json()["items"][0]["countries"]
        doc = client.get("/api/documents?limit=1").raise_for_status().json()["items"][0]["id"]
        events = client.get(f"/api/events?pair={pair[0]},{pair[1]}&limit=1").raise_for_status().json()["items"]
    a, b = pair
    paths = ["/api/countries", "/api/countries?limit=10&offset=5", "/api/pairs", f"/api/pairs?country={a}",
             f"/api/pairs/{a}/{b}", f"/api/events?pair={a},{b}", f"/api/events?country={a}&type=consult",
             f"/api/events?country={b}&date_from=2024-01-01&date_to=2025-12-31", f"/api/indicators?pair={a},{b}",
             "/api/indicators?kind=target", f"/api/agreements?country={a}", f"/api/people?country={a}",
             "/api/search?q=minister", "/api/search?q=trade agreement", "/api/documents", f"/api/documents/{doc}",
             "/", f"/country/{a}", "/static/app.css", "/static/js/main.js", "/static/js/dom.js"]
    for code in countries:
        paths += [f"/api/countries/{code}", f"/api/countries/{code}/partners", f"/api/countries/{code}/network"]
    if events:
        paths += [f"/api/facts/{events[0]['id']}", f"/api/facts/{events[0]['id']}/sources"]
    return paths


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of values already sorted."""
    if not sorted_values:
        return 0.0
    rank = max(1, round(share * len(sorted_values) + 0.5 - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


async def _load(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, object]:
    latencies: list[float] = []
    by_path: dict[str, list[float]] = {}
    statuses: Counter[int] = Counter()
    failures: Counter[str] = Counter()
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT, limits=limits) as http:
        started = time.monotonic()
        deadline = started + seconds

        async def client(index: int) -> None:
            nonlocal sent
            turn = index
            while time.monotonic() < deadline:
                path = paths[turn % len(paths)]
                turn += 1
                sent += 1
                begun = time.perf_counter()
                try:
                    response = await http.get(path)
                except httpx.HTTPError as exc:
                    failures[f"{type(exc).__name__} on {path}"] += 1
                    continue
                latencies.append(time.perf_counter() - begun)
                by_path.setdefault(path, []).append(latencies[-1])
                statuses[response.status_code] += 1
                if response.status_code >= 500:
                    failures[f"{response.status_code} on {path}"] += 1

        await asyncio.gather(*(client(i) for i in range(clients)))
        elapsed = time.monotonic() - started
    latencies.sort()
    medians = {path: sorted(times)[len(times) // 2] for path, times in by_path.items()}
    slowest = sorted(medians, key=lambda path: medians[path], reverse=True)[:5]
    return {
        "clients": clients, "seconds": round(elapsed, 2), "requests": sent, "answered": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "errors": sum(failures.values()), "error_kinds": dict(failures.most_common(10)),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "routes": len(paths),
        "slowest_p50_ms": {path: round(medians[path] * 1000, 1) for path in slowest},
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def run_load(base: str, clients: int, seconds: float) -> dict[str, object]:
    """Load `base` with `clients` concurrent clients for `seconds`, and the figures of the run."""
    load_before = [round(x, 2) for x in os.getloadavg()]
    # in a thread of its own: the caller (a test after Playwright's, say) may already run an event loop
    results: list[dict[str, object]] = []
    mix = request_mix(base)
    worker = threading.Thread(target=lambda: results.append(asyncio.run(_load(base, mix, clients, seconds))))
    worker.start()
    worker.join()
    figures = results[0]
    figures["load_average_before"] = load_before
    return figures


def report(figures: dict[str, object]) -> str:
    return (f"{figures['clients']} clients, {figures['seconds']} s: {figures['requests_per_s']} requests/s, "
            f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, "
            f"{figures['errors']} errors, {figures['answered']} of {figures['requests']} answered "
            f"(statuses {figures['statuses']}); load average {figures['load_average_before']} before, "
            f"{figures['load_average']} after")


def build_kb(folder: Path, docs: Path) -> Path:
    db = folder / "kb.sqlite"
    subprocess.run([sys.executable, "-m", "accord", "run", str(docs), "--db", str(db)],
                   check=True, capture_output=True, timeout=600)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a server already running; default: build and serve the dev articles")
    parser.add_argument("--docs", type=Path, default=DEV_DOCS, help="articles to build the knowledge base from")
    parser.add_argument("--clients", type=int, default=int(os.environ.get("ACCORD_LOAD_CLIENTS", "50")))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("ACCORD_LOAD_SECONDS", "30")))
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "load.json")
    args = parser.parse_args()
    if args.url:
        figures = run_load(args.url, args.clients, args.seconds)
    else:
        with tempfile.TemporaryDirectory() as tmp, serving(build_kb(Path(tmp), args.docs)) as base:
            figures = run_load(base, args.clients, args.seconds)
    print(report(figures))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["errors"] == 0 and figures["answered"] == figures["requests"] else 1


if __name__ == "__main__":
    sys.exit(main())
