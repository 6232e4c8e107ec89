"""Runs of capitalised name words in a sentence, cut at countries and offices: the candidates for
people's names. A word is a name word by its shape and tags, not by any list of names: a function
word the tagger reads in a name ("To Lam", "Kang In-sun") counts where the words around it say so."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..gazetteer import CountryMention
from ..syntax import is_dep, is_ent, is_pos, is_word, role_words
from .lexicon import is_honorific, name_particles, office_pattern, word_set

_WEEKDAY_ABBREVIATION = 4  # weekday forms this short ("Mon", "Tues") may be names; full ones are not
# a line whose words longer than this are all capitalised ("Ghana Hails Deal With Morocco") is written in
# title case: its capitals do not mark names (a story's sentence has a lowercase verb or noun)
_TITLE_WORD = 3
_TITLE_WORDS = 3  # fewer such words are too few to tell ("Tokayev Arrives")


@cache
def _weekdays(lang: str) -> frozenset[str]:
    """Full weekday names ("On Monday Long held talks": not part of the name)."""
    if not resources.has(lang, "weekdays.txt"):
        return frozenset()
    return frozenset(w for _, forms in resources.numbered_forms(lang, "weekdays.txt") for w in forms
                     if len(w) > _WEEKDAY_ABBREVIATION)


def _is_name_word(tok: object, lang: str, opens_sentence: bool = False) -> bool:
    text: str = tok.text  # type: ignore[attr-defined]
    if text.casefold() in name_particles(lang):
        return True
    if not text[:1].isupper() or not re.fullmatch(r"[\w.’'-]+", text) or text.casefold() in _weekdays(lang):
        return False
    if len(text) > 1 and text.isalpha() and text.isupper() and is_ent(tok, "organisation"):
        return False  # "(член Политбюро) ЦК КПК": an abbreviation tagged as an organisation names a body
    # "(General Secretary) To Lam": inside a sentence, a capitalised preposition before a name word opens a name
    opens_name = not opens_sentence and not is_pos(tok, "determiner") and _before_name_word(tok)
    if is_pos(tok, "adposition", "determiner") and not opens_name:
        return False  # "For Masoud Pezeshkian, the trip ...": capitalised only as the sentence's first word
    if opens_sentence and is_dep(tok, "adverb_modifier"):
        return False  # "Позднее Мурат Нуртлеу встретился", "Later Smith met": an adverb before the subject
    lists: tuple[str, ...] = ("not_name_words.txt", "portfolio_words.txt")
    lists += () if opens_name else ("name_stopwords.txt",)
    if is_honorific(text, lang) and not _ends_name(tok):
        return False
    return not any(text.casefold() in word_set(lang, f) for f in lists)


def _ends_name(tok: object) -> bool:
    """A rank after a first name with no name after it is a family name ("envoy John Major said"); before a
    name it is the courtesy title ("Major General X", "Captain X")."""
    doc = tok.doc  # type: ignore[attr-defined]
    i: int = tok.i  # type: ignore[attr-defined]
    prev = doc[i - 1] if i else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "." and not tok.whitespace_ and i + 2 < len(doc):  # type: ignore[attr-defined]
        nxt = doc[i + 2]  # an abbreviated title's stop ("Prime Minister Hon. X"): the name comes after it
    return (prev is not None and prev.text[:1].isupper() and prev.text.isalpha() and is_pos(prev, "proper_noun")
            and (nxt is None or not nxt.text[:1].isupper()))


def _office_ends_name(tok: object, office: tuple[int, int]) -> bool:
    """A one-word office after a first name (in the run) with no name after it is a family name ("Minister for
    Resources, Madeleine King, signed", "envoy Laura Chancellor met"), as a rank is (``_ends_name``); an office of
    a state ("Tamim Emir of Qatar") stays the office."""
    doc = tok.doc  # type: ignore[attr-defined]
    i: int = tok.i  # type: ignore[attr-defined]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return office == (tok.idx, tok.idx + len(tok.text)) and _ends_name(tok) and not (  # type: ignore[attr-defined]
        nxt is not None and is_word(nxt, "genitive"))


def _before_name_word(tok: object) -> bool:
    """'(General Secretary) To Lam', '(Deputy Minister) Le Thi Ha': a function word capitalised inside
    a sentence and followed by a capitalised word is the first word of a name."""
    text: str = tok.text  # type: ignore[attr-defined]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None  # type: ignore[attr-defined]
    return (text[:1].isupper() and not text.isupper() and nxt is not None
            and nxt.text[:1].isupper() and nxt.text.isalpha() and not nxt.text.isupper())


def _in_mention(start: int, end: int, mentions: list[CountryMention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def office_spans(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    pattern = office_pattern(lang)
    if pattern is None:
        return []
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in pattern.finditer(sentence.text)]


def name_runs(sentence: Sentence, lang: str, offices: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of runs of capitalised name words, cut at countries and offices."""
    runs: list[tuple[int, int]] = []
    current: list[object] = []

    def close() -> None:
        while current and (current[-1].text.casefold() in name_particles(lang)  # type: ignore[attr-defined]
                           or current[-1].text in ("-", _EDITOR_BRACKETS[0])):  # type: ignore[attr-defined]
            current.pop()
        # a lowercase particle does not open a name; a capitalised one is a family name ("Le Van Thanh")
        while current and current[0].text.casefold() in name_particles(lang) and current[0].text.islower():  # type: ignore[attr-defined]
            current.pop(0)
        if current:
            runs.append((current[0].idx, current[-1].idx + len(current[-1].text)))  # type: ignore[attr-defined]
        current.clear()

    nickname_end = -1
    for tok in sentence.span:
        text = tok.text  # (a string looked up in the vocabulary at each read)
        s, e = tok.idx, tok.idx + len(text)
        if tok.i <= nickname_end:
            current.append(tok)
            continue
        closing = _nickname_end(tok, lang) if current and text in _QUOTES else None
        if closing is not None:
            nickname_end = closing
            current.append(tok)  # 'Jorge "Coco" Arce': a nickname in quotes stands inside the name
            continue
        if text == "-" and current and not current[-1].whitespace_ and not tok.whitespace_:  # type: ignore[attr-defined]
            current.append(tok)  # "Jean-Marc", "Mensah-Bonsu"
            continue
        if text in _EDITOR_BRACKETS and _bracketed_name_word(tok, bool(current), lang):
            current.append(tok)  # "President [Maia] Sandu": an editor's given name in brackets is the name's
            continue
        glued = bool(current) and current[-1].text == "-"  # type: ignore[attr-defined]
        # (after a family name and a given name's first part, "Kang In-", any second part is one)
        if glued and text.isalpha() and (is_pos(tok, "proper_noun") or is_ent(tok, "person") or len(current) > 2):
            current.append(tok)  # "Min-jun", "Seo-yeon": a lower-case second part of a given name
            continue
        blocked = _in_mention(s, e, sentence.mentions) or any(
            a < e and s < b and not (current and _office_ends_name(tok, (a, b))) for a, b in offices)
        name_word = _is_name_word(tok, lang, opens_sentence=tok.idx == sentence.start) or (
            bool(current) and _hyphenated_given_name(tok))
        if not blocked and name_word and text not in role_words(lang, "possessive_endings"):
            if current and _opens_person_after_body(tok, current[-1], lang):
                close()
            current.append(tok)
        elif not blocked and current and is_pos(current[-1], "proper_noun") and _inner_honorific(tok, sentence, lang):
            current.append(tok)  # "Hassan Sheikh Mohamud": a courtesy word between two name words is a name's
        elif not blocked and current and text in word_set(lang, "name_suffixes.txt"):
            current.append(tok)  # "Nurlan Sadyrbek uulu": a lower-case word of descent closes the name
            close()
        else:
            close()
    close()
    return runs


def _opens_person_after_body(tok: Any, last: Any, lang: str) -> bool:
    """'(президентом Швейцарской) Конфедерации Карин Келлер-Зуттер', '(руководитель) Росавиации Дмитрий Ядров': a
    person's name the tagger opens right after the last word of a body's or a place's name, in another case
    than that word, starts a run of its own; the word before it is no given name. (Where words have no case,
    the tagger's entities alone are too weak a sign: "Dato' Seri Kamal Hisham Yusof".)"""
    case = resources.pipeline(lang).morphology.features.get("case")
    if not case or not is_ent(tok, "person") or not last.ent_type_ or is_ent(last, "person"):
        return False
    body_case = set(last.morph.get(case))
    return bool(body_case) and not body_case & set(tok.morph.get(case))


_EDITOR_BRACKETS = ("[", "]")
_QUOTES = frozenset('"“”‘’\'')
_NICKNAME_WORDS = 2  # words of a nickname in quotes inside a name: 'Ana "Nena" Ruiz'


def _nickname_end(tok: object, lang: str) -> int | None:
    """The index of the quote that closes a nickname opened by ``tok`` between a given name and a family
    name ('Jorge "Coco" Arce'): one or two capitalised words, the closing quote, then a name word."""
    doc = tok.doc  # type: ignore[attr-defined]
    i = tok.i + 1  # type: ignore[attr-defined]
    words = 0
    while i < len(doc) and doc[i].text not in _QUOTES and words <= _NICKNAME_WORDS:
        if not (doc[i].text[:1].isupper() and doc[i].text.isalpha()):
            return None
        words, i = words + 1, i + 1
    if not 0 < words <= _NICKNAME_WORDS or i + 1 >= len(doc) or not _is_name_word(doc[i + 1], lang):
        return None
    return i


def _bracketed_name_word(tok: object, inside: bool, lang: str) -> bool:
    """An editor's bracket around a name word: "[" before one, "]" after one (inside a run) and before
    the rest of the name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None  # type: ignore[attr-defined]
    if nxt is None or not _is_name_word(nxt, lang, opens_sentence=False):
        return False
    return tok.text == _EDITOR_BRACKETS[0] or inside  # type: ignore[attr-defined]


def _inner_honorific(tok: object, sentence: Sentence, lang: str) -> bool:
    """A capitalised courtesy word ("Sheikh") right between two name words is a part of the name; an
    abbreviated one ("H.E.") never is: it opens the name after it ("Investment Promotion H.E. X")."""
    text: str = tok.text  # type: ignore[attr-defined]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None  # type: ignore[attr-defined]
    return (text[:1].isupper() and text.isalpha() and is_honorific(text, lang)
            and nxt is not None
            and nxt.idx < sentence.end and is_pos(nxt, "proper_noun") and _is_name_word(nxt, lang))


def _hyphenated_given_name(tok: object) -> bool:
    """'(Kim) Do-hyun', '(Lee) In-ho': a capitalised first part of a hyphenated given name after a family
    name is a name word even where the tagger reads it as a function word ("In", "On")."""
    text: str = tok.text  # type: ignore[attr-defined]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None  # type: ignore[attr-defined]
    return (text[:1].isupper() and text.isalpha() and not tok.whitespace_  # type: ignore[attr-defined]
            and nxt is not None and nxt.text == "-" and not nxt.whitespace_)


def in_title_case(sentence: Sentence) -> bool:
    """A headline or a heading in title case ("Minister Says Chile, Korea Near Deal"), where a verb or a
    noun is capitalised like a name; not a sentence of names and offices, which ends in a full stop."""
    if sentence.text.rstrip().endswith("."):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", sentence.text) if len(w) > _TITLE_WORD]
    return len(words) >= _TITLE_WORDS and all(w[:1].isupper() for w in words)
