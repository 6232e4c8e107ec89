"""Property tests: any bytes in a file give a record or a reported failure, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.config import Settings
from accord.document import ReadFailure, SourceRecord
from accord.ingest import read_sources

_SUFFIXES = (".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".jsonl.gz", "")
_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from([b'{"text": "a b c"}', b"{", b"[1]", b"\n", b'{"text": "\\ud800"}', b"\xff",
                              b"WARC/1.0\r\n", b"<html><body><p>x</p>"]), max_size=10).map(b"".join),
)


@settings(max_examples=300, deadline=None)
@given(_BYTES, st.sampled_from(_SUFFIXES))
def test_any_bytes_are_a_record_or_a_failure(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_sources([str(path)], Settings(max_bytes=1500)))
    assert items
    for item in items:
        assert isinstance(item, SourceRecord | ReadFailure)
        if isinstance(item, ReadFailure):
            assert item.reason
        else:
            item.content.encode("utf-8")  # no lone surrogates: every record can be stored
            item.source.encode("utf-8")
