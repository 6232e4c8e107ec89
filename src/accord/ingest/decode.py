"""Bytes to text: size limit, binary sniffing, encoding detection, newline normalisation."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer

from ..errors import Errors, InputError

# Checked in order: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of formats people drop into article folders by mistake, named in the failure.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
)

SNIFF_BYTES = 8192
# Text has tabs and newlines but hardly any other control characters.
MAX_CONTROL_SHARE = 0.05
_CONTROL = bytes(sorted(frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}))

# When detection ties (cp1250 and cp1252 read Western text equally well), prefer what the
# web actually uses: Windows code pages first, as browsers do for legacy pages.
WEB_PREFERENCE: tuple[str, ...] = (
    "utf_8", "cp1252", "cp1251", "iso8859_1", "cp1250", "koi8_r", "cp1253", "cp1254",
    "cp1256", "cp1255", "cp1257", "iso8859_15", "iso8859_2", "iso8859_5", "mac_cyrillic",
)

# A line with at least this many bytes that are not UTF-8, and not one valid multi-byte UTF-8
# character, is in a legacy code page; fewer are stray bytes in a UTF-8 file, replaced.
LEGACY_LINE_BYTES = 3
# UTF-16 without a byte-order mark: in an alphabet's text the high byte of nearly every pair is
# one of a few values (0 for Latin, 4 for Cyrillic)
UTF16_HIGH_BYTES = 3
UTF16_HIGH_SHARE = 0.9
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")


@dataclass(frozen=True)
class Decoded:
    """Text and what decoding it took: ``replaced`` bytes that are not UTF-8 in a UTF-8 file,
    ``legacy_lines`` lines of another code page (``codec``) in it."""

    text: str
    codec: str
    replaced: int = 0
    legacy_lines: int = 0

    @property
    def warnings(self) -> tuple[str, ...]:
        notes = []
        if self.replaced:
            notes.append(f"{self.replaced:,} bytes that are not UTF-8 replaced with \ufffd")
        if self.legacy_lines:
            notes.append(f"{self.legacy_lines:,} lines decoded as {self.codec}, the rest as UTF-8")
        return tuple(notes)


def safe_text(text: str) -> str:
    """``text`` without lone surrogates, which no database or terminal accepts: a byte that is not
    UTF-8 in a file name (Python's surrogateescape) becomes ``\\xNN``, any other U+FFFD."""

    def one(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"

    return _SURROGATE.sub(one, text)


def format_size(n: int) -> str:
    return f"{n:,} bytes"


def over_limit(size: int, limit: int, what: str = "file") -> InputError:
    return InputError(Errors.E101, what=what, size=format_size(size), limit=format_size(limit))


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes, refused by its size on disk before anything is read."""
    size = path.stat().st_size
    if size > limit:
        raise over_limit(size, limit)
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew between stat and read
        raise over_limit(len(data), limit)
    return data


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` starts, or None when it looks like text."""
    if any(head.startswith(bom) for bom, _ in BOMS):
        return None
    for signature, name in BINARY_SIGNATURES:
        if head.startswith(signature):
            return name
    sample = head[:SNIFF_BYTES]
    if b"\x00" in sample:
        return "binary data"
    # the control bytes counted as those bytes.translate deletes (in C: a byte at a time in Python was a
    # loop of 8 KB a file)
    if sample and (len(sample) - len(sample.translate(None, _CONTROL))) / len(sample) > MAX_CONTROL_SHARE:
        return "binary data"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charset(data: bytes, header_charset: str | None = None) -> str | None:
    """The charset a server header or an HTML ``<meta>`` declares, if Python knows it."""
    found = _codec(header_charset)
    if found:
        return found
    match = _META_CHARSET.search(data[:4096])
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def _detect(data: bytes) -> Any:
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError(Errors.E102)
    tied = [m for m in results if round(m.chaos, 3) == round(best.chaos, 3) and m.coherence == best.coherence]

    def rank(encoding: str) -> int:
        return WEB_PREFERENCE.index(encoding) if encoding in WEB_PREFERENCE else len(WEB_PREFERENCE)

    return min(tied, key=lambda m: rank(m.encoding))


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``head`` reads as UTF-16 text that lacks a byte-order mark."""
    sample = head[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for codec, high_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        high = Counter(sample[high_at::2])
        if sum(n for _, n in high.most_common(UTF16_HIGH_BYTES)) / (len(sample) // 2) < UTF16_HIGH_SHARE:
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if binary_kind(text.encode("utf-8")) is None:
            return codec
    return None


def to_text(data: bytes, header_charset: str | None = None, html: bool = False) -> str:
    """Decode ``data`` and normalise newlines; binary or blank input raises InputError."""
    return decode(data, header_charset, html).text


def decode(data: bytes, header_charset: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data`` and normalise newlines; binary or blank input raises InputError.

    Order: a byte-order mark, UTF-16 without one, then UTF-8 (legacy bytes almost never are; a
    few stray bytes are replaced, lines in another code page decoded as such), then what the
    server or the page declares, then statistical detection.
    """
    decoded = _decode(data, header_charset, html)
    text = _NEWLINES.sub("\n", decoded.text.lstrip("\ufeff"))
    if not text.strip():
        raise InputError(Errors.E104)
    return Decoded(text, decoded.codec, decoded.replaced, decoded.legacy_lines)


def _decode(data: bytes, header_charset: str | None, html: bool) -> Decoded:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(codec, errors="replace"), codec)
    wide = utf16_without_bom(data[:SNIFF_BYTES])
    if wide:
        return Decoded(data.decode(wide, errors="replace"), wide)
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        raise InputError(Errors.E103, kind=kind)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, header_charset) if html else _codec(header_charset)
    return _mostly_utf8(data, declared)


def _detected(data: bytes) -> Decoded:
    best = _detect(data)
    return Decoded(str(best), str(best.encoding))


def _utf8_balance(line: bytes) -> tuple[int, int]:
    """Valid multi-byte UTF-8 characters in ``line``, and high bytes that are not part of one."""
    valid = _UTF8_MULTIBYTE.findall(line)
    return len(valid), len(_HIGH_BYTE.findall(line)) - sum(len(v) for v in valid)


def _mostly_utf8(data: bytes, declared: str | None) -> Decoded:
    """A file that is not UTF-8 throughout, read line by line: UTF-8 where a line is; a line
    mostly of bytes that are not UTF-8 is another code page's; stray bytes elsewhere are replaced
    and counted. Without one line of UTF-8 evidence the whole file is in the other code page."""
    lines = data.splitlines(keepends=True)
    valid = [_is_utf8(line) for line in lines]
    balance = [(0, 0) if ok else _utf8_balance(line) for line, ok in zip(lines, valid, strict=True)]
    evidence = any((ok and _HIGH_BYTE.search(line)) or good > bad
                   for line, ok, (good, bad) in zip(lines, valid, balance, strict=True))
    if not evidence:
        text = _decode_declared(data, declared)
        return Decoded(text, str(declared)) if text is not None else _detected(data)
    legacy = {i for i, (good, bad) in enumerate(balance) if bad >= LEGACY_LINE_BYTES and bad > good}
    codec = None
    if legacy:
        sample = b"".join(lines[i] for i in sorted(legacy))
        fits = declared not in (None, "utf-8") and _decode_declared(sample, declared) is not None
        codec = declared if fits else str(_detect(sample).encoding)
    out: list[str] = []
    replaced = 0
    for i, line in enumerate(lines):
        if i in legacy and codec:
            out.append(line.decode(codec, errors="replace"))
            continue
        text = line.decode("utf-8", errors="replace")
        replaced += text.count("\ufffd") - line.count("\ufffd".encode())
        out.append(text)
    return Decoded("".join(out), codec or "utf-8", replaced, len(legacy) if codec else 0)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_declared(data: bytes, codec: str | None) -> str | None:
    if codec is None or codec == "utf-8":
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``text/html; charset=UTF-8`` -> ("text/html", "UTF-8"); a missing header gives ("", None)."""
    if not value:
        return "", None
    mime, *params = value.split(";")
    for param in params:
        name, _, given = param.partition("=")
        if name.strip().lower() == "charset":
            return mime.strip().lower(), given.strip().strip("\"'") or None
    return mime.strip().lower(), None
