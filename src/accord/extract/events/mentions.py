"""Event mentions: the cue words of one sentence that tell of a visit, a meeting, a call, a
commission session, a signing, a launch or aid, with the states, the date and the people next to them.

Read from the dependency parse: which verb or noun is the cue, whether it is planned or told in
passing, and which people its own words name as parties. ``events`` merges the mentions of one
real-world event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ... import resources
from ...facts import Person
from ..analysis import AnalyzedDoc, Sentence
from ..dating import before_story, date_near, near_now
from ..pairs import countries_for
from ..people import named_among
from ..syntax import (
    adposition_of,
    adposition_on_noun,
    doc_text,
    governing_verb,
    indirect_objects,
    is_dep,
    is_ent,
    is_finite_or_planned,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    objects,
    participle_act,
    prep_objects,
    prepositions,
    role_words,
    token_at,
)
from .acts import agree_mentions, aid_mentions, cooperate_mentions, phrase_head, signed_by_firms
from .conflict import conflict_mentions, decided
from .cues import event_cues
from .passing import of_firms, of_one_side, of_region, tally, text_in_making, thing_arrives, with_outsider

# clauses up from a verb read for a marker of the future: 'is expected to be able to visit'
_PLAN_CLIMB = 3
# event types of a measure taken against the other side, which takes effect "from" a date
_MEASURES = frozenset({"SANCTION", "COERCE"})
# an ordinal written in digits with the language's suffix ("17th", "21-е"); bare digits are a year
# or a count ("the 2024 session", "3 meetings"), not a session's number
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})\W?[^\W\d]{1,3}")


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


@cache
def _phrase_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for mode, phrases in event_cues(lang)["consult_phrases"].items():
        for phrase in phrases:
            out.append((re.compile(rf"(?<!\w){resources.stem_regex(phrase)}(?!\w)"), mode))
    return tuple(out)


def _consult_mentions(sentence: Sentence, lang: str) -> list[tuple[str, Any]]:
    cues = event_cues(lang)
    found: list[tuple[str, Any]] = []
    lowered = sentence.text.lower()
    for pattern, mode in _phrase_patterns(lang):
        for m in pattern.finditer(lowered):
            tok = token_at(sentence, sentence.start + m.start())
            if tok is not None and not (mode == "call" and _means_of_other_act(tok, lang)):
                found.append((mode, tok))
    for tok in sentence.span:
        lemma = lemma_of(tok)
        if is_pos(tok, "noun", "proper_noun") and lemma in cues["commission_nouns"]:
            if _is_commission(tok, lang):
                found.append(("commission", tok))
            continue
        if is_pos(tok, "noun", "proper_noun"):
            if _of_commission(tok, lang):
                continue  # "the 12th meeting of the commission": the commission mention tells it
            if _in_office_title(tok, lang):
                continue  # "the Director General of Trade Negotiations": a portfolio, not talks held
            if _modifies_other_noun(tok, cues):
                continue  # "tour guiding", "visit visa": the word names a kind of another thing
            if _domestic(tok, cues):
                continue  # "speaking after the government meeting": one side's own body sat
            if _kept_from(tok, cues):
                continue  # "recalled its ambassador for consultations", "barred him from a visit"
            for mode, nouns in cues["consult_nouns"].items():
                if (lemma in nouns or tok.text.lower() in nouns) and not tally(tok):
                    elsewhere = _venue(tok, lang) or _landmark(tok, lang)
                    if mode == "forum" and (not _named(tok) or (elsewhere and not _bilateral(tok, sentence))
                                            or of_region(tok, lang)):
                        continue  # "provided a forum for dialogue", "on the sidelines of the summit"
                    found.append((mode, tok))
        elif is_pos(tok, "verb") and (is_finite_or_planned(tok) or _gerund_after_preposition(tok, lang)):
            for mode, verbs in cues["consult_verbs"].items():
                if lemma not in verbs:
                    continue
                objs = objects(tok)
                if lemma in cues["meet_verbs"] and (any(lemma_of(o) in cues["meet_not_objects"] for o in objs)
                                                    or (objs and all(of_firms(o, lang) for o in objs))):
                    continue  # "meet the demand"; "will meet business leaders in Auckland": no state's side
                if lemma in cues["receive_verbs"] and not any(_person_or_office(o, lang) for o in objs + _agents(tok)):
                    continue  # "received the proposal"; "was received by the President" is a meeting
                if lemma in cues["addressee_verbs"] and not any(
                    _person_or_office(o, lang) for o in objs + indirect_objects(tok)
                ):
                    continue  # "phoned the President", not "called the police"
                if thing_arrives(tok, cues):
                    continue
                if lemma in cues.get("passive_status_verbs", ()) and (any(
                        is_dep(c, "passive_subject") for c in tok.children) or text_in_making(tok, lang)):
                    continue  # "an agreement is being negotiated": the state of a text, not talks held
                found.append((mode, tok))
            if lemma in cues["courtesy_call_verbs"] and _calls_on_person(tok):
                found.append(("meeting", tok))  # "called on the Vice President": a courtesy call
    return [(mode, tok) for mode, tok in found
            if (mode != "commission" or not _created(tok, lang)) and not _status_phrase(tok, lang)]


def _status_phrase(tok: Any, lang: str) -> bool:
    """'a new chapter is under negotiation': the state of an instrument, not talks held."""
    return is_dep(tok, "prep_object") and tok.head.text.lower() in event_cues(lang)["status_preps"]


def _names_person(tok: Any) -> bool:
    """'received the minister', 'received Minister K.Ivanov': a person, named or by a proper title."""
    # a model that tells animacy names a person it took for an organisation ("принял Ираклия Гарибашвили")
    return is_ent(tok, "person", "nationality") or (is_pos(tok, "proper_noun") and (
        tok.ent_type_ == "" or is_tag(tok, "animate")))


def _person_or_office(tok: Any, lang: str) -> bool:
    return _names_person(tok) or _office(tok, lang)


def _agents(verb: Any) -> list[Any]:
    """The doers of a passive verb ('was received by the President'): the noun the agent link names,
    or the agent noun itself where the case marker hangs on the noun ("принят Президентом")."""
    out = []
    for c in verb.children:
        if is_dep(c, "agent"):
            out += [g for g in c.children if is_dep(g, "prep_object")] if not adposition_on_noun(verb) else [c]
    return out


def _domestic(tok: Any, cues: Mapping[str, Any]) -> bool:
    """'the cabinet meeting', 'a government session': a meeting of one state's own body, unless a word
    makes it shared ('joint government meeting', 'Romanian-Moldovan government session')."""
    modifiers = [c for c in tok.children if is_dep(c, "compound", "adjective_modifier")]
    return any(lemma_of(c) in cues["domestic_modifiers"] for c in modifiers) and not any(
        lemma_of(c) in cues["commission_modifiers"] or c.text.lower() in cues["commission_modifiers"]
        or is_ent(c, "nationality", "geopolitical") for c in modifiers)


def _kept_from(tok: Any, cues: Mapping[str, Any]) -> bool:
    """The noun is what an envoy is called home 'for' ('recalled for consultations': why he goes, not
    talks held) or what someone is kept 'from' ('barred the president from a private visit')."""
    verb = governing_verb(tok)
    if verb is None:
        return False
    roles = [role for role, verbs in (("purpose", "recall_verbs"), ("separation", "barring_verbs"))
             if lemma_of(verb) in cues[verbs]]
    return any(is_word(p, role) and tok in prep_objects(p) for role in roles for p in prepositions(verb))


def _modifies_other_noun(tok: Any, cues: Mapping[str, Any]) -> bool:
    if not is_dep(tok, "compound", "noun_modifier") or not is_pos(tok.head, "noun", "proper_noun"):
        return False
    head = lemma_of(tok.head)
    return head not in cues["commission_nouns"] and not any(head in nouns for nouns in cues["consult_nouns"].values())


@cache
def _office_phrases(lang: str) -> re.Pattern[str] | None:
    """The office titles, one word or several ("minister", "глава МИД"), in any case of a stem."""
    return resources.phrase_pattern(lang, "offices.txt")


def _office(tok: Any, lang: str) -> bool:
    """'received the Iranian minister', 'принял министра', 'глава МИД был принят': a person by office,
    not 'received the proposal'; a noun of those one receives ('принял делегацию') too."""
    pattern = _office_phrases(lang)
    return is_pos(tok, "noun") and (lemma_of(tok) in event_cues(lang)["received_groups"] or (
        pattern is not None and pattern.match(doc_text(tok.doc), tok.idx) is not None))


def _in_office_title(tok: Any, lang: str) -> bool:
    """'the Director General of International Trade Negotiations': the noun ends the 'of' phrase of an
    office title, naming its portfolio."""
    pattern = _office_phrases(lang)
    if pattern is None or not is_dep(tok, "prep_object") or not is_word(tok.head, "genitive"):
        return False
    owner = tok.head.head
    title = doc_text(owner.doc)[owner.left_edge.idx : owner.idx + len(owner.text)]
    return any(m.end() == len(title) for m in pattern.finditer(title))


def _calls_on_person(verb: Any) -> bool:
    """'called on President X' is a visit of courtesy; 'called on Russia to stop' is an appeal."""
    if any(is_dep(c, "open_complement", "adverbial_clause", "clausal_complement") for c in verb.children):
        return False
    return any(
        is_dep(c, "preposition")
        and is_word(c, "addressee")
        and any(is_dep(g, "prep_object") and _names_person(g) for g in c.children)
        for c in verb.children
    )


def _means_verb(tok: Any, lang: str) -> Any | None:
    """The verb a link phrase tells the means of ('held via video conference' -> held), if it does."""
    node = phrase_head(tok)
    if not is_dep(node, "prep_object") or node.head.text.lower() not in event_cues(lang)["means_preps"]:
        return None
    return node.head.head if is_pos(node.head.head, "verb", "auxiliary_verb") else None


def _means_of_other_act(tok: Any, lang: str) -> bool:
    """'inaugurated the centre via video link', 'signed by videoconference': the link is how another
    act was done (a launch, a signing), not a call of its own."""
    cues = event_cues(lang)
    acts = set(cues["cooperate_verbs"]) | set(cues["agree_verbs"]) | set(cues["aid_verbs"])
    verb = _means_verb(tok, lang)
    return (verb is not None and lemma_of(verb) in acts) or _means_of_thing(tok, lang)


def _means_of_thing(tok: Any, lang: str) -> bool:
    """'a court hearing by video link': the link is how a thing other than talks is held."""
    cues = event_cues(lang)
    node = phrase_head(tok)
    if not is_dep(node, "prep_object") or node.head.text.lower() not in cues["means_preps"]:
        return False
    thing = node.head.head
    talks = {n for nouns in cues["consult_nouns"].values() for n in nouns} | set(cues["commission_nouns"])
    return is_pos(thing, "noun") and lemma_of(thing) not in talks and thing.text.lower() not in talks


def _bilateral(tok: Any, sentence: Sentence) -> bool:
    """'on the sidelines of the Ruritania-Freedonia Business Forum': a gathering of the pair itself,
    an event of its own, unlike the summit of many states where the pair met."""
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    return len({m.code for m in sentence.mentions if lo <= m.start < hi and not m.code.startswith("IGO:")}) >= 2


def _created(tok: Any, lang: str) -> bool:
    """'set up a joint committee', 'establish a working group', 'the joint council, established in 2016':
    a body is made (or described by when it was made), no session is held."""
    noun = phrase_head(tok)  # "set up a working group": the phrase is read at its head noun
    verb = noun.head
    made_by = event_cues(lang)["commission_created_by"]
    if any(participle_act(c) and lemma_of(c) in made_by for c in noun.children):
        return True  # made at a time of its own; "the group established for this purpose held a meeting" is held
    # "договор об учреждении совета": the making told by a noun the body depends on
    return is_dep(noun, "direct_object") and lemma_of(verb) in made_by or (
        adposition_on_noun(noun) and is_dep(noun, "noun_modifier") and lemma_of(verb) in made_by)


def _venue(tok: Any, lang: str) -> bool:
    """'on the sidelines of the G20 summit': a gathering of many states where the pair met."""
    up = tok.head
    return (
        is_dep(tok, "prep_object") and is_word(up, "genitive") and lemma_of(up.head) in event_cues(lang)["venue_nouns"]
    )


def _landmark(tok: Any, lang: str) -> bool:
    """'met ahead of the summit', 'on the eve of the forum', 'before the summit': a gathering that only
    places another event in time."""
    node = tok
    while (
        is_dep(node, "prep_object") and is_word(node.head, "genitive") and is_pos(node.head.head, "noun", "proper_noun")
    ):
        node = node.head.head  # "ahead of the Summit of the Forum on ...": the forum names the summit
    if not is_dep(node, "prep_object"):
        return False
    prep = node.head
    words = event_cues(lang)["landmark_words"]
    links = event_cues(lang)["landmark_links"]
    return prep.text.lower() in words or (prep.text.lower() in links and prep.head.text.lower() in words)


def _is_commission(tok: Any, lang: str) -> bool:
    cues = event_cues(lang)
    if not is_pos(tok, "noun", "proper_noun") or lemma_of(tok) not in cues["commission_nouns"]:
        return False
    left = {t.text.lower() for t in tok.doc[tok.left_edge.i : tok.i]}
    return (any(resources.covers(cues["commission_modifiers"], w) for w in left)
            and not any(resources.covers(cues["commission_exclude"], w) for w in left))


def _of_commission(tok: Any, lang: str) -> bool:
    return any(
        is_dep(c, "preposition") and is_word(c, "genitive") and any(_is_commission(g, lang) for g in c.children)
        for c in tok.children
    )


def _gerund_after_preposition(verb: Any, lang: str) -> bool:
    """'wrote after meeting his counterpart': a gerund under a preposition of time tells a past act."""
    return (
        is_tag(verb, "gerund")
        and is_dep(verb, "prep_complement")
        and verb.head.text.lower() in event_cues(lang)["gerund_preps"]
    )


def _named(tok: Any) -> bool:
    """'the Business Forum', 'an investment forum', 'the SCO summit': a gathering with a name or a kind."""
    return tok.text[0].isupper() or any(
        is_dep(c, "compound", "adjective_modifier", "noun_modifier") for c in tok.children
    )


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
        if is_dep(verb, "open_complement") and (
            lemma_of(verb.head) in cues["plan_verbs"] or verb.head.text.lower() in markers
        ):
            return True
        if not is_dep(verb, "conjunct") or not is_pos(verb.head, "verb", "auxiliary_verb"):
            return False
        verb = verb.head  # "will arrive ... and hold talks"
    return False


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
        if (
            is_dep(node, "prep_object")
            and is_word(node.head, "genitive")
            and is_pos(node.head.head, "noun", "proper_noun")
        ):
            node = node.head.head
            continue
        break
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
    if not is_dep(node, "direct_object"):
        return False
    cues = event_cues(lang)
    verb, asking = node.head, cues["request_verbs"]
    # 'asked Beijing to start talks'; not 'want to conclude the talks' under way
    opening = lemma_of(verb) in cues["start_verbs"] or lemma_of(verb) in cues["commission_created_by"]
    return lemma_of(verb) in asking or (opening and is_dep(verb, "open_complement") and lemma_of(verb.head) in asking)


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


def sentence_mentions(sentence: Sentence, a: AnalyzedDoc, people: list[Person] | None = None) -> list[EventMention]:
    """The event mentions of one sentence."""
    countries = tuple(countries_for(sentence, a))
    if len(countries) < 2:
        return []
    cues: list[tuple[str, str | None, Any]] = [
        ("CONSULT", mode, tok) for mode, tok in _same_phrase_once(_consult_mentions(sentence, a.lang))
    ]
    cues += [("AGREE", None, tok) for tok in agree_mentions(sentence, a.lang)]
    cues += [("COOPERATE", None, tok) for tok in cooperate_mentions(sentence, a.lang)]
    cues += [("AID", None, tok) for tok in aid_mentions(sentence, a.lang)]
    actors: dict[int, list[str | None]] = {}
    for type_, tok, actor in conflict_mentions(sentence, countries, a.lang):
        if tok.i not in actors:
            cues.append((type_, None, tok))
        actors.setdefault(tok.i, []).append(actor)
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
        if mode == "call" and session and _means_verb(tok, a.lang) is not None:
            group = session
        elif type_ == "AGREE" and signed_by_firms(tok, a.lang):
            group = "business"  # "companies signed 14 deals at the forum": apart from what the states agreed
        if (type_ == "COOPERATE" and _planned(tok, a.lang)) or (consult and _requested(tok, a.lang)):
            continue  # "proposed to speed up the launch of the venture": not launched yet
        planned = (consult or tok.i in actors) and _planned(tok, a.lang)
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
                near.append(verb)
            # "From November 11, the agency introduced restrictions": a measure's start is its date
            date = date_near(sentence, near, a.anchor, a.lang, future=planned, stated=a.stated_days,
                             allow_from=type_ in _MEASURES)
            if type_ == "AGREE" and date is not None and date == _plan_date(tok, sentence, a):
                date = None  # "agreed to hold the next session in 2025": the year is the session's
            if consult and date is not None and _met_last(tok, a.lang):
                date = before_story(date, a.anchor, same_month_is_past=True)
        if planned and date is not None and a.anchor is not None and date < a.anchor[: len(date)]:
            date = None  # "would continue talks, as supplies doubled over the past year": a plan lies ahead
        parties = _parties(tok, people or []) if consult else frozenset()
        # a number counts the sessions of a standing body, or a meeting of one the sentence names ("the
        # commission is holding its 15th meeting"); "the 29th session of a conference" told in passing is none
        number = session_number(own) if consult and (group or (mode == "meeting" and body)) else None
        refers_back = consult and date is None and _refers_back(tok, sentence)
        for actor in actors.get(tok.i, [None]):
            out.append(EventMention(type_, mode, countries, date, sentence, tok, planned,
                               consult and _background(tok, a.lang), parties, group, actor,
                               consult and _aside(tok, a.lang), number, refers_back))
    return out


def _acted_on(tok: Any, acts: Mapping[int, Any]) -> bool:
    """The word is inside what an act of conflict acts on: its heads reach the act's verb through
    nouns, prepositions and gerunds ('suspending talks on opening negotiations'), not through a
    clause of its own ('threatens the goodwill built during the visit')."""
    for head in tok.ancestors:
        if head.i in acts:
            return True
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
    """The event mentions of the story in order; "the same day" takes the day told last."""
    out: list[EventMention] = []
    same_day = event_cues(a.lang)["same_day_phrases"]
    receiving = event_cues(a.lang)["receive_verbs"]
    last: str | None = None
    for s in a.sentences:
        lowered = s.text.lower()
        same = any(p in lowered for p in same_day)
        for m in sentence_mentions(s, a, people):
            if m.date is None and last is not None and not m.planned and same:
                m = replace(m, date=last)
            if same and m.type == "CONSULT" and lemma_of(m.token) in receiving and not m.planned:
                # "the same day, the President received the delegation": a guest received beside the talks;
                # "the leaders met the same day" may be those talks told again
                m = replace(m, apart=True)
            out.append(m)
        # a "same day" is a day: a month or a year told in passing is not what it points back at
        last = next((m.date for m in reversed(out) if m.date and len(m.date) == len("2024-01-01") and not m.planned),
                    last)
    return out


def _group(mode: str | None, tok: Any, lang: str) -> str | None:
    """Sessions of a standing body (a commission, a working group) and forums are events of their
    own, even inside a visit; "intergovernmental consultations" are the talks themselves."""
    bodies = event_cues(lang)["session_bodies"]
    if mode == "forum" or (mode == "commission" and (lemma_of(tok) in bodies or lemma_of(tok.head) in bodies)):
        return mode
    return None
