"""Which period a figure covers. First the reporting periods a sentence names: "2024",
"January-June 2023" -> "2023-01/2023-06", "9 months of 2021" -> "2021-01/2021-09", "the third
quarter" -> "2020-07/2020-09", "the past seven months" (from the publication date), "last year"
(resolved against it); then the one of them a figure is given for (``own_period``), and what
that makes of the figure: its period or the year of its goal (``figure_period``, ``deadline_year``).

Built on ``timex`` (dates and relative phrases) plus the shapes statistics are reported in
(months since January, quarters, halves); their words are data in ``resources/<lang>/periods.json``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ... import resources
from ...timex import YEAR, TimeExpr, iso, parse_iso, resolve, resolve_end
from .clauses import SentenceFigure, clause_bounds
from .cues import Cue, CueLexicon
from .numbers import MULTIPLIER, parse_figure

# '2023/24 financial year (April-March)': a period in brackets right after another (and its noun)
# restates it; at most this many characters ("financial year ") between the period and the bracket
_GLOSS_GAP = 25
_GLOSS_OPEN = re.compile(rf"[^()\d.;]{{0,{_GLOSS_GAP}}}\(\s*")
# '(mid-July 2023 to mid-July 2024)': a prefix glued to the gloss's first date
_GLOSS_LEAD = re.compile(r"(?:[^\W\d]+-)?")
_GLOSS_CLOSE = re.compile(r"[^()\d]*")  # what may stand between the gloss's last date and its bracket
# characters before a period in which a comparison stands: "compared with the same period of 2022"
_SAME_PERIOD_REACH = 30
# characters before a period (or its "same period") in which its marker stands: "by the end of", "since"
_MARKER_REACH = 20
# characters before a month or a quarter in which the words of a year ending with it stand: 'the four quarters
# to the end of'
_ENDED_REACH = 40
# 'than in the first nine months of 2023': how far before a year a marker of the base of a change may stand
_HINT_REACH = 35
_DECEMBER = 12  # the month a calendar year ends in
_LAST_DAYS = 28  # a year ended on a day from this one on ended with its month


@dataclass(frozen=True)
class Period:
    """A period named in a text. ``value`` is ISO ("2024", "2023-01/2023-06") or None when it
    cannot be resolved (a relative phrase without a publication date). ``year`` is the (last)
    year it names. ``marker`` is how the text ties a figure to it: "in", "deadline" ("by 2030",
    "by the end of 2026"), "cumulative" ("since 2005"), "base" ("up 20% from 2022", "compared with
    the same period last year"), "rate" ("$2bn a year": a yearly rate, no particular year), "anaphoric"
    ("in the nine months", "over the period": the period the story told before, ``value`` None) or None.
    ``possessive``: "last year's plan" names the plan, not the period of a figure."""

    start: int
    end: int
    text: str
    value: str | None
    year: int | None
    marker: str | None = None
    possessive: bool = False


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    months_span: re.Pattern[str]
    half: re.Pattern[str]  # the word of a half (else a quarter) in a part_span
    half_letters: frozenset[str]
    possessive: re.Pattern[str]  # "last year's plan", "the two years' trade"
    of_year: re.Pattern[str]  # what joins months to their year: 'January-April of this year', 'January-May, 2024'
    just_after: re.Pattern[str]  # what may stand between an amount and its period: '$5bn in 2023'
    attendant: re.Pattern[str]  # ', with' ending the clause before a figure's: that clause's period is its own
    part_span: re.Pattern[str]
    short_part: re.Pattern[str]
    marker: re.Pattern[str]
    same_period: re.Pattern[str]
    marker_anywhere: re.Pattern[str]  # a marker word anywhere ('than in the first nine months of 2023')
    same_period_anywhere: re.Pattern[str]  # the same words anywhere in a sentence
    per_year: re.Pattern[str]
    year_span: re.Pattern[str]
    split_year: re.Pattern[str]
    month_joiner: re.Pattern[str]
    # 'between March and August', 'from October 2023 to March 2024': a span's opener before its first month
    # lets the span's own joiner join two months
    month_opener: re.Pattern[str]
    span_joiner: re.Pattern[str]
    base_after: re.Pattern[str]
    markers: dict[str, str]
    year_ended: re.Pattern[str]  # 'the year ended ' before a month: the twelve months up to it
    bare_base: frozenset[str]
    fiscal_start: dict[str, int]
    ordinals: dict[str, int]
    relative_years: dict[str, int]
    from_january: frozenset[str]
    recent: frozenset[str]
    anaphoric_years: dict[str, int]
    figure_before: re.Pattern[str]  # a sum's scale or currency word right before a period: '276 billion FCFA the'
    anaphoric: re.Pattern[str] | None  # 'in the nine months', 'over the period': a period told before


@cache
def _lexicon(lang: str) -> _Lexicon:
    d: Mapping[str, Any] = resources.cue_table_or_english(lang, "periods.json")
    grammar: Mapping[str, Any] = resources.cue_table_or_english(lang, "grammar.json")
    the = rf"(?:(?:{resources.alternation(grammar['definite_articles'])})\s+)?"
    year = rf"(?P<year>{YEAR})|(?P<rel>{resources.alternation(list(d['relative_years']))})"
    lead = rf"(?:(?P<lead>{resources.alternation(d['from_january'] + d['recent'])})\s+)?"
    # a language that ties the year by its case ("11 месяцев прошлого года") needs no link word
    link_words = rf"(?:{resources.alternation(d['links'])})"
    links = rf"(?:{link_words}\s+)" + ("?" if d.get("links_optional") else "")
    # 'the nine first months of the year': a translation may put the lead after the count
    lead_after = rf"(?:(?P<lead_after>{resources.alternation(d['from_january'])})\s+)?"
    months_span = (rf"{the}{lead}(?P<n>\d{{1,2}}|[^\W\d_]+)(?:\s*-\s*|\s+){lead_after}{d['month_word']}"
                   rf"(?:\s+{links}(?:{year}))?")
    part = rf"(?P<part>{d['half_word']}|{d['quarter_word']})"
    part_span = (rf"{the}(?P<ord>{resources.alternation(list(d['ordinals']))})\s+{part}"
                 rf"(?:\s+{links}(?:{year}))?")
    letters = resources.alternation(d["quarter_letters"] + d["half_letters"])
    # 'Q2 2024', 'Q2 of 2024', 'Q2/2024'
    glue = rf"(?:{resources.alternation(d.get('short_part_glue', []))})?"
    short_part = rf"\b(?P<kind>{letters})(?P<num>[1-4])(?:\s*{glue}\s*(?:{link_words}\s+)?(?P<year>{YEAR}))?\b"
    span_open, span_joiners = resources.alternation(d["span_open"]), resources.alternation(d["span_joiners"])
    year_span = (rf"(?:{span_open})\s+(?P<first>{YEAR})\s+(?:{span_joiners})"
                 rf"\s+(?P<mid>{resources.alternation(d['mid'])}\s*-?\s*)?(?P<last>{YEAR})")
    return _Lexicon(
        lang=lang,
        months_span=re.compile(rf"(?<!\w){months_span}(?!\w)", re.IGNORECASE),
        half=re.compile(d["half_word"], re.IGNORECASE),
        half_letters=frozenset(d["half_letters"]),
        possessive=re.compile(
            rf"(?:{resources.alternation(grammar['possessive_endings'] + grammar['possessive_marks'])})\b"),
        of_year=re.compile(rf"\s*,?\s*(?:(?:{resources.alternation(d['year_of_links'])})\s+)?{the}"),
        attendant=re.compile(rf",\s+(?:{resources.alternation(d.get('attendant_clause_openers', []))})\s*$",
                             re.IGNORECASE),
        just_after=re.compile(rf"\s*(?:{resources.alternation(d['figure_links'])})?\s*{the}"),
        part_span=re.compile(rf"(?<!\w){part_span}(?!\w)", re.IGNORECASE),
        short_part=re.compile(short_part),
        # 'compare with year 2023': a machine translation's 'year' may stand between the marker and the year
        marker=re.compile(rf"(?<!\w)({resources.alternation(list(d['markers']))})\s+{the}"
                          rf"(?:(?:{resources.alternation(d.get('year_nouns', []))})\s+)?$", re.IGNORECASE),
        # 'than in the same period of the previous year': an article may open the period after the phrase
        marker_anywhere=re.compile(rf"(?<!\w)({resources.alternation(list(d['markers']))})(?!\w)", re.IGNORECASE),
        same_period=re.compile(rf"(?<!\w)(?:{resources.alternation(d['same_period'])})\s+{the}$", re.IGNORECASE),
        same_period_anywhere=re.compile(rf"(?<!\w)(?:{resources.alternation(d['same_period'])})(?!\w)", re.IGNORECASE),
        per_year=re.compile(rf"(?<![\w-])(?:{resources.alternation(d['per_year'])})(?![\w-])"
                            rf"(?!\s+(?:{resources.alternation(d['not_rate_before'])})\b)", re.IGNORECASE),
        year_span=re.compile(rf"(?<!\w){year_span}(?!\w)", re.IGNORECASE),
        # 'FY2023-24': a fiscal year's abbreviation may stand glued to it
        split_year=re.compile(rf"(?<![\w-])(?:(?:{resources.alternation(d.get('fiscal_year_prefixes', []))})\s?)?"
                              rf"(?P<first>{YEAR})[-–/](?P<last>\d\d)(?![\w-])"),
        year_ended=re.compile(rf"(?<!\w){the}(?:{resources.alternation(d.get('year_ended', []))})\s+$",
                              re.IGNORECASE),
        month_joiner=re.compile(rf"\s*[-–—]\s*|\s+(?:{resources.alternation(d['month_range_joiners'])})\s+",
                                re.IGNORECASE),
        month_opener=re.compile(rf"(?<!\w)(?:{span_open})\s+$", re.IGNORECASE),
        span_joiner=re.compile(rf"\s+(?:{span_joiners})\s+", re.IGNORECASE),
        base_after=re.compile(rf"\s+(?:{resources.alternation(d['base_after'])})(?!\w)", re.IGNORECASE),
        markers=d["markers"],
        bare_base=frozenset(d["bare_base"]),
        fiscal_start=d["fiscal_year_start"],
        ordinals={k.lower(): v for k, v in d["ordinals"].items()},
        relative_years={k.lower(): v for k, v in d["relative_years"].items()},
        from_january=frozenset(d["from_january"]),
        recent=frozenset(d["recent"]),
        anaphoric_years={k.lower(): v for k, v in d.get("anaphoric_years", {}).items()},
        figure_before=re.compile(rf"\d[\d,.]*\s*(?:[^\W\d_]+\s+){{0,2}}{the}$"),
        anaphoric=_anaphoric_pattern(d),
    )


def _anaphoric_pattern(d: Mapping[str, Any]) -> re.Pattern[str] | None:
    """'the nine months', 'the same three months', 'that period': a determiner pointing back, at most one word
    (none giving a time of its own: 'the next six months'), a noun of a period, and no words after it that
    place it in time ('the period of 2023')."""
    if not d.get("anaphoric_nouns"):
        return None  # (a language whose periods.json names none)
    alt = resources.alternation
    return re.compile(
        rf"(?<!\w)(?:{alt(d['anaphoric_determiners'])})\s+(?:(?:{alt(d['anaphoric_same'])})\s+)?"
        rf"(?!(?:{alt(d['anaphoric_own_time'])})\s)(?:[\w-]+\s+)?(?:{alt(d['anaphoric_nouns'])})(?![\w-])"
        rf"(?!\s+(?:{alt(d['anaphoric_not_before'])})(?!\w))", re.IGNORECASE)


def _compared_with(text: str, start: int, lex: _Lexicon) -> bool:
    """'3% less than in the first nine months of 2023': the year at ``start`` is what a change is measured
    against, no hint of the year of the months the sentence names without one."""
    clause = text[max(0, start - _HINT_REACH):start]
    return any(lex.markers[m.group(1).lower()] == "base" for m in lex.marker_anywhere.finditer(clause))


def _span_year(m: re.Match[str], lex: _Lexicon, anchor_year: int | None, default: int | None) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.groupdict().get("rel"):
        if anchor_year is None:
            return None
        return anchor_year + lex.relative_years[m.group("rel").lower()]
    return default


def _months(m: re.Match[str], lex: _Lexicon, anchor: tuple[int, int | None, int | None] | None,
            year_hint: int | None) -> tuple[str | None, int | None] | None:
    n_dec = parse_figure(m.group("n"), lex.lang)
    if n_dec is None or not 1 <= n_dec <= 12 or n_dec != int(n_dec):
        return None
    n = int(n_dec)
    lead = (m.group("lead") or m.group("lead_after") or "").lower()
    named = m.group("year") or m.group("rel")
    if not named and not lead:
        return None  # "for six months" is a duration, not a reporting period
    year = _span_year(m, lex, anchor[0] if anchor else None, None)
    if year is None and not named:
        year = year_hint
    if year is None and lead in lex.recent and anchor and anchor[1] is not None:
        if n < anchor[1]:
            # trade statistics are published cumulatively from January, so "the past seven
            # months" of a September story means January-July of that year
            year = anchor[0]
        else:
            first = anchor[0] * 12 + anchor[1] - 1 - n
            last = anchor[0] * 12 + anchor[1] - 2
            return f"{iso(first // 12, first % 12 + 1)}/{iso(last // 12, last % 12 + 1)}", last // 12
    if year is None and lead in lex.from_january and anchor:
        year = anchor[0]
    if year is None:
        return None, None
    return (iso(year, 1) + "/" + iso(year, n)) if n > 1 else iso(year, 1), year


def _part(ordinal: int, is_half: bool, year: int) -> str | None:
    if is_half and ordinal <= 2:
        first, last = (1, 6) if ordinal == 1 else (7, 12)
    elif not is_half:
        first, last = 3 * ordinal - 2, 3 * ordinal
    else:
        return None
    return f"{iso(year, first)}/{iso(year, last)}"


def _part_year(last_month: int, anchor: tuple[int, int | None, int | None] | None,
               year_hint: int | None) -> int | None:
    """A quarter or half without a year: the one the sentence names, else the latest one that had
    ended by the publication date."""
    if year_hint is not None:
        return year_hint
    if anchor is None:
        return None
    year, month = anchor[0], anchor[1]
    return year if month is not None and month > last_month else year - 1


def fiscal_start(states: list[str], lang: str = "en") -> int | None:
    """The month the fiscal year of the states begins in, when one of them counts from another month
    than January ('2023-24' of India is April 2023 to March 2024); None when none or several do."""
    months = {m for code in states if (m := _lexicon(lang).fiscal_start.get(code))}
    return months.pop() if len(months) == 1 else None


def _split_year(m: re.Match[str], first_month: int | None, glossed: tuple[int, int] | None = None
                ) -> tuple[str, int] | None:
    """'2023-24': a fiscal year from the month it starts in, else the two years; '2023-24 (April–March)': the
    months its gloss names."""
    first = int(m.group("first"))
    if int(m.group("last")) != (first + 1) % 100:
        return None
    if glossed is not None and glossed[0] > glossed[1]:
        return f"{iso(first, glossed[0])}/{iso(first + 1, glossed[1])}", first + 1
    if first_month is None or first_month == 1:
        return f"{first}/{first + 1}", first + 1
    return f"{iso(first, first_month)}/{iso(first + 1, first_month - 1)}", first + 1


def find_periods(text: str, times: list[TimeExpr], anchor: str | None, lang: str = "en",
                 offset: int = 0, first_month: int | None = None) -> list[Period]:
    """The periods named in ``text`` (a sentence starting at ``offset`` in its document; ``times``
    are its time expressions, with document offsets), left to right. ``first_month`` is the month
    the fiscal year of the states concerned starts in (``fiscal_start``)."""
    lex = _lexicon(lang)
    a = parse_iso(anchor)
    year_hint = next((t.year for t in times if t.year is not None and t.month is None
                      and not _compared_with(text, t.start - offset, lex)), None)
    spans: list[tuple[int, int, str | None, int | None]] = []
    for m in lex.months_span.finditer(text):
        got = _months(m, lex, a, year_hint)
        if got is not None:
            spans.append((m.start(), m.end(), got[0], got[1]))
    for m in lex.part_span.finditer(text):
        ordinal = lex.ordinals[m.group("ord").lower()]
        is_half = lex.half.fullmatch(m.group("part")) is not None
        last_month = (6 * ordinal) if is_half else 3 * ordinal
        named = m.group("year") or m.group("rel")
        year = _span_year(m, lex, a[0] if a else None, None) if named else _part_year(last_month, a, year_hint)
        # 'the four quarters to the end of the third quarter of 2023': the twelve months up to the part's end
        ended = lex.year_ended.search(text, max(0, m.start() - _ENDED_REACH), m.start())
        if ended is not None and year:
            spans.append((ended.start(), m.end(), _year_to(year, last_month), year))
            continue
        spans.append((m.start(), m.end(), _part(ordinal, is_half, year) if year else None, year))
    for m in lex.short_part.finditer(text):
        is_half = m.group("kind") in lex.half_letters
        ordinal = int(m.group("num"))
        last_month = 3 * ordinal * (2 if is_half else 1)
        year = int(m.group("year")) if m.group("year") else _part_year(last_month, a, year_hint)
        ended = lex.year_ended.search(text, max(0, m.start() - _ENDED_REACH), m.start())
        if ended is not None and year:
            spans.append((ended.start(), m.end(), _year_to(year, last_month), year))
            continue
        spans.append((m.start(), m.end(), _part(ordinal, is_half, year) if year else None, year))
    for m in lex.year_span.finditer(text):
        # "between 2008 and mid-2023"
        last = int(m.group("last"))
        span = f"{m.group('first')}-01/{iso(last, 6)}" if m.group("mid") else f"{m.group('first')}/{last}"
        spans.append((m.start(), m.end(), span, last))
    for m in lex.split_year.finditer(text):
        got = _split_year(m, first_month, _glossed_months(text, m.end(), times, offset))
        if got is not None:
            spans.append((m.start(), m.end(), got[0], got[1]))
    spans.extend(_month_ranges(text, times, lex, a, year_hint, offset))
    spans.extend(_years_ended(text, times, lex, offset))
    # a period the story told before ('in the nine months') has no value of its own: the figure takes the story's
    told_before = [(m.start(), m.end(), None, None) for m in lex.anaphoric.finditer(text)] if lex.anaphoric else []
    spans = _without_overlaps([*spans, *told_before])
    pointing = {(s, e) for s, e, _, _ in told_before if (s, e, None, None) in spans}
    for t in times:
        s, e = t.start - offset, t.end - offset
        if any(not (e <= a0 or s >= b0) for a0, b0, _, _ in spans) or (t.weekday is not None and t.month is None):
            continue
        value = resolve(t, anchor)
        end_value = resolve_end(t, anchor)
        if value and end_value:
            value = f"{value}/{end_value}"
        named = parse_iso(end_value or value)
        spans.append((s, e, value, named[0] if named else None))
    spans = _restated(spans, text)
    out = []
    previous_end = -1
    named_year: int | None = None  # the last year the sentence names by its number
    for s, e, value, year in sorted(spans):
        back = lex.anaphoric_years.get(text[s:e].lower())
        if back is not None and named_year is not None and lex.figure_before.search(text, 0, s) and (
                lex.marker.search(text, max(0, s - _MARKER_REACH), s) is None):
            # '312bn in 2023, against 276bn the year before': the year of a sum, a year before the one just named
            # ('up 11% on the previous year', '17 percent over the previous year': a change's base, left as it was)
            value, year = str(named_year + back), named_year + back
        if value and re.fullmatch(YEAR, value) and re.search(r"\d", text[s:e]):
            named_year = int(value)
        glossed = previous_end >= 0 and _GLOSS_OPEN.fullmatch(text, previous_end, s) and re.match(r"\s*\)", text[e:])
        previous_end = e
        if glossed:
            continue
        same = lex.same_period.search(text, max(0, s - _SAME_PERIOD_REACH), s)
        # "compared with the same period of 2022": the period a change is measured against
        before = same.start() if same else s
        marker = lex.marker.search(text, max(0, before - _MARKER_REACH), before)
        kind = "base" if same else lex.markers[marker.group(1).lower()] if marker else None
        bare = marker is not None and marker.group(1).lower() in lex.bare_base and (
            marker.group(0).rstrip().lower() == marker.group(1).lower()) and (
            re.fullmatch(YEAR, text[s:e]) is not None or text[s:e].lower() in lex.relative_years)
        if not same and (bare or lex.base_after.match(text, e)):
            kind = "base"  # "up 13% over 2023", "double the 2022 level": what a change is measured against
        if (s, e) in pointing and kind != "base":
            kind = "anaphoric"
        possessive = bool(lex.possessive.match(text[e:e + 2]))
        out.append(Period(s + offset, e + offset, text[s:e], _whole_year(value), year, kind, possessive))
    for m in lex.per_year.finditer(text):
        if not any(p.start <= m.start() + offset < p.end for p in out):
            out.append(Period(m.start() + offset, m.end() + offset, m.group(0), None, None, "rate"))
    return sorted(out, key=lambda p: p.start)


def _whole_year(value: str | None) -> str | None:
    """'January–December 2024' is the calendar year 2024."""
    m = re.fullmatch(rf"({YEAR})-01/({YEAR})-12", value or "")
    return m.group(1) if m and m.group(1) == m.group(2) else value


def _glossed_months(text: str, end: int, times: list[TimeExpr], offset: int) -> tuple[int, int] | None:
    """'2023-24 (April–March)': the months a split year's gloss in brackets starts and ends it in."""
    gloss = _GLOSS_OPEN.match(text, end)
    if gloss is None:
        return None
    first = next((i for i, t in enumerate(times) if t.start - offset == gloss.end()), None)
    if first is None or first + 1 >= len(times):
        return None
    months = times[first].month, times[first + 1].month
    if any(t.year is not None or t.relative for t in times[first:first + 2]) or None in months:
        return None
    return months[0] or 0, months[1] or 0


def _restated(spans: list[tuple[int, int, str | None, int | None]], text: str
              ) -> list[tuple[int, int, str | None, int | None]]:
    """'fiscal year 2080/81 (mid-July 2023 to mid-July 2024)': a period in brackets, told by dates of its own,
    restates the one before it in the calendar the figures are read in; the first period takes its span."""
    spans = sorted(spans)
    out: list[tuple[int, int, str | None, int | None]] = []
    i = 0
    while i < len(spans):
        s, e, value, year = spans[i]
        gloss = _GLOSS_OPEN.match(text, e)
        close = text.find(")", gloss.end()) if gloss is not None else -1
        inside = [g for g in spans[i + 1:] if gloss is not None and gloss.end() <= g[0] and g[1] <= close]
        if inside and gloss is not None and _GLOSS_LEAD.fullmatch(text, gloss.end(), inside[0][0]) and (
                _GLOSS_CLOSE.fullmatch(text, inside[-1][1], close) and all(g[2] and g[3] for g in inside)):
            first, last = inside[0][2] or "", inside[-1][2] or ""
            out.append((s, e, f"{first.split('/')[0]}/{last.split('/')[-1]}", inside[-1][3]))
            i += 1 + len(inside)
            continue
        out.append(spans[i])
        i += 1
    return out


def _month_ranges(text: str, times: list[TimeExpr], lex: _Lexicon, anchor: tuple[int, int | None, int | None] | None,
                  year_hint: int | None, offset: int) -> list[tuple[int, int, str | None, int | None]]:
    """'January-April', 'January to May 2026': the months of the year the range or its sentence
    names, else of the latest year in which they had ended by the publication date (statistics are
    reported once a span is over). 'From October 2023 to March 2024': each month with its own year."""
    out: list[tuple[int, int, str | None, int | None]] = []
    for i, (t1, t2) in enumerate(zip(times, times[1:], strict=False)):
        first, last = t1.month, t2.month
        if first is None or last is None or any(t.day is not None or t.relative for t in (t1, t2)):
            continue
        opener = lex.month_opener.search(text, 0, t1.start - offset)
        opened = opener is not None
        if not (lex.month_joiner.fullmatch(text, t1.end - offset, t2.start - offset) or opened and
                lex.span_joiner.fullmatch(text, t1.end - offset, t2.start - offset)):
            continue
        if t1.year is not None:
            if t2.year is not None and (t1.year, first) < (t2.year, last):
                # (the span takes its opener: 'from' opens it, it tells no base of a change)
                out.append((opener.start() if opener else t1.start - offset, t2.end - offset,
                            f"{iso(t1.year, first)}/{iso(t2.year, last)}", t2.year))
            continue
        if first == last:
            continue
        end, year = t2.end, t2.year
        # 'January-April of this year', 'January to May of last year': the year the months are of
        t3 = times[i + 2] if i + 2 < len(times) else None
        if year is None and t3 is not None and t3.month is None and t3.day is None and lex.of_year.fullmatch(
                text, t2.end - offset, t3.start - offset):
            named = parse_iso(resolve(t3, iso(*anchor) if anchor else None))
            if named is not None:
                end, year = t3.end, named[0]
        year = year or _part_year(last, anchor, year_hint)
        # 'April-March' runs over New Year: which years, the text says elsewhere ('2023/24 (April-March)')
        value = f"{iso(year, first)}/{iso(year, last)}" if year and first < last else None
        out.append((t1.start - offset, end - offset, value, year))
    return out


def _years_ended(text: str, times: list[TimeExpr], lex: _Lexicon, offset: int
                 ) -> list[tuple[int, int, str | None, int | None]]:
    """'the year ended March 2025': the twelve months up to the month named ('2024-04/2025-03'); a year
    ended in December is the calendar year."""
    out: list[tuple[int, int, str | None, int | None]] = []
    for t in times:
        s = t.start - offset
        m = lex.year_ended.search(text, max(0, s - _ENDED_REACH), s)
        if m is None or t.year is None or t.month is None or t.is_range:
            continue
        if t.day is not None and t.day < _LAST_DAYS:
            # 'the Iranian year to 20 March 2023': twelve months from a day inside the month a year before
            value = f"{iso(t.year - 1, t.month)}/{iso(t.year, t.month)}"
        else:
            value = _year_to(t.year, t.month)
        out.append((m.start(), t.end - offset, value, t.year))
    return out


def _year_to(year: int, month: int) -> str:
    """The twelve months up to the end of ``month`` of ``year``; up to December, the calendar year."""
    if month == _DECEMBER:
        return str(year)
    return f"{iso(year - 1, month + 1)}/{iso(year, month)}"


def _without_overlaps(spans: list[tuple[int, int, str | None, int | None]]
                      ) -> list[tuple[int, int, str | None, int | None]]:
    kept: list[tuple[int, int, str | None, int | None]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return kept


# A period a sentence opens with ("In 2023, ...", "During the first half of 2024, ...") covers all of it.
# At most three words before it: "During the first half of 2024", "In the first quarter".
_FRONT_WORDS = 3
_FRONTED = re.compile(rf"^\W*(?:[\w-]+\s+){{0,{_FRONT_WORDS}}}$")


def compares_with_same_period(text: str, lang: str) -> bool:
    """'1.6% more than in the same period of the previous year': the figure is of the period the story
    has been telling, even in a paragraph that does not name it again."""
    lex = _lexicon(lang)
    return lex.same_period_anywhere.search(text) is not None


def later_period(period: str, than: str) -> bool:
    """The later of two periods is the one a text goes on about ('$11.6bn in 2023, down from $15.2bn in 2022')."""
    return period.split("/")[-1] > than.split("/")[-1]


def inside_period(start: int, periods: list[Period]) -> bool:
    """'9' of '9 months of 2021' (an amount starting at ``start``) is part of a period, not an amount."""
    return any(p.start <= start < p.end for p in periods)


def years_back(f: SentenceFigure, cues: list[Cue], text: str, period: str | None) -> str | None:
    """'up from $3bn a year earlier': a figure for the year before the period the sentence is about."""
    back = next((c for c in cues if c.kind == "years_back" and c.start >= f.end
                 and re.fullmatch(r"[\s,]*", text[f.end:c.start])), None)
    if back is None or period is None or not re.fullmatch(r"\d{4}", period):
        return period
    return str(int(period) - int(back.value))


def own_period(f: SentenceFigure, periods: list[Period], metric: str, text: str, cues: CueLexicon
               ) -> Period | None:
    """The period a figure is given for: the one named nearest to it in its own clause (its own
    stretch first), else one the sentence opens with ('In 2023, ...')."""
    base = f.q.start - f.start
    lo, hi = clause_bounds(f, text, cues.clause_break)
    just_after = _lexicon(cues.lang).just_after
    own, fronted = [], []
    for p in periods:
        if p.possessive or p.marker == "base" or (metric != "other" and p.value and len(p.value) == 10):
            continue  # a day is when something happened, not the span a trade figure covers
        s = p.start - base
        # an N-fold change spans its own period, not the one of the figure after it; a deadline past the
        # next amount is that amount's ('is $400m now and we aim for $1bn by 2027')
        if lo <= s < hi and (f.q.unit != MULTIPLIER and (p.marker != "deadline" or s < f.seg_end)
                             or f.seg_start <= s < f.seg_end):
            own.append(p)
        elif _FRONTED.match(text[:s]) and text[p.end - base:].lstrip().startswith(","):
            fronted.append(p)

    def gap(p: Period) -> tuple[bool, bool, int]:
        s, e = p.start - base, p.end - base
        # 'from $117m in 2021 to $186m in 2023': a period right after the amount before is that amount's
        taken = e <= f.start and f.seg_start > 0 and just_after.fullmatch(text[f.seg_start:s]) is not None
        return (not f.seg_start <= s < f.seg_end, taken, f.start - e if e <= f.start else s - f.end)

    if own:
        return min(own, key=gap)
    if fronted:
        return fronted[0]
    # 'Japan was its top export market in December 2025, with exports valued at $1bn': a clause of attendant
    # circumstance shares the period of the clause it hangs on
    opener = _lexicon(cues.lang).attendant.search(text, 0, lo)
    if opener is None:
        return None
    before = [p for p in periods if p.end - base <= opener.start() and not p.possessive and p.marker != "base"
              and not cues.clause_break.search(text, p.end - base, opener.start())]
    return before[-1] if before else None


def figure_period(own: Period | None, kind: str, anchor: str | None) -> tuple[str | None, str | None]:
    """(period, target year) of a figure; a deadline still ahead ('by 2030') is a target year. A goal
    or an expectation for a year already under way ('expected to exceed $8bn this year') covers it."""
    if own is None or own.marker == "cumulative":
        return None, None
    if kind != "actual":
        a = parse_iso(anchor)
        if own.marker not in ("deadline", "base", "rate") and own.year is not None and own.value == str(
                own.year) and a is not None and own.year > a[0]:
            return None, own.value  # 'to reach $5bn in 2030': the year a goal is set for, still ahead
        if own.marker in ("deadline", "base") or own.value is None or a is None or own.year != a[0]:
            return None, None
        return own.value, str(own.year)
    if ahead(own, anchor):
        return None, str(own.year)
    return own.value, None


def ahead(p: Period, anchor: str | None) -> bool:
    a = parse_iso(anchor)
    return p.marker == "deadline" and p.year is not None and a is not None and p.year > a[0]


def deadline_year(f: SentenceFigure, periods: list[Period], anchor: str | None) -> str | None:
    """The year a goal is set for: 'by 2030', 'until 2027'; the one right after the figure in its own
    stretch ('$100bn by 2025 and $150bn by 2030'), else the nearest one before it, else any in the sentence."""
    a = parse_iso(anchor)
    base = f.q.start - f.start
    deadlines = [p for p in periods if p.marker == "deadline" and p.year and (a is None or p.year >= a[0])]
    after = [p for p in deadlines if f.end <= p.start - base < f.seg_end]
    before = [p for p in deadlines if f.seg_start <= p.start - base < f.start]
    best = after[0] if after else before[-1] if before else deadlines[0] if deadlines else None
    return str(best.year) if best else None
