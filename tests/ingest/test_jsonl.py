"""JSONL dumps: one article a line, configurable field names, bad lines reported by number."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from accord.config import DEFAULT_JSONL_FIELDS, Settings
from accord.document import ReadFailure, SourceRecord
from accord.ingest import read_sources


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_fields_and_meta(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "dump.jsonl", [
        json.dumps({"id": "k-1", "text": "Kazakhstan and Turkey met.", "title": "Talks", "url": "https://n.example/1",
                    "published": "2021-01-28", "outlet": "Example News", "lang": "en"}),
        json.dumps({"html": "<p>Москва</p>", "text": "ignored", "link": "https://n.example/2",
                    "date": "2024-12-19T10:00:00+03:00"}, ensure_ascii=False),
        json.dumps({"content": "No id, no url."}),
    ])
    items = list(read_sources([str(path)], Settings()))
    src = str(path.resolve())
    assert items == [
        SourceRecord(doc="k-1", source=f"{src}#1", content="Kazakhstan and Turkey met.", kind="text",
                     meta={"title": "Talks", "published": "2021-01-28", "url": "https://n.example/1",
                           "outlet": "Example News"}),
        SourceRecord(doc="https://n.example/2", source=f"{src}#2", content="<p>Москва</p>", kind="html",
                     meta={"published": "2024-12-19T10:00:00+03:00", "url": "https://n.example/2"}),
        SourceRecord(doc="dump.jsonl:3", source=f"{src}#3", content="No id, no url.", kind="text", meta={}),
    ]


def test_field_names_come_from_settings(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", [json.dumps({"story": "Body.", "when": "2020-05-01", "text": "x"})])
    fields = {**DEFAULT_JSONL_FIELDS, "text": ("story",), "published": ("when",)}
    (rec,) = read_sources([str(path)], Settings(jsonl_fields=fields))
    assert isinstance(rec, SourceRecord)
    assert rec.content == "Body."
    assert rec.meta == {"published": "2020-05-01"}


def test_malformed_line_names_its_number_and_others_are_read(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", [
        json.dumps({"text": "first"}),
        "",
        '{"text": "broken',
        "[1, 2]",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "last"}),
    ])
    items = list(read_sources([str(path)], Settings()))
    src = str(path.resolve())
    assert [type(i).__name__ for i in items] == [
        "SourceRecord", "ReadFailure", "ReadFailure", "ReadFailure", "ReadFailure", "SourceRecord"
    ]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.source for f in failures] == [f"{src}#3", f"{src}#4", f"{src}#5", f"{src}#6"]
    assert "line 3: not valid JSON" in failures[0].reason
    assert "line 4: expected a JSON object, found list" in failures[1].reason
    assert "line 5: no article text" in failures[2].reason
    assert "line 6: field 'text' is empty" in failures[3].reason
    assert [i.content for i in items if isinstance(i, SourceRecord)] == ["first", "last"]


def test_line_over_limit_fails_alone(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", [
        json.dumps({"text": "y" * 500}), json.dumps({"text": "short"}),
    ])
    items = list(read_sources([str(path)], Settings(max_bytes=100)))
    assert isinstance(items[0], ReadFailure)
    # 10 + 500 + 2 bytes of JSON and the newline
    assert "line 1 is 513 bytes, over the limit of 100 bytes" in items[0].reason
    assert isinstance(items[1], SourceRecord) and items[1].content == "short"


def test_empty_and_binary_dumps_fail_once(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01\x02" * 50 + b"\n" + b"\x00" * 10 + b"\n")
    (empty,) = read_sources([str(tmp_path / "empty.jsonl")], Settings())
    (binary,) = read_sources([str(tmp_path / "bin.jsonl")], Settings())
    assert isinstance(empty, ReadFailure) and "empty file" in empty.reason
    assert isinstance(binary, ReadFailure) and "binary file" in binary.reason


def test_gzipped_dump_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress("\ufeff".encode() + json.dumps({"id": 7, "text": "Body."}).encode()))
    (rec,) = read_sources([str(path)], Settings())
    assert isinstance(rec, SourceRecord)
    assert (rec.doc, rec.content) == ("7", "Body.")


def test_json_nested_too_deep_fails_its_line_alone(tmp_path: Path) -> None:
    deep = '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}"
    path = write_lines(tmp_path / "d.jsonl", [deep, json.dumps({"text": "Body."})])
    first, second = read_sources([str(path)], Settings())
    assert first == ReadFailure(f"{path}#1", "[E118] line 1: JSON nested too deeply to read "
                                             "(check the file, or leave it out of the run)")
    assert isinstance(second, SourceRecord) and second.content == "Body."


def test_runs_of_blank_lines_keep_the_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl.gz"
    body = json.dumps({"text": "Body."}).encode()
    path.write_bytes(gzip.compress(b"\n" * 200_000 + body + b"\n \n\t\n" + body))
    first, second = read_sources([str(path)], Settings())
    assert (first.source, second.source) == (f"{path}#200001", f"{path}#200004")


def test_a_lone_line_over_the_limit_is_the_only_failure(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", [json.dumps({"text": "y" * 500})])
    (only,) = read_sources([str(path)], Settings(max_bytes=100))
    assert isinstance(only, ReadFailure) and "over the limit" in only.reason


def test_lone_surrogates_in_json_are_replaced(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "d.jsonl", ['{"text": "a\\ud800b", "title": "t\\udc80"}'])
    (rec,) = read_sources([str(path)], Settings())
    assert isinstance(rec, SourceRecord)
    assert (rec.content, rec.meta["title"]) == ("a\ufffdb", "t\\x80")
