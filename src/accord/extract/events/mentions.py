"""Event mentions: the cue words of one sentence that tell of a visit, a meeting, a call, a
commission session, a signing, a launch or aid, with the states, the date and the people next to them.

Read from the dependency parse: which verb or noun is the cue, whether it is planned or told in
passing, and which people its own words name as parties. ``events`` merges the mentions of one
real-world event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ...facts import Person
from ...timex import TimeExpr, resolve
from ..analysis import AnalyzedDoc, Sentence
from ..dating import before_story, date_near, near_now
from ..pairs import countries_for, outsiders_side_by_side
from ..people import named_among
from ..syntax import (
    adposition_of,
    adposition_on_noun,
    governing_verb,
    imperative,
    is_dep,
    is_finite_or_planned,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    objects,
    role_words,
)
from .acts import (
    agree_mentions,
    aid_mentions,
    cooperate_mentions,
    described_signing,
    phrase_head,
    signed_by_firms,
)
from .conflict import conflict_mentions, decided
from .cues import event_cues
from .passing import of_one_side, with_outsider
from .talks import consult_mentions, means_verb

# clauses up from a verb read for a marker of the future: 'is expected to be able to visit'
_PLAN_CLIMB = 3
# event types of a measure taken against the other side, which takes effect "from" a date
_MEASURES = frozenset({"SANCTION", "COERCE"})
# an ordinal written in digits with the language's suffix ("17th", "21-е"); bare digits are a year
# or a count ("the 2024 session", "3 meetings"), not a session's number
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})\W?[^\W\d]{1,3}")
# the marks that end a question in the scripts read, and the closing quotes and brackets after them
_QUESTION_MARKS = ("?", "？", "؟")
_CLOSERS = " \"'”’»)]"


@dataclass(frozen=True)
class EventMention:
    type: str
    mode: str | None
    countries: tuple[str, ...]
    date: str | None  # the date the sentence gives, None when it gives none
    sentence: Sentence
    token: Any  # the cue's spaCy token
    planned: bool = False  # "will visit", "the upcoming summit": not the story's own event
    background: bool = False  # "the previous meeting": an earlier event told in passing
    people: frozenset[str] = frozenset()  # the people the cue's own words name as its parties
    group: str | None = None  # "commission", "forum" or "business": an event apart from the visit it is part of
    actor: str | None = None  # the side doing a conflict act ("Colombia imposed"), None when not told
    aside: bool = False  # "Earlier on Tuesday, A met B": a meeting apart from the one told before
    session: int | None = None  # "the 17th meeting of the commission": the session's number
    refers_back: bool = False  # "The talks focused on ...": the story's event named again, with no states of its own
    apart: bool = False  # "The same day, the President received the delegation": beside the meeting told before
    asked: bool = False  # "What was agreed during the visit?": an event a question presupposes, told in the answer


def _same_phrase_once(found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """"the Joint Commission meeting", "intergovernmental consultations": the noun a commission or
    forum word modifies is the same event, told once, in the stronger mode."""
    heads = {tok.head.i for mode, tok in found if mode in ("commission", "forum") and tok.head.i != tok.i}
    return [(mode, tok) for mode, tok in found if mode in ("commission", "forum") or tok.i not in heads]


def _verb_planned(verb: Any, lang: str) -> bool:
    """'will visit', 'is expected to visit', 'agreed to hold': the act is still to come."""
    cues = event_cues(lang)
    markers = set(cues["future_markers"])
    for _ in range(_PLAN_CLIMB):
        if is_tag(verb, "future"):
            return True  # a future of its own ("посетит"): a language with no auxiliary for it
        if any(is_dep(c, "auxiliary", "passive_auxiliary") and c.text.lower() in markers for c in verb.children):
            return True
        if verb.text.lower() in markers and any(is_dep(c, "passive_auxiliary") for c in verb.children):
            return True  # "the session is scheduled for May", "where is foreseen the meeting of the commission"
        # a form is read beside the lemma: the tagger lemmatises some ('hoped' as 'hop')
        if is_dep(verb, "open_complement") and (
            lemma_of(verb.head) in cues["plan_verbs"] or verb.head.text.lower() in markers
            or verb.head.text.lower() in cues["plan_verbs"]
        ):
            return True
        if not (is_dep(verb, "conjunct") or _purpose(verb)) or not is_pos(verb.head, "verb", "auxiliary_verb"):
            return False
        verb = verb.head  # "will arrive ... and hold talks", "will fly to the north to tour the dam"
    return False


def _purpose(verb: Any) -> bool:
    """'(will travel) to visit': an infinitive clause that tells what the verb above is for."""
    return is_dep(verb, "adverbial_clause") and any(
        is_dep(c, "auxiliary") and is_word(c, "infinitive") for c in verb.children)


def _plan_date(verb: Any, sentence: Sentence, a: AnalyzedDoc) -> str | None:
    """The date of what an agreement verb's 'to' clause plans ("agreed to meet in May"), or None."""
    plan = next((c for c in verb.children if is_dep(c, "open_complement")), None)
    return None if plan is None else date_near(sentence, [plan], a.anchor, a.lang, own_only=True, future=True)


def _modified_by(tok: Any, words: set[str]) -> bool:
    return any(
        is_dep(c, "adjective_modifier", "compound", "adverb_modifier", "number_modifier") and c.text.lower() in words
        for c in tok.children
    )


def _planned(tok: Any, lang: str) -> bool:
    """A consultation told as a plan: its verb is future ("will meet"), its noun says so ("the
    upcoming visit", "the meeting to be held"), or it is the object of a planned act ("would hold
    the first session of the committee")."""
    if is_pos(tok, "verb", "auxiliary_verb"):
        return _verb_planned(tok.head if decided(tok, lang) else tok, lang)
    markers = set(event_cues(lang)["future_markers"])
    node = phrase_head(tok)  # a phrase cue ("video conference") is read at its head noun
    while True:
        if _modified_by(node, markers):
            return True
        if any(
            is_dep(c, "clausal_modifier")
            and (
                c.text.lower() in markers
                or any(is_dep(a, "auxiliary") and is_word(a, "infinitive") for a in c.children)
            )
            for c in node.children
        ):
            return True  # "the meeting to be held", "the visit planned for June"
        if any(is_dep(c, "relative_clause") and any(
                is_dep(x, "auxiliary") and x.text.lower() in markers for x in c.children) for c in node.children):
            return True  # "a negotiation that will take time", "the summit that will open in June"
        if (
            is_dep(node, "prep_object")
            and is_word(node.head, "genitive")
            and is_pos(node.head.head, "noun", "proper_noun")
        ):
            node = node.head.head
            continue
        if is_dep(node, "possessive") and is_pos(node.head, "noun"):
            node = node.head  # "the commission's meetings foreseen": the meetings are what is planned
            continue
        break
    if is_dep(node, "direct_object") and imperative(node.head):
        return True  # "- Revive the commissioners' meetings": a recommendation
    # "посетит Китай с визитом": a noun hung on the verb with its case marker is one of its arguments too
    if is_dep(node, "direct_object", "subject", "passive_subject", "attribute", "prep_object") and is_pos(
        node.head, "verb", "auxiliary_verb"
    ):
        return _verb_planned(node.head, lang)
    return False


def _requested(tok: Any, lang: str) -> bool:
    """'requesting an urgent meeting of the committee', 'asked Beijing to start talks': an event asked
    for, not held."""
    node = phrase_head(tok)
    if is_dep(node, "prep_object") and is_word(node.head, "genitive") and is_pos(node.head.head, "noun", "proper_noun"):
        node = node.head.head
    cues = event_cues(lang)
    mandates = cues.get("mandate_verbs", ())
    # "instructed the commission to negotiate", "tasked the ministers to hold talks": handed on, not held
    handed_on = node.head if is_dep(node, "direct_object") else node
    if is_dep(handed_on, "open_complement", "adverbial_clause") and lemma_of(handed_on.head) in mandates:
        return True
    if is_dep(node, "direct_object") and lemma_of(node.head) in mandates:
        return True  # "instructed the Joint Committee to ...": the body given a task, not its session
    if is_dep(node, "prep_object") and is_word(node.head, "purpose") and lemma_of(node.head.head) in cues[
            "ask_for_verbs"]:
        return True  # "has asked for an urgent meeting of the committee", "called for talks"
    if not is_dep(node, "direct_object"):
        return False
    verb, asking = node.head, cues["request_verbs"]
    # 'asked Beijing to start talks'; not 'want to conclude the talks' under way
    opening = lemma_of(verb) in cues["start_verbs"] or lemma_of(verb) in cues["commission_created_by"]
    return lemma_of(verb) in asking or (opening and is_dep(verb, "open_complement") and lemma_of(verb.head) in asking)


def _named_as_topic(tok: Any, lang: str) -> bool:
    """'was not a topic of negotiation', 'is a matter for discussion': talks named as what something
    is the subject of describe a matter, not talks held."""
    head = tok.head.head if is_dep(tok, "prep_object") else tok.head
    return (is_pos(tok, "noun") and head.i != tok.i and is_dep(head, "attribute")
            and lemma_of(head) in event_cues(lang).get("topic_nouns", ()))


def _discussed(tok: Any, mode: str | None, lang: str) -> bool:
    """'received the envoy to examine a restart of the negotiations', 'reviewed the state of the FTA talks': talks
    named inside what a verb of discussing takes are the matter discussed, not a round held."""
    if mode != "talks" or not is_pos(tok, "noun", "proper_noun"):
        return False
    below = tok
    for head in tok.ancestors:
        if is_pos(head, "verb", "auxiliary_verb"):
            return is_dep(below, "direct_object") and lemma_of(head) in event_cues(lang).get("discuss_verbs", ())
        below = head
    return False


def _old_described_signing(tok: Any, date: str | None, anchor: str | None) -> bool:
    """'under the Free Trade Agreement, signed on 11 September 2014', 'the Treaty signed by the two
    countries in 1991': an instrument described by a signing years before the story is the frame the
    story cites, not a signing it reports; a recent one ('the Declaration signed on May 23') is."""
    return (described_signing(tok) and date is not None and anchor is not None
            and int(date[:4]) < int(anchor[:4]) - 1)


def _told_in_present(tok: Any) -> bool:
    """'the forum opens in Tokyo', 'the commission is meeting in Baku': a gathering told in the present
    tense, as a live page or a lead tells what goes on the day it is written."""
    verb = tok if is_pos(tok, "verb") else tok.head if is_dep(tok, "subject", "passive_subject") else None
    return verb is not None and is_pos(verb, "verb") and is_tag(verb, "present", "present_third_person") and not any(
        is_dep(c, "auxiliary") for c in verb.children)


def _background(tok: Any, lang: str) -> bool:
    """'the previous meeting', 'his last visit': an earlier event the story recalls."""
    return is_pos(tok, "noun", "proper_noun") and _modified_by(tok, set(event_cues(lang)["background_markers"]))


def _anaphoric(tok: Any, lang: str) -> bool:
    """'after the talks', 'during the visit': a noun under a preposition of time points back at an
    event told elsewhere; the dates of its clause belong to that clause's own predicate."""
    definite = any(is_dep(c, "possessive") or (is_dep(c, "determiner") and is_word(c, "definite"))
                   for c in tok.children)
    return (definite and is_pos(tok, "noun", "proper_noun") and is_dep(tok, "prep_object")
            and tok.head.text.lower() in event_cues(lang)["gerund_preps"])


def _met_last(verb: Any, lang: str) -> bool:
    """'The two leaders last met in October': the meeting before this one, so before the story."""
    return is_pos(verb, "verb") and _modified_by(verb, set(event_cues(lang)["last_words"]))


def _told_at(tok: Any, mode: str | None, lang: str) -> bool:
    """'Figures presented at the meeting show that trade rose last year': a plain meeting or talks (no
    session of a body, no forum) named as the place where something was said or shown is the story's
    own, told before; the dates of the clause are what was said."""
    definite = any(is_dep(c, "possessive") or (is_dep(c, "determiner") and is_word(c, "definite"))
                   for c in tok.children)
    if not definite or mode in ("commission", "forum") or not is_pos(tok, "noun"):
        return False
    # "Opening the meeting, the minister said trade reached $4 billion in 2024": the same, told by
    # the act that frames what was said
    framed = (is_dep(tok, "direct_object") and is_tag(tok.head, "gerund") and is_dep(tok.head, "adverbial_clause")
              and not any(is_dep(c, "auxiliary") for c in tok.head.children))
    return framed or (is_dep(tok, "prep_object") and tok.head.text.lower() in event_cues(lang)["told_at_preps"])


def _refers_back(tok: Any, sentence: Sentence) -> bool:
    """'The talks focused on a route that links China to Europe', 'during these talks': a definite
    noun that names an event told before, its phrase naming no state; the states elsewhere in the
    sentence are what the talks were about, not who held them. In a language without articles any
    noun may be definite ('Переговоры были посвящены ...'); the object of a verb ('held talks') is the
    event told, not one told before."""
    definite = not role_words(tok.doc.lang_, "definite_articles") or any(
        is_dep(c, "possessive") or (is_dep(c, "determiner") and is_word(c, "definite")) for c in tok.children)
    if not definite or not is_pos(tok, "noun", "proper_noun") or is_dep(tok, "direct_object", "object"):
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return not any(lo <= m.start < hi for m in sentence.mentions)


def said_of_it(tok: Any) -> bool:
    """'It was their first meeting since ...', 'This was the second round of talks': the event a pronoun
    stands for, said to be a meeting of some kind, is the one told before, not another."""
    node = tok
    if is_dep(node, "prep_object") and is_word(node.head, "genitive"):
        node = node.head.head  # "the first round of talks"
    return is_dep(node, "attribute") and any(
        is_dep(s, "subject") and is_pos(s, "pronoun", "determiner") for s in node.head.children)


def _parties(tok: Any, people: list[Person]) -> frozenset[str]:
    """The people the cue's own arguments name: subject, object, 'by ...', 'with ...', 'between ...'."""
    if not people:
        return frozenset()
    heads = [tok]
    if is_pos(tok, "noun", "proper_noun") and is_dep(tok, "direct_object") and is_pos(tok.head, "verb"):
        heads.append(tok.head)  # "X held talks with Y"
    if is_dep(heads[-1], "conjunct") and is_pos(heads[-1].head, "verb"):
        heads.append(heads[-1].head)  # "X arrived ... and held talks with Y": the subject of the first verb
    words: set[str] = set()
    for head in heads:
        for c in head.children:
            prep = adposition_of(c)
            if is_dep(c, "subject", "passive_subject", "direct_object", "agent") or (
                prep is not None and is_word(prep, "parties")
            ) or (head is tok and _genitive_of_noun(c)):
                words.update(t.text for t in c.subtree)
    return frozenset(p.name for p in people if named_among(p.name, words, tok.doc.lang_))


def _genitive_of_noun(child: Any) -> bool:
    """'переговоры Арагчи с Мухриддином': a noun cue's genitive, with no adposition, names who held it."""
    return (adposition_on_noun(child) and is_pos(child.head, "noun", "proper_noun") and is_dep(child, "noun_modifier")
            and adposition_of(child) is None)


def _side_named_by_person(countries: tuple[str, ...], sentence: Sentence, a: AnalyzedDoc,
                          people: list[Person]) -> tuple[str, ...]:
    """'Kyiv accused Fico of acting on Moscow's orders', 'Støre visited Kyiv, three years after Russia's
    invasion': the pair's other side is named by its person, not by its name, so the state named
    beside them is one in passing, and the event is the pair's."""
    pair = tuple(sorted(a.story_pair))
    if len(pair) != 2 or len(countries) != 2 or len(set(countries) & set(pair)) != 1:
        return countries
    missing = next(s for s in pair if s not in countries)
    words = set(re.findall(r"\w+(?:-\w+)*", sentence.text))
    return pair if any(p.country == missing and named_among(p.name, words, a.lang) for p in people) else countries


def sentence_mentions(sentence: Sentence, a: AnalyzedDoc, people: list[Person] | None = None) -> list[EventMention]:
    """The event mentions of one sentence."""
    countries = _side_named_by_person(tuple(countries_for(sentence, a)), sentence, a, people or [])
    if len(countries) < 2:
        return []
    cues: list[tuple[str, str | None, Any]] = [
        ("CONSULT", mode, tok) for mode, tok in _same_phrase_once(consult_mentions(sentence, a.lang))
    ]
    cues += [("AGREE", None, tok) for tok in agree_mentions(sentence, a.lang)]
    cues += [("COOPERATE", None, tok) for tok in cooperate_mentions(sentence, a.lang)]
    cues += [("AID", None, tok) for tok in aid_mentions(sentence, a.lang)]
    actors: dict[int, list[str | None]] = {}
    for type_, tok, actor in conflict_mentions(sentence, countries, a.lang):
        if tok.i not in actors:
            cues.append((type_, None, tok))
        actors.setdefault(tok.i, []).append(actor)
    # "Peru, Chile and Bolivia deplored the seizure": third states side by side act on the pair's affair
    cues = [c for c in cues if not outsiders_side_by_side(actors.get(c[2].i, []), a.story_pair)]
    # "paused negotiations", "suspended talks on opening accession negotiations": the act on them,
    # not a consultation held; "a meeting of EU foreign ministers": one side's own
    cues = [c for c in cues if c[0] != "CONSULT" or not (
        _acted_on(c[2], actors) or of_one_side(c[2], sentence, countries) or with_outsider(c[2], sentence, countries))]
    # "signed an order imposing tariffs": the measure the order enacts, not an agreement
    cues = [c for c in cues if c[0] != "AGREE" or not any(
        is_dep(m, "clausal_modifier") and m.i in actors for o in objects(c[2]) for m in o.children)]
    # "the session of the committee was held via video conference": the link is the session's means
    session = next((_group(mode, tok, a.lang) for type_, mode, tok in cues
                    if type_ == "CONSULT" and _group(mode, tok, a.lang)), None)
    body = session
    out = []
    for type_, mode, tok in cues:
        consult = type_ == "CONSULT"
        group = _group(mode, tok, a.lang)
        if mode == "call" and session and means_verb(tok, a.lang) is not None:
            group = session
        elif type_ == "AGREE" and signed_by_firms(tok, a.lang):
            group = "business"  # "companies signed 14 deals at the forum": apart from what the states agreed
        if (type_ == "COOPERATE" and _planned(tok, a.lang)) or (consult and (
                _requested(tok, a.lang) or _named_as_topic(tok, a.lang) or _discussed(tok, mode, a.lang))):
            continue  # "proposed to speed up the launch of the venture": not launched yet
        # a threat ("would hit back") is made when it is said, whatever the future it holds out
        planned = (consult or type_ == "AGREE" or tok.i in actors) and type_ != "THREATEN" and _planned(tok, a.lang)
        # "the 19th session of the commission held on May 5": the date is the session's
        own = [tok, session] if mode == "commission" and (session := _session_of(tok)) is not None else [tok]
        if _anaphoric(own[-1], a.lang):
            date = date_near(sentence, own, a.anchor, a.lang, own_only=True)
            if date is None and (told := date_near(sentence, own, a.anchor, a.lang)) and not near_now(told, a.anchor):
                # "signed in January during the state visit": a past visit
                date = before_story(told, a.anchor, same_month_is_past=False)
        elif consult and _told_at(tok, mode, a.lang):
            date = date_near(sentence, own, a.anchor, a.lang, own_only=True)
        else:
            near = list(own)
            # a date may hang from the verb above ("the meeting was held on May 5", "co-chaired a meeting
            # in May, where they signed"), not from the verb that reports ("said the sides had agreed")
            if not is_dep(tok, "clausal_complement", "parataxis") and (verb := governing_verb(tok)) is not None:
                # "summoned the envoy on Wednesday to protest the killing ... last week": an act that is
                # the purpose of another is done when that one is, so the other's date comes first
                near = [verb, *near] if _purpose(tok) else [*near, verb]
            # "From November 11, the agency introduced restrictions": a measure's start is its date
            date = date_near(sentence, near, a.anchor, a.lang, future=planned, stated=a.stated_days,
                             allow_from=type_ in _MEASURES)
            if type_ == "AGREE" and date is not None and date == _plan_date(tok, sentence, a):
                date = None  # "agreed to hold the next session in 2025": the year is the session's
            if consult and date is not None and _met_last(tok, a.lang):
                date = before_story(date, a.anchor, same_month_is_past=True)
        if type_ == "AGREE" and _old_described_signing(tok, date, a.anchor):
            continue
        if date is None and group in ("commission", "forum") and not planned and _told_in_present(tok):
            date = a.anchor  # "the Conference opens in Tokyo": the story's own day, not a visit's told beside it
        if planned and date is not None and a.anchor is not None and date < a.anchor[: len(date)]:
            date = None  # "would continue talks, as supplies doubled over the past year": a plan lies ahead
        parties = _parties(tok, people or []) if consult else frozenset()
        # a number counts the sessions of a standing body, or a meeting of one the sentence names ("the
        # commission is holding its 15th meeting"); "the 29th session of a conference" told in passing is none
        number = session_number(own) if consult and (group or (mode == "meeting" and body)) else None
        refers_back = consult and ((date is None and _refers_back(tok, sentence)) or said_of_it(tok))
        for actor in actors.get(tok.i, [None]):
            out.append(EventMention(type_, mode, countries, date, sentence, tok, planned,
                               consult and _background(tok, a.lang), parties, group, actor,
                               consult and _aside(tok, a.lang), number, refers_back))
    return [replace(m, asked=True) for m in out] if _asks(sentence) else out


def _asks(sentence: Sentence) -> bool:
    """'What did the two sides sign?', 'How did the talks end?': a question, as an interviewer
    puts it, asks about an event that the answer or the text before tells with its date."""
    return sentence.text.rstrip(_CLOSERS).endswith(_QUESTION_MARKS)


def _acted_on(tok: Any, acts: Mapping[int, Any]) -> bool:
    """The word is inside what an act of conflict acts on: its heads reach the act's verb through
    nouns, prepositions and gerunds ('suspending talks on opening negotiations'), not through a
    clause of its own ('threatens the goodwill built during the visit')."""
    for head in tok.ancestors:
        if head.i in acts:
            return True
        if is_dep(head, "open_complement") and head.head.i in acts:
            return True  # "summoned him to lodge a protest over the remarks on the visit"
        if is_pos(head, "verb") and not (is_tag(head, "gerund") and not is_finite_or_planned(head)):
            return False
    return False


def session_number(nouns: list[Any]) -> int | None:
    """The number of a session an ordinal in digits before its noun gives: "the 17th Joint Commission",
    "the 17th meeting of the commission", "21-е заседание комиссии"."""
    for noun in nouns:
        for child in noun.children:
            m = _DIGIT_ORDINAL.fullmatch(child.text)
            if child.i < noun.i and m and not is_pos(child, "proper_noun"):
                return int(m.group(1))
    return None


def _session_of(tok: Any) -> Any | None:
    """The noun a commission word is 'of' ("the 19th session of the commission")."""
    if is_dep(tok, "prep_object") and is_word(tok.head, "genitive") and is_pos(tok.head.head, "noun"):
        return tok.head.head
    return None


def _aside(tok: Any, lang: str) -> bool:
    """'Earlier on Tuesday, A met B', 'A also met B', 'Earlier, talks were held between A and B': a
    meeting of its own beside the one told before."""
    words = set(event_cues(lang)["aside_markers"])
    verb = tok.head if is_dep(tok, "subject", "passive_subject") else tok
    return is_pos(verb, "verb") and any(is_dep(c, "adverb_modifier") and c.text.lower() in words
                                        for c in verb.children)


def find_event_mentions(a: AnalyzedDoc, people: list[Person] | None = None) -> list[EventMention]:
    """The event mentions of the story in order; "the same day" takes the day told last, "the
    following day" or "two days later" the day after it."""
    out: list[EventMention] = []
    same_day = event_cues(a.lang)["same_day_phrases"]
    shifts = event_cues(a.lang)["day_shift_phrases"]
    receiving = event_cues(a.lang)["receive_verbs"]
    last: str | None = None
    told: str | None = None  # the day the text told last, what "two days later" counts from
    for s in a.sentences:
        lowered = s.text.lower()
        same = any(p in lowered for p in same_day)
        shift = _day_shift(lowered, shifts)
        if shift is not None:
            start = shift[0] + s.start
            told = next((d for t in reversed(s.times) if t.start < start and (d := _day(t, a.anchor))), told)
        for m in sentence_mentions(s, a, people):
            if m.date is None and last is not None and not m.planned and same:
                m = replace(m, date=last)
            elif m.date is None and told is not None and not m.planned and shift is not None:
                m = replace(m, date=(dt.date.fromisoformat(told) + dt.timedelta(days=shift[1])).isoformat())
            if same and m.type == "CONSULT" and lemma_of(m.token) in receiving and not m.planned:
                # "the same day, the President received the delegation": a guest received beside the talks;
                # "the leaders met the same day" may be those talks told again
                m = replace(m, apart=True)
            out.append(m)
        told = next((d for t in reversed(s.times) if (d := _day(t, a.anchor))), told)
        # a "same day" is a day: a month or a year told in passing is not what it points back at
        last = next((m.date for m in reversed(out) if m.date and len(m.date) == len("2024-01-01") and not m.planned),
                    last)
    return out


def _day_shift(lowered: str, shifts: Mapping[str, int]) -> tuple[int, int] | None:
    """Where a phrase such as 'two days later' stands in the sentence, and the days it shifts by."""
    for phrase, days in shifts.items():
        if phrase not in lowered:
            continue  # (most sentences hold none: a substring test spares the search)
        found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
        if found:
            return found.start(), days
    return None


def _day(expr: TimeExpr, anchor: str | None) -> str | None:
    """The day a time expression names, when it names one ('On June 28', '25 December 2024')."""
    if expr.is_range or expr.relative or expr.month is None or expr.day is None:
        return None
    return resolve(expr, anchor)


def _group(mode: str | None, tok: Any, lang: str) -> str | None:
    """Sessions of a standing body (a commission, a working group) and forums are events of their
    own, even inside a visit; "intergovernmental consultations" are the talks themselves."""
    bodies = event_cues(lang)["session_bodies"]
    if mode == "forum" or (mode == "commission" and (lemma_of(tok) in bodies or lemma_of(tok.head) in bodies)):
        return mode
    return None
