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
from .event_dates import compatible, date_near, near_now
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
    planned: bool = False  # "will visit", "the upcoming summit": not the story's own event
    background: bool = False  # "the previous meeting": an earlier event told in passing
    people: frozenset[str] = frozenset()  # the people the cue's own words name as its parties
    group: str | None = None  # "commission" or "forum": an event apart from the visit it is part of


@dataclass
class Cluster:
    type: str
    countries: tuple[str, ...]
    date: str | None
    group: str | None = None
    planned: bool = False
    people: frozenset[str] = frozenset()
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
    for tok in sentence.span:
        lemma = _lemma(tok)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in cues["commission_nouns"]:
            if _is_commission(tok, lang):
                found.append(("commission", tok))
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            if _of_commission(tok, lang):
                continue  # "the 12th meeting of the commission": the commission mention tells it
            for mode, nouns in cues["consult_nouns"].items():
                if lemma in nouns or tok.text.lower() in nouns:
                    if mode == "forum" and (not _named(tok) or _venue(tok, lang)):
                        continue  # "provided a forum for dialogue", "on the sidelines of the summit"
                    found.append((mode, tok))
        elif tok.pos_ == "VERB" and (_is_finite_or_planned(tok) or _gerund_after_preposition(tok, lang)):
            for mode, verbs in cues["consult_verbs"].items():
                if lemma not in verbs:
                    continue
                objs = _objects(tok)
                if lemma == "meet" and any(_lemma(o) in cues["meet_not_objects"] for o in objs):
                    continue
                if lemma == "receive" and not any(o.ent_type_ in ("PERSON", "NORP") for o in objs):
                    continue
                found.append((mode, tok))
    return [(mode, tok) for mode, tok in found if mode != "commission" or not _created(tok, lang)]


def _created(tok: Any, lang: str) -> bool:
    """'set up a joint committee', 'establish a working group': a body is made, no session is held."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "amod" else tok.head
    verb = noun.head
    return noun.dep_ == "dobj" and _lemma(verb) in _cues(lang)["commission_created_by"]


def _venue(tok: Any, lang: str) -> bool:
    """'on the sidelines of the G20 summit': a gathering of many states where the pair met."""
    up = tok.head
    return tok.dep_ == "pobj" and up.text.lower() == "of" and _lemma(up.head) in _cues(lang)["venue_nouns"]


def _is_commission(tok: Any, lang: str) -> bool:
    cues = _cues(lang)
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in cues["commission_nouns"]:
        return False
    left = {t.text.lower() for t in tok.doc[tok.left_edge.i : tok.i]}
    return bool(left & set(cues["commission_modifiers"])) and not left & set(cues["commission_exclude"])


def _of_commission(tok: Any, lang: str) -> bool:
    return any(
        c.dep_ == "prep" and c.text.lower() == "of" and any(_is_commission(g, lang) for g in c.children)
        for c in tok.children
    )


def _gerund_after_preposition(verb: Any, lang: str) -> bool:
    """'wrote after meeting his counterpart': a gerund under a preposition of time tells a past act."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.text.lower() in _cues(lang)["gerund_preps"]


def _named(tok: Any) -> bool:
    """'the Business Forum', 'an investment forum', 'the SCO summit': a gathering with a name or a kind."""
    return tok.text[0].isupper() or any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)


def _same_phrase_once(found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """"the Joint Commission meeting", "intergovernmental consultations": the noun a commission or
    forum word modifies is the same event, told once, in the stronger mode."""
    heads = {tok.head.i for mode, tok in found if mode in ("commission", "forum") and tok.head.i != tok.i}
    return [(mode, tok) for mode, tok in found if mode in ("commission", "forum") or tok.i not in heads]


def _has_instrument(verb: Any, lang: str) -> bool:
    instruments = set(resources.json_data(lang, "agreement_cues.json")["instruments"])
    instruments |= set(resources.json_data(lang, "agreement_cues.json")["relations"])
    instruments |= set(_cues(lang)["agree_objects"])
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
    for tok in sentence.span:
        # "the exchange of 32 memoranda": a signing told by a noun
        if tok.pos_ == "NOUN" and _lemma(tok) in cues["agree_nouns"] and _of_instrument(tok, lang):
            out.append(tok)
    return out


def _of_instrument(tok: Any, lang: str) -> bool:
    words = set(resources.json_data(lang, "agreement_cues.json")["instruments"]) | set(_cues(lang)["agree_objects"])
    return any(
        c.dep_ == "prep" and c.text.lower() == "of"
        and any(_lemma(g) in words or g.text.lower() in words for g in c.children)
        for c in tok.children
    )


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
        elif tok.pos_ == "NOUN" and (lemma in cues["aid_nouns"] or lemma in cues["aid_nouns_self"]):
            verb = _governing_verb(tok)
            # "aid" and "assistance" say what kind ("humanitarian aid"); a loan or a grant is aid itself
            if lemma in cues["aid_nouns_self"]:
                modified = tok.dep_ == "dobj"
            else:
                modified = any(c.text.lower() in cues["aid_noun_modifiers"] for c in tok.children)
            if modified and verb is not None and _lemma(verb) in cues["aid_noun_verbs"]:
                out.append(tok)
    return out


def _verb_event_mentions(sentence: Sentence, lang: str) -> list[tuple[str, Any]]:
    """Events a verb with an object tells by itself ("protested the closure")."""
    out = []
    for tok in sentence.span:
        if tok.pos_ != "VERB" or not _is_finite_or_planned(tok) or not _objects(tok):
            continue
        for type_, verbs in _cues(lang)["verb_events"].items():
            if _lemma(tok) in verbs:
                out.append((type_, tok))
    return out


def _verb_planned(verb: Any, lang: str) -> bool:
    """'will visit', 'is expected to visit', 'agreed to hold': the act is still to come."""
    cues = _cues(lang)
    markers = set(cues["future_markers"])
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.text.lower() in markers for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and (_lemma(verb.head) in cues["plan_verbs"] or verb.head.text.lower() in markers):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head  # "will arrive ... and hold talks"
    return False


def _modified_by(tok: Any, words: set[str]) -> bool:
    return any(c.dep_ in ("amod", "compound", "advmod", "nummod") and c.text.lower() in words for c in tok.children)


def _planned(tok: Any, lang: str) -> bool:
    """A consultation told as a plan: its verb is future ("will meet"), its noun says so ("the
    upcoming visit", "the meeting to be held"), or it is the object of a planned act ("would hold
    the first session of the committee")."""
    if tok.pos_ in ("VERB", "AUX"):
        return _verb_planned(tok, lang)
    markers = set(_cues(lang)["future_markers"])
    node = tok
    while node.dep_ in ("compound", "amod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # a phrase cue ("video conference") is read at its head noun
    while True:
        if _modified_by(node, markers):
            return True
        if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)
               for c in node.children):
            return True
        if node.dep_ == "pobj" and node.head.text.lower() == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
            continue
        break
    if node.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and node.head.pos_ in ("VERB", "AUX"):
        return _verb_planned(node.head, lang)
    return False


def _background(tok: Any, lang: str) -> bool:
    """'the previous meeting', 'his last visit': an earlier event the story recalls."""
    return tok.pos_ in ("NOUN", "PROPN") and _modified_by(tok, set(_cues(lang)["background_markers"]))


def _anaphoric(tok: Any, lang: str) -> bool:
    """'after the talks', 'during the visit': a noun under a preposition of time points back at an
    event told elsewhere; the dates of its clause belong to that clause's own predicate."""
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.text.lower() in ("the", "this", "that"))
                   for c in tok.children)
    return (definite and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj"
            and tok.head.text.lower() in _cues(lang)["gerund_preps"])


def _parties(tok: Any, people: list[Person]) -> frozenset[str]:
    """The people the cue's own arguments name: subject, object, 'by ...', 'with ...', 'between ...'."""
    if not people:
        return frozenset()
    heads = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        heads.append(tok.head)  # "X held talks with Y"
    if heads[-1].dep_ == "conj" and heads[-1].head.pos_ == "VERB":
        heads.append(heads[-1].head)  # "X arrived ... and held talks with Y": the subject of the first verb
    words: set[str] = set()
    for head in heads:
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") or (
                c.dep_ == "prep" and c.text.lower() in ("with", "between", "by")
            ):
                words.update(t.text for t in c.subtree)
    return frozenset(p.name for p in people if any(w in words for w in p.name.split() if len(w) > 2))


def sentence_mentions(sentence: Sentence, a: AnalyzedDoc, people: list[Person] | None = None) -> list[Mention]:
    """The event mentions of one sentence."""
    countries = tuple(countries_for(sentence, a))
    if len(countries) < 2:
        return []
    cues: list[tuple[str, str | None, Any]] = [
        ("CONSULT", mode, tok) for mode, tok in _same_phrase_once(_consult_mentions(sentence, a.lang))
    ]
    cues += [("AGREE", None, tok) for tok in _agree_mentions(sentence, a.lang)]
    cues += [("COOPERATE", None, tok) for tok in _cooperate_mentions(sentence, a.lang)]
    cues += [("AID", None, tok) for tok in _aid_mentions(sentence, a.lang)]
    cues += [(type_, None, tok) for type_, tok in _verb_event_mentions(sentence, a.lang)]
    out = []
    for type_, mode, tok in cues:
        consult = type_ == "CONSULT"
        planned = consult and _planned(tok, a.lang)
        if _anaphoric(tok, a.lang):
            date = date_near(sentence, [tok], a.anchor, a.lang, own_only=True)
        else:
            near = [tok]
            # a date may hang from the verb above ("the meeting was held on May 5", "co-chaired a meeting
            # in May, where they signed"), not from the verb that reports ("said the sides had agreed")
            if tok.dep_ not in ("ccomp", "parataxis") and (verb := _governing_verb(tok)) is not None:
                near.append(verb)
            date = date_near(sentence, near, a.anchor, a.lang, future=planned)
        parties = _parties(tok, people or []) if consult else frozenset()
        out.append(Mention(type_, mode, countries, date, sentence, tok, planned,
                           consult and _background(tok, a.lang), parties, _group(mode, tok, a.lang)))
    return out


def mentions_of(a: AnalyzedDoc, people: list[Person] | None = None) -> list[Mention]:
    return [m for s in a.sentences for m in sentence_mentions(s, a, people)]


def _group(mode: str | None, tok: Any, lang: str) -> str | None:
    """Sessions of a standing body (a commission, a working group) and forums are events of their
    own, even inside a visit; "intergovernmental consultations" are the talks themselves."""
    bodies = _cues(lang)["session_bodies"]
    if mode == "forum" or (mode == "commission" and (_lemma(tok) in bodies or _lemma(tok.head) in bodies)):
        return mode
    return None


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
    if len(m.people) >= 2 and len(c.people) >= 2 and not (m.people <= c.people or c.people <= m.people):
        return False  # another pair of people: another meeting ("the foreign ministers also met")
    if m.background and m.date is None:
        return False
    if m.planned:
        return m.date is None or compatible(c.date, m.date) or c.date is None
    if m.date is None:
        return c.date is None or near_now(c.date, anchor)
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
            home = Cluster(m.type, m.countries, m.date, m.group, m.planned)
            clusters.append(home)
        elif m.date is not None and (home.date is None or len(m.date) > len(home.date)):
            home.date = m.date
        home.group = home.group or m.group
        home.people |= m.people
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


def story_day(clusters: list[Cluster], anchor: str | None) -> str | None:
    """The day of the story's own meeting or visit: what an undated 'the sides agreed' happened on
    (a story of the 19th reporting the session of the 18th and what it agreed)."""
    for c in clusters:
        if c.type == "CONSULT" and not c.planned and c.date is not None and near_now(c.date, anchor):
            return c.date
    return anchor


def find_events(a: AnalyzedDoc, people: list[Person]) -> list[Event]:
    events = []
    clusters = cluster_mentions(mentions_of(a, people), a.anchor)
    day = story_day(clusters, a.anchor)
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
