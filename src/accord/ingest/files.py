"""One article per file: .txt and .html files, and files of unknown kind named on the command line."""

from __future__ import annotations

import re
from pathlib import Path

from ..config import Settings
from ..document import ReadFailure, SourceRecord
from ..errors import InputError
from .decode import decode, read_limited, safe_text
from .sources import source_name

# A file of unknown kind that opens like a web page is read as one.
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def read_file(path: Path, kind: str | None, settings: Settings) -> SourceRecord | ReadFailure:
    """Read one article file; ``kind`` None means sniff: text or HTML, and binary is refused."""
    source = source_name(path)
    try:
        data = read_limited(path, settings.max_bytes)
        decoded = decode(data, html=kind != "text")
    except InputError as exc:
        return ReadFailure(source, str(exc))
    except OSError as exc:
        return ReadFailure(source, f"cannot read the file: {exc.strerror or exc}")
    if kind is None:
        kind = "html" if looks_like_html(decoded.text) else "text"
    return SourceRecord(doc=safe_text(path.name), source=source, content=decoded.text, kind=kind,
                        warnings=decoded.warnings)
