"""Event records from the clusters of a story's event mentions: the mode of a consultation, its
participants, its place, its date (the story's day when it gives none) and its evidence."""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ...facts import Event, Person
from ..analysis import AnalyzedDoc, Sentence
from ..dating import compatible, near_now
from ..people import people_in
from ..syntax import governing_verb, is_dep, is_ent, is_pos, is_word
from .clusters import Cluster, cluster_mentions, story_day
from .cues import event_cues
from .mentions import EventMention

# a signing this many years or more before the story is the background of an instrument, not its news
BACKGROUND_SIGNING_YEARS = 2


def _mode(cluster: Cluster, lang: str) -> str | None:
    if cluster.type != "CONSULT":
        return None
    priority = event_cues(lang)["mode_priority"]
    modes = [m.mode for m in cluster.mentions if m.mode]
    return min(modes, key=lambda mode: priority.index(mode) if mode in priority else len(priority), default=None)


def _participants(cluster: Cluster, people: list[Person], a: AnalyzedDoc, busy: set[int]) -> list[str]:
    """The people the event's sentences name, and for a meeting those the sentences right after it
    name as its leaders ("The delegation was led by ...", "Co-chairs were ...")."""
    sentences = [m.sentence for m in cluster.mentions]
    if cluster.type == "CONSULT":
        sentences += [s for m in cluster.mentions for s in _lead_sentences(a, m.sentence.index, busy)]
    named = {name for s in sentences for name in people_in(s, people)}
    named |= {name for m in cluster.mentions for name in _pronoun_doer(m, people, a)}
    return [p.name for p in people if p.name in named]


def _pronoun_doer(m: EventMention, people: list[Person], a: AnalyzedDoc) -> list[str]:
    """'President X has hit back. In his address, he accused ...': the doer told by a pronoun is the one
    person the sentence before names."""
    verb = m.token if is_pos(m.token, "verb") else governing_verb(m.token)
    pronouns = event_cues(a.lang)["doer_pronouns"]
    if m.sentence.index == 0 or verb is None or not any(
            is_dep(c, "subject") and c.text.lower() in pronouns for c in verb.children):
        return []
    before = people_in(a.sentences[m.sentence.index - 1], people)
    return before if len(before) == 1 else []


@cache
def _lead_cues(lang: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<!\w){resources.stem_regex(c)}(?!\w)" for c in event_cues(lang)["lead_cues"]))


def _lead_sentences(a: AnalyzedDoc, index: int, busy: set[int]) -> list[Sentence]:
    cues = _lead_cues(a.lang)
    out = []
    for s in a.sentences[index + 1 : index + 3]:
        if s.index in busy or not cues.search(s.text.lower()):
            break
        out.append(s)
    return out


def _host_participants(date: str | None, clusters: list[Cluster], named: list[list[str]], day: str | None) -> list[str]:
    """A signing or a launch whose sentences name nobody ("the co-chairs signed the protocol") was
    done by the people of the meeting held that day."""
    for other, names in zip(clusters, named, strict=True):
        if other.type == "CONSULT" and not other.planned and names and compatible(other.date or day, date):
            return names
    return []


def _each_side_led(names: list[str], countries: tuple[str, ...], people: list[Person]) -> list[str]:
    """The story's own event has someone on each side: a side its sentences name no one of ('the two
    leaders met', 'the document was signed by the ministers', 'He is here for the council session') is
    there in its lead, the person of that state the story names first."""
    present = {p.country for p in people if p.name in names}
    leads = [next((p.name for p in people if p.country == state), None) for state in countries if state not in present]
    return names + [name for name in leads if name is not None and name not in names]


def _location(cluster: Cluster) -> str | None:
    """A place named after 'in'/'at' (or 'to' for a visit) in the event's sentences; a city beats a country."""
    found: list[tuple[bool, str]] = []
    for m in cluster.mentions:
        # a capital is a place here; only a country's name is the weaker, country-level location
        country_spans = [(x.start, x.end) for x in m.sentence.mentions if x.kind != "capital"]
        for ent in m.sentence.ents:
            if not is_ent(ent, "geopolitical", "location") or ent.start == 0:
                continue
            prep = ent.doc[ent.start - 1]
            if is_word(prep, "place") or (is_word(prep, "direction") and m.mode == "visit"):
                is_country = any(s <= ent.start_char < e for s, e in country_spans)
                found.append((is_country, ent.text))
    found.sort(key=lambda f: f[0])
    return found[0][1] if found else None


@cache
def _anniversary_pattern(lang: str) -> re.Pattern[str]:
    """An ordinal in digits before an anniversary noun ("30th anniversary", "30-й годовщине"), or
    written as one word with it ("30-летию")."""
    cues = event_cues(lang)
    nouns = resources.alternation(cues["anniversary_nouns"])
    joined = resources.alternation(cues["anniversary_suffixes"])
    return re.compile(rf"(?<![\d.,])(\d{{1,3}})(?:-(?:{joined})|\W?[^\W\d]{{0,3}}\s+(?:{nouns}))(?!\w)",
                      re.IGNORECASE)


def anniversary(cluster: Cluster, lang: str) -> int | None:
    """The anniversary an event's sentences time it to ("the visit coincides with the 30th anniversary
    of diplomatic relations"): a date of the event counted from another one."""
    for m in cluster.mentions:
        found = _anniversary_pattern(lang).search(m.sentence.text)
        if found:
            return int(found.group(1))
    return None


def _evidence_mention(cluster: Cluster) -> EventMention:
    dated = [m for m in cluster.mentions if m.date is not None and m.date == cluster.date]
    return dated[0] if dated else cluster.mentions[0]


def _background_signing(cluster: Cluster, now: int | None) -> bool:
    """'the treaty, signed in 2003 and in force': an instrument's history the story recalls. One
    recalled with its day ('signed in Kyiv on 3 February 2022') is an event of the pair's, unless a
    bloc is named beside it ('the treaty creating the Union, signed on 29 May 2014')."""
    if cluster.type != "AGREE" or cluster.date is None or now is None:
        return False
    if len(cluster.date) == len("2024-01-01") and not any(
            m.code.startswith("IGO:") for c in cluster.mentions for m in c.sentence.mentions):
        return False
    return now - int(cluster.date[:4]) >= BACKGROUND_SIGNING_YEARS


def _story_year(a: AnalyzedDoc, clusters: list[Cluster]) -> int | None:
    """The publication year, or for an undated story the year of its latest event told as done."""
    if a.anchor:
        return int(a.anchor[:4])
    return max((int(c.date[:4]) for c in clusters if c.date and not c.planned), default=None)


def find_events(a: AnalyzedDoc, people: list[Person], mentions: list[EventMention]) -> list[Event]:
    """The events of a story from its event mentions (``find_event_mentions``) and its people."""
    events = []
    clusters = cluster_mentions(mentions, a.anchor)
    now = _story_year(a, clusters)
    clusters = [c for c in clusters if not _background_signing(c, now)]
    day = story_day(clusters, a.anchor)
    busy = {m.sentence.index for m in mentions}
    named = [_participants(c, people, a, busy) for c in clusters]
    for c, names in zip(clusters, named, strict=True):
        if not names and c.type != "CONSULT":
            names = _host_participants(c.date or day, clusters, named, day)
        if c.date is None or near_now(c.date, a.anchor) or compatible(c.date, a.anchor):
            names = _each_side_led(names, c.countries, people)  # the story's own event, not one it recalls
        events.append(
            Event(
                type=c.type,
                countries=list(c.countries),
                mode=_mode(c, a.lang),
                date=c.date if c.date is not None else day,
                location=_location(c),
                participants=names,
                evidence=_evidence_mention(c).sentence.evidence,
                session=c.session,
                anniversary=anniversary(c, a.lang),
            )
        )
    return events
