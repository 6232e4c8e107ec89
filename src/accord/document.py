"""The items that flow through a run, from reading to the store: plain dataclasses, no behaviour.

Every source becomes exactly one item. A stage turns the items it handles into the next kind and
passes the others through unchanged, so a read failure, a file that is no article, an unchanged
source and a page with no story travel to the end of the run with their reason and are counted there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts import Extraction


@dataclass(frozen=True)
class SourceRecord:
    """One article as read from a file, a JSONL line, a WARC record, a feed item or a URL.

    ``doc`` is the name the contract prints (a file's base name, a record's id or URL);
    ``source`` identifies it across runs (path or URL). ``kind`` is "text" or "html".
    ``meta`` holds what the container said about the article (title, published, url, outlet),
    never fetch times. ``warnings`` say what reading it took that the user should know (bytes
    replaced, lines in another code page).
    """

    doc: str
    source: str
    content: str
    kind: str = "text"
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadFailure:
    """A source that could not be read, or a page with no story, with the reason in words a user understands."""

    source: str
    reason: str


@dataclass(frozen=True)
class CleanDocument:
    """The story of one page: body paragraphs, headline, language and publication date."""

    doc: str
    source: str
    text: str
    title: str | None = None
    language: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    # the site's name the page prints above its first menu ("Lagos Trade Monitor"): who publishes the story
    masthead: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class SkippedSource:
    """A file in an input folder that is not an article (a .tsv, an image): counted, never read."""

    source: str
    reason: str


@dataclass(frozen=True)
class Unchanged:
    """A source the knowledge base already holds with the same content: not processed again."""

    source: str
    reason: str = "stored with the same content"


@dataclass(frozen=True)
class DocumentResult:
    """A cleaned page and its facts; ``extraction`` stays empty until the extract stage ran (or with --clean-only).
    ``warnings``: what the user should know about a document that was stored (bytes replaced when it
    was decoded, text past the word budget left out)."""

    record: SourceRecord
    document: CleanDocument
    extraction: Extraction = field(default_factory=Extraction)
    warnings: tuple[str, ...] = ()


Item = SourceRecord | DocumentResult | ReadFailure | SkippedSource | Unchanged
"""What flows through a run; every source is exactly one of these at every stage."""
