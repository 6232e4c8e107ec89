"""Reading the dependency parse: a token's lemma, the verb above it, its objects, the token at an
offset, and whether a verb reports an act rather than qualifying a noun. Every extractor that
reads the parse goes through these helpers."""

from __future__ import annotations

from typing import Any

from .analysis import Sentence


def lemma_of(tok: Any) -> str:
    return str(tok.lemma_).lower()


def governing_verb(tok: Any) -> Any | None:
    """The nearest verb above a token (the 'held' of 'the meeting ... was held on December 18')."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def token_at(sentence: Sentence, char: int) -> Any | None:
    for tok in sentence.span:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


def objects(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "obj")]


def is_finite_or_planned(verb: Any) -> bool:
    """A verb that reports an act (signed, has signed, was signed, will sign), not a gerund or
    a participle that merely qualifies a noun."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("amod", "acl", "relcl") and verb.tag_ == "VBN":
        return False
    return verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children)


def participle_act(verb: Any) -> bool:
    """'the flights launched by the airline', 'ambulances gifted in December': a participle that tells
    a past act by its doer or its own date, not one that merely describes ('the established order')."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "agent" for c in verb.children) or any(t.ent_type_ == "DATE" for t in verb.subtree)
