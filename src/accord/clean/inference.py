"""When was a story written, from its own time references, when nothing states it.

The story needs a month-level anchor: an undated "on February 17" (its own event), a full date printed
with a weekday the calendar confirms ("Tuesday 20 October, 2020"), or a full date that opens the lead
("On 4 May 2031, the ministers met ..."): a story reports its own event first and is written in the month
of it, unless a past event the story dates to the month lies after it (a year alone does not overturn it:
plans hide there unmarked, "agreed to hold the next session in 2032"). The anchor's year is the earliest one
that contradicts the fewest dated references: past events lie before the story, plans and targets after
it, a year whose figures are reported in full ("trade grew in 2024") is over, a part-year figure
("for eight months of 2014") is current, and the base of a part-year comparison ("up 3% on the same
period of 2022") is the year before the story's. Year-only mentions alone never give a date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import resources
from ..timex import TimeExpr, find_time_expressions, iso
from . import cues, shape
from .datelines import CREDITED_DATELINE

# how far around a date a future cue ("will", "expected", "effective from") may stand in its sentence
FUTURE_CUE_WINDOW = 60
# how far before a year a part-year cue ("11 months of") or a comparison-base cue ("same period of") may stand
PARTIAL_CUE_WINDOW = 30
# how far before "last year" a comparison cue ("compared with", "than") may stand
COMPARISON_CUE_WINDOW = 25
# a story is at most this many years after the latest year it mentions as past
MAX_YEARS_AFTER = 2
# the story's own date opens its lead: at most this many words before it ("On", "The capital hosted on"),
# past a source credit ("Agency (XYZ) –"); a date further in is a background one ("rests on a treaty
# signed on ...")
LEAD_DATE_MAX_WORDS_BEFORE = 3
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# a day of the year falls on the same weekday again within at most this many years
WEEKDAY_CYCLE = 6
# "last month, on 3 December 2024": a relative phrase and the full date that glosses it stand this close,
# with at most short words ("on", "in") between them
GLOSS_MAX_CHARS = 8
GLOSS_WORD_MAX = 3
# "last Wednesday, May 29": the cue stands right before the weekday; the story is told in the week after
# it, some days later (the middle of that week)
LAST_WEEK_CUE_WINDOW = 12
WEEK_AFTER_DAYS = 5
# 'eight months ago': number words count up to this one ("twenty")
ELAPSED_MAX_WORD = 20
WEEK_DAYS = 7
NON_LEAP_YEAR = 2001
# what a relative phrase says of the story's own date, given the date it stands for: (unit, how many later)
DAYS, MONTHS, YEARS = range(3)
RELATIVE_SHIFTS = {"yesterday": (DAYS, 1), "today": (DAYS, 0), "last_month": (MONTHS, 1),
                   "this_month": (MONTHS, 0), "last_year": (YEARS, 1)}


@dataclass(frozen=True)
class Reference:
    """A dated mention: ``month`` None for a year-only one; ``future`` for plans and targets."""

    year: int
    month: int | None
    future: bool
    partial_year: bool = False
    not_last_year: bool = False  # the story's "last year" is compared with this year, so it is another one
    base_year: bool = False  # the same months a year before: "compared with the same period of 2022"


@lru_cache(maxsize=4)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the breaks between sentences start and end: found once per text, not once per date."""
    found = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    starts, ends = _sentence_breaks(text)
    i = bisect.bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (starts[i] if i < len(starts) else len(text))


def is_future(text: str, expr: TimeExpr, lang: str) -> bool:
    """A plan, schedule or target: a future cue near the date in its sentence, or "by"/"до" right before it."""
    s, e = _sentence_bounds(text, expr.start)
    before = text[max(s, expr.start - FUTURE_CUE_WINDOW): expr.start]
    after = text[expr.end: min(e, expr.end + FUTURE_CUE_WINDOW // 2)]
    if cues.contains("future_cues.txt", before, lang) or cues.contains("future_cues.txt", after, lang):
        return True
    words_before = before.split()
    if not words_before or words_before[-1].lower() not in cues.phrases("target_prepositions.txt", lang):
        return False
    # "from 2019 through 2023": the end of a span told as it was, not a deadline
    return not (len(words_before) >= 3 and words_before[-3].lower() in cues.phrases("span_openers.txt", lang)
                and YEAR_WORD.fullmatch(words_before[-2].strip(",")))


def _partial(text: str, expr: TimeExpr, lang: str) -> bool:
    before = text[max(0, expr.start - PARTIAL_CUE_WINDOW): expr.start]
    return cues.contains("partial_period_cues.txt", before, lang)


def _base(text: str, expr: TimeExpr, lang: str) -> bool:
    before = text[max(0, expr.start - PARTIAL_CUE_WINDOW): expr.start]
    return cues.contains("baselines.txt", before, lang)


def _compared(text: str, expr: TimeExpr, lang: str, right_before: bool) -> bool:
    """'up from $2 billion last year', 'up 9% on 2023': a comparison between "last year" and a year named
    beside it, with its cue shortly before "last year" or right before the year; not a figure of its own
    ("exports stood at $812 million last year"). A language without these cues takes every pair as one."""
    if not cues.phrases("comparisons.txt", lang):
        return True
    before = text[max(0, expr.start - COMPARISON_CUE_WINDOW): expr.start]
    if not right_before:
        return cues.contains("comparisons.txt", before, lang)
    return any(before.rstrip().lower().endswith(f" {cue}") for cue in cues.phrases("comparisons.txt", lang))


def _after_named_year(text: str, expr: TimeExpr, exprs: list[TimeExpr]) -> bool:
    """'C$84 million in 2031, up 26% on the year before': a relative year told after a year its sentence
    names is read against that year, not against the story's."""
    sentence = _sentence_bounds(text, expr.start)
    return any(e.year is not None and not e.relative and sentence[0] <= e.start and e.end <= expr.start
               for e in exprs)


def references(text: str, exprs: list[TimeExpr], lang: str) -> list[Reference]:
    refs = []
    last_year = [e for e in exprs if e.relative == "last_year" and not _after_named_year(text, e, exprs)]
    last_year_sentences = {_sentence_bounds(text, e.start) for e in last_year}
    compared_sentences = {_sentence_bounds(text, e.start) for e in last_year if _compared(text, e, lang, False)}
    for expr in exprs:
        if expr.year is None or expr.relative or (expr.end_year is not None and expr.end_year != expr.year):
            continue  # relative phrases need the date we are looking for; year spans ("2025-2026") are programmes
        # the base of a comparison ("up on the same period of 2023, largely due to ...") is past
        future = is_future(text, expr, lang) and not _base(text, expr, lang)
        month = expr.end_month or expr.month
        refs.append(Reference(
            year=expr.year, month=month, future=future,
            partial_year=month is None and _partial(text, expr, lang),
            not_last_year=month is None and not future and (sentence := _sentence_bounds(text, expr.start))
            in last_year_sentences and (sentence in compared_sentences or _compared(text, expr, lang, True)),
            base_year=month is None and not future and _base(text, expr, lang),
        ))
    return refs


def _violations(year: int, month: int, refs: list[Reference]) -> int:
    here = year * 12 + month
    bad = 0
    for r in refs:
        if r.month is not None:
            there = r.year * 12 + r.month
            bad += there < here if r.future else there > here
        elif r.future:
            bad += year > r.year
        elif r.base_year:
            bad += year != r.year + 1
        elif r.partial_year:
            bad += not r.year <= year <= r.year + 1
        else:
            bad += year <= r.year or (r.not_last_year and year == r.year + 1)
    return bad


def infer_year(month: int, refs: list[Reference]) -> int | None:
    """The earliest year that contradicts the fewest references, given at least one past reference."""
    past = [r.year for r in refs if not r.future]
    if not past:
        return None
    candidates = range(min(past), max(past) + MAX_YEARS_AFTER + 1)
    return min(candidates, key=lambda y: (_violations(y, month, refs), y))


def anchor(text: str, exprs: list[TimeExpr]) -> TimeExpr | None:
    """The story's own month-level event: the first undated day-and-month expression."""
    for expr in exprs:
        if expr.year is None and expr.month is not None and expr.day is not None and not expr.relative:
            return expr
    return None


def _opening_date(text: str, exprs: list[TimeExpr], lang: str) -> TimeExpr | None:
    """The full past date that opens the story's first sentence, or None (read for its month when
    nothing else dates the story; `lead_date` below asks more of the lead and gives the day)."""
    _, end = _sentence_bounds(text, 0)
    credit = CREDITED_DATELINE.match(text)
    opening = credit.end() if credit else 0
    first = next((e for e in exprs if opening <= e.start < end), None)
    if first is None or None in (first.year, first.month, first.day) or first.relative or first.is_range:
        return None
    if len(shape.words(text[opening: first.start])) > LEAD_DATE_MAX_WORDS_BEFORE:
        return None
    return None if is_future(text, first, lang) else first


def _glossed_relative(text: str, exprs: list[TimeExpr]) -> str | None:
    """'last month, on 3 December 2024', 'yesterday (4 May 2031)': a relative phrase the story glosses
    with the full date it means tells when the story was written: a month, a day or a year later."""
    for first, second in zip(exprs, exprs[1:], strict=False):
        rel, full = (first, second) if first.relative else (second, first)
        if rel.relative not in RELATIVE_SHIFTS or full.relative or full.year is None or full.is_range:
            continue
        between = text[first.end:second.start]
        if len(between) > GLOSS_MAX_CHARS or any(len(w) > GLOSS_WORD_MAX for w in re.findall(r"\w+", between)):
            continue
        unit, step = RELATIVE_SHIFTS[rel.relative]
        if unit == DAYS and full.month is not None and full.day is not None:
            try:
                return (dt.date(full.year, full.month, full.day) + dt.timedelta(days=step)).isoformat()
            except ValueError:
                return None
        if unit == MONTHS and full.month is not None:
            y, m = divmod(full.year * 12 + full.month - 1 + step, 12)
            return iso(y, m + 1)
        if unit == YEARS:
            return iso(full.year + step)
    return None


@cache
def _elapsed_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...], tuple[str, ...]] | None:
    """'eight months ago', '3 weeks ago': a count (a figure or a number word) and a span's unit told back
    from the story's day, the unit's words read from ``<lang>/elapsed_time.txt``."""
    if not resources.has(lang, "elapsed_time.txt"):
        return None
    units = {phrase.lower(): unit for phrase, unit in resources.phrase_table(lang, "elapsed_time.txt")}
    # a number word's value is its place in the list up to "twenty"
    words = tuple(w.lower() for w in resources.cue_table_or_english(lang, "numbers.json").get("number_words", [])
                  )[:ELAPSED_MAX_WORD + 1]
    # 'a year ago': an indefinite article counts one
    ones = tuple(w.lower() for w in resources.cue_table_or_english(lang, "grammar.json").get("indefinite_articles", []))
    count = rf"\d{{1,2}}|{resources.alternation([*words, *ones])}"
    pattern = re.compile(rf"(?<!\w)(?P<n>{count})\s+(?P<unit>{resources.alternation(list(units))})(?!\w)",
                         re.IGNORECASE)
    return pattern, units, words, ones


def _elapsed_gloss(text: str, exprs: list[TimeExpr], lang: str) -> str | None:
    """'Eight months ago, on January 14, the ministers signed ...': a span told back from the story's day and
    the date it glosses tell the story's month (its day, for a span of days or weeks from a full date); a
    date without its year takes the year the story's references fit best at the month it gives."""
    found = _elapsed_pattern(lang)
    if found is None:
        return None
    pattern, units, words, ones = found
    for m in pattern.finditer(text):
        date = next((e for e in exprs if e.start >= m.end()), None)
        if date is None or date.relative or date.month is None or date.is_range:
            continue
        between = text[m.end():date.start]
        if len(between) > GLOSS_MAX_CHARS or any(len(w) > GLOSS_WORD_MAX for w in re.findall(r"\w+", between)):
            continue
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else 1 if raw in ones else words.index(raw)
        unit = units[m.group("unit").lower()]
        if unit in ("days_back", "weeks_back"):
            if date.day is None:
                continue
            days = n * (WEEK_DAYS if unit == "weeks_back" else 1)
            # a year of 365 days stands in for the unknown one: only the month and day it lands on are kept
            day = dt.date(date.year or NON_LEAP_YEAR, date.month, min(date.day, 28)) + dt.timedelta(days=days)
            if date.year is not None:
                return iso(day.year, day.month, day.day)
            year = infer_year(day.month, references(text, exprs, lang))
            return iso(year, day.month) if year is not None else None
        months = n * (12 if unit == "years_back" else 1)
        if date.year is not None:
            y, mo = divmod(date.year * 12 + date.month - 1 + months, 12)
            return iso(y, mo + 1)
        month = (date.month - 1 + months) % 12 + 1
        year = infer_year(month, references(text, exprs, lang))
        return iso(year, month) if year is not None else None
    return None


def infer_published(text: str, lang: str) -> str | None:
    """ISO month (or year, when the anchor is still to come) the story was written in, or None."""
    exprs = find_time_expressions(text, lang)
    for expr in exprs:
        if expr.weekday_checks_out and expr.year is not None and expr.month is not None:
            return _month_of_story(text, expr, expr.year, lang)
    glossed = _glossed_relative(text, exprs) or _elapsed_gloss(text, exprs, lang)
    if glossed is not None:
        return glossed
    lead = _opening_date(text, exprs, lang)
    if lead is not None and lead.year is not None and lead.month is not None:
        dated = [r for r in references(text, exprs, lang) if r.month is not None]
        if not _violations(lead.year, lead.month, dated):
            return iso(lead.year, lead.month)
    event = anchor(text, exprs)
    if event is None or event.month is None:
        return None
    year = infer_year(event.month, references(text, exprs, lang))
    if year is None:
        return None
    return iso(year) if is_future(text, event, lang) else _month_of_story(text, event, year, lang)


def _month_of_story(text: str, expr: TimeExpr, year: int, lang: str) -> str:
    """The month of the story whose own event ``expr`` is, in ``year``: the event's, unless the story puts
    its weekday in the week before its own ("announced last Wednesday, May 29"), when the story was written
    some days later, maybe in the next month."""
    month = expr.month or 1
    before = text[max(0, expr.start - LAST_WEEK_CUE_WINDOW): expr.start].lower().split()
    if expr.weekday is None or expr.day is None or not before or \
            before[-1] not in cues.phrases("past_week_cues.txt", lang):
        return iso(year, month)
    day = dt.date(year, month, min(expr.day, calendar.monthrange(year, month)[1]))
    later = day + dt.timedelta(days=WEEK_AFTER_DAYS)
    return iso(later.year, later.month)


def lead_date(lead: str, lang: str) -> str | None:
    """The full day the lead paragraph opens its report with ("On 4 May 2031, the minister met ...",
    "City, 4 May 2031, Agency --"), as ISO: a story told without a dateline or page stamp happened on the
    day its lead names before its first clause. A date inside the clause ("rests on a treaty signed on
    4 May 1991"), one without a year, a plan or a span of days says nothing of the sort."""
    exprs = [e for e in find_time_expressions(lead, lang) if e.month is not None or e.year is not None]
    if not exprs:
        return None
    first = exprs[0]
    if first.year is None or first.month is None or first.day is None or first.relative or first.is_range:
        return None
    if any(not word[0].isupper() for word in shape.words(lead[: first.start])):
        return None
    return None if is_future(lead, first, lang) else iso(first.year, first.month, first.day)


def weekday_year(month: int, day: int, weekday: int, near: int | None, latest: int | None) -> int | None:
    """The year whose calendar puts ``day`` of ``month`` on ``weekday``, the nearest to ``near`` (else to
    ``latest``) and not after ``latest`` (a page's rights year), within the weekday cycle around it."""
    centre = near or latest
    if centre is None:
        return None
    fits = [y for y in range(centre - WEEKDAY_CYCLE, centre + WEEKDAY_CYCLE + 1)
            if (latest is None or y <= latest) and _weekday_of(y, month, day) == weekday]
    return min(fits, key=lambda y: (abs(y - centre), -y)) if fits else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def year_for(month: int, text: str, lang: str) -> int | None:
    """The year of an undated month (a dateline's), from the story's dated references."""
    exprs = find_time_expressions(text, lang)
    return infer_year(month, references(text, exprs, lang))


def current_years(text: str, lang: str) -> list[int]:
    """Years the story reports as current: part-year figures and dates printed with a checked weekday."""
    exprs = find_time_expressions(text, lang)
    years = [e.year for e in exprs if e.year is not None and e.weekday_checks_out]
    years += [r.year for r in references(text, exprs, lang) if r.partial_year]
    return years
