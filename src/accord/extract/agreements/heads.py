"""Agreements: which words name an instrument, and whether they name one enough to be kept.

The head noun of an instrument ("memorandum", "the CEPA", "exchanged notes", "elevated ties to a
strategic partnership") and its domain ("visa"), then the test a weak or plural head must pass: a
bare count ("signed 24 documents"), a value ("deals worth $5 million") or a kind of thing ("housing
programmes") names no instrument of the pair.
"""

from __future__ import annotations

import re
from typing import Any

from ... import resources
from ..syntax import adposition_of, is_dep, is_pos, is_tag, is_word, lemma_of, prep_objects
from .amendments import governed
from .arrangements import ending_verb, restored_relations
from .listed import content_words, is_plural
from .naming import filed_form
from .status import agreement_cues, is_future, status_of_word, takes_effect_by, tensed
from .titles import domain_of_word, is_instrument_word, is_year, number_sign


def instrument_head(tok: Any, lang: str) -> tuple[Any, str | None] | None:
    """The head noun of the instrument ``tok`` names, and its domain ('visa') if it has one."""
    cues = agreement_cues(lang)
    word, lemma = tok.text.lower(), lemma_of(tok)
    if (domain := domain_of_word(word, lang)) is not None:
        head = tok
        while is_dep(head, "compound", "adjective_modifier", "noun_adverbial", "noun_modifier") and is_pos(
            head.head, "noun", "proper_noun"
        ):
            head = head.head
        return head, domain
    if not is_pos(tok, "noun", "proper_noun"):
        return None
    if lemma in cues["exchange_nouns"] and any(
        is_dep(c, "preposition")
        and is_word(c, "genitive")
        and any(lemma_of(g) in cues["exchanged_papers"] for g in c.children)
        for c in tok.children
    ):
        return None if takes_effect_by(tok, lang) else (tok, None)  # "an Exchange of Notes on a yen loan"
    if exchanged(tok, lang) is not None:
        return tok, None  # "the ministers exchanged notes on the loan"
    kinds = cues["qualified_instruments"].get(lemma, [])
    if kinds and any(is_dep(c, "preposition") and is_word(c, "genitive")
                     and any(lemma_of(g) in kinds for g in c.children) for c in tok.children):
        return tok, None  # "a letter of intent on power interconnection"
    if _is_acronym(tok, lang):
        return tok, None  # "the CEPA took effect", "IK-CEPA"
    if is_instrument_word(tok, lang) and not filed_form(tok, lang):
        if is_dep(tok, "compound") and is_pos(tok.head, "noun", "proper_noun") and status_of_word(
                tok.head, lang) != "proposed" and number_sign(tok, lang) is None:
            return None  # "protocol of the agreement text": the head noun names it; not "the FTA negotiations"
        return tok, None
    verbs = cues["relation_verbs"]
    created = is_dep(tok, "direct_object", "passive_subject") or (
        is_dep(tok, "conjunct") and lemma_of(tok.head.head) in verbs
    )
    # "the strategic partnership announced by the two leaders": the participle after it creates it too
    announced = any(is_dep(c, "clausal_modifier") and is_tag(c, "past_participle") and lemma_of(c) in verbs
                    for c in tok.children)
    if lemma in cues["relations"] and (lemma_of(tok.head) in verbs and created or announced
                                       or upgraded_to(tok, lang) is not None):
        return tok, None
    if ending_verb(tok, cues) is not None:
        return tok, None
    if restored_relations(tok, cues):
        return tok, str(cues["restored_relations_title"])
    return None


def exchanged(tok: Any, lang: str) -> Any:
    """'exchanged notes on the loan': the verb that exchanged the papers ``tok`` names, which is their
    signing."""
    cues = agreement_cues(lang)
    # "обменялись нотами": the papers may be a bare oblique case of the verb
    if lemma_of(tok) in cues["exchanged_papers"] and is_dep(tok, "direct_object", "prep_object") and (
            adposition_of(tok) is None and lemma_of(tok.head) in cues["exchange_verbs"]):
        return tok.head
    return None


def _is_acronym(tok: Any, lang: str) -> bool:
    return any(tok.text == a or tok.text.endswith(f"-{a}") for a in agreement_cues(lang)["instrument_acronyms"])


def raised_status(verb: Any, lang: str) -> tuple[str, Any]:
    """Raising the relation is agreeing on it ('relations were elevated to'), unless the verb that
    governs the raising tells otherwise ('agreed to elevate', 'discussed how to elevate')."""
    if is_dep(verb, "open_complement", "clausal_complement") and (status := status_of_word(verb.head, lang)):
        return tensed(status, verb.head, lang), verb.head
    return tensed("agreed", verb, lang), verb


def upgraded_to(tok: Any, lang: str) -> Any:
    """'elevated relations to a comprehensive strategic partnership', 'raised ties to the level of
    strategic partnership', 'вышли на уровень стратегического партнерства': the verb that raised the
    relation."""
    cues = agreement_cues(lang)
    prep, above = governed(tok)
    if (prep is None or is_word(prep, "genitive")) and lemma_of(above) in cues["level_nouns"] and above.i != tok.i:
        prep, above = governed(above)  # the level the relation reached names it
    if prep is None or prep.text.lower() not in cues["upgrade_preps"]:
        return None
    # the parser hangs "to" on the verb or on its object ("upgrade their ties to ...")
    for verb in (above, above.head if is_dep(above, "direct_object") else None):
        if verb is not None and lemma_of(verb) in cues["upgrade_verbs"]:
            return verb
    return None


def self_naming(title: str, lang: str) -> bool:
    low = title.lower()
    return any(re.search(rf"(?<!\w){resources.stem_regex(s)}(?!\w)", low) for s in agreement_cues(lang)["self_naming"])


def named_enough(head: Any, toks: list[Any], title: str, content: frozenset[str], got: Any, lang: str) -> bool:
    """Weak heads ('plans', 'programs', 'a deal') name an instrument only when capitalised, signed, in
    force or ended; a plural names instruments only with words saying what they are about."""
    cues = agreement_cues(lang)
    status = got[0] if got else None
    # "the FTA was the first such deal China concluded with ...": a copula's complement tells what the
    # instrument its subject names was, whatever follows the head
    predicate = is_dep(head, "attribute")
    if is_dep(head, "apposition", "attribute") and not head.text[0].isupper() and any(
            t.i < head.i and (is_tag(t, "superlative") or t.text.lower() in cues["ordinal_words"]
                              and (predicate or all(u.i <= head.i for u in toks))) for t in toks):
        # "..., the largest arms export deal in its history", "the oil contract, the first big deal the
        # junta signed abroad": what the instrument told was, not a name
        return False
    # "Kabul terminated the contract for oil extraction": one a side ended is one of theirs; "the gas
    # contract between two firms expired" tells of some contract
    ended = status == "ended" and got[1].i == head.head.i and is_dep(head, "direct_object")
    if (head.text.lower() in cues["weak_instruments"] and not head.text[0].isupper()
            and not self_naming(title, lang) and status not in ("signed", "in_force") and not ended
            and not _to_be_drafted(head, toks, lang)):
        return False
    first = head  # "three agreements were signed: a memorandum on X, a credit line for Y": an item of the list
    while is_dep(first, "conjunct", "apposition") and first.head.i != first.i:
        first = first.head
    if lemma_of(head) in cues["signed_only_instruments"] and (
            status != "signed" or got[1] not in (head.head, first.head) and got[1] not in head.subtree):
        # "signed regulations on joint work"; "customs regulations took effect" are a state's own; "the signing
        # of notes on a yen loan" signs the notes
        return False
    if is_plural(head, lang):
        left = [t for t in toks if t.i < head.i and content_words(t.text, lang)]
        values = set(cues["value_words"])
        about = [
            c
            for c in head.children
            if is_dep(c, "preposition", "clausal_modifier") and c.text.lower() in cues["plural_preps"]
            and not any(lemma_of(o) in values for o in prep_objects(c))  # "contracts for a sum of $5 million"
        ]
        if is_bare_count(head, lang):
            return bool(about)  # "a series of energy agreements", "12 trade deals": how many, not which
        # the parser may make the value word govern the plural ("agreements worth" read as a clause)
        # ... or hang the plural on the value ("the value of construction contracts")
        of_value = is_dep(head, "prep_object") and is_word(head.head, "genitive") and lemma_of(head.head.head) in values
        if of_value or any(lemma_of(t) in values for t in (*head.subtree, head.head)):
            return bool(about)  # "commercial agreements worth $50 million": how much, not which
        if head.text.lower() in cues["weak_instruments"] and not head.text[0].isupper():
            # "housing programmes", "long-term supply contracts": a kind of thing, not instruments of the pair
            return bool(about)
        return bool(left or about or content and status == "proposed")
    return True


def _to_be_drafted(head: Any, toks: list[Any], lang: str) -> bool:
    """'agreed to prepare a new programme of trade cooperation for 2026-2030', 'will sign the supply
    contract next week', 'expect the port contract to be signed': a weak instrument the parties are to
    draft or sign, whose title says what it is about, is one they propose."""
    cues = agreement_cues(lang)
    verbs = (*cues["drafting_verbs"], *cues["status_lemmas"]["signed"])
    to_sign = is_dep(head, "direct_object") or is_dep(head, "passive_subject") and is_future(head.head, lang)
    return len(toks) > 1 and to_sign and not is_plural(head, lang) and lemma_of(head.head) in verbs


def is_bare_count(head: Any, lang: str) -> bool:
    counts = set(agreement_cues(lang)["count_heads"])
    if any(is_dep(c, "number_modifier") and not is_year(c) for c in head.children):
        return True
    up = head.head
    return is_dep(head, "prep_object") and is_word(up, "genitive") and lemma_of(up.head) in counts
