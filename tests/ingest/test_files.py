"""Single article files: decoding, sniffing, and the bad inputs each reported as one failure."""

from __future__ import annotations

import codecs
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from accord.config import Settings
from accord.document import ReadFailure, SkippedSource, SourceRecord
from accord.ingest import read_sources
from accord.ingest.decode import to_text

RUSSIAN = (
    "Главы правительств двух стран встретились в столице и обсудили торговлю, инвестиции и "
    "транспортные коридоры.\nСтороны договорились расширить сотрудничество в энергетике."
)
GERMAN = (
    "Die Außenminister trafen sich in München. Über die Zusammenarbeit wurde ausführlich gesprochen; "
    "Grüße an alle Bürger. Café, naïve, résumé, façade."
)


def read_one(path: Path, settings: Settings | None = None) -> SourceRecord | ReadFailure | SkippedSource:
    items = list(read_sources([str(path)], settings or Settings()))
    assert len(items) == 1, items
    return items[0]


def record(path: Path, settings: Settings | None = None) -> SourceRecord:
    item = read_one(path, settings)
    assert isinstance(item, SourceRecord), item
    return item


def failure(path: Path, settings: Settings | None = None) -> ReadFailure:
    item = read_one(path, settings)
    assert isinstance(item, ReadFailure), item
    return item


def test_text_file_gives_base_name_and_absolute_source(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("Leaders met.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rec = record(Path("a.txt"))
    assert rec.doc == "a.txt"
    assert rec.source == str(tmp_path.resolve() / "a.txt")
    assert rec.kind == "text"
    assert rec.content == "Leaders met.\n"
    assert rec.meta == {}


def test_html_file_is_read_as_html(tmp_path: Path) -> None:
    page = "<html><head><title>T</title></head><body><p>Ministers signed a deal.</p></body></html>"
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    rec = record(tmp_path / "p.htm")
    assert rec.kind == "html"
    assert rec.content == page


def test_cp1251_russian_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert record(path).content == RUSSIAN


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_bytes(GERMAN.encode("latin-1"))
    assert record(path).content == GERMAN


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    body = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва и Астана</p></body></html>"
    path = tmp_path / "ru.html"
    path.write_bytes(body.encode("cp1251"))
    assert "Москва и Астана" in record(path).content


def test_boms_are_removed(tmp_path: Path) -> None:
    (tmp_path / "u8.txt").write_bytes(codecs.BOM_UTF8 + "Ташкент".encode())
    (tmp_path / "u16.txt").write_bytes("Ташкент, München".encode("utf-16"))  # writes a BOM
    assert record(tmp_path / "u8.txt").content == "Ташкент"
    assert record(tmp_path / "u16.txt").content == "Ташкент, München"


def test_newlines_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "crlf.txt").write_bytes(b"one\r\ntwo\rthree\n")
    assert record(tmp_path / "crlf.txt").content == "one\ntwo\nthree\n"


def test_binary_file_fails(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(bytes(range(256)) * 4)
    assert "binary file" in failure(tmp_path / "x.txt").reason


def test_empty_and_blank_files_fail(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"  \n\t\r\n ")
    assert "empty file" in failure(tmp_path / "empty.txt").reason
    assert "empty file" in failure(tmp_path / "blank.html").reason


def test_html_with_no_text_is_still_read(tmp_path: Path) -> None:
    page = "<html><head><script>var x = 1;</script></head><body><div></div></body></html>"
    (tmp_path / "bare.html").write_text(page, encoding="utf-8")
    assert record(tmp_path / "bare.html").content == page


def test_file_over_limit_fails_by_its_size_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 50 MB of zero bytes, which would read as binary
        fh.truncate(50 * 1024 * 1024)
    reason = failure(path).reason
    assert "52,428,800 bytes" in reason
    assert "limit of 10,485,760 bytes" in reason
    assert "binary" not in reason


def test_small_limit_from_settings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x" * 101, encoding="utf-8")
    assert "101 bytes, over the limit of 100 bytes" in failure(tmp_path / "a.txt", Settings(max_bytes=100)).reason
    assert record(tmp_path / "a.txt", Settings(max_bytes=101)).content == "x" * 101


def test_missing_path_fails(tmp_path: Path) -> None:
    assert failure(tmp_path / "nope.txt").reason == "no such file or folder"


def test_explicit_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("# Talks\n\nThe two ministers met.", encoding="utf-8")
    (tmp_path / "page.asp").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert record(tmp_path / "story.md").kind == "text"
    assert record(tmp_path / "page.asp").kind == "html"
    assert "PNG image" in failure(tmp_path / "photo.png").reason


def _normalised(text: str) -> str:
    for newline in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(newline, "\n")
    return text.lstrip("\ufeff")


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from("\n\r\t"), min_size=1))
def test_any_utf8_text_round_trips_with_newlines_normalised(text: str) -> None:
    assume(_normalised(text).strip())
    assert to_text(text.encode("utf-8")) == _normalised(text)
