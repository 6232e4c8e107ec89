"""API tests generated from the OpenAPI schema by schemathesis: every operation, all its default
checks (no server error, status codes, content types and bodies as documented, bad input rejected,
undeclared methods answered 405), at least 50 generated requests each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from accord.web import create_app

pytestmark = pytest.mark.slow

# the schema is read before the knowledge base is built; the fixture below opens it
APP = create_app()
schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _open(kb_path: Path) -> Iterator[None]:
    APP.state.db = str(kb_path)
    with TestClient(APP):
        yield


@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: Any) -> None:
    case.call_and_validate()
