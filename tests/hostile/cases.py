"""Hostile inputs, made at test time in a folder: each is one way a file can break a reader.

Every case says what the run must do with it: report it as failed with a reason, or store it
(with a warning where something was left out or replaced). Article text in the cases is neutral
prose that names no state, so none of it adds facts that could change what the good articles fuse with.
"""

from __future__ import annotations

import gzip
import io
import os
from dataclasses import dataclass
from pathlib import Path

NEUTRAL_PARAGRAPH = (
    "The committee met on a quiet morning to review the annual report on water management. "
    "Members noted steady progress in the repair of old canals and asked for clearer figures on maintenance. "
    "The chair thanked the engineers for their patience and promised a fuller discussion at the next session."
)


@dataclass(frozen=True)
class Case:
    """``name``: the file (or link, or JSONL line) in the folder, as the run reports it. ``failed``:
    words the failure's reason must hold; ``stored``: the input is stored, and ``warning`` words its
    warning must hold."""

    name: str
    failed: str | None = None
    warning: str | None = None
    stored: bool = False
    reported: str | None = None  # the source the run names, when it is not the file (a WARC record's URL)


def _paragraphs(size: int) -> str:
    words = NEUTRAL_PARAGRAPH.split()
    out, n = [], 0
    while sum(map(len, out)) < size:
        n += 1
        # each paragraph, and each sentence, different at its start and at its end (its number in both), so
        # no cleaning rule takes them for repeated page chrome, a sentence printed twice or one told again
        # with other words for its subject
        rotated = words[n % len(words):] + words[:n % len(words)]
        out.append(f"In paragraph {n}, " + " ".join(w.strip(".") for w in rotated).lower() + f", says note {n}.\n\n")
    return "".join(out)[:size]


def _warc_record(uri: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def make_cases(folder: Path) -> list[Case]:
    """Write every local hostile case into ``folder``; return what each must come to."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def write(name: str, data: bytes | str, case: Case) -> None:
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        cases.append(case)

    write("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, Case("binary.txt", failed="binary file"))
    write("empty.txt", b"", Case("empty.txt", failed="empty file"))
    with (folder / "huge.txt").open("wb") as fh:  # 100 MB on paper, sparse on disk
        fh.truncate(100 * 1024 * 1024)
    cases.append(Case("huge.txt", failed="over the limit"))
    write("nested.html", "<html><body>" + "<div>" * 10_000 + "<p>deep</p>" + "</div>" * 10_000 + "</body></html>",
          Case("nested.html", failed="no story text"))
    write("script-only.html", "<html><head><script>var a = 1;</script></head><body>"
          + "<script>document.write('x');</script>" * 200 + "</body></html>",
          Case("script-only.html", failed="no story text"))
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", compresslevel=9) as gz:
        gz.write(_warc_record("http://bomb.example/", b"<html><body><p>" + b"A" * (50 << 20) + b"</p></body></html>"))
    write("bomb.warc.gz", bomb.getvalue(), Case("bomb.warc.gz", failed="over the limit", reported="http://bomb.example/"))
    write("bomb.jsonl.gz", gzip.compress(b'{"text": "' + b"A" * (50 << 20) + b'"}\n', 9),
          Case("bomb.jsonl.gz#1", failed="over the limit"))
    whole = _warc_record("http://cut.example/", f"<html><body><p>{NEUTRAL_PARAGRAPH}</p></body></html>".encode())
    write("truncated.warc", whole[: len(whole) // 2], Case("truncated.warc", failed="truncated WARC"))
    write("malformed.jsonl", '{"text": "unclosed\n[1, 2]\n{"title": "no text"}\n',
          Case("malformed.jsonl#1", failed="line 1: not valid JSON"))
    cases += [Case("malformed.jsonl#2", failed="expected a JSON object"),
              Case("malformed.jsonl#3", failed="no article text")]
    write("laughs.html", '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + "]><html><body><p>&j;</p></body></html>", Case("laughs.html", failed="nothing but page chrome"))
    if os.geteuid() == 0:  # root reads any file: a read that fails with EIO is unreadable even to root
        (folder / "unreadable.txt").symlink_to("/proc/self/mem")
        cases.append(Case("mem", failed="cannot read the file: Input/output error"))  # reported as resolved
    else:
        (folder / "unreadable.txt").write_text(NEUTRAL_PARAGRAPH)
        (folder / "unreadable.txt").chmod(0)
        cases.append(Case("unreadable.txt", failed="cannot read the file: Permission denied"))
    os.mkfifo(folder / "pipe.txt")
    cases.append(Case("pipe.txt", failed="not a regular file"))
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    cases.append(Case("dangling.txt", failed="No such file or directory"))
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    cases += [Case("loop-a.txt", failed="Too many levels of symbolic links"),
              Case("loop-b.txt", failed="Too many levels of symbolic links")]
    write("deep.jsonl", '{"text": ' + _deep_json(200_000) + "}\n", Case("deep.jsonl#1", failed="nested too deeply"))
    write("deep-ld.html", '<html><head><script type="application/ld+json">' + _deep_json(200_000)
          + f"</script></head><body><article><p>{NEUTRAL_PARAGRAPH}</p></article></body></html>",
          Case("deep-ld.html", stored=True))
    name = os.fsdecode(b"caf\xe9-\xff.txt")  # bytes that are not UTF-8 in the name
    write(name, NEUTRAL_PARAGRAPH, Case("caf\\xe9-\\xff.txt", stored=True))
    write("long-article.txt", _paragraphs(1_400_000), Case("long-article.txt", stored=True, warning="truncated"))
    write("long-line.txt", _paragraphs(5_000_000).replace("\n\n", " "),
          Case("long-line.txt", stored=True, warning="truncated"))
    stray = (NEUTRAL_PARAGRAPH.replace("The chair", "The chair’s deputy") + "\n\n").encode()
    write("stray-bytes.txt", stray * 3 + b"One byte \xff is not UTF-8.\n\n" + stray,
          Case("stray-bytes.txt", stored=True, warning="not UTF-8 replaced"))
    cyrillic = "Комитет рассмотрел годовой отчёт об управлении водными ресурсами.\n\n".encode("cp1251")
    write("mixed.txt", stray + cyrillic + stray + cyrillic,
          Case("mixed.txt", stored=True, warning="decoded as cp1251"))
    write("utf16.txt", (NEUTRAL_PARAGRAPH + "\n\n").encode("utf-16-le") * 2, Case("utf16.txt", stored=True))
    write("newlines.jsonl.gz", gzip.compress(b"\n" * 100_000_000, 9),
          Case("newlines.jsonl.gz", failed="empty file"))
    return cases


def network_cases(base: str) -> list[tuple[str, Case]]:
    """(URL, case) for each hostile path of ``server.ROUTES`` that is given to the run."""
    return [
        (base + "/slow-headers", Case("/slow-headers", failed="no complete answer within 20 s")),
        (base + "/slow-body", Case("/slow-body", failed="no complete answer within 20 s")),
        (base + "/gzip-gzip", Case("/gzip-gzip", failed="decompressed page")),
        (base + "/redirect-loop", Case("/redirect-loop", failed="redirects")),
        (base + "/gigabyte-declared", Case("/gigabyte-declared", failed="over the limit")),
        (base + "/gigabyte-streamed", Case("/gigabyte-streamed", failed="over the limit")),
        (base + "/endless-feed", Case("/endless-feed", failed="over the limit")),
        (base + "/slow-feed", Case("/slow-feed", failed="the feed's time budget")),
        (base + "/billion-laughs", Case("/billion-laughs", failed="")),
    ]
