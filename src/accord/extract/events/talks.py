"""Talks a sentence tells: meetings, visits, calls, forums and commission sessions, from their
phrases, nouns and verbs, with what only looks like talks left out (a meeting of one side's own body,
a forum named only as a venue, "meet the demand", a status phrase "under negotiation")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..syntax import (
    adposition_on_noun,
    doc_text,
    genitive_nouns,
    governing_verb,
    has_verb_form,
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
    token_at,
)
from .acts import phrase_head
from .cues import event_cues
from .passing import (
    of_firms,
    of_region,
    one_attendee,
    tally,
    text_in_making,
    thing_arrives,
    travel_time,
    with_firms,
)


@cache
def _cue_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a noun (its lemma or its text) and a verb (its lemma) must be to tell talks: the many
    nouns and verbs of a sentence that are none are passed over before the parse is read around them."""
    cues = event_cues(lang)
    nouns = {w for words in (*cues["consult_nouns"].values(), *cues.get("exchange_nouns", {}).values()) for w in words}
    verbs = {w for words in cues["consult_verbs"].values() for w in words} | set(cues["courtesy_call_verbs"])
    return frozenset(nouns), frozenset(verbs)


@cache
def _phrase_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for mode, phrases in event_cues(lang)["consult_phrases"].items():
        for phrase in phrases:
            out.append((re.compile(rf"(?<!\w){resources.stem_regex(phrase)}(?!\w)"), mode))
    return tuple(out)


def consult_mentions(sentence: Sentence, lang: str) -> list[tuple[str, Any]]:
    cues = event_cues(lang)
    found: list[tuple[str, Any]] = []
    lowered = sentence.text.lower()
    for pattern, mode in _phrase_patterns(lang):
        for m in pattern.finditer(lowered):
            tok = token_at(sentence, sentence.start + m.start())
            if tok is not None and not (mode == "call" and _means_of_other_act(tok, lang)):
                found.append((mode, tok))
    talk_nouns, talk_verbs = _cue_words(lang)
    commissions = cues["commission_nouns"]
    for tok in sentence.span:
        lemma = lemma_of(tok)
        if lemma not in talk_verbs and lemma not in commissions and (
                lemma not in talk_nouns and tok.text.lower() not in talk_nouns):
            continue  # no cue of any branch below
        if is_pos(tok, "noun", "proper_noun") and lemma in commissions:
            sitting = tok.head.head if is_dep(tok, "prep_object") and is_word(tok.head, "genitive") else None
            if _is_commission(tok, lang) and not (sitting is not None and _not_one_held(sitting, cues)):
                found.append(("commission", tok))
            continue
        if is_pos(tok, "noun", "proper_noun"):
            if lemma not in talk_nouns and tok.text.lower() not in talk_nouns:
                continue
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
            if _no_gathering(tok, lang) or with_firms(tok, lang):
                continue  # "gave a joint press conference", "negotiations with utilities"
            exchanged = [mode for mode, nouns in cues.get("exchange_nouns", {}).items() if lemma in nouns]
            if exchanged:
                if _conversation(tok, cues):
                    found.append((exchanged[0], tok))  # "in a brief exchange on the sidelines of the summit"
                continue
            if _not_one_held(tok, cues) or _own_body(tok, sentence, lang) or _called_off(tok, cues):
                continue  # "imposed without consultation", "at every meeting", "a session of the Council of Ministers"
            for mode, nouns in cues["consult_nouns"].items():
                if (lemma in nouns or tok.text.lower() in nouns) and not tally(tok) and not travel_time(tok, lang):
                    if mode != "forum" and _venue(tok, lang) and not _bilateral(tok, sentence):
                        continue  # "signed on the sidelines of the ministers' meeting": where, not talks of the pair
                    elsewhere = _venue(tok, lang) or _landmark(tok, lang)
                    if mode == "forum" and (not _named(tok, lang) or (elsewhere and not _bilateral(tok, sentence))
                                            or of_region(tok, lang)
                                            or (one_attendee(tok, lang) and not _bilateral(tok, sentence))):
                        continue  # "provided a forum for dialogue", "on the sidelines of the summit"
                    found.append((mode, tok))
        elif is_pos(tok, "verb") and lemma in talk_verbs and (
                is_finite_or_planned(tok) or _gerund_after_preposition(tok, lang)):
            for mode, verbs in cues["consult_verbs"].items():
                if lemma not in verbs:
                    continue
                objs = objects(tok)
                if lemma in cues["meet_verbs"] and (any(lemma_of(o) in cues["meet_not_objects"] for o in objs)
                                                    or (objs and all(of_firms(o, lang) for o in objs))):
                    continue  # "meet the demand"; "will meet business leaders in Auckland": no state's side
                guests = objs + _agents(tok) + _displaced_objects(tok)
                if lemma in cues["receive_verbs"] and not any(_person_or_office(o, lang) for o in guests):
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
            if (mode != "commission" or not _created(tok, lang)) and not _status_phrase(tok, lang)
            and not _ongoing_since(tok, lang)]


def _ongoing_since(tok: Any, lang: str) -> bool:
    """'have been negotiating since the autumn', 'the commission's work has been suspended since 2022':
    talks told in the perfect as a state lasting from a date, not one meeting held ('held the first
    session since 2017' is one)."""
    cues = event_cues(lang)
    verb = tok if is_pos(tok, "verb") else governing_verb(tok)
    if verb is None or not any(is_dep(c, "auxiliary") and lemma_of(c) in cues["perfect_auxiliaries"]
                               for c in verb.children):
        return False
    return any(p.text.lower() in cues["span_since_words"] and any(is_ent(t, "date") for t in p.subtree)
               for p in prepositions(verb))


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


def _displaced_objects(verb: Any) -> list[Any]:
    """'received yesterday Monday, at the ministry, the Minister of Commerce': an object put after the
    verb's times and places, which the parser takes for a phrase of time; a date is none."""
    return [c for c in verb.children if is_dep(c, "noun_adverbial") and c.i > verb.i and not is_ent(c, "date")]


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


def _not_one_held(tok: Any, cues: Mapping[str, Any]) -> bool:
    """'imposed without consultation': talks that were not held; 'repeated at every meeting of the
    committee': all meetings of a kind, no one meeting."""
    absent = is_dep(tok, "prep_object") and tok.head.text.lower() in cues["absence_preps"]
    return absent or any(is_dep(c, "determiner") and lemma_of(c) in cues["generic_determiners"] for c in tok.children)


def _called_off(tok: Any, cues: Mapping[str, Any]) -> bool:
    """'called off the visit of the deputy prime minister', 'postponed the talks': not held."""
    verb = tok.head
    if not is_dep(tok, "direct_object", "passive_subject") or not is_pos(verb, "verb"):
        return False
    return has_verb_form(verb, cues["cancel_verbs"])


def _own_body(tok: Any, sentence: Sentence, lang: str) -> bool:
    """'an extraordinary session of the Council of Ministers', 'the Security Council decided, in its
    meeting, ...': the sitting of a body of one state by its name ('own_bodies'), with no commission
    word and no two states in its name; not 'the General Border Committee' of the two."""
    bodies = event_cues(lang)["session_bodies"]
    owners = [g for g in genitive_nouns(tok) if lemma_of(g) in bodies]
    if any(is_dep(c, "possessive") and is_pos(c, "pronoun") for c in tok.children):
        verb = governing_verb(tok)
        owners += [c for c in (verb.children if verb is not None else ()) if is_dep(c, "subject")
                   and lemma_of(c) in bodies]
    own = _own_bodies(lang)
    text = doc_text(tok.doc)
    return any(own.search(text[g.left_edge.idx:g.right_edge.idx + len(g.right_edge.text)].lower())
               and not _is_commission(g, lang) and not _bilateral(g, sentence, whole=True) for g in owners)


@cache
def _own_bodies(lang: str) -> re.Pattern[str]:
    """The names of bodies of one state's own ('council of ministers', 'security council')."""
    return re.compile(rf"(?<!\w)(?:{resources.alternation(event_cues(lang)['own_bodies'])})(?!\w)")


def _kept_from(tok: Any, cues: Mapping[str, Any]) -> bool:
    """The noun is what an envoy is called home 'for' ('recalled for consultations': why he goes, not
    talks held) or what someone is kept 'from' ('barred the president from a private visit')."""
    verb = governing_verb(tok)
    if verb is None:
        return False
    roles = [role for role, verbs in (("purpose", "recall_verbs"), ("separation", "barring_verbs"))
             if has_verb_form(verb, cues[verbs])]
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
    return is_pos(tok, "noun", "proper_noun") and (lemma_of(tok) in event_cues(lang)["received_groups"] or (
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


def means_verb(tok: Any, lang: str) -> Any | None:
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
    verb = means_verb(tok, lang)
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


def _bilateral(tok: Any, sentence: Sentence, whole: bool = False) -> bool:
    """'on the sidelines of the Ruritania-Freedonia Business Forum': a gathering of the pair itself,
    an event of its own, unlike the summit of many states where the pair met; ``whole`` reads the
    words after the noun too ('the Council of Ministers of Ruritania and Freedonia')."""
    end = tok.right_edge if whole else tok
    lo, hi = tok.left_edge.idx, end.idx + len(end.text)
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
    """'on the sidelines of the G20 summit': a gathering of many states where the pair met; 'of the
    finance ministers and governors' meeting': the gathering may be the last of a list."""
    while is_dep(tok, "conjunct"):
        tok = tok.head
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
    start = tok.left_edge.i
    if is_dep(tok, "compound") and is_ent(tok.head, "geopolitical") and tok.head.i > tok.i:
        # "the XV Binational Cabinet Peru-Ecuador": a name the parser heads by the states after the body, its
        # modifiers hung beside the body's noun rather than on it
        start = min(start, tok.head.left_edge.i)
    left = {t.text.lower() for t in tok.doc[start : tok.i]}
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


def _named(tok: Any, lang: str) -> bool:
    """'the Business Forum', 'an investment forum', 'the SCO summit': a gathering with a name or a kind;
    a word common in other senses only with a name ('the Kenya-Korea Conference')."""
    if tok.text[0].isupper():
        return True
    return lemma_of(tok) not in event_cues(lang).get("name_only_forums", ()) and any(
        is_dep(c, "compound", "adjective_modifier", "noun_modifier") for c in tok.children
    )


def _conversation(tok: Any, cues: Mapping[str, Any]) -> bool:
    """'a brief exchange', 'a frank exchange': words exchanged, told by the manner of a conversation;
    not things ('the exchange of instruments', 'an exchange of fire', 'the exchanges between the two
    countries reached $1 billion', a translated word for trade)."""
    return not genitive_nouns(tok) and any(
        is_dep(c, "adjective_modifier") and c.text.lower() in cues["exchange_manners"] for c in tok.children)


def _no_gathering(tok: Any, lang: str) -> bool:
    """'a joint press conference', 'an academic conference': no gathering of states."""
    words = event_cues(lang).get("gathering_not_modifiers", ())
    return any(is_dep(c, "compound", "adjective_modifier", "noun_modifier") and c.text.lower() in words
               for c in tok.children)
