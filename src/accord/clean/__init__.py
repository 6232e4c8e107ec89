"""Cleaning: a page to its story (body text, title, language, publication date)."""

from __future__ import annotations

from ..budget import within_words
from ..config import Settings
from ..document import CleanDocument, SourceRecord
from ..errors import Errors, InputError
from . import language, shape
from .html import extract_html
from .published import publication_date
from .text import clean_text

# lines this long are prose: the sample the page's language is first guessed from
PROSE_SAMPLE_WORDS = 10
# cleaning reads a page's lines as a whole; text past this many times the word budget could never
# be kept, so it is not cleaned either
RAW_WORDS_PER_BUDGET_WORD = 2


def _first_guess(raw: str) -> str | None:
    prose = [ln for ln in raw.splitlines() if len(shape.words(ln)) >= PROSE_SAMPLE_WORDS]
    return language.detect(" ".join(prose) if prose else raw)


def clean_record(record: SourceRecord, settings: Settings) -> CleanDocument:
    """The story of one page; raises InputError when the page holds no story text."""
    stated = [record.meta.get("published")]
    known_title = record.meta.get("title") or None
    raw = record.content
    if record.kind == "html":
        page_html = extract_html(record.content, record.meta.get("url"))
        raw = page_html.text
        known_title = known_title or page_html.title
        stated.append(page_html.published)
    if not raw.strip():
        raise InputError(Errors.E116, source=record.source)
    cut = within_words(raw, settings.max_words * RAW_WORDS_PER_BUDGET_WORD)
    raw = cut[0] if cut else raw
    page = clean_text(raw, _first_guess(raw), known_title)
    text = "\n\n".join(page.paragraphs)
    if not text:
        raise InputError(Errors.E117)
    lang = language.detect(text) or _first_guess(raw)
    return CleanDocument(
        doc=record.doc, source=record.source, text=text, title=page.title, language=lang,
        published=publication_date(stated, page, text, lang), outlet=record.meta.get("outlet") or None,
        url=record.meta.get("url") or None, masthead=page.masthead,
    )
