"""Agreements, launches and aid told by a sentence: the cue words that report a signing ("signed
a memorandum", "the exchange of documents"), a launch ("inaugurated the plant", "put into
operation") or aid sent ("delivered humanitarian aid", "Japan will provide ¥480 million"), and the
signings of firms, which are business rather than the states' own (``mentions`` reads them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..indicators.numbers import find_quantities
from ..syntax import (
    adposition_of,
    adposition_on_noun,
    clause_nouns,
    doc_text,
    genitive_nouns,
    governing_verb,
    has_verb_form,
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
from .cues import event_cues
from .passing import what_arrives


def phrase_head(tok: Any) -> Any:
    """The head noun of the phrase a word modifies ("working" -> "group" in "a working group")."""
    node = tok
    while is_dep(node, "compound", "adjective_modifier") and is_pos(node.head, "noun", "proper_noun"):
        node = node.head
    return node


def _has_instrument(verb: Any, lang: str) -> bool:
    instruments = set(resources.cue_table(lang, "agreement_cues.json")["instruments"])
    instruments |= set(resources.cue_table(lang, "agreement_cues.json")["relations"])
    instruments |= set(event_cues(lang)["agree_objects"])
    return any(lemma_of(o) in instruments or o.text.lower() in instruments for o in objects(verb))


def agree_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = event_cues(lang)
    out = []
    for tok in sentence.span:
        lemma = lemma_of(tok)
        if lemma not in cues["agree_verbs"] and lemma not in cues["agree_verbs_need_instrument"]:
            continue  # (asked before the part of speech: few words are either)
        if not is_pos(tok, "verb"):
            continue
        if lemma in cues["agree_verbs"] or (
            lemma in cues["agree_verbs_need_instrument"] and _has_instrument(tok, lang)
        ):
            if lemma in cues["bare_agree_verbs"] and _agrees_to_go_on_or_meet(tok, lang):
                continue
            if _one_sided_or_timing(tok, lang) or _awaited(tok, lang):
                continue
            if is_finite_or_planned(tok):
                out.append(tok)
            elif (lemma not in cues["bare_agree_verbs"] and is_dep(tok, "clausal_modifier", "relative_clause")
                  and sentence.times):
                # "the Declaration ... signed on May 23, 2024": a past signing with its own date
                out.append(tok)
    for tok in sentence.span:
        lemma = lemma_of(tok)
        if lemma not in cues["agree_nouns"] and lemma not in cues["ratification_nouns"]:
            continue
        # "the exchange of 32 memoranda", "the signing ceremony of 22 agreements": a signing told by a noun
        if is_pos(tok, "noun") and lemma in cues["agree_nouns"] and (
                _of_instrument(tok, lang) or _of_instrument(phrase_head(tok), lang)) and not _awaited(tok, lang):
            out.append(tok)
        elif is_pos(tok, "noun") and lemma in cues["ratification_nouns"] and _of_instrument(tok, lang) and (
                _voted(governing_verb(tok), lang)):
            out.append(tok)  # "the Sejm passed the bill on the ratification of the protocol": the vote is the act
    return out


def _voted(verb: Any | None, lang: str) -> bool:
    """A verb that tells a vote taken ('approved', 'has passed', 'was adopted'): past, not negated, not
    planned ('will approve', 'is expected to pass'), nor a plea ('called for')."""
    if verb is None or any(is_dep(c, "negation") for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if is_dep(c, "auxiliary", "passive_auxiliary")]
    if any(c.text.lower() in event_cues(lang)["future_markers"] for c in auxiliaries):
        return False
    return lemma_of(verb) in event_cues(lang)["vote_verbs"] and (
        is_tag(verb, "past_tense") or (is_tag(verb, "past_participle") and bool(auxiliaries)))


def _awaited(tok: Any, lang: str) -> bool:
    """'will enter into force after the exchange of instruments', 'will take effect once the sides
    exchange notes': a step the future act waits for, told in its clause of time, is not taken yet
    (its verb is in the present only because the clause is one of time)."""
    cues = event_cues(lang)
    if is_pos(tok, "verb"):
        if not is_dep(tok, "adverbial_clause"):
            return False
        opener = next((c for c in tok.children if is_dep(c, "marker")), None)
        governor = tok.head
    elif adposition_on_noun(tok):
        opener, governor = adposition_of(tok), tok.head
    else:
        opener = tok.head if is_dep(tok, "prep_object") and is_dep(tok.head, "preposition") else None
        governor = tok.head.head
    if opener is None or opener.text.lower() not in cues["awaited_markers"] or not is_pos(governor, "verb"):
        return False
    future = set(cues["future_markers"])
    return is_tag(governor, "future") or any(
        is_dep(c, "auxiliary") and c.text.lower() in future for c in governor.children)


def described_signing(verb: Any) -> bool:
    """'the Treaty ..., signed by the two countries on 6 December 1991': a participle with no subject
    or auxiliary of its own, which names an instrument by the date of its signing, as a citation
    does; one that tells where it was signed ('signed in Copenhagen on 3 September 2008') tells the
    signing as an event."""
    bare = is_tag(verb, "past_participle") and is_dep(
        verb, "clausal_modifier", "relative_clause", "adverbial_clause") and not any(
        is_dep(c, "subject", "passive_subject", "auxiliary", "passive_auxiliary") for c in verb.children)
    return bare and not any(is_word(p, "place") and any(_a_place(g) for g in prep_objects(p))
                            for p in prepositions(verb))


def _a_place(tok: Any) -> bool:
    """'in Copenhagen', 'at the Kremlin': a place by the model's entity, or a proper name that is no date
    (the small model takes many capitals for organisations)."""
    return is_ent(tok, "geopolitical", "location", "facility") or (
        is_pos(tok, "proper_noun") and not is_ent(tok, "date"))


def _agrees_to_go_on_or_meet(verb: Any, lang: str) -> bool:
    """'agreed to continue the dialogue', 'agreed to hold the next session in Rome', 'договорились, что
    службы проведут консультации': what goes on already, or a meeting still to come (an event of its
    own), is no agreement reached; 'agreed to hold a forum and to build a plant' is one."""
    cues = event_cues(lang)
    # what is agreed follows the verb; a clause before it is another ('a roadmap was discussed; they agreed to ...')
    plans = [c for c in verb.children if is_dep(c, "open_complement", "clausal_complement") and c.i > verb.i]
    # "agreed to instruct the governments to hold the session": the act is what they instruct
    plans = [g for p in plans for g in (
        [c for c in p.children if is_dep(c, "open_complement")] or [p]
        if lemma_of(p) in cues["agree_through_complements"] else [p])]
    plans += [c for p in plans for c in p.conjuncts]
    return bool(plans) and all(lemma_of(p) in cues["agree_not_complements"] for p in plans)


def _one_sided_or_timing(verb: Any, lang: str) -> bool:
    """'the decree signed by the president', 'signed the order': one side's own measure; 'we are
    agreeing the dates': the timing of a meeting still to come. Neither is an agreement between states."""
    cues = event_cues(lang)
    signed = objects(verb) + ([verb.head] if is_dep(verb, "clausal_modifier", "relative_clause") else [])
    words = set(cues["measure_instruments"]) | set(cues["agree_not_objects"])
    return any(lemma_of(n) in words or n.text.lower() in words for n in signed)


def _of_instrument(tok: Any, lang: str) -> bool:
    instruments = resources.cue_table(lang, "agreement_cues.json")["instruments"]
    words = set(instruments) | set(event_cues(lang)["agree_objects"])
    return any(lemma_of(g) in words or g.text.lower() in words for g in genitive_nouns(tok))


@cache
def _cooperate_phrases(lang: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per phrase: phrases may overlap ("put into operation", "into operation")."""
    return tuple(re.compile(rf"(?<!\w){resources.stem_regex(phrase)}(?!\w)")
                 for phrase in event_cues(lang)["cooperate_phrases"])


def cooperate_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = event_cues(lang)
    gatherings = {n for nouns in cues["consult_nouns"].values() for n in nouns}
    out = []
    lowered = sentence.text.lower()
    for phrase in _cooperate_phrases(lang):
        for m in phrase.finditer(lowered):
            if (tok := token_at(sentence, sentence.start + m.start())) is not None:
                out.append(tok)  # "the plant was put into operation"
    for tok in sentence.span:
        lemma, is_verb = lemma_of(tok), is_pos(tok, "verb")  # (read once: each branch asks)
        if (
            is_verb
            and lemma in cues["cooperate_verbs"]
            and is_tag(tok, "past_tense", "past_participle", "present_third_person", "present")
        ):
            if is_finite_or_planned(tok):
                objs = objects(tok) or _object_after_aside(tok)
            elif participle_act(tok):
                if lemma_of(tok.head) in cues["session_bodies"]:
                    continue  # "the committee, established in 2014, is ...": the body described, not launched now
                objs = [tok.head]  # "the flights launched by the airline"
            else:
                continue
            if not objs and _link_runs(tok, cues):
                out.append(tok)  # "direct flights resumed in March"
                continue
            if not objs or any(lemma_of(o) in cues["cooperate_not_objects"] for o in objs) or any(
                    _named_as(o, gatherings) for o in objs) or _provided_for(tok, lang):
                continue
            out.append(tok)
        elif is_pos(tok, "noun") and lemma in cues["cooperate_nouns"] and _has_of(tok) and not _of_person(tok, lang):
            out.append(tok)
        elif is_verb and lemma in cues["into_service_verbs"] and is_finite_or_planned(tok) and objects(
                tok) and _into_service(tok, cues):
            out.append(tok)  # "has put the 200-megawatt plant into commercial operation"
        elif (is_verb and lemma in cues["start_verbs"] and is_finite_or_planned(tok)
              and is_tag(tok, "past_tense", "present_third_person", "present") and _works_start(tok, cues)):
            out.append(tok)  # "track-laying began on Saturday on the cross-border railway"
        elif is_verb and has_verb_form(tok, cues["joint_verbs"]) and (
                is_finite_or_planned(tok) or participle_act(tok)) and _joint_work(tok, cues):
            out.append(tok)  # "wrapped up a joint naval exercise", "production began at the joint venture"
    return out


def _named_as(noun: Any, words: set[str]) -> bool:
    """'opens the Business Forum Italy-India': a name the parser heads by its last word, the kind of thing
    it names (a forum, talks) being a word before it."""
    return is_pos(noun, "proper_noun") and any(
        is_dep(c, "compound") and c.i < noun.i and lemma_of(c) in words for c in noun.subtree)


def _provided_for(verb: Any, lang: str) -> bool:
    """'a memorandum, which establishes a working group', 'the agreement opens the market to ...': what an
    instrument provides for, told of the instrument as its subject, is its content, not an act done."""
    instruments = set(resources.cue_table(lang, "agreement_cues.json")["instruments"])
    doers = [c for c in verb.children if is_dep(c, "subject")] + clause_nouns(verb)
    return any(lemma_of(d) in instruments for d in doers)


def _joint_work(verb: Any, cues: Mapping[str, Any]) -> bool:
    """The verb holds, opens or closes work the two sides do together: a joint activity as its subject
    or object ('the joint drills ended', 'held a joint exercise'), or output that starts in a clause
    that names a joint undertaking ('began producing drones at the joint venture')."""
    said = [c for c in verb.children if is_dep(c, "subject", "passive_subject", "direct_object")]
    if any(lemma_of(n) in cues["joint_activities"] and _joint(n, cues) for n in said):
        return True
    output = set(cues["joint_output"])
    makes = any(lemma_of(c) in output or c.text.lower() in output
                for c in verb.children if is_dep(c, "subject", "direct_object", "open_complement"))
    return makes and any(lemma_of(n) in cues["joint_undertakings"] and _joint(n, cues)
                         for n in verb.subtree if is_pos(n, "noun", "proper_noun"))


def _joint(noun: Any, cues: Mapping[str, Any]) -> bool:
    """'joint naval exercise', 'the Turkish-Uzbek joint venture': the noun is qualified as shared."""
    # the modifier may hang from a modifier of the noun ('joint training exercise')
    shared = set(cues["joint_modifiers"])
    return any((c.text.lower() in shared or lemma_of(c) in shared) for c in noun.subtree
               if c.i < noun.i and is_dep(c, "adjective_modifier", "compound"))


def _into_service(verb: Any, cues: Mapping[str, Any]) -> bool:
    """'put ... into operation', 'brought ... into service': the verb brings its object into use."""
    return any(is_word(p, "entry") and lemma_of(g) in cues["into_service_nouns"]
               for p in prepositions(verb) for g in prep_objects(p))


def _works_start(verb: Any, cues: Mapping[str, Any]) -> bool:
    """'construction began', 'track-laying started': building work on a project gets under way."""
    works = set(cues["started_works"])
    return any(is_dep(c, "subject") and (lemma_of(c) in works or c.text.lower() in works) for c in verb.children)


def _link_runs(verb: Any, cues: Mapping[str, Any]) -> bool:
    """'direct flights resumed', 'the crossing reopened': a link that starts or runs again by itself."""
    links = set(cues["running_links"])
    return any(is_dep(c, "subject") and (lemma_of(c) in links or c.text.lower() in links) for c in verb.children)


def _object_after_aside(verb: Any) -> list[Any]:
    """'inaugurated, via video link, the centre': the parser hangs an object that follows an
    aside on the aside's noun."""
    return [a for c in verb.children if is_dep(c, "preposition") for g in c.children if is_dep(g, "prep_object")
            for a in g.children if is_dep(a, "apposition")]


def _of_person(tok: Any, lang: str) -> bool:
    """'the inauguration of President-elect X', 'the inauguration of the new president': a person sworn
    into office, no work or link launched."""
    offices = resources.phrase_pattern(lang, "offices.txt")
    return any(is_ent(g, "person") or (offices is not None and offices.match(doc_text(g.doc), g.idx) is not None)
               for g in genitive_nouns(tok))


def _has_of(tok: Any) -> bool:
    """'the launch of stamps', 'the inauguration of a centre'; not 'the president's inauguration'."""
    return any(is_dep(c, "preposition") and is_word(c, "genitive") for c in tok.children) or (
        adposition_on_noun(tok) and bool(genitive_nouns(tok)))


def aid_mentions(sentence: Sentence, lang: str) -> list[Any]:
    cues = event_cues(lang)
    out = []
    for tok in sentence.span:
        lemma, is_verb = lemma_of(tok), is_pos(tok, "verb")  # (read once: each branch asks)
        if is_verb and lemma in cues["aid_verbs"] and (is_finite_or_planned(tok) or participle_act(tok)):
            out.append(tok)
        elif is_verb and lemma in cues["aid_noun_verbs"] and is_finite_or_planned(tok) and any(
            _money(o, lang) for o in objects(tok)
        ):
            out.append(tok)  # "Japan will provide ¥480 million for equipment"
        elif is_verb and lemma in cues["aid_pledge_verbs"] and is_finite_or_planned(tok) and any(
            _money(o, lang) for o in objects(tok)) and _in_aid(tok, cues):
            out.append(tok)  # "announced $40 million over five years in budget support"
        elif is_verb and lemma in cues["aid_noun_verbs"] and (
            is_finite_or_planned(tok) or participle_act(tok)) and any(
            lemma_of(t) in cues["aid_nouns"] and _aid_kind(t, cues) for t in what_arrives(tok)
        ) and not any(lemma_of(o) in cues["aid_nouns"] for o in objects(tok)):
            out.append(tok)  # "a consignment of humanitarian aid arrived": the aid told by what carries it
        elif is_verb and has_verb_form(tok, cues.get("aid_goods_verbs", ())) and (
            is_finite_or_planned(tok) or participle_act(tok)) and _names_goods(tok, cues):
            out.append(tok)  # "the agency handed over medical equipment to the hospital"
        elif is_verb and lemma in cues["relief_sending_verbs"] and (
                is_finite_or_planned(tok) or participle_act(tok)) and _sends_relief(tok, cues):
            out.append(tok)  # "dispatched a consignment of medicines and tents to the flood zone"
        elif is_pos(tok, "noun") and (lemma in cues["aid_nouns"] or lemma in cues["aid_nouns_self"]):
            verb = governing_verb(tok)
            # "aid" and "assistance" say what kind ("humanitarian aid"); a loan or a grant is aid itself
            if lemma in cues["aid_nouns_self"]:
                modified = is_dep(tok, "direct_object")
            else:
                modified = _aid_kind(tok, cues) or _sent_to_state(tok, verb, sentence)
            if modified and verb is not None and lemma_of(verb) in cues["aid_noun_verbs"]:
                out.append(tok)
    return out


def _names_goods(verb: Any, cues: Mapping[str, Any]) -> bool:
    """The verb's object (or, in a passive, its subject) is goods given in kind: 'equipment', 'two
    ambulances', 'a consignment of medicines'."""
    goods = set(cues.get("aid_goods", ()))
    things = objects(verb) + [c for c in verb.children if is_dep(c, "passive_subject")]
    return any(lemma_of(t) in goods or t.text.lower() in goods for t in things)


def _sends_relief(verb: Any, cues: Mapping[str, Any]) -> bool:
    """What the verb sends (its object, or a passive's subject, with what they are 'of') is relief in
    kind: 'a planeload of vaccines', 'tents and blankets', 'humanitarian cargo'."""
    things = objects(verb) + [c for c in verb.children if is_dep(c, "passive_subject")]
    if participle_act(verb):
        things.append(verb.head)  # "the vaccines dispatched on Tuesday"
    relief = set(cues["relief_goods"])
    seen: list[Any] = []
    while things:  # the nouns with their conjuncts and what they are 'of', down the chain
        noun = things.pop()
        if noun not in seen:
            seen.append(noun)
            things += [*noun.conjuncts, *genitive_nouns(noun)]
    return any(lemma_of(w) in relief or w.text.lower() in relief for n in seen for w in (n, *n.children))


def _in_aid(verb: Any, cues: Mapping[str, Any]) -> bool:
    """The verb's sum is 'in' aid of a kind, in a phrase of the verb's own clause ('in budget support',
    'over ten years in humanitarian assistance')."""
    return any(lemma_of(g) in cues["aid_nouns"] and _aid_kind(g, cues)
               and (owner := governing_verb(g)) is not None and owner.i == verb.i
               and any(is_word(p, "place") and g in prep_objects(p) for p in [g.head, *prepositions(g)])
               for g in verb.subtree)


def _money(tok: Any, lang: str) -> bool:
    """'¥480 million', 'NZ$4.2 million': an amount of money, by the model's entity or, for a currency
    sign it does not know, by the amounts the indicators read; the word itself is the amount, not a
    noun the amount hangs from ("set the task of raising trade to $1 billion")."""
    if is_ent(tok, "money"):
        return True
    start = tok.left_edge.idx
    phrase = doc_text(tok.doc)[start : tok.right_edge.idx + len(tok.right_edge.text)]
    at = tok.idx - start
    return any(q.is_money and q.start <= at < q.end for q in find_quantities(phrase, lang))


def _aid_kind(noun: Any, cues: Mapping[str, Any]) -> bool:
    """'humanitarian aid', 'emergency assistance': aid of a kind that goes from state to state."""
    return any(resources.covers(cues["aid_noun_modifiers"], c.text.lower()) for c in noun.children)


def _sent_to_state(noun: Any, verb: Any | None, sentence: Sentence) -> bool:
    """'sent aid to Turkey': bare aid is the kind that goes from one state to another when its
    recipient is a state, told by a preposition of direction or by the dative ('выделяет Молдавии
    пакет помощи')."""
    for head in (noun, verb):
        for c in head.children if head is not None else ():
            prep = adposition_of(c)
            if (prep is not None and is_word(prep, "direction")) or is_dep(c, "indirect_object"):
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
                if any(lo <= m.start < hi and not m.code.startswith("IGO:") for m in sentence.mentions):
                    return True
    return False


def signed_by_firms(verb: Any, lang: str) -> bool:
    """'firms signed deals', 'contracts were signed by companies': business, not the states."""
    firms = set(resources.cue_table(lang, "agreement_cues.json")["non_state_signers"])
    subjects = [c for c in verb.children if is_dep(c, "subject")]
    subjects += [g for c in verb.children if is_dep(c, "agent") for g in c.children]
    if not subjects and is_dep(verb, "open_complement"):
        # "millers will go on signing wheat contracts": the verb that governs the signing has its subject
        subjects = [c for c in verb.head.children if is_dep(c, "subject")]
    return any(_all_firms([s, *s.conjuncts], firms) for s in subjects)


def _all_firms(group: list[Any], firms: set[str]) -> bool:
    """'firms and banks'; also "Kazakh and Italian companies", often parsed as a bare "Kazakh" with
    "companies" as its conjunct: a lone word before the firm noun is one of its modifiers."""
    last = max(group, key=lambda t: t.i)
    if lemma_of(last) not in firms:
        return False
    return all(
        lemma_of(t) in firms
        or (t.i < last.i and all(is_dep(c, "coordinator", "punctuation", "conjunct") for c in t.children))
        for t in group
    )
