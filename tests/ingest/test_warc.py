"""WARC files made at test time with warcio's writer, and truncated copies of them."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accord.config import Settings
from accord.document import ReadFailure, SourceRecord
from accord.ingest import read_sources

ARTICLE = "<html><head><title>Talks</title></head><body><p>Ministers of two countries met.</p></body></html>"
RUSSIAN = "Президенты двух стран обсудили торговлю и инвестиции, а также транспортные коридоры."


def write_warc(path: Path, compress: bool) -> list[int]:
    """A crawl of five URLs; returns the offset where each record ends."""
    ends: list[int] = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)

        def add(uri: str, rec_type: str, body: bytes, status: str = "200 OK", ctype: str | None = None) -> None:
            headers = [("Content-Type", ctype)] if ctype else []
            headers.append(("Last-Modified", "Tue, 01 Oct 2019 08:00:00 GMT"))
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1") if rec_type == "response" else None
            if rec_type == "request":
                http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            record = writer.create_warc_record(uri, rec_type, payload=BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2020-02-02T02:02:02Z"})
            writer.write_record(record)
            ends.append(fh.tell())

        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
        ends.append(fh.tell())
        add("https://news.example/a", "request", b"")
        add("https://news.example/a", "response", ARTICLE.encode(), ctype="text/html; charset=utf-8")
        add("https://news.example/logo.png", "response", b"\x89PNG\r\n\x1a\n" + bytes(64), ctype="image/png")
        add("https://news.example/old", "response", b"<html>moved</html>", status="301 Moved Permanently",
            ctype="text/html")
        add("https://news.example/ru.txt", "response", RUSSIAN.encode("cp1251"),
            ctype="text/plain; charset=windows-1251")
        add("https://news.example/b", "response", ("<html><body><p>" + "Trade grew. " * 400 + "</p></body></html>")
            .encode(), ctype="text/html")
    return ends


def test_responses_become_articles_and_the_rest_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, compress=True)
    items = list(read_sources([str(path)], Settings()))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("SourceRecord", "https://news.example/a"),
        ("SkippedSource", "https://news.example/logo.png"),
        ("SkippedSource", "https://news.example/old"),
        ("SourceRecord", "https://news.example/ru.txt"),
        ("SourceRecord", "https://news.example/b"),
    ]
    first, _, _, russian, _ = items
    assert first == SourceRecord(doc="https://news.example/a", source="https://news.example/a", content=ARTICLE,
                                 kind="html", meta={"url": "https://news.example/a"})
    assert isinstance(russian, SourceRecord)
    assert (russian.kind, russian.content) == ("text", RUSSIAN)


def test_fetch_times_never_become_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, compress=False)
    records = [i for i in read_sources([str(path)], Settings()) if isinstance(i, SourceRecord)]
    assert len(records) == 3
    assert all("published" not in r.meta for r in records)
    assert not any("2020-02-02" in v or "2019" in v for r in records for v in r.meta.values())


def test_truncated_warc_gz_yields_records_before_the_break_then_one_failure(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc.gz"
    ends = write_warc(whole, compress=True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: (ends[-2] + ends[-1]) // 2])  # halfway into the last record
    items = list(read_sources([str(cut)], Settings()))
    assert [type(i).__name__ for i in items] == [
        "SourceRecord", "SkippedSource", "SkippedSource", "SourceRecord", "ReadFailure"
    ]
    failure = items[-1]
    assert isinstance(failure, ReadFailure)
    assert failure.source == str(cut.resolve())
    assert "truncated WARC" in failure.reason


def test_truncated_plain_warc_does_not_yield_the_cut_record(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc"
    ends = write_warc(whole, compress=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: ends[-1] - 1000])
    items = list(read_sources([str(cut)], Settings()))
    assert [i.source for i in items[:-1]] == [
        "https://news.example/a", "https://news.example/logo.png", "https://news.example/old",
        "https://news.example/ru.txt",
    ]
    assert isinstance(items[-1], ReadFailure)
    assert "record 7 is cut short" in items[-1].reason


def test_record_over_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, compress=True)
    items = list(read_sources([str(path)], Settings(max_bytes=2000)))
    big = items[-1]
    assert isinstance(big, ReadFailure)
    assert big.source == "https://news.example/b"
    assert "over the limit of 2,000 bytes" in big.reason
    assert sum(isinstance(i, SourceRecord) for i in items) == 2


def test_not_a_warc_and_empty_warc_fail(tmp_path: Path) -> None:
    (tmp_path / "fake.warc").write_text("just some text\n", encoding="utf-8")
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    (fake,) = read_sources([str(tmp_path / "fake.warc")], Settings())
    (empty,) = read_sources([str(tmp_path / "empty.warc.gz")], Settings())
    assert isinstance(fake, ReadFailure) and fake.reason.startswith("not a WARC file")
    assert isinstance(empty, ReadFailure) and "empty file" in empty.reason


def test_compressed_http_body_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gz.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/z", "response", payload=BytesIO(gzip.compress(ARTICLE.encode())), http_headers=http))
    (rec,) = read_sources([str(path)], Settings())
    assert isinstance(rec, SourceRecord) and rec.content == ARTICLE
