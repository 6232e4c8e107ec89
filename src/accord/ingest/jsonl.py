"""JSONL dumps: one article per line, fields named as Settings.jsonl_fields says."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..config import Settings
from ..document import ReadFailure, SourceRecord
from ..errors import Errors, InputError
from .decode import binary_kind, over_limit, safe_text
from .sources import source_name

META_FIELDS = ("title", "published", "url", "outlet")
_READ_CHUNK = 1 << 16


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any] | None:
    """The first key present with a value; null and "" count as absent."""
    for key in keys:
        value = obj.get(key)
        if value is not None and value != "":
            return key, value
    return None


def _scalar(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return safe_text(str(value))  # a JSON "\\ud800" escape is a lone surrogate no database stores
    return None


def parse_line(raw: bytes, line_no: int, path: Path, settings: Settings) -> SourceRecord:
    """One JSONL line to a record; every problem raises InputError naming the line."""
    where = f"line {line_no}"
    try:
        obj = json.loads(raw.decode("utf-8-sig" if line_no == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E105, where=where, byte=exc.start + 1) from exc
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E106, where=where, problem=exc.msg, column=exc.colno) from exc
    except RecursionError as exc:
        raise InputError(Errors.E118, where=where) from exc
    if not isinstance(obj, dict):
        raise InputError(Errors.E107, where=where, found=type(obj).__name__)
    fields = settings.jsonl_fields
    html = _pick(obj, fields.get("html", ()))
    text = _pick(obj, fields.get("text", ()))
    chosen, kind = (html, "html") if html else (text, "text")
    if chosen is None:
        keys = ", ".join((*fields.get("text", ()), *fields.get("html", ())))
        raise InputError(Errors.E108, where=where, keys=keys)
    key, content = chosen
    if not isinstance(content, str):
        raise InputError(Errors.E109, where=where, key=key, found=type(content).__name__)
    content = safe_text(content.replace("\r\n", "\n").replace("\r", "\n"))
    if not content.strip():
        raise InputError(Errors.E110, where=where, key=key)
    meta = {}
    for name in META_FIELDS:
        found = _pick(obj, fields.get(name, ()))
        value = _scalar(found[1]) if found else None
        if value:
            meta[name] = value
    ident = _pick(obj, fields.get("id", ()))
    doc = (_scalar(ident[1]) if ident else None) or meta.get("url") or f"{path.name}:{line_no}"
    return SourceRecord(doc=doc, source=f"{source_name(path)}#{line_no}", content=content, kind=kind, meta=meta)


def _open(path: Path) -> gzip.GzipFile | io.BufferedReader:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def _skip_rest_of_line(fh: gzip.GzipFile | io.BufferedReader) -> int:
    skipped = 0
    while chunk := fh.readline(_READ_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _skip_blank_lines(fh: gzip.GzipFile | io.BufferedReader) -> int:
    """Consume the blank lines ahead in blocks, not one readline each: a gzip of 100 KB can hold
    a hundred million newlines. Returns how many lines were skipped."""
    skipped = 0
    while True:
        ahead = fh.peek(_READ_CHUNK)[:_READ_CHUNK]
        blank = len(ahead) - len(ahead.lstrip())
        whole = ahead.rfind(b"\n", 0, blank) + 1  # up to the end of the last blank line seen
        if not whole:
            return skipped
        fh.read(whole)
        skipped += ahead.count(b"\n", 0, whole)


def read_jsonl(path: Path, settings: Settings) -> Iterator[SourceRecord | ReadFailure]:
    """Each line is its own article: a bad line is one ReadFailure and the others are still read.

    A dump holds many articles, so Settings.max_bytes applies to each line, never to the file;
    the file is streamed line by line and never held whole.
    """
    source = source_name(path)
    limit = settings.max_bytes
    nonblank = 0
    line_no = 0
    try:
        with _open(path) as fh:
            while raw := fh.readline(limit + 1):
                line_no += 1
                line_source = f"{source}#{line_no}"
                if len(raw) > limit and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_rest_of_line(fh)
                    nonblank += 1
                    yield ReadFailure(line_source, str(over_limit(size, limit, what=f"line {line_no}")))
                    continue
                if line_no == 1 and binary_kind(raw):
                    yield ReadFailure(source, f"binary file ({binary_kind(raw)}), not JSONL")
                    return
                if not raw.strip():
                    line_no += _skip_blank_lines(fh)
                    continue
                nonblank += 1
                try:
                    yield parse_line(raw, line_no, path, settings)
                except InputError as exc:
                    yield ReadFailure(line_source, str(exc))
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadFailure(source, f"cannot read past line {line_no}: {exc}")
        return
    if not nonblank:
        yield ReadFailure(source, "empty file (no JSONL lines)")
