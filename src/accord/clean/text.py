"""Scraped page text to its story: drop chrome lines, find the headline, keep each paragraph once.

Line by line (``chrome`` rules), then by position: what stands above the headline is the site's
header, a run of short unpunctuated lines is a link list, and what follows the story's last sentence
is the site's footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..timex import find_time_expressions, opens_dateline
from . import cues, shape
from .chrome import (
    PageContext,
    chrome_reason,
    cue_inside_prose,
    ends_table,
    is_byline,
    is_navigation,
    without_credit_tail,
)
from .datelines import full_dates, undated_words, without_credit
from .repeats import Told, without_glued_repeat, without_pull_quotes, without_told
from .title import clean_title, find_title, is_lead

# " date 2031-02-03 " at the very top: a page tag some scrapers print, metadata rather than text
DATE_TAG = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# link lists ("more stories") are runs of at least this many short unpunctuated lines
LINK_RUN_MIN = 3
LINK_LINE_MAX_WORDS = 16
# a line the story closes with: a sentence of at least this many words
CLOSING_SENTENCE_MIN_WORDS = 10
# after the story's last sentence only sentences of at least this many words can still be story
FOOTER_SENTENCE_MIN_WORDS = 4
# a paragraph cut by the scrape keeps at least a clause
CUT_PROSE_MIN_WORDS = 6
# a headline capitalises most words; prose, even cut short, mostly does not
CUT_PROSE_MIN_LOWERCASE = 0.5
# a standfirst under the headline is a sentence-like line of at least this many words
STANDFIRST_MIN_WORDS = 6
# a statistics table under its caption: at most this many lines, none of them a sentence
TABLE_MAX_LINES = 60
# a table with no caption ("H1 2030    H1 2031    change", "Sales to Peru    1,270    1,315    +3.5%"): a
# run of at least this many lines of columns set apart by wide spaces or bars, holding figures, between
# the story's sentences
BARE_TABLE_MIN_ROWS = 3
TABLE_COLUMN_GAP = re.compile(r"\s{3,}|\s\|\s")
TABLE_ROW_MIN_GAPS = 2
# a site's name and motto above its first menu take a line or two
MASTHEAD_MAX_LINES = 2


@dataclass(frozen=True)
class ScrapedPage:
    """``paragraphs``: the story; ``title``: its headline; ``date_tag``: the scraper's date tag;
    ``lines``: every non-empty line of the page (where page dates live); ``masthead``: the site's name and
    motto above its first menu, when the headline stands below it."""

    paragraphs: list[str]
    title: str | None
    date_tag: str | None
    lines: list[str]
    masthead: str | None = None


def split_lines(raw: str) -> tuple[list[str], str | None]:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    tag = None
    m = DATE_TAG.match(text)
    if m:
        tag = m.group(1)
        text = text[m.end():]
    return [ln.strip() for ln in text.split("\n") if ln.strip()], tag


# where a scrape may have glued a headline and its byline or date into one line: the first lines of a page
GLUED_HEAD_LINES = 12
# "...Jane Doe12 March 2025": a letter right before a digit, where a glued date may start
LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
# a byline in capitals glued on has a name, a title, a place and a stamp at most
# ("JANE DOE TRADE REPORTER OTTAWA PUBLISHED MARCH 13, 2025 UPDATED 7:05 A.M. ET")
GLUED_CAPITALS_MAX_WORDS = 16
# a byline glued on after a space ("... committee By Jane Doe | 17 October 2024") names a person or two
BYLINE_WORDS = 6
# a date glued on may carry its clock time after it, after a comma or a dash, and the time's zone
# ("12 March 2025 10:42", "12.03.2025 – 10:42", "12.03.2025, 10:42 CET")
CLOCK_AFTER = re.compile(r"\s*(?:[,–—-]\s*)?(?:[0-2]?\d[:.][0-5]\d(?:\s*[A-Z]{2,4})?)?\s*$")
# ... and the stamp's other fields after a bar or a dot ("12.03.2025, 10:42 | Newsroom staff · 3 min read")
FIELDS_AFTER = re.compile(r"\s*(?:,\s*)?(?:[0-2]?\d[:.][0-5]\d)?\s*[|·•]\s+(?P<fields>.*)$")


def _stamp_tail(tail: str, at: int) -> bool:
    """What follows a glued date from ``at`` on is its clock time, or the stamp's fields: a byline's few words."""
    if CLOCK_AFTER.fullmatch(tail, at):
        return True
    fields = FIELDS_AFTER.fullmatch(tail, at)
    return fields is not None and len(shape.words(fields.group("fields"))) <= BYLINE_WORDS


def _glued_capitals(line: str) -> int | None:
    """Where a line runs from a lowercase letter straight into a closing run of words in capitals, a
    byline as many sites print it ("...as levies biteJANE DOE STAFF REPORTER"), or None."""
    words = line.split()
    for n in range(min(len(words) - 1, GLUED_CAPITALS_MAX_WORDS), 0, -1):
        head, tail = words[-n - 1], words[-n:]
        # the word where they meet: lowercase letters, then capitals ("biteJANE")
        cut = next((k for k in range(1, len(head)) if head[k - 1].islower() and head[k:].isupper()), None)
        if (cut is not None and len(head) - cut > 1
                and not any(ch.islower() for w in tail for ch in w)):  # "MARCH 13, 2025" runs on too
            return line.rfind(head) + cut
    return None


def _dated_byline(tail: str, lang: str | None) -> bool:
    """'By Jane Doe | 17 October 2024' ending a headline's line: a byline with the full date of the story,
    glued on after a space."""
    dates = [d for d in find_time_expressions(tail, lang or "en") if None not in (d.year, d.month, d.day)]
    return bool(dates) and CLOCK_AFTER.fullmatch(tail, dates[-1].end) is not None and \
        len(shape.words(tail[:dates[-1].start])) <= BYLINE_WORDS


# "...leave the territoryPublished 01/02/2031 at 18:05 - By the desk": a stamp glued onto a headline opens
# with its date within its first few words and has few words beside it; the headline's word before the glue
# ends in at least this many lowercase letters (a name's inner capital, "McKay", "MacLeod", is no glue)
GLUED_STAMP_LEAD_WORDS = 3
GLUED_STAMP_MAX_WORDS = 8
GLUED_WORD_LOWERCASE = 3


def _opens_with_stamp(line: str, at: int, lang: str | None) -> bool:
    before, tail = line[max(0, at - GLUED_WORD_LOWERCASE):at], line[at:]
    if len(before) < GLUED_WORD_LOWERCASE or not (before.isalpha() and before.islower()):
        return False
    dates = full_dates(tail, lang)
    others = undated_words(tail, lang)
    return (bool(dates) and others is not None and others <= GLUED_STAMP_MAX_WORDS
            and len(shape.words(tail[:dates[0][0]])) <= GLUED_STAMP_LEAD_WORDS)


def _case_breaks(line: str) -> list[int]:
    """Where a lowercase letter runs straight into a capital inside a word ("talksMAPUTO", "BlantyreLilongwe")."""
    return [k for k in range(1, len(line)) if line[k - 1].islower() and line[k].isupper()]


def _opens_with_dateline(tail: str, lang: str | None) -> bool:
    """'MAPUTO, March 3, 2031 (Agency) -' opening what follows a glue: a place and the day of the story."""
    return any(expr.month is not None and expr.day is not None and not expr.relative
               and opens_dateline(tail[:expr.start]) for expr in find_time_expressions(tail, lang or "en"))


def _glue_points(line: str, lang: str | None) -> list[int]:
    """Where a headline runs straight into its byline ("...importsBy Jane Doe") or a full date
    ("...Jane Doe12 March 2025"): the places to split the line."""
    points = []
    for phrase in cues.phrases("byline_cues.txt", lang):
        cue = phrase[:1].upper() + phrase[1:]
        at = line.find(cue + " ", 1)
        while at > 0:
            rest = line[at + len(cue):].split()
            if rest and rest[0][:1].isupper() and (line[at - 1].islower() or _dated_byline(line[at:], lang)):
                points.append(at)
            at = line.find(cue + " ", at + 1)
    capitals = _glued_capitals(line)
    if capitals:
        points.append(capitals)
    points.extend(at for at in _case_breaks(line)
                  if _opens_with_dateline(line[at:], lang) or _opens_with_stamp(line, at, lang))
    for m in LETTER_THEN_DIGIT.finditer(line):
        tail = line[m.start():]
        dated = next(iter(find_time_expressions(tail, lang or "en")), None)
        if (dated is not None and dated.start == 0 and None not in (dated.year, dated.month, dated.day)
                and _stamp_tail(tail, dated.end)):
            points.append(m.start())
    return sorted(set(points))


def unglued(lines: list[str], lang: str | None) -> list[str]:
    """The page's lines with a headline, byline and date that the scrape glued together split apart
    among its first lines (above the story's lead), so each is read as what it is."""
    out: list[str] = []
    for i, line in enumerate(lines):
        points = _glue_points(line, lang) if i < GLUED_HEAD_LINES and not is_lead(line) else []
        cuts = [0, *points, len(line)]
        out.extend(piece for a, b in zip(cuts, cuts[1:], strict=False) if (piece := line[a:b].strip()))
    return out


def _is_sentence(line: str, min_words: int) -> bool:
    return len(shape.words(line)) >= min_words and shape.ends_sentence(line)


def _link_runs(lines: list[str], keep: list[bool]) -> None:
    """Mark runs of short unpunctuated lines (other stories' headlines, menus) as chrome."""
    idx = [i for i in range(len(lines)) if keep[i]]
    run: list[int] = []

    def close() -> None:
        if len(run) >= LINK_RUN_MIN:
            before = [j for j in idx if j < run[0]]
            introduced = bool(before) and lines[before[-1]].rstrip().endswith(":")
            if not introduced:
                for j in run:
                    keep[j] = False
        run.clear()

    for i in idx:
        line = lines[i]
        if len(shape.words(line)) <= LINK_LINE_MAX_WORDS and not shape.ends_sentence(line):
            run.append(i)
        else:
            close()
    close()


def _is_list_heading(line: str) -> bool:
    """"Read more:", "RELATED", "Most popular": the whole line names a list of other stories."""
    return shape.normalized(line).rstrip(":").strip() in cues.phrases("list_headings.txt")


def _listed(lines: list[str], keep: list[bool]) -> None:
    """Drop the headlines a list heading introduces, up to the next line that is not headline-shaped."""
    for i, line in enumerate(lines):
        if not _is_list_heading(line):
            continue
        keep[i] = False
        for j in range(i + 1, len(lines)):
            if not keep[j]:
                continue
            if len(shape.words(lines[j])) > LINK_LINE_MAX_WORDS or shape.ends_sentence(lines[j]):
                break
            keep[j] = False


def _is_cut_prose(line: str) -> bool:
    """A paragraph the scrape cut mid-sentence: long enough, and written in lowercase words (not a headline)."""
    return (len(shape.words(line)) >= CUT_PROSE_MIN_WORDS
            and shape.lowercase_ratio(line) >= CUT_PROSE_MIN_LOWERCASE)


def _footer(lines: list[str], keep: list[bool]) -> None:
    """Drop what follows the story's last paragraph unless it is itself a sentence.

    A paragraph of lead length counts even without a full stop: scrapes cut stories mid-sentence. A
    shorter cut paragraph is kept only right after the story's last one: further down, behind other
    chrome, a line of lowercase words without a full stop is another story's headline.
    """
    def story_line(line: str) -> bool:
        return _is_sentence(line, CLOSING_SENTENCE_MIN_WORDS) or is_lead(line)

    last = max((i for i in range(len(lines)) if keep[i] and story_line(lines[i])), default=None)
    if last is None:
        return
    for i in range(last + 1, len(lines)):
        if not keep[i] or _is_sentence(lines[i], FOOTER_SENTENCE_MIN_WORDS):
            continue
        if not (i == last + 1 and _is_cut_prose(lines[i])):
            keep[i] = False


def _is_row(line: str) -> bool:
    return (len(TABLE_COLUMN_GAP.findall(line.strip())) >= TABLE_ROW_MIN_GAPS and any(ch.isdigit() for ch in line)
            and not _is_sentence(line, FOOTER_SENTENCE_MIN_WORDS))


def _bare_tables(lines: list[str], keep: list[bool]) -> dict[int, int]:
    """Tables printed with no caption inside the story: runs of rows after a sentence of the story and
    before the next one. Returns {first: end}."""
    spans: dict[int, int] = {}
    told = False
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            told = told or keep[i] and _is_sentence(lines[i], CLOSING_SENTENCE_MIN_WORDS)
            i += 1
            continue
        end = i
        while end < len(lines) and _is_row(lines[end]):
            end += 1
        if told and end - i >= BARE_TABLE_MIN_ROWS and end < len(lines) and keep[end] \
                and _is_sentence(lines[end], CLOSING_SENTENCE_MIN_WORDS):
            spans[i] = end
            keep[i:end] = [True] * (end - i)
        i = end
    return spans


def _tables(lines: list[str], keep: list[bool], ctx: PageContext) -> dict[int, int]:
    """A statistics table the page flattened into lines ('Table 1. Trade, January-June (million euros)',
    'Period Total Exports Imports', 'Jan-Jun 2025 1,204 655 549', or a cell a line): its caption and the
    lines up to the next sentence or the site's next line (a download link, a notice) are story, kept
    together in one paragraph. Returns {first: end}."""
    spans = _bare_tables(lines, keep)
    i = 0
    while i < len(lines):
        if not cues.starts_with("table_captions.txt", lines[i]) or _is_sentence(lines[i], CLOSING_SENTENCE_MIN_WORDS):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and end - i < TABLE_MAX_LINES and not (
                is_lead(lines[end]) or _is_sentence(lines[end], FOOTER_SENTENCE_MIN_WORDS)
                or ends_table(lines[end], ctx)):
            end += 1
        if end - i > 2 and any(ch.isdigit() for ln in lines[i + 1:end] for ch in ln):
            spans[i] = end
            keep[i:end] = [True] * (end - i)
        i = end
    return spans


def _is_name_line(line: str, lang: str | None) -> bool:
    """Nothing but capitalised words and grammatical words: names ("Ministry of Foreign Affairs"), not prose."""
    grammar = set(cues.phrases("function_words.txt", lang))
    return all(w[0].isupper() or w.lower() in grammar for w in shape.words(line))


def _header(lines: list[str], keep: list[bool], title_at: int | None, lang: str | None) -> None:
    """Above the headline is the site's header; between it and the lead, keep only standfirst sentences;
    a line of names there is the site's masthead or the publisher's name."""
    if title_at is not None:
        for i in range(title_at):
            keep[i] = False
    start = title_at + 1 if title_at is not None else 0
    for i in range(start, len(lines)):
        if is_lead(lines[i]) or _is_sentence(lines[i], CLOSING_SENTENCE_MIN_WORDS):
            break
        if keep[i] and (len(shape.words(lines[i])) < STANDFIRST_MIN_WORDS or _is_name_line(lines[i], lang)):
            keep[i] = False


def clean_text(raw: str, lang: str | None, known_title: str | None = None) -> ScrapedPage:
    """The story of a scraped page: paragraphs in order, headline, and all its lines."""
    lines, tag = split_lines(raw)
    lines = unglued(lines, lang)
    ctx = PageContext(lines, lang)
    reasons = [chrome_reason(line, ctx) for line in lines]
    chrome = [r is not None for r in reasons]
    keep = [not c for c in chrome]

    if known_title:
        wanted = shape.normalized(known_title)
        title_at = next((i for i, ln in enumerate(lines) if shape.normalized(ln) == wanted), None)
        title: str | None = known_title
    else:
        title_at = find_title(lines, chrome, [is_navigation(r) for r in reasons], lang,
                              [is_byline(r) for r in reasons],
                              [r == "cue" and cue_inside_prose(ln, lang) for r, ln in zip(reasons, lines, strict=True)])
        title = clean_title(lines[title_at]) if title_at is not None else None
    _header(lines, keep, title_at, lang)
    _link_runs(lines, keep)
    _listed(lines, keep)
    _footer(lines, keep)
    tables = _tables(lines, keep, ctx)
    in_table = {j for i, end in tables.items() for j in range(i + 1, end)}

    title_key = shape.normalized(title) if title else None
    seen: set[str] = set()
    paragraphs: list[str] = []
    told = Told()
    for i, line in enumerate(lines):
        key = shape.normalized(line)
        if i in tables:
            paragraphs.append("\n".join(ln.strip() for ln in lines[i:tables[i]]))
            continue
        if not keep[i] or i in in_table or key == title_key or key in seen:
            continue
        seen.add(key)
        line = without_told(without_glued_repeat(without_credit_tail(line)), paragraphs, told)
        if not line:
            continue
        paragraphs.append(line if paragraphs else without_credit(line, lang))
        told.add(paragraphs[-1])
    menu_at = next((i for i, r in enumerate(reasons) if is_navigation(r)), None)
    masthead = " ".join(lines[:menu_at]) if menu_at and menu_at <= MASTHEAD_MAX_LINES and \
        (title_at is None or title_at > menu_at) else None
    return ScrapedPage(paragraphs=without_pull_quotes(paragraphs), title=title, date_tag=tag, lines=lines,
                       masthead=masthead)
