"""Dates a page states about its story: the dateline ("CAPITAL CITY, 03.02.2031 /Agency/"),
and page-top tags or timestamps ("date 2031-02-03", "Updated: March 4, 2031", "09:15 - May 6, 2031").
"""

from __future__ import annotations

import re

from ..timex import PLACE, TimeExpr, dated_languages, find_time_expressions, iso, opens_dateline
from . import cues, shape

# a dateline opens one of the story's first paragraphs
DATELINE_SEARCH_LINES = 12
# "Ulaanbaatar, May 28 (Agency Name). ...", "BISHKEK, 26.10.2023 /Agency/. ...", "TEHRAN (AGENCY) - ...":
# the source credit of a dateline, metadata about the story rather than part of it
CREDITED_DATELINE = re.compile(
    rf"^(?P<head>{PLACE}(?:\s*,\s*[^()/\n]{{1,30}}?)?)\s*(?P<credit>\([^()\d]{{2,40}}\)|/[^/\d]{{2,40}}/)(?=\s*[.:–—-])"
)
# a page-top timestamp is a short line among the first few of the page
TIMESTAMP_SEARCH_LINES = 10
TIMESTAMP_MAX_WORDS = 10
# a stamp line with at most this many words beside its date ("Published:", "Last updated on")
BARE_STAMP_MAX_WORDS = 3
# "Transcript of the Press Briefing by the Spokesperson on Friday, 19 September 2025": a longer line
# that ends in a full date with its weekday is the page's stamp too
STAMP_LINE_MAX_WORDS = 25
# a site's header bar puts the day's date beside weather and exchange-rate widgets ("+4°C",
# "USD 503.12 ▲"): the day of the visit rather than the story's when a stamp of its own, a line of
# at most a few words, follows it
SITE_BAR = re.compile(r"[°▲▼]")
# "Published 20.11.2031 · Source: Ministry of ...", "Brief No. 4 · June 2031 · 7 min read": a line of fields
# set apart by bars or dots; a field that is a bare stamp dates the story wherever it stands in the line
STAMP_FIELDS = re.compile(r"\s+[|·•]\s+")
LONE_STAMP_WORDS = 5
# "03/02/2031": day and month in either order; "2024/07/01": year first
# "14/05/2024", and "14-05-2024" as some sites print it: the same stamp with dashes
SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-])")
SLASHED_YEAR_FIRST = re.compile(r"(?<![\d/])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
# "03/02/31 09:15", "03.02.31, 17:40": a two-digit year is read as a date only in a stamp with its clock time
SHORT_YEAR_STAMP = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d\d)(?![\d/.])(?=,?\s+[0-2]?\d:[0-5]\d\b)")
# "Бишкек, 13.02.26 /Кабар/.": in a dateline, right after the place and before the credit or the
# dash, a numeric date with a two-digit year is the filing date (agencies of the region print it so)
SHORT_YEAR_DATELINE = re.compile(
    r"(?<![\d/.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d/.])(?=\s*(?:/[^/\d]{2,40}/|\([^()\d]{2,40}\))?\s*[.:–—-])"
)
CENTURY = 2000
# a publication label stands this close before its date ("date of publication: ")
PUBLICATION_LABEL_REACH = 25
# a stamp's clock time closes its line, with its letters one by one ("17:30 p.m."): no sentence's full stop
CLOCK_END = re.compile(r"(?<!\w)[0-2]?\d[:.h][0-5]\d\W*(?:\w\W*){0,2}$")
# "... 2031/03/04 (Tue) 10:05 posted", "... 4 March 2031 09:12 (GMT+4)": a date that ends a headline's line
# with its weekday in brackets, its clock time, its zone and one word of a label at most
STAMP_TAIL = re.compile(r"\s*[-–—,]?\s*(?:\(\w{2,9}\.?\)\s*)?(?:[0-2]?\d[:.h][0-5]\d)?\s*"
                        r"(?:\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?\s*(?:[^\W\d_]+)?\W*")
# "© 2010-2025 Agency", "Copyright 2025": the latest year of a rights line at most this long
RIGHTS_LINE_MAX_WORDS = 30
YEAR_IN_LINE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
DIGIT = re.compile(r"\d")


def _expressions(line: str, lang: str | None) -> list[TimeExpr]:
    """Expressions in the page's language, in English (sites print English dates on any page), then in every
    other language with month names (a site prints its own language's dates around an English story)."""
    found: list[TimeExpr] = []
    for code in dict.fromkeys([lang or "en", "en", *dated_languages()]):
        found.extend(find_time_expressions(line, code))
    return found


def full_dates(line: str, lang: str | None) -> list[tuple[int, int]]:
    """Where the line's full dates stand (a month with its day or year, a numeric date), in order."""
    if not DIGIT.search(line):  # a day and a year are written in digits: a line of words alone holds none
        return []
    spans = [(e.start, e.end) for e in _expressions(line, lang)
             if e.month is not None and (e.day is not None or e.year is not None) and not e.relative]
    spans += [m.span() for pattern in (SLASHED, SLASHED_YEAR_FIRST, SHORT_YEAR_STAMP) for m in pattern.finditer(line)]
    return sorted(spans)


def undated_words(line: str, lang: str | None) -> int | None:
    """How many words the line has beside the full dates it holds (a month with its day or year, a
    numeric date), or None when it holds none."""
    spans = full_dates(line, lang)
    if not spans:
        return None
    kept, at = [], 0
    for start, end in spans:
        kept.append(line[at:max(at, start)])
        at = max(at, end)
    return len(shape.words(" ".join([*kept, line[at:]])))


def dateline(lines: list[str], lang: str | None) -> TimeExpr | None:
    """The date of the story's dateline (its year may be missing), or None."""
    # (a stamp line of fields may hold it as one of them: "Economy desk · ACCRA, May 3 · 4 min read"; a
    # site's bar of widgets holds the day of the visit, "Accra +31°C | USD 15.2 | Monday, 4 May 2031")
    fields = [field for line in lines[:DATELINE_SEARCH_LINES]
              for field in dict.fromkeys([line, *([] if SITE_BAR.search(line) else STAMP_FIELDS.split(line))])]
    for line in fields:
        for expr in _expressions(line, lang):
            if expr.month is None or expr.day is None or expr.relative:
                continue
            # "CITY/CITY, May 3": a dateline of two places filed from both sets them apart by a slash
            if opens_dateline(line[: expr.start].replace("/", " ")):
                return expr
        short = SHORT_YEAR_DATELINE.search(line)
        if short and opens_dateline(line[: short.start()]):
            day, month, year = (int(g) for g in short.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return TimeExpr(short.start(), short.end(), short.group(), CENTURY + year, month, day)
    return None


def slashed_date(line: str, body: str, lang: str | None) -> str | None:
    """ISO date of a slashed timestamp ("01/07/2024", or "01/07/24 10:15" with its clock time). It is read
    day first, as most of the world writes it, unless only the month-first reading is a valid date or is
    the day-and-month the story itself names."""
    m = SLASHED_YEAR_FIRST.search(line)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return iso(year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    m = SLASHED.search(line)
    if m:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        stamp = SHORT_YEAR_STAMP.search(line)
        if not stamp:
            return None
        first, second, year = int(stamp.group(1)), int(stamp.group(3)), CENTURY + int(stamp.group(4))
    orders = ((first, second), (second, first))
    readings = [(month, day) for day, month in orders if 1 <= month <= 12 and 1 <= day <= 31]
    if not readings:
        return None
    named = {(e.month, e.day) for e in _expressions(body, lang) if e.month is not None and e.day is not None}
    month, day = next((r for r in readings if r in named), readings[0])
    return iso(year, month, day)


def without_credit(paragraph: str, lang: str | None) -> str:
    """The paragraph without the source credit of the dateline it opens with, if any."""
    m = CREDITED_DATELINE.match(paragraph)
    if not m:
        return paragraph
    head = m.group("head")
    dated = any(e.month is not None for e in _expressions(head, lang))
    if not dated and not head.split(",")[0].isupper():
        return paragraph
    return head + paragraph[m.end():]


def page_top_date(lines: list[str], tag: str | None, lang: str | None, body: str = "") -> str | None:
    """ISO date of a page-top date tag, or of a timestamp line above or at the start of the story (see
    ``page_top_stamp``)."""
    found = page_top_stamp(lines, tag, lang, body)
    return found[0] if found else None


def page_top_stamp(lines: list[str], tag: str | None, lang: str | None, body: str = "") -> tuple[str, bool] | None:
    """ISO date of a page-top date tag or timestamp line, and whether it is the story's own. A tag or a bare
    stamp ("04.03.2031 16:42", "Updated: 4 March 2031") is; a date after a headline's words may be a related
    story's ("Ministers discuss transport 27.02.2031"), and a line that opens with a related-story cue
    ("Related: ... (5 May 2031)") is never read."""
    if tag:
        return tag, True
    stamps = []
    bar = None
    listed = False  # under a "Related stories" heading: the lines are other stories' headlines
    for line in lines[:TIMESTAMP_SEARCH_LINES]:
        n = len(shape.words(line))
        if shape.normalized(line).rstrip(":").strip() in cues.phrases("list_headings.txt", lang):
            listed = True
            continue
        if n > STAMP_LINE_MAX_WORDS or (line.rstrip().endswith((".", "!", "?")) and not CLOCK_END.search(line)):
            listed = False
            continue
        if listed or bar and n > LONE_STAMP_WORDS or cues.starts_with("related_cues.txt", line):
            continue
        found = _field_stamp(line, body, lang) or _stamp(line, n, body, lang)
        if found and SITE_BAR.search(line) and not bar:
            bar = found[0]
        elif found:
            stamps.append(found)
    bare = [date for date, others in stamps if others <= BARE_STAMP_MAX_WORDS]
    if bare:
        return bare[0], True
    if stamps:
        return stamps[0][0], False
    return (bar, False) if bar else None


def _field_stamp(line: str, body: str, lang: str | None) -> tuple[str, int] | None:
    """ISO date of the first field of a line of fields that is a bare stamp, and the words beside it there."""
    fields = STAMP_FIELDS.split(line)
    for field in fields if len(fields) > 1 else []:
        if cues.starts_with("related_cues.txt", field):
            continue  # "Released 8 Aug 2031, 11:30 AM | Next release: 7 Aug 2032": the next item's date
        found = _stamp(field, len(shape.words(field)), body, lang)
        if found and found[1] <= BARE_STAMP_MAX_WORDS:
            return found
    return None


def _labelled(line: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions with a publication label right before them ("...; published 6 May 2031"), first,
    when the line gives more than one: the page's date of the story among a recording's, an event's, an edit's."""
    if len(exprs) < 2:
        return exprs
    labels = cues.phrases("publication_labels.txt")

    def labelled(expr: TimeExpr) -> bool:
        before = line[max(0, expr.start - PUBLICATION_LABEL_REACH):expr.start].lower().rstrip(" :,-–—").split()
        return any(before[-len(label.split()):] == label.split() for label in labels)

    return sorted(exprs, key=lambda e: not labelled(e))


def _stamp(line: str, words: int, body: str, lang: str | None) -> tuple[str, int] | None:
    """ISO date of a timestamp line of ``words`` words and how many words the line has beside it, or None."""
    for expr in _labelled(line, _expressions(line, lang)):
        # (a longer line's date ends it, at most with its clock time: "... by 2030Jane Doe  11 October 2024 17:42")
        tail = line[expr.end:]
        ends = not re.search(r"\w", tail) or CLOCK_END.match(tail.lstrip(" -–—,")) is not None \
            or STAMP_TAIL.fullmatch(tail) is not None
        if words > TIMESTAMP_MAX_WORDS and (expr.day is None or expr.year is None or not ends):
            continue
        if expr.year is not None and expr.month is not None and not expr.is_range and not expr.relative:
            return iso(expr.year, expr.month, expr.day), words - len(shape.words(expr.text))
    slashed = slashed_date(line, body, lang) if words <= TIMESTAMP_MAX_WORDS else None
    return (slashed, words) if slashed else None


def copyright_year(lines: list[str], lang: str | None) -> int | None:
    """The latest year of the page's rights line ("© 2025 Agency. All rights reserved."): the year the page
    was last printed, the story's or a little after it."""
    rights = [line for line in lines if len(shape.words(line)) <= RIGHTS_LINE_MAX_WORDS
              and ("©" in line or cues.contains("rights_cues.txt", line))]
    years = [int(y) for line in rights for y in YEAR_IN_LINE.findall(line)]
    return max(years) if years else None


def listed_year(lines: list[str], story: list[str], month: int, lang: str | None) -> int | None:
    """The year of a dateline's month ("BAKU, April 22.") from the full dates the page prints outside the
    story (its list of related items, "21.04.2031 Ministers meet ..."): the year that puts the month nearest
    to one of them, as a site lists what it published around the story."""
    told = {shape.normalized(p) for p in story}
    listed = [(e.year, e.month) for line in lines if shape.normalized(line) not in told
              for e in _expressions(line, lang)
              if e.year is not None and e.month is not None and e.day is not None and not e.relative]

    def gap(year: int, date: tuple[int, int]) -> int:
        return abs((year - date[0]) * 12 + month - date[1])

    # a listed date in January may be a year after a dateline in December: the years either side compete
    candidates = [(date[0] + step, date) for date in listed for step in (-1, 0, 1)]
    return min(candidates, key=lambda c: gap(*c))[0] if candidates else None
