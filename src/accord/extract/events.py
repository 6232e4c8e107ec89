"""PLOVER events: visits, meetings, talks, calls, commission sessions, signings, launches, aid.

Each sentence gives event *mentions* (a cue word, the states, the date next to it); the mentions
of one real-world event (the visit told in the lead and again later) are then merged: same type,
same states, and either the same date or no date of their own while the story's "now" fits.
Opinions ("described relations as", "emphasized") carry no cue and give no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..facts import Event, Person
from .analysis import AnalyzedDoc, Sentence
from .event_conflict import CONFLICT_TYPES
from .event_dates import compatible, near_now
from .event_mentions import Mention, event_cues, mentions_of
from .people import people_in


@dataclass
class Cluster:
    type: str
    countries: tuple[str, ...]
    date: str | None
    group: str | None = None
    planned: bool = False
    people: frozenset[str] = frozenset()
    actor: str | None = None
    mentions: list[Mention] = field(default_factory=list)



def _same_kind(c: Cluster, m: Mention) -> bool:
    """A plain "meeting" may be the commission's or the forum's own session ("the meeting discussed")."""
    if c.group == m.group:
        return True
    if c.group is None:
        return m.group is not None and all(_plain_meeting(x) for x in c.mentions)
    return _plain_meeting(m)


def _plain_meeting(m: Mention) -> bool:
    return m.mode == "meeting" and m.token.pos_ in ("NOUN", "PROPN")


def _fits(c: Cluster, m: Mention, anchor: str | None) -> bool:
    if (c.type, c.countries, c.planned) != (m.type, m.countries, m.planned) or not _same_kind(c, m):
        return False
    if m.type in CONFLICT_TYPES:
        # acts of conflict come in quick succession ("imposed on Friday", "took effect on Saturday")
        return (None in (c.actor, m.actor) or c.actor == m.actor) and (
            None in (c.date, m.date) or compatible(c.date, m.date))
    if len(m.people) >= 2 and len(c.people) >= 2 and not (m.people <= c.people or c.people <= m.people):
        return False  # another pair of people: another meeting ("the foreign ministers also met")
    if m.aside and len(m.people) >= 2 and not m.people <= c.people:
        return False  # "Earlier, A met B" beside a visit told without these two
    if m.background and m.date is None:
        return False
    if m.planned:
        return m.date is None or compatible(c.date, m.date) or c.date is None
    if m.date is None:
        return c.date is None or near_now(c.date, anchor)
    if c.date is not None and len(c.date) == len(m.date) == len("2024-01-01") and c.date != m.date:
        return False  # "met on Tuesday ... met on Wednesday": two days, two meetings
    return c.date == m.date or (near_now(m.date, anchor) and (c.date is None or near_now(c.date, anchor)))


def cluster_mentions(mentions: list[Mention], anchor: str | None) -> list[Cluster]:
    """Merge the mentions of one real-world event: same type and states, and the same date, or a
    date (or none) that fits the story's publication date. A plan joins only plans, and an undated
    plan or recollection that joins nothing is no event."""
    clusters: list[Cluster] = []
    for m in mentions:
        home = next((c for c in clusters if _fits(c, m, anchor)), None)
        if home is None:
            if m.date is None and (m.planned or m.background):
                continue
            home = Cluster(m.type, m.countries, m.date, m.group, m.planned, actor=m.actor)
            clusters.append(home)
        elif m.date is not None and (home.date is None or len(m.date) > len(home.date)):
            home.date = m.date
        home.group = home.group or m.group
        home.actor = home.actor or m.actor
        home.people |= m.people
        home.mentions.append(m)
    return clusters


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
    return [p.name for p in people if p.name in named]


def _lead_sentences(a: AnalyzedDoc, index: int, busy: set[int]) -> list[Sentence]:
    cues = re.compile("|".join(rf"(?<!\w){re.escape(c)}(?!\w)" for c in event_cues(a.lang)["lead_cues"]))
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


def _location(cluster: Cluster) -> str | None:
    """A place named after 'in'/'at' (or 'to' for a visit) in the event's sentences; a city beats a country."""
    found: list[tuple[bool, str]] = []
    for m in cluster.mentions:
        # a capital is a place here; only a country's name is the weaker, country-level location
        country_spans = [(x.start, x.end) for x in m.sentence.mentions if x.kind != "capital"]
        for ent in m.sentence.ents:
            if ent.label_ not in ("GPE", "LOC") or ent.start == 0:
                continue
            prep = ent.doc[ent.start - 1].text.lower()
            if prep in ("in", "at") or (prep == "to" and m.mode == "visit"):
                is_country = any(s <= ent.start_char < e for s, e in country_spans)
                found.append((is_country, ent.text))
    found.sort(key=lambda f: f[0])
    return found[0][1] if found else None


def _evidence_mention(cluster: Cluster) -> Mention:
    dated = [m for m in cluster.mentions if m.date is not None and m.date == cluster.date]
    return dated[0] if dated else cluster.mentions[0]


def story_day(clusters: list[Cluster], anchor: str | None) -> str | None:
    """The day of the story's own meeting or visit: what an undated 'the sides agreed' happened on
    (a story of the 19th reporting the session of the 18th and what it agreed)."""
    for c in clusters:
        if c.type == "CONSULT" and not c.planned and c.date is not None and near_now(c.date, anchor):
            return c.date
    return anchor


def find_events(a: AnalyzedDoc, people: list[Person]) -> list[Event]:
    events = []
    mentions = mentions_of(a, people)
    clusters = cluster_mentions(mentions, a.anchor)
    day = story_day(clusters, a.anchor)
    busy = {m.sentence.index for m in mentions}
    named = [_participants(c, people, a, busy) for c in clusters]
    for c, names in zip(clusters, named, strict=True):
        if not names and c.type != "CONSULT":
            names = _host_participants(c.date or day, clusters, named, day)
        events.append(
            Event(
                type=c.type,
                countries=list(c.countries),
                mode=_mode(c, a.lang),
                date=c.date if c.date is not None else day,
                location=_location(c),
                participants=names,
                evidence=_evidence_mention(c).sentence.evidence,
            )
        )
    return events
