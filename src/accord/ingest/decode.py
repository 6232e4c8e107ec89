"""Bytes to text: size limit, binary sniffing, encoding detection, newline normalisation."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

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
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}

# When detection ties (cp1250 and cp1252 read Western text equally well), prefer what the
# web actually uses: Windows code pages first, as browsers do for legacy pages.
WEB_PREFERENCE: tuple[str, ...] = (
    "utf_8", "cp1252", "cp1251", "iso8859_1", "cp1250", "koi8_r", "cp1253", "cp1254",
    "cp1256", "cp1255", "cp1257", "iso8859_15", "iso8859_2", "iso8859_5", "mac_cyrillic",
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")


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
    if sample and sum(b in _CONTROL for b in sample) / len(sample) > MAX_CONTROL_SHARE:
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


def _detect(data: bytes) -> str:
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError(Errors.E102)
    tied = [m for m in results if round(m.chaos, 3) == round(best.chaos, 3) and m.coherence == best.coherence]

    def rank(encoding: str) -> int:
        return WEB_PREFERENCE.index(encoding) if encoding in WEB_PREFERENCE else len(WEB_PREFERENCE)

    return str(min(tied, key=lambda m: rank(m.encoding)))


def to_text(data: bytes, header_charset: str | None = None, html: bool = False) -> str:
    """Decode ``data`` and normalise newlines; binary or blank input raises InputError.

    Order: a byte-order mark, then valid UTF-8 (legacy bytes almost never are), then what the
    server or the page declares, then statistical detection.
    """
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        raise InputError(Errors.E103, kind=kind)
    text: str | None = None
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            declared = declared_charset(data, header_charset) if html else _codec(header_charset)
            text = _decode_declared(data, declared) or _detect(data)
    text = _NEWLINES.sub("\n", text.lstrip("\ufeff"))
    if not text.strip():
        raise InputError(Errors.E104)
    return text


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
