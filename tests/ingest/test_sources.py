"""Folders, globs and input order: what gets read, what is skipped, in which order."""

from __future__ import annotations

import os
import time
from pathlib import Path

from accord.config import Settings
from accord.document import ReadFailure, SkippedSource, SourceRecord
from accord.ingest import count_sources, read_sources
from accord.ingest.sources import walk


def corpus(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "b.txt").write_text("Second story.", encoding="utf-8")
    (root / "a.html").write_text("<html><body><p>First story.</p></body></html>", encoding="utf-8")
    (root / "SOURCES.tsv").write_text("file\turl\n", encoding="utf-8")
    (root / "notes.md").write_text("# notes", encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "sub" / "c.TXT").write_text("Third story.", encoding="utf-8")
    (root / "sub" / "deeper" / "d.htm").write_text("<p>Fourth story.</p>", encoding="utf-8")
    (root / ".hidden.txt").write_text("not part of the corpus", encoding="utf-8")
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    return root


# what corpus() holds, walked in path order: sub/ after the top-level files
WALKED_IN_PATH_ORDER = [
    ("SkippedSource", "SOURCES.tsv"),
    ("SourceRecord", "a.html"),
    ("SourceRecord", "b.txt"),
    ("SkippedSource", "logo.png"),
    ("SkippedSource", "notes.md"),
    ("SourceRecord", "c.TXT"),
    ("SourceRecord", "d.htm"),
]


def names(items: list[SourceRecord | ReadFailure | SkippedSource]) -> list[tuple[str, str]]:
    return [(type(i).__name__, Path(i.source).name) for i in items]


def test_folder_is_walked_recursively_in_path_order(tmp_path: Path) -> None:
    items = list(read_sources([str(corpus(tmp_path))], Settings()))
    assert names(items) == WALKED_IN_PATH_ORDER
    kinds = {i.doc: i.kind for i in items if isinstance(i, SourceRecord)}
    assert kinds == {"a.html": "html", "b.txt": "text", "c.TXT": "text", "d.htm": "html"}


def test_inputs_keep_the_order_given(tmp_path: Path) -> None:
    corpus(tmp_path)
    items = list(read_sources([str(tmp_path / "sub"), str(tmp_path / "b.txt")], Settings()))
    assert [i.doc for i in items if isinstance(i, SourceRecord)] == ["c.TXT", "d.htm", "b.txt"]


def test_glob_is_expanded_sorted_and_unknown_kinds_skipped(tmp_path: Path) -> None:
    corpus(tmp_path)
    items = list(read_sources([str(tmp_path / "*")], Settings()))
    # "*" matches sub/ too; its files come after the top-level ones in path order
    assert names(items) == WALKED_IN_PATH_ORDER


def test_recursive_glob_reads_each_file_once(tmp_path: Path) -> None:
    corpus(tmp_path)
    items = list(read_sources([str(tmp_path / "**" / "*.htm*")], Settings()))
    assert [i.doc for i in items if isinstance(i, SourceRecord)] == ["a.html", "d.htm"]
    assert len(items) == 2


def test_glob_without_matches_fails(tmp_path: Path) -> None:
    items = list(read_sources([str(tmp_path / "*.txt")], Settings()))
    assert items == [ReadFailure(str(tmp_path / "*.txt"), "no file matches this pattern")]


def test_a_bad_input_does_not_stop_the_run(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "sub" / "broken.txt").write_bytes(b"")
    items = list(read_sources([str(tmp_path / "missing"), str(tmp_path / "sub")], Settings()))
    assert names(items) == [
        ("ReadFailure", "missing"),
        ("ReadFailure", "broken.txt"),
        ("SourceRecord", "c.TXT"),
        ("SourceRecord", "d.htm"),
    ]


def test_a_named_pipe_fails_without_blocking(tmp_path: Path) -> None:
    for name in ("feed.txt", "dump.jsonl", "crawl.warc"):
        os.mkfifo(tmp_path / name)
    assert list(read_sources([str(tmp_path)], Settings())) == [
        ReadFailure(str((tmp_path / name).resolve()), "not a regular file (a pipe, socket or device)")
        for name in ("crawl.warc", "dump.jsonl", "feed.txt")
    ]


def test_a_symlink_loop_is_one_failure_each_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "c.txt").write_text("A story.")
    (tmp_path / "d.txt").symlink_to(tmp_path / "gone.txt")
    got = list(read_sources([str(tmp_path)], Settings()))
    assert got[:2] == [ReadFailure(str(tmp_path / n), "cannot read the file: Too many levels of symbolic links")
                       for n in ("a.txt", "b.txt")]
    assert isinstance(got[2], SourceRecord)
    assert got[3] == ReadFailure(str(tmp_path / "d.txt"), "cannot read the file: No such file or directory")
    assert list(read_sources([str(tmp_path / "a.txt")], Settings()))[0].source == str(tmp_path / "a.txt")


def test_a_file_name_that_is_not_utf8_is_stored_with_escapes(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("A story.")
    (record,) = read_sources([str(tmp_path)], Settings())
    assert isinstance(record, SourceRecord)
    assert (record.doc, record.source) == ("caf\\xe9.txt", str(tmp_path / "caf\\xe9.txt"))


def test_inputs_left_when_the_run_budget_is_spent_are_reported(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("A story.")
    (tmp_path / "d.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n')
    reading = read_sources([str(tmp_path / "a.txt"), str(tmp_path / "d.jsonl"), str(tmp_path / "b.txt")],
                           Settings(run_seconds=0.2))
    first = next(reading)
    time.sleep(0.3)
    rest = list(reading)
    not_read = "not read: the run's time budget of 0.2 s was spent"
    assert isinstance(first, SourceRecord) and first.doc == "a.txt"
    assert rest == [ReadFailure(str(tmp_path / "d.jsonl"), not_read), ReadFailure(str(tmp_path / "b.txt"), not_read)]


def test_a_dump_cut_by_the_run_budget_reports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n')
    reading = read_sources([str(tmp_path / "d.jsonl")], Settings(run_seconds=0.2))
    first = next(reading)
    time.sleep(0.3)
    assert isinstance(first, SourceRecord)
    assert list(reading) == [ReadFailure(str(tmp_path / "d.jsonl"),
                                         "the rest not read: the run's time budget of 0.2 s was spent")]


def test_walk_yields_the_order_of_sorted_paths_one_folder_at_a_time(tmp_path: Path) -> None:
    # "b/" sorts before "b.txt" as a path (its parts compare "b" < "b.txt"), though "b/" > "b." as text
    for name in ("b.txt", "b/x.txt", "b/a/z.txt", "a-b.txt", "B.txt", "c/.cache/h.txt", "c/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("story", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = walk(tmp_path)
    assert not isinstance(found, list)  # a generator: nothing listed before it is asked for
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "B.txt", "a-b.txt", "b/a/z.txt", "b/x.txt", "b.txt", "c/d.txt"]


def test_sources_are_counted_for_the_progress_bar(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "dump.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    # every file is one item (skipped ones too), a JSONL file one per record
    assert count_sources([str(tmp_path)]) == len(WALKED_IN_PATH_ORDER) + 2
    assert count_sources([str(tmp_path), "https://example.org/feed.xml"]) is None
