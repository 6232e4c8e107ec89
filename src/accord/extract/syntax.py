"""Reading the dependency parse: a token's lemma, the verb above it, its objects, the token at an
offset, and whether a verb reports an act rather than qualifying a noun. Every extractor that
reads the parse goes through these helpers."""

from __future__ import annotations

from collections.abc import Collection
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


# The rules ask these questions of every token of every sentence, millions of times in a run: each
# answer is remembered under the ids spaCy keeps for the token's language and label (``tok.lang``,
# ``tok.dep``: integers, read without the string lookups of ``tok.lang_``, ``tok.dep_``). A few dozen
# labels and the rules' fixed role lists bound what is remembered.
_DEP_ANSWERS: dict[tuple[int, int, tuple[str, ...]], bool] = {}
_POS_ANSWERS: dict[tuple[int, int, tuple[str, ...]], bool] = {}


def is_dep(tok: Any, *roles: str) -> bool:
    """The token's dependency label is one of the model's labels for ``roles`` ("subject", "preposition")."""
    key = (tok.lang, tok.dep, roles)
    answer = _DEP_ANSWERS.get(key)
    if answer is None:
        answer = _DEP_ANSWERS[key] = tok.dep_ in _labels(tok.lang_, "dependency", roles)
    return answer


def is_pos(tok: Any, *roles: str) -> bool:
    """The token's part of speech is one of ``roles`` ("noun", "verb")."""
    key = (tok.lang, tok.pos, roles)
    answer = _POS_ANSWERS.get(key)
    if answer is None:
        answer = _POS_ANSWERS[key] = tok.pos_ in _labels(tok.lang_, "part_of_speech", roles)
    return answer


def is_tag(tok: Any, *roles: str) -> bool:
    """The token's fine-grained tag is one of ``roles`` ("past_tense", "gerund"). A model with no
    fine-grained tags (a Universal Dependencies one) gives a role as morphological features instead,
    "Feature=Value" labels that the token's morphology must all carry ("VerbForm=Part|Tense=Past")."""
    labels = _labels(tok.lang_, "tag", roles)
    if tok.tag_ in labels:
        return True
    return any("=" in label and _has_features(tok, label) for label in labels)


def _has_features(tok: Any, label: str) -> bool:
    feats = set(str(tok.morph).split("|"))
    return all(f in feats for f in label.split("|"))


def is_ent(item: Any, *roles: str) -> bool:
    """The entity type of a token, or the label of an entity span, is one of ``roles`` ("person", "date")."""
    label = getattr(item, "ent_type_", None)
    return (label if label is not None else item.label_) in _labels(item.doc.lang_, "entity", roles)


def adposition_on_noun(tok: Any) -> bool:
    """The model hangs adpositions on their nouns as case markers (Universal Dependencies)."""
    return resources.pipeline(tok.lang_).adposition_on_noun


def adposition_of(child: Any) -> Any | None:
    """The adposition that opens the phrase of a dependent: the dependent itself when the model makes
    the adposition the head of its noun (spaCy's English: "agreement -prep-> on"), else the case
    marker hung on the dependent noun (Universal Dependencies: "соглашение -nmod-> энергетике -case-> об")."""
    if not adposition_on_noun(child):
        return child if is_dep(child, "preposition") else None
    return next((g for g in child.children if is_dep(g, "preposition") and g.i < child.i), None)


def phrase_of(prep: Any) -> Any:
    """The head of the phrase an adposition opens: itself in spaCy's English, its noun in UD."""
    return prep.head if adposition_on_noun(prep) else prep


def prepositions(tok: Any) -> list[Any]:
    """The adpositions of the phrases that hang from ``tok`` ("agreement on energy" -> "on"), whichever
    way the model hangs them."""
    return [a for c in tok.children if (a := adposition_of(c)) is not None]


def conjoined_adpositions(prep: Any) -> list[Any]:
    """An adposition and those of the phrases coordinated with its phrase ("on X and on Y")."""
    if not adposition_on_noun(prep):
        return [p for p in (prep, *prep.conjuncts) if is_pos(p, "adposition")]
    return [a for n in (prep.head, *prep.head.conjuncts) if (a := adposition_of(n)) is not None]


def prep_objects(prep: Any) -> list[Any]:
    """The nouns an adposition governs: its children in spaCy's English, the noun it marks in UD."""
    if not adposition_on_noun(prep):
        return [c for c in prep.children if is_dep(c, "prep_object")]
    return [prep.head] if prep.head.i != prep.i else []


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


# the key of a document's text in its user data (an object, so that no other key can clash with it)
_TEXT = object()


def doc_text(doc: Any) -> str:
    """The document's text, joined once: spaCy joins it from every token at each ``doc.text``, which
    read per token makes a long document's extraction quadratic."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


# a lemma in lower case by the id spaCy keeps for it (``tok.lemma``): the rules ask for lemmas most of all,
# and the id spares the string store's lookup and the lowering; emptied when full, so a run's growing
# vocabulary never makes it large
_LOWER_LEMMAS: dict[int, str] = {}
_LOWER_LEMMAS_KEPT = 1 << 16


def lemma_of(tok: Any) -> str:
    lemma = _LOWER_LEMMAS.get(tok.lemma)
    if lemma is None:
        if len(_LOWER_LEMMAS) >= _LOWER_LEMMAS_KEPT:
            _LOWER_LEMMAS.clear()
        lemma = _LOWER_LEMMAS[tok.lemma] = tok.lemma_.lower()
    return lemma


def verb_forms(verb: Any) -> list[str]:
    """The verb's lemma and, for a phrasal verb, 'lemma particle' ('call off', 'call back': the
    parser hangs the particle as one, or as an adverb when an object stands between them)."""
    particles = [c.text.lower() for c in verb.children if is_dep(c, "particle", "adverb_modifier")]
    return [lemma_of(verb), *(f"{lemma_of(verb)} {p}" for p in particles)]


# each cue list's words with the words that open its phrasal ones ("call" of "call off"), by the list's
# identity (the cue tables are read once and never change; the list is kept, so its id stays its own)
_OPENERS: dict[int, tuple[Any, frozenset[str]]] = {}


def has_verb_form(verb: Any, words: Collection[str]) -> bool:
    """One of the verb's forms (``verb_forms``) is among ``words``. Most verbs a rule reads are no cue:
    a lemma that neither is one nor opens one is answered before the verb's particles are read."""
    known = _OPENERS.get(id(words))
    if known is None or known[0] is not words:
        openers = {w[:i] for w in words for i, c in enumerate(w) if c == " "}
        known = _OPENERS[id(words)] = (words, frozenset(openers | set(words)))
    if lemma_of(verb) not in known[1]:
        return False
    return any(f in words for f in verb_forms(verb))


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
    """The objects of a verb; with adpositions hung on nouns (UD), also a noun in an oblique case with
    no adposition, which is how some verbs take their object ("обменялись документами")."""
    out = [c for c in tok.children if is_dep(c, "direct_object", "passive_subject", "attribute", "object")]
    if adposition_on_noun(tok):
        out += [c for c in tok.children if is_dep(c, "prep_object") and is_pos(c, "noun")
                and adposition_of(c) is None and c not in out]
    return out


def indirect_objects(verb: Any) -> list[Any]:
    """Whom a verb is addressed to when the language marks it by case alone ("позвонил президенту",
    "gave the minister a letter")."""
    return [c for c in verb.children if is_dep(c, "indirect_object")]


def is_finite_or_planned(verb: Any) -> bool:
    """A verb that reports an act (signed, has signed, was signed, will sign), not a gerund or
    a participle that merely qualifies a noun."""
    if any(is_dep(c, "negation") for c in verb.children):
        return False
    if is_dep(verb, "adjective_modifier", "clausal_modifier", "relative_clause") and is_tag(verb, "past_participle"):
        return False
    return not is_tag(verb, "gerund") or any(is_dep(c, "auxiliary") for c in verb.children)


def imperative(verb: Any) -> bool:
    """'Hold regular consultations', 'Ask a farmer where his seed comes from': a bare verb that heads
    its sentence with no subject, as a list of recommendations or a writer addressing the reader
    writes; no act of anyone's is told."""
    # the parser may take a leading imperative for the subject of a clause after it ('Ask a chef ... and
    # the answer is Norway'): a verb that opens its sentence is one too
    return (is_pos(verb, "verb") and is_tag(verb, "base_form") and (is_dep(verb, "root") or bool(verb.is_sent_start))
            and not any(is_dep(c, "subject", "passive_subject", "auxiliary", "marker") for c in verb.children))


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


def genitive_nouns(tok: Any) -> list[Any]:
    """The nouns a word governs as "X of Y": the objects of its genitive preposition in spaCy's English,
    its dependent nouns with no adposition in UD, where a bare case says it ("обмен документами")."""
    if not adposition_on_noun(tok):
        return [g for c in tok.children if is_dep(c, "preposition") and is_word(c, "genitive") for g in c.children]
    return [c for c in tok.children if is_dep(c, "noun_modifier") and adposition_of(c) is None]


def clause_nouns(verb: Any) -> list[Any]:
    """The noun a relative clause hangs on and each noun that noun is part of through a preposition ('the
    agreement on recognition of licences, which ...': recognition, agreement); none for another verb. What
    such a clause tells is told of all of them."""
    if not is_dep(verb, "relative_clause"):
        return []
    noun = verb.head
    nouns = [noun]
    while is_dep(noun, "prep_object") and is_dep(noun.head, "preposition"):
        noun = noun.head.head
        nouns.append(noun)
    return nouns
