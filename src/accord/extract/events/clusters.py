"""One real-world event told several times: the mentions of a story merged into clusters.

Mentions join when they have the same type and states and either the same date or no date of
their own while the story's "now" fits; a plan joins only plans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..dating import compatible, near_now
from ..syntax import is_dep, is_pos, is_word, lemma_of
from .conflict import CONFLICT_TYPES
from .cues import event_cues
from .mentions import EventMention, said_of_it


@dataclass
class Cluster:
    type: str
    countries: tuple[str, ...]
    date: str | None
    group: str | None = None
    planned: bool = False
    people: frozenset[str] = frozenset()
    actor: str | None = None
    session: int | None = None
    mentions: list[EventMention] = field(default_factory=list)



def _same_kind(c: Cluster, m: EventMention) -> bool:
    """A plain "meeting" may be the commission's or the forum's own session ("the meeting discussed"), and
    talks that name no one of their own, told after the session, are what it talked ("the sides exchanged
    views"); talks told first are an event of their own that a session may follow."""
    if c.group == m.group:
        return True
    if c.group is None:
        return m.group is not None and all(_plain_meeting(x) for x in c.mentions)
    return _plain_meeting(m) or _unattended_talks(m)


def _unattended_talks(m: EventMention) -> bool:
    """Talks that name no one and are not set beside the session ('on the sidelines, the ministers held talks')."""
    if m.mode != "talks" or m.people:
        return False
    venues = event_cues(m.sentence.span.doc.lang_)["venue_nouns"]
    verb = m.token if is_pos(m.token, "verb") else m.token.head
    return not any(lemma_of(t) in venues for t in verb.subtree)


def _plain_meeting(m: EventMention) -> bool:
    return m.mode == "meeting" and is_pos(m.token, "noun", "proper_noun")


def _fits(c: Cluster, m: EventMention, anchor: str | None) -> bool:
    if (c.type, c.countries, c.planned) != (m.type, m.countries, m.planned) or not _same_kind(c, m):
        return False
    if m.apart:
        return False  # another meeting on the day of the one told before
    if None not in (c.session, m.session) and c.session != m.session:
        return False  # "the 17th session ... the 16th session": two sessions of the body
    if m.type in CONFLICT_TYPES:
        # acts of conflict come in quick succession ("imposed on Friday", "took effect on Saturday")
        # an act told with no date is the story's own: it does not join one of another time
        # ("announced it was withdrawing its envoy" beside "paused negotiations last year")
        dated = c.date or m.date
        return (None in (c.actor, m.actor) or c.actor == m.actor) and (
            compatible(c.date, m.date) or (None in (c.date, m.date) and near_now(dated, anchor)))
    if len(m.people) >= 2 and len(c.people) >= 2 and not (m.people <= c.people or c.people <= m.people):
        return False  # another pair of people: another meeting ("the foreign ministers also met")
    if m.aside and len(m.people) >= 2 and not m.people <= c.people:
        return False  # "Earlier, A met B" beside a visit told without these two
    if m.background and m.date is None:
        return False
    if (m.date is not None and c.date is not None and compatible(c.date, m.date)
            and any(x.sentence is m.sentence for x in c.mentions)):
        return True  # "visited Ankara last May, a trip experts called historic": one visit, dated once in full
    if m.planned:
        return m.date is None or compatible(c.date, m.date) or c.date is None
    if m.date is None:
        return c.date is None or near_now(c.date, anchor)
    if c.date is not None and len(c.date) == len(m.date) == len("2024-01-01") and c.date != m.date:
        return False  # "met on Tuesday ... met on Wednesday": two days, two meetings
    if c.date is not None and m.type == "AGREE" and compatible(c.date, m.date):
        return True  # "last month ... signed a defence agreement" and "the agreement signed on 7 March"
    return c.date == m.date or (near_now(m.date, anchor) and (c.date is None or near_now(c.date, anchor)))


def _told_before(c: Cluster, m: EventMention) -> bool:
    """The event a definite "the talks" names again when the rest of its sentence names other states
    (what the talks were about), or "that meeting" whatever its states: the latest held one of its
    kind. "The talks" with the event's own states is read by the usual rules."""
    demonstrative = any(is_dep(d, "determiner") and is_word(d, "demonstratives") for d in m.token.children)
    if said_of_it(m.token):
        # "It was their first meeting since ...": said of the event just told, whatever its own words say
        return (c.type, c.countries) == (m.type, m.countries) and not c.planned and (
            m.date is None or compatible(c.date, m.date))
    return (c.type == m.type and (c.countries != m.countries or demonstrative) and not c.planned
            and not m.planned and _same_kind(c, m))


def _answered(c: Cluster, m: EventMention) -> bool:
    """The event a question asks about ('What was agreed during the visit?'), told in the answer: the
    latest held one of its kind and states."""
    return (c.type, c.countries) == (m.type, m.countries) and not c.planned and not m.planned and _same_kind(c, m)


def _plan_told_again(clusters: list[Cluster], m: EventMention) -> Cluster | None:
    """'Premier X is expected to visit in June ... Officials said the trip was not in doubt': a definite
    noun with no date that names the latest event of its kind and states, when that one is a plan,
    names the plan again."""
    latest = next((c for c in reversed(clusters) if (c.type, c.countries) == (m.type, m.countries)), None)
    if latest is None or not latest.planned or not _same_kind(latest, m):
        return None
    return latest if any(x.mode == m.mode for x in latest.mentions) else None


def cluster_mentions(mentions: list[EventMention], anchor: str | None) -> list[Cluster]:
    """Merge the mentions of one real-world event: same type and states, and the same date, or a
    date (or none) that fits the story's publication date. A plan joins only plans, and an undated
    plan or recollection that joins nothing is no event."""
    clusters: list[Cluster] = []
    # a question's event is the one its answer tells: it is read last, and joins that one whatever its date
    told, asked = [m for m in mentions if not m.asked], [m for m in mentions if m.asked]
    for m in told + asked:
        home = next((c for c in reversed(clusters) if m.asked and _answered(c, m)), None)
        home = home or next((c for c in clusters if _fits(c, m, anchor)), None)
        if home is None and m.refers_back:
            home = next((c for c in reversed(clusters) if _told_before(c, m)), None) or _plan_told_again(clusters, m)
        if home is None:
            if m.date is None and (m.planned or m.background):
                continue
            home = Cluster(m.type, m.countries, m.date, m.group, m.planned, actor=m.actor)
            clusters.append(home)
        elif m.date is not None and (home.date is None or len(m.date) > len(home.date)):
            home.date = m.date
        home.group = home.group or m.group
        home.actor = home.actor or m.actor
        home.session = home.session or m.session
        home.people |= m.people
        home.mentions.append(m)
    return _envoy_received_in_protests(_blame_in_protests(clusters))


def _blame_in_protests(clusters: list[Cluster]) -> list[Cluster]:
    """'The ministry summoned the chargé d'affaires to protest ... Minsk accused Warsaw of ...': what a
    side accuses the other of on the day it protests is what the protest says, one event."""
    protests = [c for c in clusters if c.type == "PROTEST"]
    return _folded(clusters, lambda c: next(
        (p for p in protests if c.type == "ACCUSE" and (p.countries, p.date) == (c.countries, c.date)
         and (None in (p.actor, c.actor) or p.actor == c.actor)), None))


def _envoy_received_in_protests(clusters: list[Cluster]) -> list[Cluster]:
    """'The ministry summoned the ambassador ... The ambassador was received by the deputy minister',
    '... The meeting lasted forty minutes': an envoy received on the day he is summoned, or a bare
    meeting that names no one on that day, is the summons told again, not talks."""
    protests = [c for c in clusters if c.type == "PROTEST" and not c.planned]
    return _folded(clusters, lambda c: next(
        (p for p in protests if c.type == "CONSULT" and p.countries == c.countries
         and (c.date is None or compatible(p.date, c.date))
         and (all(_envoy_received(m) for m in c.mentions)
              or (c.date in (None, p.date) and all(_bare_meeting(m) for m in c.mentions)))), None))


def _bare_meeting(m: EventMention) -> bool:
    """'The meeting lasted forty minutes': a meeting noun of no body, no session and no one named."""
    return _plain_meeting(m) and not m.people and m.group is None and m.session is None


def _folded(clusters: list[Cluster], home_of: Callable[[Cluster], Cluster | None]) -> list[Cluster]:
    """The clusters, each one that has a home cluster folded into it (its mentions and people)."""
    out = []
    for c in clusters:
        home = home_of(c)
        if home is None:
            out.append(c)
            continue
        home.mentions.extend(c.mentions)
        home.people |= c.people
    return out


def _envoy_received(m: EventMention) -> bool:
    cues = event_cues(m.sentence.span.doc.lang_)
    return lemma_of(m.token) in cues["receive_verbs"] and any(
        is_dep(c, "direct_object", "passive_subject") and lemma_of(c) in cues["envoy_words"]
        for c in m.token.children)


def story_day(clusters: list[Cluster], anchor: str | None) -> str | None:
    """The day of the story's own meeting or visit: what an undated 'the sides agreed' happened on
    (a story of the 19th reporting the session of the 18th and what it agreed)."""
    for c in clusters:
        if c.type == "CONSULT" and not c.planned and c.date is not None and near_now(c.date, anchor):
            return c.date
    return anchor
