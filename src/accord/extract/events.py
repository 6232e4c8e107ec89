"""PLOVER events: visits, meetings, talks, calls, commission sessions, signings, launches, aid.

Each sentence gives event *mentions* (a cue word, the states, the date next to it); the mentions
of one real-world event (the visit told in the lead and again later) are then merged: same type,
same states, and either the same date or no date of their own while the story's "now" fits.
Opinions ("described relations as", "emphasized") carry no cue and give no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import resources
from ..facts import Event, Person
from .analysis import AnalyzedDoc, Sentence
from .event_dates import date_near, near_now
from .pairs import countries_for
from .people import people_in


@dataclass(frozen=True)
class Mention:
    type: str
    mode: str | None
    countries: tuple[str, ...]
    date: str | None  # the date the sentence gives, None when it gives none
    sentence: Sentence
    token: Any  # the cue's spaCy token


@dataclass
class Cluster:
    type: str
    countries: tuple[str, ...]
    date: str | None
    mentions: list[Mention] = field(default_factory=list)


@cache
def _cues(lang: str) -> dict[str, Any]:
    return dict(resources.json_data(lang, "event_cues.json"))


@cache
def _phrase_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for mode, phrases in _cues(lang)["consult_phrases"].items():
        for phrase in phrases:
            out.append((re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"), mode))
    return tuple(out)


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _governing_verb(tok: Any) -> Any | None:
    """The nearest verb above a token (the 'held' of 'the meeting ... was held on December 18')."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _token_at(sentence: Sentence, char: int) -> Any | None:
    for tok in sentence.span:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


def _objects(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "obj")]


def _is_finite_or_planned(verb: Any) -> bool:
    """A verb that reports an act (signed, has signed, was signed, will sign), not a gerund or
    a participle that merely qualifies a noun."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("amod", "acl", "relcl") and verb.tag_ == "VBN":
        return False
    return verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children)


def _consult_mentions(sentence: Sentence, lang: str) -> list[tuple[str, Any]]:
    cues = _cues(lang)
    found: list[tuple[str, Any]] = []
    lowered = sentence.text.lower()
    for pattern, mode in _phrase_patterns(lang):
        for m in pattern.finditer(lowered):
            tok = _token_at(sentence, sentence.start + m.start())
            if tok is not None:
                found.append((mode, tok))
    mods, excluded = set(cues["commission_modifiers"]), set(cues["commission_exclude"])
    for tok in sentence.span:
        lemma = _lemma(tok)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in cues["commission_nouns"]:
            left = {t.text.lower() for t in tok.doc[tok.left_edge.i : tok.i]}
            if left & mods and not left & excluded:
                found.append(("commission", tok))
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            for mode, nouns in cues["consult_nouns"].items():
                if lemma in nouns or tok.text.lower() in nouns:
                    found.append((mode, tok))
        elif tok.pos_ == "VERB" and _is_finite_or_planned(tok):
            for mode, verbs in cues["consult_verbs"].items():
                if lemma not in verbs:
                    continue
                objs = _objects(tok)
                if lemma == "meet" and any(_lemma(o) in cues["meet_not_objects"] for o in objs):
                    continue
                if lemma == "receive" and not any(o.ent_type_ in ("PERSON", "NORP") for o in objs):
                    continue
                found.append((mode, tok))
    return found


def _has_instrument(verb: Any, lang: str) -> bool:
    instruments = set(resources.json_data(lang, "agreement_cues.json")["instruments"])
    instruments |= set(resources.json_data(lang, "agreement_cues.json")["relations"])
    instruments |= {"consensus", "understanding", "document", "documents"}
    return any(_lemma(o) in instruments or o.text.lower() in instruments for o in _objects(verb))


def _agree_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = _cues(lang)
    out = []
    for tok in sentence.span:
        if tok.pos_ != "VERB":
            continue
        lemma = _lemma(tok)
        if lemma in cues["agree_verbs"] or (
            lemma in cues["agree_verbs_need_instrument"] and _has_instrument(tok, lang)
        ):
            if _is_finite_or_planned(tok):
                out.append(tok)
            elif lemma != "agree" and tok.dep_ in ("acl", "relcl") and sentence.times:
                # "the Declaration ... signed on May 23, 2024": a past signing with its own date
                out.append(tok)
    return out


def _cooperate_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = _cues(lang)
    out = []
    for tok in sentence.span:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in cues["cooperate_verbs"] and tok.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
            if not _is_finite_or_planned(tok):
                continue
            objs = _objects(tok)
            if not objs or any(_lemma(o) in cues["cooperate_not_objects"] for o in objs):
                continue
            out.append(tok)
        elif tok.pos_ == "NOUN" and lemma in cues["cooperate_nouns"] and _has_of(tok):
            out.append(tok)
    return out


def _has_of(tok: Any) -> bool:
    """'the launch of stamps', 'the inauguration of a centre'; not 'the president's inauguration'."""
    return any(c.dep_ == "prep" and c.text.lower() == "of" for c in tok.children)


def _aid_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = _cues(lang)
    out = []
    for tok in sentence.span:
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in cues["aid_verbs"] and _is_finite_or_planned(tok):
            out.append(tok)
        elif tok.pos_ == "NOUN" and lemma in cues["aid_nouns"]:
            verb = _governing_verb(tok)
            modified = any(c.text.lower() in cues["aid_noun_modifiers"] for c in tok.children)
            if modified and verb is not None and _lemma(verb) in cues["aid_noun_verbs"]:
                out.append(tok)
    return out


def sentence_mentions(sentence: Sentence, a: AnalyzedDoc) -> list[Mention]:
    """The event mentions of one sentence."""
    countries = tuple(countries_for(sentence, a))
    if len(countries) < 2:
        return []
    cues: list[tuple[str, str | None, Any]] = [
        ("CONSULT", mode, tok) for mode, tok in _consult_mentions(sentence, a.lang)
    ]
    cues += [("AGREE", None, tok) for tok in _agree_mentions(sentence, a.lang)]
    cues += [("COOPERATE", None, tok) for tok in _cooperate_mentions(sentence, a.lang)]
    cues += [("AID", None, tok) for tok in _aid_mentions(sentence, a.lang)]
    out = []
    for type_, mode, tok in cues:
        near = [tok] + [v for v in (_governing_verb(tok),) if v is not None]
        date = date_near(sentence, near, a.anchor, a.lang)
        out.append(Mention(type_, mode, countries, date, sentence, tok))
    return out


def mentions_of(a: AnalyzedDoc) -> list[Mention]:
    return [m for s in a.sentences for m in sentence_mentions(s, a)]


def cluster_mentions(mentions: list[Mention], anchor: str | None) -> list[Cluster]:
    """Merge the mentions of one real-world event: same type and states, and the same date, or a
    date (or none) that fits the story's publication date."""
    clusters: list[Cluster] = []
    for m in mentions:
        home = None
        for c in clusters:
            if c.type != m.type or c.countries != m.countries:
                continue
            if m.date is None:
                if c.date is None or near_now(c.date, anchor):
                    home = c
                    break
            elif c.date == m.date or (near_now(m.date, anchor) and (c.date is None or near_now(c.date, anchor))):
                home = c
                break
        if home is None:
            home = Cluster(m.type, m.countries, m.date)
            clusters.append(home)
        elif m.date is not None and (home.date is None or len(m.date) > len(home.date)):
            home.date = m.date
        home.mentions.append(m)
    return clusters


def _mode(cluster: Cluster, lang: str) -> str | None:
    if cluster.type != "CONSULT":
        return None
    priority = _cues(lang)["mode_priority"]
    modes = [m.mode for m in cluster.mentions if m.mode]
    return min(modes, key=lambda mode: priority.index(mode) if mode in priority else len(priority), default=None)


def _participants(cluster: Cluster, people: list[Person]) -> list[str]:
    named = {name for m in cluster.mentions for name in people_in(m.sentence, people)}
    return [p.name for p in people if p.name in named]


def _location(cluster: Cluster) -> str | None:
    """A place named after 'in'/'at' (or 'to' for a visit) in the event's sentences; a city beats a country."""
    found: list[tuple[bool, str]] = []
    for m in cluster.mentions:
        # a capital is a place here; only a country's name is the weaker, country-level location
        country_spans = [(x.start, x.end) for x in m.sentence.mentions if x.kind != "capital"]
        for ent in m.sentence.span.ents:
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


def _story_day(clusters: list[Cluster], anchor: str | None) -> str | None:
    """The day of the story's own meeting or visit: what an undated 'the sides agreed' happened on
    (a story of the 19th reporting the session of the 18th and what it agreed)."""
    for c in clusters:
        if c.type == "CONSULT" and c.date is not None and near_now(c.date, anchor):
            return c.date
    return anchor


def find_events(a: AnalyzedDoc, people: list[Person]) -> list[Event]:
    events = []
    clusters = cluster_mentions(mentions_of(a), a.anchor)
    day = _story_day(clusters, a.anchor)
    for c in clusters:
        events.append(
            Event(
                type=c.type,
                countries=list(c.countries),
                mode=_mode(c, a.lang),
                date=c.date if c.date is not None else day,
                location=_location(c),
                participants=_participants(c, people),
                evidence=_evidence_mention(c).sentence.evidence,
            )
        )
    return events
