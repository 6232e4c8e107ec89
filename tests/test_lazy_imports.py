"""A query must start fast: the heavy libraries only ingestion needs are not imported by the CLI."""

import os
import subprocess
import sys

HEAVY = ("datasketch", "scipy", "numpy", "spacy", "trafilatura", "pyarrow", "httpx", "lingua", "feedparser",
         "babel", "weasyprint")


def test_the_cli_and_the_api_import_no_ingestion_library() -> None:
    code = ("import sys, accord.cli, accord.api.render, accord.extract.gazetteer;"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=os.environ.copy())
    assert out.stdout.strip() == ""
