"""The words that tell which instrument a mention names, so that two mentions of one instrument meet:
lemmas of its content words, the short name given in brackets, less the words of its parties."""

from __future__ import annotations

import re
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..syntax import is_dep, is_pos, lemma_of, prep_objects
from .listed import WORD
from .status import agreement_cues

# a short name in brackets after a title ("(IK-CEPA)") is a few tokens: the model splits at hyphens
ACRONYM_TOKENS = 5
BRACKETED_SHORT_NAME = re.compile(r"\(\s*([A-Z][A-Z\d]*(?:\s*-\s*[A-Z\d]+)*)\s*\)")


def folded(words: frozenset[str], sentence: Sentence, lang: str) -> frozenset[str]:
    """Content words as lemmas, so that two mentions of one instrument in different cases or numbers
    ("договор об учреждении совета", "договора о совете"; "the memorandum on the ports", "the port
    memorandum") meet."""
    lemmas = {t.text.lower(): lemma_of(t) for t in sentence.span}
    return frozenset(lemmas.get(w, w) for w in words)


def counterpart_words(head: Any, lang: str) -> frozenset[str]:
    """'an MoU with its Beninese counterpart': the words of whom an instrument is with, told by a common
    noun, tell its parties, not which instrument it is; a body named in capitals ('a programme with the
    French Development Agency') does tell which."""
    grammar = resources.cue_table_or_english(lang, "grammar.json")
    withs = set(grammar["parties"]) - set(grammar["pair"]) - set(grammar["agent"])
    return frozenset(t.text.lower() for c in head.children if is_dep(c, "preposition") and c.text.lower() in withs
                     for g in prep_objects(c) if is_pos(g, "noun") for t in g.subtree)


def short_name(title: str, last: Any) -> frozenset[str]:
    """'the ... Comprehensive Economic Partnership Agreement (IK-CEPA)': the short name given in brackets
    in or right after a title, and its parts, so that a later 'the CEPA' is met as the same instrument."""
    doc = last.doc
    after = " ".join(t.text for t in doc[last.i + 1: last.i + 1 + ACRONYM_TOKENS])
    m = BRACKETED_SHORT_NAME.search(title) or BRACKETED_SHORT_NAME.match(after)
    if not m:
        return frozenset()
    short = re.sub(r"\s+", "", m.group(1)).lower()
    return frozenset({short, *short.split("-")})


def state_words(sentence: Sentence) -> frozenset[str]:
    return frozenset(w for m in sentence.mentions
                     for w in WORD.findall(sentence.text[m.start - sentence.start : m.end - sentence.start].lower()))


def filed_form(head: Any, lang: str) -> bool:
    """'customs declarations', 'tax declarations', 'export declarations': a paper a trader or a taxpayer
    files with one state's authority, named by what it is filed for, not an instrument between states."""
    forms = agreement_cues(lang).get("filed_forms", {})
    kinds = forms.get(lemma_of(head), [])
    return any(is_dep(c, "compound", "adjective_modifier") and c.i < head.i
               and (lemma_of(c) in kinds or c.text.lower() in kinds) for c in head.children)
