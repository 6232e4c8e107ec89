"""The status of an instrument (proposed, agreed, signed, in force, ended) and its tense, from the
words around it: its own participles and relative clauses, the verbs above it, modals.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..syntax import is_dep, is_pos, is_tag, is_word, lemma_of, prep_objects, prepositions

# how far up the parse a status word may sit above the instrument
MAX_HEAD_STEPS = 8


@cache
def agreement_cues(lang: str) -> Mapping[str, Any]:
    return resources.cue_table(lang, "agreement_cues.json")


@cache
def _status_by_word(lang: str) -> dict[str, tuple[int, str]]:
    """Each word of the status lemmas with the first status that lists it, and that status's rank."""
    out: dict[str, tuple[int, str]] = {}
    for rank, (status, lemmas) in enumerate(agreement_cues(lang)["status_lemmas"].items()):
        for word in lemmas:
            out.setdefault(word, (rank, str(status)))
    return out


def status_of_word(tok: Any, lang: str) -> str | None:
    """The first status whose lemmas hold the word's lemma or its text."""
    by_word = _status_by_word(lang)
    found = [h for h in (by_word.get(lemma_of(tok)), by_word.get(tok.text.lower())) if h is not None]
    return min(found)[1] if found else None


def _in_force_phrase(verb: Any, lang: str) -> str | None:
    """'has been in force', 'entered into force', 'took effect', 'signed in 2003 and in force': the
    status sits in an object."""
    return "in_force" if _in_force_object(verb, lang) is not None else None


def _in_force_object(verb: Any, lang: str) -> Any:
    """The object of ``verb`` that tells it is in force ('force' of 'has been in force')."""
    objects = [c for c in verb.children if is_dep(c, "direct_object", "adjective_complement")]
    objects += [g for c in prepositions(verb) for p in (c, *c.conjuncts) for g in prep_objects(p)]
    return next((o for o in objects if status_of_word(o, lang) == "in_force"), None)


def _joined_in_force(verb: Any, lang: str) -> Any:
    """The 'in force' phrase joined to a signing ``verb`` ('signed in 2011 and in force since 2015', 'inked in
    2020 and effective since 2022'), wherever the parser hung the second phrase."""
    joined = [c for c in verb.children if is_dep(c, "conjunct") and is_pos(c, "adposition")]
    joined += [p for c in prepositions(verb) for p in c.conjuncts]
    words = [g for p in joined for g in prep_objects(p)]
    words += [c for c in verb.children if is_dep(c, "conjunct") and is_pos(c, "adjective")]
    return next((w for w in words if status_of_word(w, lang) == "in_force"), None)


def takes_effect_by(tok: Any, lang: str) -> bool:
    """'will enter into force sixty days after the exchange of notes', 'takes effect upon the exchange of
    instruments': the step ``tok`` names brings another instrument into force and is no instrument itself."""
    prep = tok.head
    if not is_dep(tok, "prep_object") or not is_dep(prep, "preposition") or is_word(prep, "genitive"):
        return False
    verb = prep.head
    return is_pos(verb, "verb") and "in_force" in (status_of_word(verb, lang), _in_force_phrase(verb, lang))


def is_future(verb: Any, lang: str) -> bool:
    """'will sign', 'plan to sign', 'are expected to sign', 'an agreement to be signed': not done yet."""
    markers = set(agreement_cues(lang)["future_markers"])
    if is_tag(verb, "future") or any(
        is_dep(c, "auxiliary", "passive_auxiliary") and c.text.lower() in markers for c in verb.children
    ):
        return True
    to = any(is_dep(c, "auxiliary") and is_word(c, "infinitive") for c in verb.children)
    return to and is_dep(verb, "open_complement", "clausal_modifier", "relative_clause", "clausal_complement")


def tensed(status: str, word: Any, lang: str) -> str:
    """A signing still to come is proposed; an entry into force still to come ('will take effect')
    means the instrument is signed but not yet in force."""
    if not is_pos(word, "verb", "auxiliary_verb"):
        return status
    negated = any(is_dep(c, "negation") for c in word.children)  # "has never been signed", "did not sign"
    if status in ("signed", "agreed") and (is_future(word, lang) or negated):
        return "proposed"
    if status == "in_force" and negated:
        return "signed"  # "has not entered into force"
    # only a modal: in "wants to upgrade the agreement, in force since 2007" the phrase is not the verb's
    modal = set(agreement_cues(lang)["future_markers"])
    if status == "in_force" and (is_tag(word, "future") or any(
            is_dep(c, "auxiliary") and c.text.lower() in modal for c in word.children)):
        return "signed"  # "вступит в силу": signed, not yet in force
    return status


def _relative_status(noun: Any, lang: str) -> tuple[str, Any] | None:
    """'the agreement, which entered into force on ...', 'the agreement that the four states signed'."""
    instruments = agreement_cues(lang)["instruments"]
    for child in noun.children:
        if any(is_dep(o, "direct_object") and lemma_of(o) in instruments for o in child.children):
            continue  # 'a treaty that would replace the 1994 accord': the verb tells the other instrument's status
        if is_dep(child, "relative_clause") and is_pos(child, "verb", "auxiliary_verb"):
            status = _in_force_phrase(child, lang) or status_of_word(child, lang)
            if status:
                return tensed(status, child, lang), child
            # "..., which is under negotiation": the status sits in the copula's phrase
            if lemma_of(child) in agreement_cues(lang)["list_verbs"] and (found := _copula_status(child, lang)):
                return found
            # "which both governments intend to sign soon": the status sits in the verb the clause's verb governs
            for verb in child.children:
                if is_dep(verb, "open_complement") and (status := status_of_word(verb, lang)):
                    return tensed(status, verb, lang), verb
    return None


def _own_status(head: Any, lang: str) -> tuple[str, Any] | None:
    """The status the instrument's own phrase gives it: 'the signed agreement', 'the agreement
    concluded in 2019', 'the agreement to be signed', 'the agreement, which entered into force'."""
    for child in head.children:
        if f"{child.text} {head.text}".lower() in agreement_cues(lang)["self_naming"]:
            continue  # "the agreed minutes" are a kind of document, not a status
        if is_dep(child, "adjective_modifier", "compound") and child.i < head.i and (
                child.text.lower() in agreement_cues(lang).get("draft_words", [])):
            return "proposed", child
        if is_dep(child, "adjective_modifier") or (is_pos(child, "verb") and is_tag(child, "past_participle")):
            status = status_of_word(child, lang)
            if status == "signed" and (force := _joined_in_force(child, lang)) is not None:
                return "in_force", force  # "the FTA, signed in 2011 and in force since 2015": the later stage
            if status:
                return tensed(status, child, lang), child
    if _in_force_phrase(head, lang) and is_pos(head, "noun", "proper_noun"):
        return "in_force", head  # "we have a free trade agreement in force since 2009"
    # the parser often hangs "..., which entered into force" on the last noun of the title, however deep
    # ("the agreement on social security between X and Y, which took effect in April")
    inner = [g for c in prepositions(head) for g in prep_objects(c)]
    for noun in [*_title_nouns(head), head]:
        # deeper in the title only a signing, an entry into force or a negotiation is surely the instrument's
        if (found := _relative_status(noun, lang)) and (
                noun in inner or noun.i == head.i or found[0] == "signed" or _in_force_phrase(found[1], lang)
                or _negotiated(found, lang)):
            return found
    return None


def _negotiated(found: tuple[str, Any], lang: str) -> bool:
    """'..., which the ministries are negotiating', '..., which is under consideration': a stage told by a word
    of negotiating or drafting, which is done to instruments."""
    return found[0] == "proposed" and lemma_of(found[1]) in agreement_cues(lang)["negotiating_words"]


def _title_nouns(head: Any) -> list[Any]:
    """The nouns of the instrument's adposition phrases, and of theirs, and their conjuncts."""
    nouns: list[Any] = []
    todo = [head]
    while todo:
        for g in (g for c in prepositions(todo.pop()) for g in prep_objects(c)):
            for noun in (g, *g.conjuncts):
                if noun not in nouns:
                    nouns.append(noun)
                    todo.append(noun)
    return nouns


def _copula_status(node: Any, lang: str) -> tuple[str, Any] | None:
    """'the agreement is to be signed in May': the status sits in the copula's complement; 'among
    the documents signed are an agreement ...': in the participle of the list it belongs to."""
    for child in node.children:
        if is_dep(child, "open_complement") and is_pos(child, "verb") and (status := status_of_word(child, lang)):
            return tensed(status, child, lang), child
    if lemma_of(node) not in agreement_cues(lang)["list_verbs"]:
        return None
    for obj in (g for c in prepositions(node) for g in prep_objects(c)):
        # "the agreement is under negotiation", "is at the stage of negotiations", "is in development"
        # ... "is on stage of working out", "at the stage of drafting": a gerund names the stage too
        for word in (obj, *(g for c in prepositions(obj) for g in (
                *prep_objects(c), *(x for x in c.children if is_dep(x, "prep_complement") and is_tag(x, "gerund"))))):
            if is_pos(word, "noun") and lemma_of(word) in agreement_cues(lang).get("stage_nouns", []):
                return "proposed", word
            if (is_pos(word, "noun") or is_tag(word, "gerund")) and (status := status_of_word(word, lang)):
                return tensed(status, word, lang), word
    groups = [c for c in node.children if is_dep(c, "subject", "passive_subject")]
    groups += [g for c in prepositions(node) for g in prep_objects(c)]
    for group in groups:
        for child in group.children:
            if is_dep(child, "adjective_modifier", "clausal_modifier") and (status := status_of_word(child, lang)):
                return tensed(status, child, lang), child
    return None


def _chain_status(head: Any, lang: str) -> tuple[str, Any] | None:
    """The status of the nearest status word up the instrument's chain of syntactic heads."""
    node = head
    for _ in range(MAX_HEAD_STEPS):
        if node.head.i == node.i:
            break
        below, node = node, node.head
        if is_pos(node, "noun", "proper_noun") and (found := _relative_status(node, lang)):
            return found
        # "talks on X and on Y": the parser may join the second phrase to the first as a conjunct
        is_prep = is_dep(below, "preposition") or (is_dep(below, "conjunct") and is_pos(below, "adposition"))
        if is_prep and (found := _talks_object(node, below, lang)):
            return found
        if lemma_of(node) in agreement_cues(lang)["carried_out"] and not is_tag(head, "plural_noun"):
            return "in_force", node  # "discussed the implementation of the agreement": it applies
        status = status_of_word(node, lang) or _in_force_phrase(node, lang) or _put_marks(node, below, lang)
        if status == "signed" and is_pos(node, "verb") and (force := _joined_in_force(node, lang)) is not None:
            return tensed("in_force", node, lang), force  # "the treaty, concluded in 2019 and in effect since 2021"
        if status == "in_force" and is_pos(node, "noun") and _awaited(node, lang):
            return "signed", node  # "preparations for the entry into force of the agreement"
        if status:
            return tensed(status, node, lang), node
        if is_pos(node, "verb", "auxiliary_verb") and (found := _copula_status(node, lang) or _signing_beside(
                node, below, lang)):
            return found
    return None


def _put_marks(verb: Any, below: Any, lang: str) -> str | None:
    """'put pen to an agreement', 'put their names to the treaty': a verb that puts a signer's mark on the
    instrument hanging from it by an adposition signs it."""
    marks = agreement_cues(lang).get("signing_marks", [])
    if not is_pos(verb, "verb") or not is_dep(below, "preposition"):
        return None
    return "signed" if any(is_dep(c, "direct_object") and lemma_of(c) in marks for c in verb.children) else None


def _signing_beside(verb: Any, below: Any, lang: str) -> tuple[str, Any] | None:
    """'witnessed the signing of five documents, among them a memorandum on X', 'the signing was
    accompanied by memorandums on Y': a nominal signing that is the verb's subject or object tells the
    status of the instruments the verb's other phrases name."""
    for child in verb.children:
        if child.i == below.i or not is_dep(child, "subject", "passive_subject", "direct_object"):
            continue
        if is_pos(child, "noun") and status_of_word(child, lang) == "signed":
            return tensed("signed", verb, lang), child
        # "hailed the entry into force, in June, of the treaty": the 'of' phrase is the entry's
        if is_pos(child, "noun") and is_word(below, "genitive") and _in_force_phrase(child, lang) and child.i < below.i:
            return "in_force", child
    return None


def _talks_object(verb: Any, prep: Any, lang: str) -> tuple[str, Any] | None:
    """'agreed to start negotiations on X, and on Y': a phrase the parser hung on the verb while it
    tells what the verb's object, a word of negotiation, is about."""
    if not is_pos(verb, "verb"):
        return None
    for obj in verb.children:
        if is_dep(obj, "direct_object") and obj.i < prep.i and status_of_word(obj, lang) == "proposed":
            return "proposed", obj
    return None


def _awaited(node: Any, lang: str) -> bool:
    """A nominal entry into force that something above still works towards, or that is the purpose of
    something ('procedures for the entry into force of the agreement')."""
    entry = node  # "entry" of "entry into force"
    if is_dep(node, "prep_object") and is_word(node.head, "entry") and is_pos(node.head.head, "noun"):
        entry = node.head.head
    if is_dep(entry, "prep_object") and is_word(entry.head, "purpose"):
        return True
    for _ in range(MAX_HEAD_STEPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if status_of_word(node, lang) == "proposed":
            return True
    return False


def own_status(head: Any, toks: list[Any], lang: str) -> tuple[str, Any] | None:
    """The status an instrument's own phrase gives it, whatever the verbs above it tell."""
    return _own_status(head, lang) or _status_after(toks, lang)


def instrument_status(head: Any, toks: list[Any], lang: str, amended: bool = False) -> tuple[str, Any] | None:
    """The status an instrument's context gives it, and the word that gave it. The main verb wins
    over the instrument's own participle when it tells a later stage: 'the agreement, signed in
    2017, came into force on April 1', 'terminated the contract signed last year'. An instrument the
    parties set out to change (``amended``) is told by that change."""
    own = own_status(head, toks, lang) or (None if amended else _in_force_after(toks, lang))
    up = _chain_status(head, lang)
    if own and up and lemma_of(up[1]) in agreement_cues(lang)["carried_out"]:
        return own  # "the implementation of the Declaration signed on May 23": when it was signed tells more
    stages = agreement_cues(lang)["lifecycle"]
    if own and up and stages.index(up[0]) > stages.index(own[0]):
        return up
    later = _verb_after_aside(toks, lang) if own else None
    if own and later and stages.index(later[0]) > stages.index(own[0]) and (
            up is None or stages.index(later[0]) >= stages.index(up[0])):
        return later
    return own or up


def _verb_after_aside(toks: list[Any], lang: str) -> tuple[str, Any] | None:
    """'since the agreement, signed in Dubai in 2023, entered into force in May': the finite verb right
    after the participle set off by commas behind the title has the title as its subject, wherever the
    parser hung it."""
    if not toks:
        return None
    doc, i = toks[-1].doc, toks[-1].i + 1
    if not (i + 1 < len(doc) and doc[i].text == "," and is_tag(doc[i + 1], "past_participle")):
        return None
    end = toks[-1].sent.end
    comma = next((j for j in range(i + 2, end) if doc[j].text == ","), None)
    if comma is None or any(doc[j].text in ";:" for j in range(i + 2, comma)) or comma + 1 >= end:
        return None
    verb = doc[comma + 1]
    if not is_pos(verb, "verb") or not is_tag(verb, "past_tense", "present_third_person"):
        return None
    status = _in_force_phrase(verb, lang) or status_of_word(verb, lang)
    return (tensed(status, verb, lang), verb) if status else None


def _in_force_after(toks: list[Any], lang: str) -> tuple[str, Any] | None:
    """'the Working Holiday Scheme, in force since 2012, was expanded': an 'in force' phrase right after
    the title, wherever the parser hung it."""
    if not toks:
        return None
    doc, i = toks[-1].doc, toks[-1].i + 1
    i += 1 if i < len(doc) and doc[i].text == "," else 0
    if i + 1 < len(doc) and is_pos(doc[i], "adposition") and is_pos(doc[i + 1], "noun") and status_of_word(
            doc[i + 1], lang) == "in_force":
        return "in_force", doc[i + 1]
    return None


def _status_after(toks: list[Any], lang: str) -> tuple[str, Any] | None:
    """A participle right after the title ("the Declaration on X signed on May 23", "the agreement on
    X, signed in 2009 but not ratified") that the parser hung on another noun."""
    if not toks:
        return None
    doc, i = toks[-1].doc, toks[-1].i + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].head.i in {t.i for t in toks}:
        i += 1  # after a comma only one hung on the title ('Negotiations on X, launched in 2023' launched those)
    nxt = doc[i] if i < len(doc) else None
    if nxt is not None and is_tag(nxt, "past_participle"):
        status = status_of_word(nxt, lang)
        if status:
            return status, nxt
    return None


# how many words after an instrument's title a status participle the parser hung elsewhere may stand
MAX_WORDS_AFTER = 8


def status_nearby(last: Any, lang: str) -> tuple[str, Any] | None:
    """A status verb shortly after the title that ends with ``last``, in the same clause, when the parse
    links it to nothing ('the Agreement on X, signed in 2003 and in force', 'a memorandum on Y that
    the two capitals signed in 2018'): the parser often hangs such a participle on the main verb."""
    doc = last.doc
    for tok in doc[last.i + 1 : min(len(doc), last.i + 1 + MAX_WORDS_AFTER)]:
        if tok.text in ".;:!?\"“”" or tok.is_sent_start:
            return None
        status = status_of_word(tok, lang)
        if status and is_pos(tok, "verb") and is_tag(tok, "past_participle", "past_tense"):
            status = _in_force_phrase(tok, lang) or status
            if status == "in_force" and is_future(tok, lang):
                return "signed", tok  # "which still has to be ratified": signed, not yet in force
            return tensed(status, tok, lang), tok
    return None


def dating_word(status: str, word: Any, last: Any, lang: str) -> Any:
    """The word that dates the ``status`` ``word`` tells: itself, unless it tells the step did not happen
    ('has never been signed': no date), or it is a ratification ('the Senate ratified the treaty on
    Tuesday'), which dates a later step than the signing: then the signing participle after the title that
    ends with ``last`` ('ratified the treaty, signed in Lima on 3 May') when there is one."""
    if any(is_dep(c, "negation") for c in word.children):
        return None
    if status != "signed" or lemma_of(word) not in agreement_cues(lang).get("ratifying_words", []):
        return word
    signing = status_nearby(last, lang)
    return signing[1] if signing is not None and signing[0] == "signed" else word


def sentence_status(sentence: Sentence, lang: str) -> str | None:
    """The status a sentence gives the list of instruments that may follow it ('... signed. These include:')."""
    for tok in sentence.span:
        if status_of_word(tok, lang) != "signed":
            continue
        if is_pos(tok, "verb"):
            return "proposed" if is_future(tok, lang) else "signed"
        if is_pos(tok, "noun") and _signing_done(tok, lang):
            return "signed"  # "witnessed the signing of 37 documents"
    return None


def _signing_done(noun: Any, lang: str) -> bool:
    """A nominal signing of documents that the verb governing it tells as past ('attended the signing of
    ...'), not one still to come ('prepare for the signing of ...')."""
    if not any(is_dep(c, "preposition") and is_word(c, "genitive") for c in noun.children):
        return False
    verb = noun.head
    while not is_pos(verb, "verb", "auxiliary_verb") and verb.head.i != verb.i:
        verb = verb.head
    return (
        is_pos(verb, "verb", "auxiliary_verb")
        and is_tag(verb, "past_tense", "past_participle")
        and not is_future(verb, lang)
        and status_of_word(verb, lang) != "proposed"
    )
