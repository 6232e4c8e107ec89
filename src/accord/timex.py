"""Time expressions: find the dates a text mentions and resolve them against an anchor date.

Used by cleaning (to infer when a story was published) and by extraction (event dates,
indicator periods). Month and weekday names, and relative phrases, are language data under
``resources/<lang>/``; the shapes of dates (day-month-year, month-day, ranges, numeric
dates) are common to the languages Accord reads.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import resources

# "PORT CITY, Ruritania, " / "Freedonia, Capital, " / "NEW TOWN, ": up to three places, each a few
# capitalised words, each followed by a comma; a story filed from both capitals names them joined by a slash
# ("Port Sudan/N'Djamena, ")
_PLACE_NAME = r"[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}"
PLACE = rf"{_PLACE_NAME}(?:\s?/\s?{_PLACE_NAME})?"
# "NUR-SULTAN. ": a place in capitals may end with a full stop instead (a capitalised word before a
# full stop may end a sentence, a word in capitals hardly)
UPPER_PLACE = r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,3}"
# "Muscat – Agency Name – ": a place and its agency may be set off by spaced dashes instead of commas
DATELINE_PREFIX = re.compile(rf"^\W*(?:(?:{PLACE}\s*(?:,|\s[–—-]|\s?[–—])\s*){{1,3}}|{UPPER_PLACE}\.\s*)$")


# a dateline's places and their punctuation are short: a date further into its line opens none (and
# the check stays linear on a page that is one long line)
DATELINE_MAX_CHARS = 80


def opens_dateline(prefix: str) -> bool:
    """Whether the text before a date is a dateline's place ("BISHKEK, ", "NUR-SULTAN. "): the date
    is then the day the story was filed, not that of what it reports."""
    return len(prefix) <= DATELINE_MAX_CHARS and DATELINE_PREFIX.match(prefix) is not None


def after_dateline(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` follows a dateline's place at the start of its line;
    the line is looked for no further back than a dateline can reach."""
    reach = max(0, start - DATELINE_MAX_CHARS - 1)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return False  # the line began further back than any dateline's place
    return opens_dateline(text[line_start:start])


YEAR = r"(?:19[5-9]\d|20\d\d)"


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None

    @property
    def is_range(self) -> bool:
        return self.end_year is not None or self.end_month is not None or self.end_day is not None

    @property
    def weekday_checks_out(self) -> bool:
        """A date printed with its weekday, and the calendar agrees: the mark of a story's own 'now'."""
        if self.weekday is None or None in (self.year, self.month, self.day):
            return False
        try:
            return dt.date(self.year, self.month, self.day).weekday() == self.weekday  # type: ignore[arg-type]
        except ValueError:
            return False


SHARED = True  # marks a shape of digits alone in a language's list of shapes
# a shape of digits alone starts at a digit whatever the language's words start with: of a language's
# opening characters, "0123456789" are the only ones it can start at
_DIGIT_OPENS = resources.first_chars(list("0123456789"))


@cache
def _shape_pattern(opens: str, shape: str) -> re.Pattern[str]:
    """A shape as a whole expression (one compiled pattern for a shape every language shares)."""
    return re.compile(rf"(?<![\w$€£.,]){opens}{shape}(?![\w%]|[.,]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    abbreviations: frozenset[str]
    homonyms: frozenset[str]  # month words that are common words too ("may")
    month_before_dash: re.Pattern[str]
    weekdays: dict[str, int]
    relative: list[tuple[str, str, re.Pattern[str]]]  # phrase, meaning, the phrase as a whole word
    # each shape with what a text must hold for it to match there (a digit, a month word, a weekday word)
    # and whether it is the same in every language (numbers only: its matches are shared, see _matches)
    patterns: list[tuple[re.Pattern[str], str, frozenset[re.Pattern[str]], bool]]
    hints: tuple[re.Pattern[str], ...]  # the digit, month word and weekday word searched for once per text


_DIGIT = re.compile(r"\d")


@cache
def _year_words() -> tuple[str, ...]:
    """Words that may follow a year ("2024 года"), in every language: a story quotes dates of another."""
    return tuple(w for lang in resources.languages() if resources.has(lang, "year_words.txt")
                 for w in resources.word_list(lang, "year_words.txt"))


@cache
def _day_suffixes() -> tuple[str, ...]:
    """Endings that may follow a day number ("21st"), in every language: a story quotes dates of another."""
    return tuple(w for lang in resources.languages() if resources.has(lang, "day_suffixes.txt")
                 for w in resources.word_list(lang, "day_suffixes.txt"))


@cache
def dated_languages() -> tuple[str, ...]:
    """The languages whose month names Accord reads: a site prints its stamps in its own language around
    an English story ("18 de octubre de 2024", "14 Maret 2024")."""
    return tuple(lang for lang in resources.languages() if resources.has(lang, "months.txt"))


@cache
def _lexicon(lang: str) -> _Lexicon:
    if not resources.has(lang, "months.txt"):
        lang = "en"
    months: dict[str, int] = {}
    abbreviations: set[str] = set()
    for num, forms in resources.numbered_forms(lang, "months.txt"):
        for form in forms:
            months[form.rstrip(".")] = num
            if form.endswith("."):
                abbreviations.add(form.rstrip("."))
    weekdays: dict[str, int] = {}
    if resources.has(lang, "weekdays.txt"):
        for num, forms in resources.numbered_forms(lang, "weekdays.txt"):
            for form in forms:
                weekdays[form] = num
    relative: list[tuple[str, str]] = []
    if resources.has(lang, "relative_time.txt"):
        relative.extend(resources.phrase_table(lang, "relative_time.txt"))
    relative.sort(key=lambda pm: -len(pm[0]))
    whole = [(phrase, meaning, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")) for phrase, meaning in relative]

    month_words = resources.alternation([w for w in months if w not in abbreviations])
    month_abbrs = resources.alternation(list(abbreviations))
    m = rf"(?P<mon>{month_words}|(?:{month_abbrs})\.?)"
    m2 = rf"(?P<mon2>{month_words}|(?:{month_abbrs})\.?)"
    # a language read only in its dates has the words of its dates alone (date_words.json), not a grammar
    # of the extraction's roles: its folder must not stand for one
    grammar = (resources.cue_table(lang, "date_words.json") if resources.has(lang, "date_words.json")
               else resources.cue_table_or_english(lang, "grammar.json"))
    # "3. März 2025", "1er mars 2025": a language's own mark of a day number as an ordinal is read in its own
    # dates only (an English "1. March" opens a numbered list item)
    ordinal = grammar.get("day_ordinal") or []
    suffix = rf"(?:{resources.alternation([*_day_suffixes(), *ordinal])})?"
    d = rf"(?P<day>[0-3]?\d){suffix}"
    d2 = rf"(?P<day2>[0-3]?\d){suffix}"
    y = rf"(?P<year>{YEAR})"
    y2 = rf"(?P<year2>{YEAR})"
    wd = rf"(?:(?P<wd>{resources.alternation(list(weekdays))}),?\s+)?" if weekdays else ""
    dash = r"\s*[-–—]\s*"
    year_word = rf"(?:\s*(?:{resources.alternation(_year_words())}))?"
    # "26 of October of 2024": a date as a translation from Spanish or Portuguese words it ("26 de octubre de 2024")
    genitive = grammar.get("genitive") or []
    of = rf"(?:(?:{resources.alternation(genitive)})\s+)?" if genitive else ""
    # order matters: longer, more specific shapes first; matches may not overlap. A shape of digits
    # alone (SHARED) is the same in every language: its matches are found once per text (_matches).
    shapes: list[tuple[str, str] | tuple[str, str, bool]] = [
        (rf"{wd}{d}{dash}{d2}\s+{m}(?:,?\s+{y}{year_word})?", "d-d m y"),
        (rf"{wd}{m}\s+{d}{dash}{d2}(?:,?\s+{y})?", "m d-d y"),
        (rf"{m}{dash}{m2}\s+{y}{year_word}", "m-m y"),
        (rf"{wd}{d}\s+{of}{m},?\s+{of}{y}{year_word}", "d m y"),
        (rf"{wd}{m}\s+{d},?\s+{of}{y}", "m d y"),
        # year first, as machine translations from East Asian languages print it: "2031, March 4", "2031 Mar. 4"
        (rf"{y},?\s+{m}\s+{d}\b", "y m d"),
        (rf"(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d){year_word}", "numeric", SHARED),
        # year first, as the Baltic states, Hungary and East Asia print it: "2023.10.11." (never month first)
        (r"(?P<year>(?:19|20)\d\d)\.(?P<mnum>[01]?\d)\.(?P<day>[0-3]?\d)\.?", "numeric", SHARED),
        # ... or with slashes, as Japanese and Chinese pages do: "2031/03/04"
        (r"(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)(?![/\d])", "numeric", SHARED),
        # with the clock time and zone a page's metadata prints after it: "2031-02-03T09:15:00+02:00"
        (r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"
         r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?", "iso", SHARED),
        (rf"{m}\s+{y}{year_word}", "m y"),
        (rf"{wd}{m}\s+{d}\b", "m d"),
        (rf"{wd}{d}\s+{m}", "d m"),
        (rf"{y}\s*[-–—/]\s*{y2}", "y-y", SHARED),
        (rf"{y}{year_word}", "y", SHARED),
        (rf"{m}", "m"),
    ]
    if weekdays:
        shapes.append((rf"(?P<wd>{resources.alternation(list(weekdays))})", "wd"))
    if resources.has(lang, "day_only_openers.txt"):
        openers = resources.alternation(list(resources.word_list(lang, "day_only_openers.txt")))
        grammar_words = resources.alternation(list(resources.word_list(lang, "function_words.txt")))
        day_suffixes = resources.alternation(list(_day_suffixes()))
        shapes.append((rf"(?:{openers})\s+(?P<day>[0-3]?\d)(?:{day_suffixes})(?=\s*[,.;:(]|\s*$|\s+(?:{grammar_words})\b)",
                       "d"))
    # every shape opens with a digit, a month or a weekday
    opens = resources.first_chars([*months, *weekdays, *"0123456789"])
    # a text is searched once for a digit, a month word and a weekday word of the language (most lines a
    # page is read in hold no month word of a given language, many no digit), and a shape is tried only
    # on a text that holds what its parts need
    month_word, weekday_word = (
        re.compile(resources.first_chars(list(words)) + f"(?:{resources.alternation(list(words))})", re.IGNORECASE)
        for words in (months, weekdays))
    needs = {"d": _DIGIT, "y": _DIGIT, "numeric": _DIGIT, "iso": _DIGIT, "m": month_word, "wd": weekday_word}
    patterns = [
        (_shape_pattern(_DIGIT_OPENS if shared else opens, p), kind,
         frozenset(needs[part] for part in re.split(r"[ -]", kind)), bool(shared))
        for p, kind, *shared in shapes
    ]
    month_before_dash = re.compile(rf"(?:{resources.alternation(list(months))})\.?\s*[-–—]\s*$", re.IGNORECASE)
    homonyms = frozenset(resources.word_list(lang, "month_homonyms.txt")) if resources.has(lang, "month_homonyms.txt") \
        else frozenset()
    return _Lexicon(months, frozenset(abbreviations), homonyms, month_before_dash, weekdays, whole, patterns,
                    (_DIGIT, month_word, weekday_word))


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _build(match: re.Match[str], kind: str, lex: _Lexicon) -> TimeExpr | None:
    g = match.groupdict()
    month = lex.months.get((g.get("mon") or "").lower().rstrip(".")) if g.get("mon") else _int(g.get("mnum"))
    month2 = lex.months.get((g.get("mon2") or "").lower().rstrip(".")) if g.get("mon2") else None
    day, day2 = _int(g.get("day")), _int(g.get("day2"))
    year, year2 = _int(g.get("year")), _int(g.get("year2"))
    weekday = lex.weekdays.get((g.get("wd") or "").lower()) if g.get("wd") else None
    if month is not None and not 1 <= month <= 12:
        return None
    for dd in (day, day2):
        if dd is not None and not 1 <= dd <= 31:
            return None
    word = match.group(0)
    # a bare month word is too ambiguous when abbreviated, lowercase Latin ("march on") or a common word too
    # ("May" the modal)
    bare = word.lower().rstrip(".")
    # ... unless it closes a span of months ("January–May"), where it can be nothing else
    homonym = bare in lex.homonyms
    closes_span = homonym and lex.month_before_dash.search(match.string, 0, match.start()) is not None
    ambiguous = bare in lex.abbreviations or homonym or (word.isascii() and not word[0].isupper())
    if kind == "m" and ambiguous and not closes_span:
        return None
    if kind == "y-y" and year2 is not None and year is not None and year2 <= year:
        return None
    end_year = year2 if kind == "y-y" else (year if kind in ("m-m y",) else None)
    end_month = month2 if kind == "m-m y" else (month if day2 is not None else None)
    end_day = day2
    if kind in ("d-d m y", "m d-d y") and year is not None:
        end_year = year
    # (a day alone stands after the words that open it: "on the 28th")
    start = match.start("day") if kind == "d" else match.start()
    return TimeExpr(
        start=start, end=match.end(), text=match.string[start:match.end()], year=year, month=month, day=day,
        weekday=weekday, end_year=end_year, end_month=end_month, end_day=end_day,
    )


# Texts whose expressions are remembered, each a pass of every pattern: cleaning reads a story's
# dates for its publication date up to three times and extraction reads them again, and the lines at
# the top of a page are read for a dateline and for a timestamp. Stories and lines are remembered
# apart, so that the many lines cleaning reads do not push out the stories of a batch (16 by default).
# A page's lines are read in every language with month names (8): its first few dozen lines in all of
# them must fit, or the headline's search pushes out what the dateline's reads again.
_REMEMBERED_STORIES = 64
_REMEMBERED_LINES = 2048
_LINE_CHARS = 1000


def find_time_expressions(text: str, lang: str = "en") -> list[TimeExpr]:
    """Every date-like expression in ``text``, left to right, without overlaps."""
    return list(_in_story(text, lang) if len(text) > _LINE_CHARS else _in_line(text, lang))


@lru_cache(maxsize=_REMEMBERED_STORIES)
def _in_story(text: str, lang: str) -> tuple[TimeExpr, ...]:
    return _time_expressions(text, lang)


@lru_cache(maxsize=_REMEMBERED_LINES)
def _in_line(text: str, lang: str) -> tuple[TimeExpr, ...]:
    return _time_expressions(text, lang)


def _time_expressions(text: str, lang: str) -> tuple[TimeExpr, ...]:
    lex = _lexicon(lang)
    # spans taken so far, disjoint, kept sorted by start: a new one need only be checked against its
    # neighbours, so the search stays linear in the text however many dates it holds
    starts: list[int] = []
    ends: list[int] = []
    found: list[TimeExpr] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, a)
        return not ((i and ends[i - 1] > a) or (i < len(starts) and starts[i] < b))

    def take(a: int, b: int) -> None:
        i = bisect.bisect_right(starts, a)
        starts.insert(i, a)
        ends.insert(i, b)

    held = {hint for hint in lex.hints if hint.search(text)}
    for pattern, kind, needs, shared in lex.patterns:
        if not needs <= held:
            continue
        for match in _matches(pattern, text) if shared else pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            expr = _build(match, kind, lex)
            if expr is not None:
                take(match.start(), match.end())
                found.append(expr)
    lowered = text.lower()
    for phrase, meaning, whole in lex.relative:
        if phrase not in lowered:  # most texts hold few of the phrases: a substring test rules the rest out
            continue
        for match in whole.finditer(lowered):
            if free(match.start(), match.end()):
                take(match.start(), match.end())
                found.append(TimeExpr(match.start(), match.end(), text[match.start():match.end()], relative=meaning))
    return tuple(sorted(found, key=lambda e: e.start))


# cleaning reads a line's dates in every language with month names, one after another: the matches of
# a shape they all share are found once per line
@lru_cache(maxsize=16)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(pattern.finditer(text))


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """'2024-12-19' -> (2024, 12, 19); '2026-02' -> (2026, 2, None); '2025' -> (2025, None, None)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value[:10])
    if not m:
        return None
    year, month, day = int(m.group(1)), _int(m.group(2)), _int(m.group(3))
    try:  # a page may state an impossible date ("2025-14-03"); it anchors nothing
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _nearest_year(month: int, day: int | None, anchor: tuple[int, int | None, int | None]) -> int:
    """The year that puts month/day closest to the anchor: news speaks of the recent past and near future."""
    ay, am, ad = anchor
    if am is None:
        return ay
    ref = dt.date(ay, am, ad or 15)
    best = ay
    best_gap = None
    for year in (ay - 1, ay, ay + 1):
        safe_day = min(day or 15, calendar.monthrange(year, month)[1])
        gap = abs((dt.date(year, month, safe_day) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# days from the story's own day to the week a relative week phrase names
_WEEK_SHIFTS = {"last_week": -7, "this_week": 0, "next_week": 7}


def resolve(expr: TimeExpr, anchor: str | None) -> str | None:
    """The ISO date an expression stands for, at its own precision; relative ones need ``anchor``."""
    a = parse_iso(anchor)
    if expr.relative:
        if a is None:
            return None
        ay, am, ad = a
        if expr.relative in ("last_year", "this_year", "next_year"):
            return iso(ay + {"last_year": -1, "this_year": 0, "next_year": 1}[expr.relative])
        if expr.relative in ("last_month", "this_month", "next_month"):
            if am is None:
                return None
            shift = {"last_month": -1, "this_month": 0, "next_month": 1}[expr.relative]
            y, m = divmod(ay * 12 + am - 1 + shift, 12)
            return iso(y, m + 1)
        if am is None or ad is None:
            return iso(ay, am) if expr.relative in ("today", "this_week") and am else None
        if expr.relative in _WEEK_SHIFTS:
            # 'last week' names no day: the month of the day a week off the story's, at that precision
            week = dt.date(ay, am, ad) + dt.timedelta(days=_WEEK_SHIFTS[expr.relative])
            return iso(week.year, week.month)
        day = dt.date(ay, am, ad) + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[expr.relative])
        return day.isoformat()
    if expr.year is not None:
        return iso(expr.year, expr.month, expr.day)
    if expr.month is not None:
        if a is None:
            return None
        return iso(_nearest_year(expr.month, expr.day, a), expr.month, expr.day)
    if expr.day is not None and a is not None and a[1] is not None and a[2] is not None:
        # a day of the month alone: the story's month, or the month before for a day after the story's
        y, m = divmod(a[0] * 12 + a[1] - 1 - (expr.day > a[2]), 12)
        return iso(y, m + 1, min(expr.day, calendar.monthrange(y, m + 1)[1]))
    if expr.weekday is not None and a is not None and a[1] is not None and a[2] is not None:
        ref = dt.date(*a)  # type: ignore[arg-type]
        back = (ref.weekday() - expr.weekday) % 7
        return (ref - dt.timedelta(days=back)).isoformat()
    return None


def resolve_end(expr: TimeExpr, anchor: str | None) -> str | None:
    """The end of a range expression ('2013-2017' -> '2017'), or None when it is not a range."""
    if not expr.is_range:
        return None
    start = resolve(expr, anchor)
    s = parse_iso(start)
    if s is None:
        return None
    year = expr.end_year or s[0]
    month = expr.end_month or (s[1] if expr.end_day else None)
    return iso(year, month, expr.end_day)
