"""Reading the dependency parse: a token's lemma, the verb above it, its objects, the token at an
offset, and whether a verb reports an act rather than qualifying a noun. Every extractor that
reads the parse goes through these helpers."""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import resources
from .analysis import Sentence

# A token's language is read from its lexeme (``tok.lang_``), a string lookup: ``tok.doc.lang_``
# goes through the vocabulary's language property, a cost that showed in profiles of whole runs.


@cache
def _labels(lang: str, kind: str, roles: tuple[str, ...]) -> frozenset[str]:
    """The labels the language's model gives to any of ``roles`` (``resources/<lang>/pipeline.json``)."""
    table = resources.pipeline(lang).labels
    if kind not in table or any(role not in table[kind] for role in roles):
        missing = [r for r in roles if r not in table.get(kind, {})]
        raise resources.broken(f"resources/{lang}/pipeline.json: no {kind} label(s) for {', '.join(missing)}")
    return frozenset().union(*(table[kind][role] for role in roles))


def is_dep(tok: Any, *roles: str) -> bool:
    """The token's dependency label is one of the model's labels for ``roles`` ("subject", "preposition")."""
    return tok.dep_ in _labels(tok.lang_, "dependency", roles)


def is_pos(tok: Any, *roles: str) -> bool:
    """The token's part of speech is one of ``roles`` ("noun", "verb")."""
    return tok.pos_ in _labels(tok.lang_, "part_of_speech", roles)


def is_tag(tok: Any, *roles: str) -> bool:
    """The token's fine-grained tag is one of ``roles`` ("past_tense", "gerund")."""
    return tok.tag_ in _labels(tok.lang_, "tag", roles)


def is_ent(item: Any, *roles: str) -> bool:
    """The entity type of a token, or the label of an entity span, is one of ``roles`` ("person", "date")."""
    label = getattr(item, "ent_type_", None)
    return (label if label is not None else item.label_) in _labels(item.doc.lang_, "entity", roles)


@cache
def _words(lang: str, roles: tuple[str, ...]) -> frozenset[str]:
    """The words of ``roles`` in the language's grammar.json (the English one while it has none)."""
    table = resources.cue_table_or_english(lang, "grammar.json")
    return frozenset().union(*(table[role] for role in roles))


def role_words(lang: str, *roles: str) -> frozenset[str]:
    """The closed-class words that play one of ``roles`` ("genitive") in the language."""
    return _words(lang, roles)


def is_word(tok: Any, *roles: str) -> bool:
    """The token is one of the language's words for ``roles`` ("genitive": 'of')."""
    return tok.text.lower() in _words(tok.doc.lang_, roles)


def lemma_of(tok: Any) -> str:
    return str(tok.lemma_).lower()


# steps up the parse from a token to its verb: a parse deeper than this is a misparse, not a clause
_VERB_CLIMB = 8


def governing_verb(tok: Any) -> Any | None:
    """The nearest verb above a token (the 'held' of 'the meeting ... was held on December 18')."""
    node = tok
    for _ in range(_VERB_CLIMB):
        if node.head.i == node.i:
            return node if is_pos(node, "verb", "auxiliary_verb") else None
        node = node.head
        if is_pos(node, "verb", "auxiliary_verb"):
            return node
    return None


def token_at(sentence: Sentence, char: int) -> Any | None:
    for tok in sentence.span:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


def objects(tok: Any) -> list[Any]:
    return [c for c in tok.children if is_dep(c, "direct_object", "passive_subject", "attribute", "object")]


def is_finite_or_planned(verb: Any) -> bool:
    """A verb that reports an act (signed, has signed, was signed, will sign), not a gerund or
    a participle that merely qualifies a noun."""
    if any(is_dep(c, "negation") for c in verb.children):
        return False
    if is_dep(verb, "adjective_modifier", "clausal_modifier", "relative_clause") and is_tag(verb, "past_participle"):
        return False
    return not is_tag(verb, "gerund") or any(is_dep(c, "auxiliary") for c in verb.children)


def participle_act(verb: Any) -> bool:
    """'the flights launched by the airline', 'ambulances gifted in December': a participle that tells
    a past act by its doer or its own date, not one that merely describes ('the established order')."""
    if (
        not is_dep(verb, "clausal_modifier")
        or not is_tag(verb, "past_participle")
        or not is_pos(verb.head, "noun", "proper_noun")
    ):
        return False
    return any(is_dep(c, "agent") for c in verb.children) or any(is_ent(t, "date") for t in verb.subtree)
