"""Offices and agreement titles of another language in English, by lemma-wise lookup in language data.

``resources/<lang>/offices.tsv`` and ``agreement_titles.tsv`` map phrases to English; both the table's
phrases and the text are reduced to lemmas (pymorphy3), so that any case matches ("главой МИД",
"Меморандума о взаимопонимании"). The longest phrase wins at each point. A state named in a title is
given its English name ("of Kazakhstan" after a noun when it stands in the genitive, as the grammemes
of ``pipeline.json``'s ``morphology`` tell; "of" is English's genitive preposition in ``grammar.json``);
in an office it is dropped, as the contract's ``role`` has no country. Translation stops at the first
word no phrase maps, and the links it would end on ("in", "and") are dropped: a shorter, correct English
title beats a half-Russian one. When nothing maps, there is no English, and the caller keeps the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from .gazetteer import CountryMention, find_mentions, state_names
from .natasha_model import morph_analyzer

_FIGURE = re.compile(r"\d+(?:[-–—]\d+)*")
_TOKEN = re.compile(rf"{_FIGURE.pattern}(?!\w)|\w+(?:-\w+)*|[,–—]")
_QUOTES = re.compile(r"[«»\"“”„()]")


@dataclass(frozen=True)
class Translation:
    """``english`` is None when no phrase maps; ``complete`` tells that every word was translated."""

    english: str | None
    original: str
    complete: bool


@dataclass(frozen=True)
class _Table:
    phrases: dict[tuple[str, ...], str]
    links: frozenset[tuple[str, ...]]
    longest: int


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    lemma: str


def _lemma(word: str) -> str:
    if word in ",–—":
        return ","  # a dash between two offices ("вице-премьер – министр") separates them as a comma does
    if _FIGURE.fullmatch(word):
        return word
    parses = morph_analyzer().parse(word)
    return str(parses[0].normal_form) if parses else word.lower()


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(_lemma(m.group(0)) for m in _TOKEN.finditer(text))


@cache
def _table(lang: str, name: str) -> _Table:
    phrases: dict[tuple[str, ...], str] = {}
    links: set[tuple[str, ...]] = set()
    for row in resources.tsv_table(lang, name):
        key = _lemmas(row["russian"])
        phrases.setdefault(key, row["english"])
        if (row.get("kind") or "") == "link":
            links.add(key)
    return _Table(phrases, frozenset(links), max((len(k) for k in phrases), default=0))


def _english_name(code: str) -> str:
    if code.startswith("IGO:"):
        for row in resources.tsv_table("en", "igos.tsv"):
            if row["id"] == code:
                return row["forms"].split("|")[0]
        return code[4:]
    names = state_names(code, "en")
    return names[0] if names else code


def _genitive(word: str, lang: str) -> bool:
    genitive = resources.pipeline(lang).morphology.grammemes["genitive"]
    return any(genitive & set(p.tag.grammemes) for p in morph_analyzer().parse(word))


def _translate(text: str, lang: str, name: str, name_states: bool) -> Translation:
    original = " ".join(text.split())
    clean = _QUOTES.sub(" ", original)
    table = _table(lang, name)
    tokens = [_Token(m.start(), m.end(), _lemma(m.group(0))) for m in _TOKEN.finditer(clean)]
    mentions: dict[int, CountryMention] = {m.start: m for m in find_mentions(clean, lang)}
    pieces: list[tuple[str, bool]] = []  # (English, is a link)
    complete = True
    i = 0
    while i < len(tokens):
        mention = mentions.get(tokens[i].start)
        hit = next(((n, table.phrases[key]) for n in range(min(table.longest, len(tokens) - i), 0, -1)
                    if (key := tuple(t.lemma for t in tokens[i:i + n])) in table.phrases), None)
        if hit is not None and not (mention is not None and tokens[i + hit[0] - 1].end <= mention.end):
            key = tuple(t.lemma for t in tokens[i:i + hit[0]])
            if hit[1]:
                pieces.append((hit[1], key in table.links))
            i += hit[0]
        elif mention is not None:
            if name_states:
                of = resources.cue_table("en", "grammar.json")["genitive"][0]
                link = f"{of} " if pieces and _genitive(clean[mention.start:mention.end].split()[0], lang) else ""
                pieces.append((link + _english_name(mention.code), False))
            while i < len(tokens) and tokens[i].start < mention.end:
                i += 1
        elif tokens[i].lemma == "," or _FIGURE.fullmatch(tokens[i].lemma):
            pieces.append((clean[tokens[i].start:tokens[i].end] if tokens[i].lemma != "," else ",",
                           tokens[i].lemma == ","))
            i += 1
        else:
            complete = False
            break
    while pieces and pieces[-1][1]:
        pieces.pop()
        complete = False
    if not pieces:
        return Translation(None, original, False)
    english = " ".join(p for p, _ in pieces).replace(" ,", ",")
    return Translation(english[:1].upper() + english[1:], original, complete)


def translate_office(text: str, lang: str = "ru") -> Translation:
    """An office in English, without the state: "Президента Казахстана" -> "President"."""
    return _translate(text, lang, "offices.tsv", name_states=False)


def translate_title(text: str, lang: str = "ru") -> Translation:
    """An agreement title in English: "Меморандум о взаимопонимании в области образования" ->
    "Memorandum of Understanding in education"."""
    return _translate(text, lang, "agreement_titles.tsv", name_states=True)
