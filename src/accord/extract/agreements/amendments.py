"""Amendments: an instrument the parties set out to change ('talks on the modernisation of the FTA',
'negotiations to upgrade their trade agreement', 'the FTA upgrade') names a new instrument, the
change, which is not the one in force."""

from __future__ import annotations

from typing import Any

from ..syntax import adposition_of, adposition_on_noun, is_dep, is_pos, is_word, lemma_of
from .status import agreement_cues


def governed(noun: Any) -> tuple[Any | None, Any]:
    """The adposition of a noun's phrase (None for a bare case) and the word the phrase hangs from,
    whichever way the model hangs adpositions ("to -> partnership" in spaCy's English, "партнерство
    -case-> на" in UD)."""
    if adposition_on_noun(noun):
        return adposition_of(noun), noun.head
    if is_dep(noun, "prep_object"):
        return noun.head, noun.head.head
    return None, noun.head


def amending_word(head: Any, lang: str) -> Any:
    """The noun or verb of the change an instrument is the object of: 'the revision of the treaty',
    'the treaty revision', 'to revise the treaty'."""
    cues = agreement_cues(lang)
    nouns = cues.get("amending_nouns", [])
    prep, above = governed(head)
    if prep is not None and is_word(prep, "genitive") and lemma_of(above) in nouns and above.i < head.i:
        return above  # "the modernisation of the economic partnership agreement"
    if is_dep(head, "compound", "noun_modifier") and is_pos(head.head, "noun") and lemma_of(head.head) in nouns:
        return head.head  # "the FTA upgrade"
    if is_dep(head, "direct_object") and lemma_of(head.head) in cues.get("amending_verbs", {}):
        return head.head  # "to upgrade their free trade agreement"
    return None


def amended_title(title: str, word: Any, lang: str) -> str:
    """'upgrade of free trade agreement': the change named by its noun, whether told by a noun or a verb."""
    cues = agreement_cues(lang)
    change = cues["amending_verbs"].get(lemma_of(word), word.text) if is_pos(word, "verb") else word.text
    return str(cues["amended_title"]).format(change=change, title=title)
