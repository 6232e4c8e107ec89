"""Instruments named by what a state does to a relation or an arrangement rather than by a document
noun: an arrangement one side granted the other that it ends ('withdrew the transshipment facility',
'ended its development cooperation with Y'), relations the two agree to restore ('agreed to restore
diplomatic relations')."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..syntax import is_dep, lemma_of


def ending_verb(tok: Any, cues: Mapping[str, Any]) -> Any:
    """'India withdrew the transshipment facility', 'the visa waiver was suspended', 'ended its development
    cooperation with Y': the verb that ended the arrangement ``tok`` names by what it is for, or None.
    'ending_verbs' end one only as its object ('ended its aid programme'), not as the verb an instrument
    hangs from ('the talks ended with a statement')."""
    lemma, kinds = lemma_of(tok), cues["ended_arrangements"]
    named = lemma in kinds or any(f"{c.text.lower()} {lemma}" in kinds for c in tok.children if is_dep(c, "compound"))
    if not named:
        return None
    verbs = {*cues["status_lemmas"]["ended"], *cues["ending_verbs"]}
    if (is_dep(tok, "direct_object", "passive_subject") and lemma_of(tok.head) in verbs
            and any(is_dep(c, "compound", "adjective_modifier") for c in tok.children)):
        return tok.head
    return None


def restored_relations(tok: Any, cues: Mapping[str, Any]) -> bool:
    """'agreed to restore diplomatic relations', 'announced they would re-establish ties': the states'
    relations restored are an agreement of theirs; 'restored trade ties' are not relations of states."""
    verbs = cues["restoring_verbs"]
    return (lemma_of(tok) in cues["restored_relations"] and is_dep(tok, "direct_object", "passive_subject")
            and (lemma_of(tok.head) in verbs or _hyphened_verb(tok.head) in verbs)
            and all(c.text.lower() in cues["restored_relations_modifiers"]
                    for c in tok.children if is_dep(c, "compound", "adjective_modifier", "noun_modifier")))


def _hyphened_verb(verb: Any) -> str:
    """'re-establish', which the parser may cut into 're', '-' and 'establish'."""
    doc, i = verb.doc, verb.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].text}-{lemma_of(verb)}".lower()
    return ""
