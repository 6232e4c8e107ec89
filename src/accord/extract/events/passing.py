"""Cue words that tell no event of the pair's: a gathering of a state and a region, a meeting of
one side's own officials or with firms, goods that arrive, travel counted in figures or timed in hours."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..syntax import clause_nouns, doc_text, genitive_nouns, is_dep, is_ent, is_pos, is_tag, is_word, lemma_of
from .cues import event_cues


@cache
def _region_names(lang: str) -> re.Pattern[str] | None:
    if not resources.has(lang, "region_names.txt"):
        return None
    return re.compile(rf"(?<!\w)(?:{resources.alternation(resources.word_list(lang, 'region_names.txt'))})(?!\w)")


def of_region(tok: Any, lang: str) -> bool:
    """'the Korea-Central Asia Cooperation Forum': a gathering a region's name is part of is one of many
    states."""
    pattern = _region_names(lang)
    return bool(pattern and pattern.search(doc_text(tok.doc)[tok.left_edge.idx:tok.idx]))


# a count in figures ("650,000", "1.2"), not an ordinal ("12th", "26-м")
_CARDINAL = re.compile(r"\d[\d.,\s]*")


def what_arrives(verb: Any) -> list[Any]:
    """The words of the verb's subject, and the noun a relative clause hangs from; for a clause with
    none of its own (a parser that hangs 'arrived' on a noun before it), the phrase of the topmost noun
    the clause hangs from."""
    subjects = [t for c in verb.children if is_dep(c, "subject") for t in c.subtree]
    if is_dep(verb, "relative_clause"):
        subjects.append(verb.head)  # "refugees who arrived in May": the subject 'who' stands for the noun
    if subjects:
        return subjects
    top, node = None, verb
    while node.head.i != node.i:
        node = node.head
        if is_pos(node, "noun", "proper_noun"):
            top = node
    own = {t.i for t in verb.subtree}
    return [] if top is None else [t for t in top.subtree if t.i not in own]


def thing_arrives(verb: Any, cues: Mapping[str, Any]) -> bool:
    """'a consignment of aid arrived in the capital': goods that arrive, no visitor (a language
    without the list names none)."""
    things = cues.get("visit_not_subjects", ())
    return bool(things) and any(lemma_of(t) in things for t in what_arrives(verb))


def tally(tok: Any) -> bool:
    """'650,000 trips were made between the two countries': travel counted in figures, no event."""
    return any(is_dep(c, "number_modifier") and _CARDINAL.fullmatch(c.text) for c in tok.children)


def travel_time(tok: Any, lang: str) -> bool:
    """'a trip of about three hours', 'a 40-minute journey': how long a link takes to travel, no visit."""
    cues = event_cues(lang)
    if lemma_of(tok) not in cues.get("travel_time_nouns", ()):
        return False
    measures = [c for c in tok.children if is_dep(c, "compound", "adjective_modifier")] + genitive_nouns(tok)
    return any(lemma_of(m) in cues.get("travel_time_units", ()) for m in measures)


def of_one_side(tok: Any, sentence: Sentence, pair: tuple[str, ...]) -> bool:
    """'after a meeting of EU foreign ministers', 'a session of the Ghanaian cabinet': a gathering of
    the officials of one side only, with no one else named as taking part ('with', 'between')."""
    members = genitive_nouns(tok)
    if not members or not all(is_tag(g, "plural_noun") for g in members) or any(
            is_dep(c, "preposition") and is_word(c, "parties") for c in tok.children):
        return False  # "a visit of the President of Ghana" is his visit to the other side
    # the words before the noun ("EU foreign ministers"), not a place after it ("... in Brussels")
    named = {m.code for g in members for m in sentence.mentions if g.left_edge.idx <= m.start < g.idx}
    return len(named) == 1 and named <= set(pair)


def with_outsider(tok: Any, sentence: Sentence, pair: tuple[str, ...]) -> bool:
    """'will support the opening of accession negotiations with the European Union': talks held
    'with' a state or bloc outside the pair, none of the pair's states named beside it."""
    partners = [w for c in tok.children if is_dep(c, "preposition") and is_word(c, "parties")
                for g in c.children if is_dep(g, "prep_object") for w in (g, *g.conjuncts)]
    # the partner's own words ('the European Union', 'Minister X'), not where they met ('in Astana')
    named = {m.code for w in partners for m in sentence.mentions if w.left_edge.idx <= m.start <= w.idx}
    return bool(named) and not named & set(pair)


def with_firms(tok: Any, lang: str) -> bool:
    """'negotiations with utilities have stalled', 'talks with German buyers': talks held 'with' firms only,
    the business of companies, not of the two states."""
    partners = [w for c in tok.children if is_dep(c, "preposition") and is_word(c, "parties")
                for g in c.children if is_dep(g, "prep_object") for w in (g, *g.conjuncts)]
    return bool(partners) and all(of_firms(w, lang) for w in partners)


def text_in_making(verb: Any, lang: str) -> bool:
    """'Chile is negotiating a protocol on dairy exports', 'the agreement, which the ministries have been
    negotiating for three years': an instrument being worked on, told in the present, is the state of a text
    (its status is the agreements' business), not a round of talks held."""
    instruments = resources.cue_table(lang, "agreement_cues.json")["instruments"]
    ongoing = is_tag(verb, "gerund") and any(
        is_dep(c, "auxiliary") and is_tag(c, "present", "present_third_person") for c in verb.children)
    # the noun a relative clause hangs on is what its verb works on, or the instrument that noun is part of
    worked_on = [c for c in verb.children if is_dep(c, "direct_object")] + clause_nouns(verb)
    return ongoing and any(lemma_of(c) in instruments for c in worked_on)


def of_firms(noun: Any, lang: str) -> bool:
    """'business leaders', 'company executives', 'entrepreneurs': people of firms, not of a state."""
    firms = resources.cue_table(lang, "agreement_cues.json")["non_state_signers"]
    return lemma_of(noun) in firms or any(
        is_dep(c, "compound", "adjective_modifier") and lemma_of(c) in firms for c in noun.children)


def one_attendee(tok: Any, lang: str) -> bool:
    """'Speaking in London, where she attended the summit, the minister said ...': a forum one person attends
    is his side's presence at it, no event of the two sides; 'Modi and Lula attended the summit' may be."""
    cues = event_cues(lang)
    if not is_dep(tok, "direct_object") or lemma_of(tok.head) not in cues.get("attend_verbs", ()):
        return False
    subjects = [c for c in tok.head.children if is_dep(c, "subject")]
    return len(subjects) == 1 and not subjects[0].conjuncts and (
        is_ent(subjects[0], "person") or subjects[0].text.lower() in cues.get("doer_pronouns", ()))

