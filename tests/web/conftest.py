"""A knowledge base built from the shared dev and wide articles plus one hostile article, served by
`accord serve` in a subprocess (a real uvicorn server on 127.0.0.1), and a headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.web.server import serving

EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"
SETS = [EVAL / "dev" / "docs", EVAL / "wide" / "docs"]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

# markup that must reach the reader as text: a script, an event handler
HOSTILE = """Tajikistan and Uzbekistan discuss border trade <script>document.title='owned'</script>

DUSHANBE, May 14, 2025 - The foreign ministers of Tajikistan and Uzbekistan met in Dushanbe on Wednesday to \
discuss border trade <script>document.title='owned'</script> and water sharing \
<img src=x onerror="document.title='owned'">, the ministry said in a statement.

The two sides agreed to expand cooperation in energy and transport, and said bilateral trade reached \
$600 million in 2024.
"""


def _accord(*args: str) -> list[str]:
    return [sys.executable, "-m", "accord", *args]


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [str(s) for s in SETS if not s.is_dir()]
    if missing:
        pytest.skip(f"shared eval articles are not beside the repository: {', '.join(missing)}")
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "hostile-markup.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "kb.sqlite"
    done = subprocess.run(_accord("run", *map(str, SETS), str(hostile), "--db", str(db)),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="session")
def server(kb_path: Path) -> Iterator[str]:
    with serving(kb_path) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium through Playwright; missing, the browser tests skip (fail under CI=true)."""
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "Playwright for Python is not installed (pip install -e '.[dev]')"
    if reason is None and not (CHROMIUM.is_file() or shutil.which("chromium")):
        reason = f"no browser at {CHROMIUM} (apt-get install chromium)"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def app(kb_path: Path) -> Iterator[object]:
    """The app in this process, its lifespan entered (the knowledge base open)."""
    from fastapi.testclient import TestClient

    from accord.web import create_app

    application = create_app(str(kb_path))
    with TestClient(application):
        yield application
