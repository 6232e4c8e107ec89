"""Instruments told by the project they stand behind: one that backs a project ('the pipeline, backed
by a joint declaration in 2023') or that a body was founded under or works on ('the university, created
under the 2009 intergovernmental agreement'). Either exists, and it is about that project."""

from __future__ import annotations

from typing import Any

from ..syntax import is_dep, is_pos, is_word, lemma_of
from .status import agreement_cues
from .titles import is_instrument_word

_SHORT_NAME_TOKENS = 6  # "(UFAZ)", "(IK-CEPA)": a bracketed short name is a few tokens


def backed(head: Any, lang: str) -> tuple[Any, str] | None:
    """'the hydrogen pipeline, backed by a joint declaration of the two governments': the verb of an
    instrument that backs a project, and the project it is about."""
    verbs = agreement_cues(lang).get("backing_verbs", [])
    agent = head.head
    if not is_dep(head, "prep_object") or not is_word(agent, "agent"):
        return None
    verb = agent.head
    if lemma_of(verb) not in verbs:
        return None
    # the parser may hang the participle on the clause whose object it describes
    noun = None
    if is_dep(verb, "clausal_modifier"):
        noun = verb.head
    elif is_dep(verb, "adverbial_clause"):
        noun = next((c for c in verb.head.children if is_dep(c, "direct_object")), None)
    if noun is None or noun.i > verb.i or is_instrument_word(noun, lang):
        return None
    project = [t for t in noun.subtree if t.i < verb.i and not is_pos(t, "punctuation")]
    while project and is_pos(project[0], "determiner"):
        project = project[1:]
    return (verb, " ".join(t.text for t in project)) if project else None


def founded(head: Any, lang: str) -> tuple[Any, str] | None:
    """'the university, created under the 2009 agreement', 'the institute works on the basis of an
    agreement signed in 2016': the verb a body was founded by or works under an instrument with, and
    that body, named in capitals; a state or a pronoun there is a party, not what the instrument is about."""
    cues = agreement_cues(lang)
    if not is_dep(head, "prep_object"):
        return None
    prep = head.head
    if is_word(prep, "genitive") and lemma_of(prep.head) in cues.get("basis_nouns", []) and is_dep(
            prep.head, "prep_object"):
        prep = prep.head.head  # "on the basis of the agreement"
    elif prep.text.lower() not in cues.get("founding_preps", []):
        return None
    verb = prep.head
    if lemma_of(verb) not in cues.get("founding_verbs", []):
        return None
    if is_dep(verb, "clausal_modifier"):
        body = verb.head
    elif any(is_dep(c, "direct_object") for c in verb.children):
        return None  # "Rosatom built the plant under the agreement": the subject is the builder, not the body
    else:
        body = next((c for c in verb.children if is_dep(c, "subject", "passive_subject")), None)
    if body is None or body.i > verb.i or not is_pos(body, "proper_noun") or is_instrument_word(body, lang):
        return None
    doc = body.doc
    first = next(t.i for t in body.subtree if not is_pos(t, "determiner"))
    end = body.i + 1
    if end < len(doc) and doc[end].text == "(":  # "the French-Kenyan University (FKU)": its short name too
        end = next((t.i + 1 for t in doc[end:end + _SHORT_NAME_TOKENS] if t.text == ")"), end)
    return verb, doc[first:end].text
