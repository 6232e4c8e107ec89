"""`accord serve`: bound to 127.0.0.1 unless told, and it refuses to serve a knowledge base that is not there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app


def test_listens_on_localhost_by_default() -> None:
    out = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"}).output
    assert "--host" in out and "127.0.0.1" in out
    assert "--cors-origin" in out


def test_a_missing_database_is_an_error_not_a_new_empty_one(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    done = subprocess.run([sys.executable, "-m", "accord", "serve", "--db", str(missing)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"no knowledge base at {missing}" in done.stderr
    assert not missing.exists()
