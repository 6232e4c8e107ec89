"""When a fact happened: the time expression of a sentence that belongs to a given word.

A sentence may name several dates ("the visit in September 2018 and the visit in November 2019",
"the programme for 2013-2017, adopted on 14-15 April 2013"); a fact takes the nearest one that is
not a period or a limit ("since 2005", "by 2030", "for 2026-2027" say nothing about when it happened).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from .. import resources
from ..timex import TimeExpr, parse_iso, resolve
from .analysis import Sentence
from .syntax import is_dep, is_pos, is_tag, is_word, lemma_of, role_words

# a time expression this far (in characters) from the fact's words is about something else
MAX_DISTANCE = 160
# relative expressions that lie wholly before the story: never the date of a plan,
_PAST_RELATIVES = frozenset({"last_week", "last_month", "last_year", "yesterday"})
# and those wholly after it: never the date of an act told as done
_FUTURE_RELATIVES = frozenset({"next_week", "next_month", "next_year", "tomorrow"})
# steps added when a date hangs from the cue's verb rather than from the cue
VERB_OWNER_PENALTY = 10
# an event told without a date but "now" may sit this many days from the publication date
NOW_WINDOW_DAYS = 7
# the words of the day a night opens on ('31 March', '3'), and how far back its opening words are looked for
_NIGHT_OPENING_WORDS = 3
_NIGHT_REACH = 6


@cache
def _blockers(lang: str) -> frozenset[str]:
    return frozenset(resources.cue_table(lang, "event_cues.json")["date_blockers"])


@cache
def _date_words(lang: str, kind: str) -> frozenset[str]:
    """Words before a date that change what it says (event_cues.json: from, since, last)."""
    return frozenset(resources.cue_table_or_english(lang, "event_cues.json")[kind])


def _word_before(sentence: Sentence, start: int) -> str:
    head = sentence.text[: start - sentence.start].rstrip(" ,(").split()
    return head[-1].lower() if head else ""


def _names_a_period(sentence: Sentence, expr: TimeExpr) -> bool:
    """'the 2025-2026 Plan of Action': a span of years before a noun is what the thing covers."""
    if not expr.is_range:
        return False
    inside = [t for t in sentence.span if expr.start <= t.idx < expr.end]
    return any(
        is_dep(t, "compound", "number_modifier", "adjective_modifier", "noun_modifier")
        and is_pos(t.head, "noun", "proper_noun")
        and t.head.idx >= expr.end
        for t in inside
    )


def _names_an_edition(sentence: Sentence, expr: TimeExpr, targets: list[Any]) -> bool:
    """'ahead of the 2024 Summit', 'tore up its 2010 treaty': a year before a name or a noun other than the
    cue tells which edition of another thing."""
    if expr.month is not None or expr.is_range:
        return False
    ids = {t.i for t in targets}
    inside = [t for t in sentence.span if expr.start <= t.idx < expr.end]
    # a weekday before a common noun is a time of day ('on Monday evening'), a year its edition
    heads = ("proper_noun", "noun") if expr.year is not None else ("proper_noun",)
    return any(is_dep(t, "number_modifier", "compound") and is_pos(t.head, *heads)
               and t.head.idx >= expr.end and t.head.i not in ids for t in inside)


def _usable(sentence: Sentence, expr: TimeExpr, lang: str, allow_from: bool, allow_since: bool,
            targets: list[Any]) -> bool:
    if _names_a_period(sentence, expr):
        return False
    before = _word_before(sentence, expr.start)
    if _last_month(sentence, expr, lang) or _last_weekday(sentence, expr, lang):
        return True
    if _ends_a_night(sentence, expr, lang):
        return True
    if before in _date_words(lang, "span_from_words"):
        return allow_from
    if before in _date_words(lang, "span_since_words"):
        return allow_since or _explained_by(sentence, expr, targets)
    return before not in _blockers(lang)


def _explained_by(sentence: Sentence, expr: TimeExpr, targets: list[Any]) -> bool:
    """'the sharpest row since July 2022, when Croatia barred ...': a clause hung on the date tells
    what happened then, so the date is that clause's own, whatever word stands before it."""
    inside = {t.i for t in sentence.span if expr.start <= t.idx < expr.end}
    return any(is_dep(t, "relative_clause") and t.head.i in inside for t in targets)


def _ends_a_night(sentence: Sentence, expr: TimeExpr, lang: str) -> bool:
    """'in the night of 31 March to 1 April', 'on the night of 3 to 4 May': the day the night ends on,
    at most a date's words after the words that open the night."""
    head = sentence.text[: expr.start - sentence.start].lower().split()
    if not head or head[-1] not in _date_words(lang, "night_closes"):
        return False
    before = " " + " ".join(head[-1 - _NIGHT_REACH:-1])
    return any(f" {opener}" in before and len(before.rsplit(opener, 1)[1].split()) <= _NIGHT_OPENING_WORDS
               for opener in _date_words(lang, "night_opens"))


def _last_month(sentence: Sentence, expr: TimeExpr, lang: str) -> bool:
    """'in Astana last July': a bare month after 'last' is the latest such month before the story."""
    bare = expr.month is not None and expr.year is None and expr.day is None and not expr.is_range
    return bare and _word_before(sentence, expr.start) in _date_words(lang, "last_words")


def _last_weekday(sentence: Sentence, expr: TimeExpr, lang: str) -> bool:
    """'Last Saturday Colombia announced': a bare weekday after 'last' is the latest such day before the story."""
    bare = expr.weekday is not None and expr.month is None and expr.day is None and not expr.is_range
    return bare and _word_before(sentence, expr.start) in _date_words(lang, "last_words")


def _owner_steps(expr: TimeExpr, sentence: Sentence, targets: list[Any]) -> int | None:
    """How many steps up the parse the expression hangs from one of ``targets`` (the cue first); -1 when another
    predicate owns it ("the Declaration signed on May 23" is not the date of "the meeting")."""
    tok = next((t for t in sentence.span if t.idx <= expr.start < t.idx + len(t.text)), None)
    if tok is None:
        return None
    ids = {t.i for t in targets}
    node, steps = tok, 0
    while True:
        if node.i in ids:
            # hanging from the cue itself beats hanging from its verb ("recalled the visit in May 2022
            # and the visit in June 2023")
            return steps if node.i == targets[0].i else steps + VERB_OWNER_PENALTY
        # "the agreements reached during the visit in January": the clause that holds the cue is the cue's own
        other_clause = (
            is_dep(node, "clausal_modifier", "relative_clause")
            and node.head.i not in ids
            and not _holds(node, targets[0])
        )
        if is_pos(node, "verb", "auxiliary_verb") and node.i != tok.i and (other_clause or _since_clause(node)):
            return -1
        if node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1


def _apart(expr: TimeExpr, sentence: Sentence, cue: Any, lang: str) -> bool:
    """The date belongs to another clause than the cue's: one of two joined clauses with subjects of
    their own ('trade reached $7 billion last year, and the leaders agreed to raise it'; 'the sides
    agreed ..., and the airline announced it would fly from March'), or the base of a comparison
    ('compared with $1.1 billion in 2024')."""
    tok = next((t for t in sentence.span if t.idx <= expr.start < t.idx + len(t.text)), None)
    if tok is None:
        return False
    above_cue = {cue.i, *(a.i for a in cue.ancestors)}
    path = [tok]
    while path[-1].i not in above_cue and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    top = path[-1]
    if any(lemma_of(t) in _date_words(lang, "comparison_verbs") for t in path):
        return True
    if any(_own_clause(t) for t in path[:-1]):
        return True
    # 'On 20 December the king received him, and the two sides agreed': a date opening the sentence
    # stands over every clause joined after it
    if tok.i <= top.i:
        return False
    under_top = {u.i for u in top.subtree}
    return any(_own_clause(t) for t in (cue, *cue.ancestors) if t.i in under_top and t.i != top.i)


def _sequenced(sentence: Sentence, expr: TimeExpr, cue: Any, lang: str) -> bool:
    """The date is inside a clause of 'after' or 'before' that the cue stands outside of: the day of the act
    the cue's act follows or precedes, not its own ('lodged a protest after soldiers crossed the border on
    Saturday'). A count of days across the clause ('a day after ...') sets the cue's day off it instead
    (_offset_days). The other way round the date stays: 'closed the border on Friday after clashes broke
    out' dates the clashes by the measure they brought."""
    tok = next((t for t in sentence.span if t.idx <= expr.start < t.idx + len(t.text)), None)
    if tok is None:
        return False
    markers = resources.cue_table_or_english(lang, "event_cues.json")["offset_markers"]
    for marker in (t for t in sentence.span if is_dep(t, "marker") and t.text.lower() in markers):
        inside = {t.i for t in marker.head.subtree}
        if tok.i in inside and cue.i not in inside:
            return _offset_days(sentence, expr, cue, lang) is None
    return False


def _own_clause(tok: Any) -> bool:
    """A verb joined to another as a clause of its own: with a subject of its own."""
    return (is_pos(tok, "verb") and is_dep(tok, "conjunct")
            and any(is_dep(c, "subject") for c in tok.children))


def _since_clause(verb: Any) -> bool:
    """'his first visit since taking office in October': a 'since' clause dates its own act, not the
    event it measures from."""
    return (is_dep(verb, "prep_complement")
            and verb.head.text.lower() in _date_words(verb.doc.lang_, "span_since_words"))


def _holds(verb: Any, cue: Any) -> bool:
    """The cue is an argument of the verb's clause through a preposition ('reached during the visit')."""
    return is_dep(cue, "prep_object") and is_dep(cue.head, "preposition") and cue.head.head.i == verb.i


def date_near(
    sentence: Sentence, tokens: list[Any], anchor: str | None, lang: str = "en", allow_from: bool = False,
    own_only: bool = False, future: bool = False, allow_since: bool = False, stated: tuple[str, ...] = (),
    nearest: bool = False,
) -> str | None:
    """The resolved date of the usable time expression that belongs to ``tokens`` (spaCy tokens of
    ``sentence``: the cue word and its verb): the one hanging from them in the parse, else (unless
    ``own_only``) the nearest in the text that no other clause owns; None if there is none.
    ``allow_from`` lets "effective from May 2031" count and ``allow_since`` "in force since April
    2009" (entry into force); ``future`` reads a bare weekday forward ("is due to arrive on Wednesday").
    ``stated`` are the full dates the story gives: with no anchor, a bare weekday is the one of them
    that falls on it (an undated page: "signed on Tuesday", and a caption's "10 May 2022", a Tuesday).
    ``nearest``: of two dates as deep under the cue's clause, the nearer to the cue ("signed in 2011 and in
    force since 2015" read from "force"), not the first."""
    owned: list[tuple[tuple[int, int], TimeExpr]] = []
    free: list[tuple[tuple[int, int], TimeExpr]] = []
    cue = tokens[0]
    for expr in sentence.times:
        # a weekday the parser hangs on the name after it is a day when 'last' says so ('Last Saturday
        # Colombia announced'), else a part of the name ('Vice Premier Sun Chunlan')
        if not _usable(sentence, expr, lang, allow_from, allow_since, tokens) or (_names_an_edition(
                sentence, expr, tokens) and not _last_weekday(sentence, expr, lang)):
            continue
        steps = _owner_steps(expr, sentence, tokens)
        if _apart(expr, sentence, tokens[0], lang) or _sequenced(sentence, expr, tokens[0], lang):
            continue
        if steps is not None and steps >= 0:
            owned.append(((steps, _distance(expr, cue.idx, cue.idx + len(cue.text)) if nearest else 0), expr))
        # "on Wednesday, hours before the commissions held their session": a clause measured off the date
        # ties the date to the cue even where only the cue's own dates count
        elif steps is None and (not own_only or _offset_days(sentence, expr, tokens[0], lang) is not None):
            gap = min(_distance(expr, tok.idx, tok.idx + len(tok.text)) for tok in tokens)
            if gap <= MAX_DISTANCE and not _across_semicolon(sentence, expr, tokens[0]):
                free.append(((gap, 0), expr))
    pool = owned or free
    if not pool:
        return None
    expr = min(pool, key=lambda p: p[0])[1]
    if not own_only and expr.relative in (_PAST_RELATIVES if future else _FUTURE_RELATIVES):
        # "said last week that it was ready to sign": when the plan was told, not when it happens; "could
        # meet him next week": a chance held out, not an act done (a date of the words' own is theirs)
        return None
    date = resolve(expr, anchor)
    if date is None and anchor is None and expr.weekday is not None and expr.month is None:
        date = _stated_weekday(expr.weekday, stated)
    if date is not None and anchor is not None and date == anchor[:10] and _last_weekday(sentence, expr, lang):
        date = _shifted(date, -7, vague=False)  # "last Saturday" in a story of a Saturday: a week before
    elif date is not None and _last_month(sentence, expr, lang):
        date = before_story(date, anchor, same_month_is_past=True)
    elif date is not None and expr.month is not None and expr.year is None:
        date = _with_relative_year(sentence, expr, date, anchor, lang)
        if date == resolve(expr, anchor) and _told_as_past(sentence, expr):
            # "closed the border in March" in a story of October: the March before it, not the next one
            date = before_story(date, anchor, same_month_is_past=False)
    elif date is not None and future and owned and expr.weekday is not None and expr.month is None:
        date = _forward(date, anchor)
    if date is not None and (offset := _offset_days(sentence, expr, tokens[0], lang)) is not None:
        date = _shifted(date, *offset)
    return date


def _offset_days(sentence: Sentence, expr: TimeExpr, cue: Any, lang: str) -> tuple[int, bool] | None:
    """'recalled its consul on Friday, a day after Ruritania closed the border', 'two days after the
    expulsion on 17 March, Brussels recalled its ambassador': a clause or phrase of 'after'/'before'
    with a count of days sets its act that many days off the date the other side of it tells. The
    days from the date's day to the cue's, and whether the count is vague ('days after': a few);
    None when no such clause stands between them."""
    tok = next((t for t in sentence.span if t.idx <= expr.start < t.idx + len(t.text)), None)
    if tok is None:
        return None
    markers = resources.cue_table_or_english(lang, "event_cues.json")["offset_markers"]
    for marker in sentence.span:
        sign = markers.get(marker.text.lower())
        if sign is None or not is_dep(marker, "marker", "preposition"):
            continue
        # the clause a marker opens is its head; a preposition's phrase is the preposition itself
        clause = marker.head if is_dep(marker, "marker") else marker
        count = _count_of(clause, marker, lang)
        if count is None:
            continue
        inside = {t.i for t in clause.subtree} - {m.i for c in clause.children if is_dep(c, "noun_adverbial")
                                                   for m in c.subtree}
        cue_in, date_in = cue.i in inside, tok.i in inside
        if cue_in != date_in:
            days, vague = count
            return (sign * days if date_in else -sign * days), vague
    return None


def _count_of(clause: Any, marker: Any, lang: str) -> tuple[int, bool] | None:
    """The days a measure before 'after'/'before' counts ('a day', 'two days', 'one week'), and whether
    it is vague ('days', 'weeks': a few of them); None with no measure."""
    words = resources.cue_table_or_english(lang, "event_cues.json")
    units = words["offset_units"]
    for measure in (c for h in (clause, marker) for c in h.children if is_dep(c, "noun_adverbial")):
        unit = units.get(measure.text.lower())
        if unit is None:
            continue
        counts = [c for c in measure.children if is_dep(c, "number_modifier", "determiner")]
        if not counts:
            return unit * words["offset_few"], unit > 0  # "hours after": the same day
        word = counts[0].text.lower()
        if word.isdigit():
            return int(word) * unit, False
        if is_word(counts[0], "indefinite_articles"):
            return unit, False
        number_words = resources.cue_table_or_english(lang, "numbers.json")["number_words"]
        return (number_words.index(word) * unit, False) if word in number_words else None
    return None


def _shifted(date: str, days: int, vague: bool) -> str:
    """A day ``days`` after ``date`` (its month when the count is vague); a date of a month or a year
    stays as it is."""
    p = parse_iso(date)
    if p is None or None in p:
        return date
    day = dt.date(*p) + dt.timedelta(days=days)  # type: ignore[arg-type]
    return day.isoformat()[:7] if vague else day.isoformat()


def _told_as_past(sentence: Sentence, expr: TimeExpr) -> bool:
    """The verb the date hangs from tells a past act: a verb in the past tense ('closed the border in
    March') or a bare participle describing a thing ('a treaty signed in February'), not a plan ('to be
    held in March', 'agreed to meet in June': the date hangs from the infinitive)."""
    tok = next((t for t in sentence.span if t.idx >= expr.start), None)
    steps = 0
    while tok is not None and not is_pos(tok, "verb", "auxiliary_verb") and tok.head.i != tok.i and steps < 4:
        tok, steps = tok.head, steps + 1
    if tok is None or not is_pos(tok, "verb", "auxiliary_verb"):
        return False
    if is_tag(tok, "past_tense"):
        return True
    return is_tag(tok, "past_participle") and is_dep(tok, "clausal_modifier") and not any(
        is_dep(c, "auxiliary", "passive_auxiliary") for c in tok.children)


def _stated_weekday(weekday: int, stated: tuple[str, ...]) -> str | None:
    """The one day of ``stated`` that falls on ``weekday``; None when none or several do."""
    days = {d for d in stated
            if (p := parse_iso(d)) and p[1] and p[2] and dt.date(p[0], p[1], p[2]).weekday() == weekday}
    return days.pop() if len(days) == 1 else None


def _across_semicolon(sentence: Sentence, expr: TimeExpr, tok: Any) -> bool:
    """A semicolon closes a clause: a date beyond it tells another fact."""
    lo, hi = sorted((expr.start, tok.idx))
    return ";" in sentence.text[lo - sentence.start : hi - sentence.start]


def _with_relative_year(sentence: Sentence, expr: TimeExpr, date: str, anchor: str | None, lang: str) -> str:
    """'in November last year': a month followed by the year it belongs to."""
    nxt = next((t for t in sentence.times if t.start >= expr.end), None)
    if nxt is None or nxt.relative is None or not nxt.relative.endswith("_year"):
        return date
    between = sentence.text[expr.end - sentence.start : nxt.start - sentence.start].strip(" ,").lower()
    year = resolve(nxt, anchor)
    if (between and between not in role_words(lang, "genitive")) or year is None:
        return date
    return year + date[4:]


def before_story(date: str, anchor: str | None, same_month_is_past: bool) -> str:
    """A date that lies before the story ('in Astana last July', an event the story recalls): read at
    a month after the publication month, it is a year earlier. ``same_month_is_past``: the publication
    month itself is too late as well ('last July' in a story of July)."""
    if anchor is None or not date[:4].isdigit() or date[:7] < anchor[:7]:
        return date
    if date[:7] == anchor[:7] and not same_month_is_past:
        return date
    return f"{int(date[:4]) - 1}{date[4:]}"


def _forward(date: str, anchor: str | None) -> str:
    """A weekday of a plan is the next one, not the last one."""
    d, n = parse_iso(date), parse_iso(anchor)
    if d is None or n is None or None in (d[1], d[2], n[1], n[2]):
        return date
    day = dt.date(*d)  # type: ignore[arg-type]
    if day < dt.date(*n):  # type: ignore[arg-type]
        day += dt.timedelta(days=7)
    return day.isoformat()


def _distance(expr: TimeExpr, start: int, end: int) -> int:
    if expr.end <= start:
        return start - expr.end
    if expr.start >= end:
        return expr.start - end
    return 0


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates that may be the same day: equal, or one refines the other ('2024-12' and '2024-12-18')."""
    if a is None or b is None:
        return a is b
    return a.startswith(b) or b.startswith(a)


def near_now(date: str | None, anchor: str | None) -> bool:
    """A date that is the story's own 'now': it refines or contains the publication date, or lies
    within a few days of it ("arrived on July 2" in a story of July 3)."""
    if date is None or anchor is None:
        return date is None and anchor is None
    if date.startswith(anchor) or (anchor.startswith(date) and len(date) >= len("2024-01")):
        return True
    d, n = parse_iso(date), parse_iso(anchor)
    if d is None or n is None or None in (d[1], d[2], n[1], n[2]):
        return False
    gap = dt.date(*d) - dt.date(*n)  # type: ignore[arg-type]
    return abs(gap.days) <= NOW_WINDOW_DAYS
