"""Hostile command-line arguments: each is refused with an error naming it, and changes nothing."""

from __future__ import annotations

import gzip
import hashlib
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.api import KnowledgeBase
from accord.cli import app
from accord.config import Settings
from accord.document import CleanDocument, ReadFailure, SourceRecord
from accord.facts import Event, Evidence, Extraction
from accord.ingest import read_sources
from accord.pipeline import DocumentResult
from accord.store import ingest

TEXT = "Presidents of Tajikistan and Russia met in Moscow on March 17, 2025, to discuss aluminium supplies."


def _kb(folder: Path) -> Path:
    db = folder / "kb.sqlite"
    doc = CleanDocument("a.txt", "a.txt", TEXT, title="Talks", language="en", published="2025-03-18")
    ex = Extraction(events=[Event("CONSULT", ["TJK", "RUS"], mode="meeting", date="2025-03-17", location="Moscow",
                                  evidence=Evidence(TEXT, 0, len(TEXT)))])
    with KnowledgeBase(str(db)) as kb:
        ingest(kb.store, [DocumentResult(SourceRecord("a.txt", "a.txt", TEXT), doc, ex)])
    return db


@pytest.mark.parametrize(("args", "named"), [
    (["dyad", "", "RUS"], "[E222] no country given (an empty name)"),
    (["dyad", "TJK", "   "], "[E222] no country given (an empty name)"),
    (["partners", "a"], "[E201] unknown country 'a'"),
    (["timeline", "x"], "[E201] unknown country 'x'"),
    (["partners", "zzzz"], "unknown country 'zzzz'"),
])
def test_a_country_that_is_not_one_is_an_error_naming_it(tmp_path: Path, args: list[str], named: str) -> None:
    db = _kb(tmp_path)
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert named in result.output


def test_a_name_the_gazetteer_knows_is_still_accepted(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["partners", "Tajik", "--db", str(_kb(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    assert '"RUS"' in result.output


def test_export_to_a_path_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    db = _kb(tmp_path)
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(app, ["export", "--output", str(tmp_path / "file" / "out"), "--db", str(db)])
    assert result.exit_code == 2
    assert f"cannot write the export to {tmp_path / 'file' / 'out'}: Not a directory" in result.output
    assert "Traceback" not in result.output


def test_extract_to_a_path_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    out = tmp_path / "missing" / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(out), "--clean-only"])
    assert result.exit_code == 2
    assert f"cannot write {out}: No such file or directory" in result.output


def test_a_foreign_sqlite_file_is_refused_and_left_unaltered(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    for args in (["dyad", "TJK", "RUS"], ["run", str(tmp_path / "none.txt")]):
        result = CliRunner().invoke(app, [*args, "--db", str(foreign)])
        assert result.exit_code == 2
        assert "is an SQLite database that Accord did not make (it holds notes); it was left as it is" in result.output
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.db"]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable folder, the same folder mounted read-only): root ignores file modes, not a read-only mount."""
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    rw.mkdir()
    ro.mkdir()
    if os.geteuid() != 0:
        rw_mode = rw.stat().st_mode
        yield rw, rw
        rw.chmod(rw_mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(rw), str(ro)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], check=True, capture_output=True)
        yield rw, ro
    finally:
        subprocess.run(["umount", str(ro)], check=True)


def test_a_knowledge_base_in_a_read_only_folder_can_be_queried(read_only_folder: tuple[Path, Path]) -> None:
    rw, ro = read_only_folder
    _kb(rw)
    if ro == rw:
        for path in (rw / "kb.sqlite", rw):
            path.chmod(0o555)
    before = sorted(p.name for p in rw.iterdir())
    for args in (["dyad", "TJK", "RUS", "--json"], ["search", "aluminium", "--json"], ["partners", "TJK"]):
        result = CliRunner().invoke(app, [*args, "--db", str(ro / "kb.sqlite")])
        assert result.exit_code == 0, result.output
    found = CliRunner().invoke(app, ["search", "aluminium", "--db", str(ro / "kb.sqlite")])
    assert "aluminium supplies" in found.output
    assert sorted(p.name for p in rw.iterdir()) == before


def test_a_gzip_of_only_newlines_is_read_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "blank.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n" * 100_000_000, 9))
    assert path.stat().st_size < 120_000
    started = time.monotonic()
    assert list(read_sources([str(path)], Settings())) == [ReadFailure(str(path), "empty file (no JSONL lines)")]
    assert time.monotonic() - started < 15
