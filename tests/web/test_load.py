"""A bounded load test on 127.0.0.1: 50 concurrent clients (ACCORD_LOAD_CLIENTS) for 30 s
(ACCORD_LOAD_SECONDS) against `accord serve` over the dev articles, a mix of API routes and the
dashboard's files; no answer may be a 5xx, a connection error or a timeout, and every request is answered.
The figures go to out/load.json; `python scripts/load_test.py` prints the same without pytest."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from accord.web.server import serving

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "load_test.py"


@pytest.fixture(scope="module")
def load_test() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_test", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_server(load_test: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not load_test.DEV_DOCS.is_dir():
        pytest.skip(f"shared eval articles are not beside the repository: {load_test.DEV_DOCS}")
    with serving(load_test.build_kb(tmp_path_factory.mktemp("load"), load_test.DEV_DOCS)) as base:
        yield base


def test_percentiles_are_nearest_rank(load_test: ModuleType) -> None:
    values = [float(v) for v in range(1, 101)]
    assert [load_test.percentile(values, s) for s in (0.5, 0.95, 0.99)] == [50.0, 95.0, 99.0]
    assert load_test.percentile([7.0], 0.99) == 7.0 and load_test.percentile([], 0.5) == 0.0


def test_fifty_clients_for_thirty_seconds_get_no_errors(load_test: ModuleType, dev_server: str) -> None:
    clients = int(os.environ.get("ACCORD_LOAD_CLIENTS", "50"))
    seconds = float(os.environ.get("ACCORD_LOAD_SECONDS", "30"))
    figures = load_test.run_load(dev_server, clients, seconds)
    print(load_test.report(figures))
    out = SCRIPT.parents[1] / "out" / "load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    assert figures["errors"] == 0, figures["error_kinds"]
    assert figures["requests"] == figures["answered"] > 0
    assert figures["routes"] >= 25
    assert set(figures["statuses"]) == {"200"}  # every path of the mix exists in this knowledge base
    assert seconds <= figures["seconds"] < seconds + 31  # stopped by itself, in-flight requests within the timeout
