"""Cyrillic person names in the form the English-language press uses.

First the curated forms of the office holders' knowledge base (``accord.extract.office_holders``,
``ru/office_holder_names.tsv``: office-holders of the region and its partners, with their own romanisations,
"Kassym-Jomart Tokayev", not "Kasym-Zhomart Tokayev") as written, then any listed office holder in any case,
then, word by word, the first names and surnames of the curated forms, and only then iuliia's ``WIKIPEDIA``
transliteration. A name met in another case ("с Шавкатом Мирзиёевым", "Токаева") is put in the
nominative first: each case ending of ``name_endings.tsv`` is undone until a form of the table turns
up; failing that, pymorphy3's analysis as a name, or the surname shapes of ``surname_shapes.json``
(-ов, -ев, -ин) decide; the grammemes of names are those of ``pipeline.json``'s ``morphology``. A man's
name no table knows ("с Мехметом Озтюрком") is put in the nominative by the case the tagger read it in:
that case's ending is undone (``name_cases.tsv``), a name ending in a vowel ("Сато") stays as written.
Patronymics are dropped, as the English press does. The Cyrillic forms stay available as aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from . import office_holders
from .natasha_model import morph_analyzer


@dataclass(frozen=True)
class RomanizedName:
    """``english``: the press's form; ``russian``: the name in the nominative; ``original``: as written."""

    english: str
    russian: str
    original: str
    state: str | None = None  # the state of an office-holder found in the table

    @property
    def aliases(self) -> tuple[str, ...]:
        """The Cyrillic forms to keep beside the English one, without repeats."""
        return tuple(dict.fromkeys((self.russian, self.original)))


@dataclass(frozen=True)
class _Table:
    full: dict[str, tuple[str, str]]  # folded Russian full name -> (English, state)
    words: dict[str, str]  # folded first name or surname -> English word
    endings: tuple[tuple[str, str], ...]
    patronymic: re.Pattern[str]
    shapes: resources.CueTable  # surname_shapes.json
    first_name: frozenset[str]  # pymorphy3's grammemes of a first name, a surname, any person's name, a woman's
    surname: frozenset[str]
    person: frozenset[str]
    feminine: frozenset[str]
    plural: frozenset[str]
    # name_cases.tsv: the UD case -> (ending, whether the letter before it is a vowel, nominative ending)
    cases: dict[str, tuple[tuple[str, str, str], ...]]
    vowels: frozenset[str]
    sibilants: frozenset[str]
    case_of: dict[str, str]  # pymorphy3's case grammeme -> the UD case
    nominative_case: str


def _fold(text: str) -> str:
    """Lookup key: the press writes "е" for "ё" as often as not ("Мирзиеев", "Шредер")."""
    return text.replace("ё", "е").replace("Ё", "Е")


@cache
def _table(lang: str) -> _Table:
    full: dict[str, tuple[str, str]] = {}
    words: dict[str, str] = {}
    conflicting: set[str] = set()
    single: dict[str, str] = {}
    for form, holder in office_holders.curated_forms(lang):
        russian, english, state = form.split(), holder.english.split(), holder.state or ""
        if len(russian) == 1:
            single[_fold(russian[0])] = english[-1]  # a surname alone: the English form's surname
            continue
        full.setdefault(_fold(" ".join(russian)), (holder.english, state))
        if len(russian) != len(english):
            continue
        for ru_word, en_word in zip(russian, english, strict=True):
            key = _fold(ru_word)
            if words.get(key, en_word) != en_word:
                conflicting.add(key)  # "Михаил": Mikhail in Moscow, Mikheil in Tbilisi
            words.setdefault(key, en_word)
    words = {k: v for k, v in words.items() if k not in conflicting} | single
    rows = resources.tsv_table(lang, "name_endings.tsv", columns=("ending", "nominative"))
    endings = tuple(sorted(((r["ending"], r["nominative"] or "") for r in rows), key=lambda e: -len(e[0])))
    stems = resources.alternation(resources.word_list(lang, "patronymic_endings.txt"))
    morphology = resources.pipeline(lang).morphology
    names = morphology.proper_name
    cases: dict[str, list[tuple[str, str, str]]] = {}
    for r in resources.tsv_table(lang, "name_cases.tsv", columns=("case", "ending", "after", "nominative")):
        cases.setdefault(r["case"], []).append((r["ending"], r["after"] or "", r["nominative"] or ""))
    shapes = resources.cue_table(lang, "surname_shapes.json")
    return _Table(full, words, endings, re.compile(rf"(?:{stems})\w{{0,3}}$"), shapes, names["first_name"],
                  names["surname"], names["first_name"] | names["surname"] | names["patronymic"],
                  morphology.grammemes["feminine"], morphology.grammemes.get("plural", frozenset()),
                  {c: tuple(rows) for c, rows in cases.items()},
                  frozenset(shapes["vowels"]), frozenset(shapes.get("sibilants", [])),
                  dict(morphology.by_grammeme["case"]),
                  morphology.values["case"]["nominative"])


def _capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _name_parses(word: str, table: _Table) -> list[tuple[str, frozenset[str]]]:
    """(normal form, grammemes) of pymorphy3's analyses of ``word`` as a first name, surname or patronymic."""
    # (a person the text names is one: pymorphy3's guess of a plural, "Ильхом" as the genitive of "Ильхомы", is none)
    return [(_capitalised(str(p.normal_form)), frozenset(p.tag.grammemes)) for p in morph_analyzer().parse(word)
            if table.person & set(p.tag.grammemes) and not table.plural & set(p.tag.grammemes)]


def _undone(word: str, table: _Table) -> list[str]:
    """``word`` with each case ending undone, as written first."""
    out = [word]
    lower = word.lower()
    for ending, nominative in table.endings:
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            out.append(word[: len(word) - len(ending)] + nominative)
    return out


def _case_undone(word: str, case: str, table: _Table) -> str:
    """``word`` with the ending of a man's name in ``case`` undone ("Озтюрком", Ins: "Озтюрк"), or as written."""
    lower = word.lower()
    for ending, after, nominative in table.cases.get(case, ()):
        stem = lower[: len(lower) - len(ending)]
        if lower.endswith(ending) and len(stem) >= 2 and _letter_class(stem[-1], table) == after:
            return word[: len(stem)] + nominative
    return word


def _letter_class(letter: str, table: _Table) -> str:
    """The class of the letter before a case ending, named as name_cases.tsv's 'after' names it: "vowels",
    "sibilants" (after which a hard stem's "-ем" is the Ins: "Акташем", "Акташ"), or "" for another consonant."""
    if letter in table.vowels:
        return "vowels"
    return "sibilants" if letter in table.sibilants else ""


def _nominative_word(word: str, table: _Table, feminine: bool, case: str | None = None) -> str:
    """One word of a name in the nominative: a form the table knows, else pymorphy3's name analysis, else
    the surname shape, else the word as written. ``case``: the case the tagger read a man's name in, whose
    ending is undone where the tables and pymorphy3 know no better."""
    if "-" in word and not any(_fold(c) in table.words for c in _undone(word, table)):
        return "-".join(_nominative_word(part, table, feminine, case) for part in word.split("-"))
    tagged = _case_undone(word, case, table) if case and not feminine else word
    if tagged != word and _fold(tagged) in table.words:
        return tagged  # a man's "Алиева" is Алиев, though the table knows a woman's Алиева too
    candidates = _undone(word, table)
    for candidate in candidates:
        if _fold(candidate) in table.words:
            return candidate
    if len(word) > len(max(table.shapes.get("indeclinable", [""]), key=len)) and word.lower().endswith(
            tuple(table.shapes.get("indeclinable", []))):
        return word  # "Рахмонзода" is no genitive of a "Рахмонзод"
    # pymorphy3's normal form of a woman's surname is the man's ("Ивановой" -> "иванов")
    parses = [(f, g) for f, g in _name_parses(word, table)
              if not (feminine and table.surname & g and table.feminine & g)]
    for form, _ in parses:
        if _fold(form) in table.words:
            return form
    shapes = table.shapes
    if word.endswith(tuple(shapes["masculine"])) or word.endswith(tuple(shapes["feminine"])) and feminine:
        return word  # a surname already in the nominative
    for candidate in candidates[1:]:
        if candidate.endswith(tuple(shapes["nominative"])) and not (
                feminine and candidate.endswith(tuple(shapes["not_feminine"]))):
            return candidate
    names = [form for form, grammemes in parses if (table.first_name | table.surname) & grammemes]
    if case and not feminine:
        # the tagger's case decides between pymorphy3's readings of a man's name ("Кемалю": Кемаль, not
        # Кемаля); a man's name pymorphy3 reads in the nominative only ("Мустафа") is one the tagger
        # misread; else the case ending is undone (a man's genitive pymorphy3 knows only as a woman's
        # name). A name read in the nominative is its own ("Юсефи" is no woman's "Юсефя"), unless
        # pymorphy3 knows it only as a man's name in another case: the tagger's nominative is its default.
        mens = [(form, {table.case_of.get(g) for g in grammemes}) for form, grammemes in parses
                if (table.first_name | table.surname) & grammemes and not table.feminine & grammemes]
        agreeing = [form for form, cases in mens if case in cases]
        if case == table.nominative_case:
            return word if agreeing or not mens else mens[0][0]
        if not agreeing and any(table.nominative_case in cases for _, cases in mens):
            return word
        if agreeing or tagged != word:
            return agreeing[0] if agreeing else tagged
        # no ending of the tagged case is on the word: the tagger misread its case, the tables decide
    return names[0] if names else word


def _feminine(words: list[str], table: _Table) -> bool:
    """A woman's name: the first word reads as a feminine first name ("Мария", "Тамары")."""
    return bool(words) and any(table.first_name & g and table.feminine & g for _, g in _name_parses(words[0], table))


def nominative(name: str, lang: str = "ru", case: str | None = None, masculine: bool = False) -> str:
    """The Cyrillic name in the nominative, without a patronymic: "Шавкатом Мирзиёевым" -> "Шавкат Мирзиёев".
    ``case`` and ``masculine``: how the tagger read the name where the text wrote it (UD's case), if known."""
    table = _table(lang)
    words = name.split()
    if len(words) >= 3:
        words = [w for i, w in enumerate(words) if i == 0 or not table.patronymic.search(w.lower())]
    if _fold(" ".join(words)) in table.full:
        return " ".join(words)
    feminine = _feminine(words, table) and not (masculine and case)
    if case and not feminine and _bare_family_name(words, case, table):
        return " ".join(words)
    if case and not feminine:
        case = _case_on_words(words, case, table)
    return " ".join(_nominative_word(w, table, feminine, case) for w in words)


def _bare_family_name(words: list[str], case: str, table: _Table) -> bool:
    """A man's family name that ends in a consonant declines; with no ending of the oblique ``case`` the
    tagger read on it, it is in the nominative, and so is the name: "Ильхом Махкамов", read in the Ins for the
    "-ом" of its given name, which pymorphy3 would take for the Ins of an "Ильх"."""
    last = words[-1].lower()
    return (len(words) >= 2 and case != table.nominative_case and last[-1:].isalpha()
            and last[-1] not in table.vowels and _case_undone(words[-1], case, table) == words[-1]
            and _undone(words[-1], table) == [words[-1]])  # (no surname's ending either: "Жапаровым")


def _case_on_words(words: list[str], case: str, table: _Table) -> str:
    """``case``, or the one other oblique case whose ending every word of a man's name of two words or more
    bears when none bears an ending of ``case``: the tagger read "(посла) Виргиниюса Кайриса" in the Nom and
    the Loc, word by word, and the name is in the Gen."""
    if len(words) < 2 or any(_case_undone(w, case, table) != w for w in words):
        return case
    borne = [c for c in table.cases if c not in (case, table.nominative_case)
             and all(_case_undone(w, c, table) != w for w in words)]
    return borne[0] if borne else case


def _inflected(word: str, nominative_word: str, table: _Table) -> bool:
    """``word`` is ``nominative_word`` or it with a man's case ending ("Бахрома", "Бахром")."""
    return word == nominative_word or any(_case_undone(word, case, table) == nominative_word for case in table.cases)


def shortest_forms(names: list[str], lang: str = "ru") -> dict[str, str]:
    """Each name of two words or more -> the shortest of ``names`` that is it in another case (word by word,
    a case ending of name_cases.tsv undone): a person the tagger read in the nominative in one sentence and
    in the instrumental in another ("Бахрома Юсуфи", "Бахром Юсуфи") is one person."""
    table = _table(lang)
    out: dict[str, str] = {}
    for name in names:
        words = name.split()
        for other in names:
            shorter = len(other) < len(out.get(name, name))
            if shorter and len(words) >= 2 and len(other.split()) == len(words) and all(
                    _inflected(w, o, table) for w, o in zip(words, other.split(), strict=True)):
                out[name] = other
    return out


def _english_word(word: str, table: _Table) -> str:
    import iuliia

    return table.words.get(_fold(word)) or str(iuliia.WIKIPEDIA.translate(word))


def romanizes(lang: str) -> bool:
    """Whether names of ``lang`` are romanised here: the language has its forms of the listed office holders."""
    return office_holders.has_forms(lang)


def romanize(name: str, lang: str = "ru", in_nominative: bool = False, earlier: tuple[str, ...] = ()) -> RomanizedName:
    """A Cyrillic person name as the English press writes it, with its nominative and original forms;
    ``lang`` is the language of the text it was found in, whose name tables are read. ``in_nominative``:
    the name was put in the nominative already, where the tagger read its case and gender (pymorphy3 alone
    would take a man's "Лазиз" for a woman's "Лазиза" in the genitive plural). ``earlier``: the other names
    of the text, through which a listed office holder's surname alone is known."""
    original = " ".join(name.split())
    table = _table(lang)
    russian = original if in_nominative else nominative(original, lang)
    hit = table.full.get(_fold(russian))
    if hit is not None:
        return RomanizedName(hit[0], russian, original, hit[1])
    # any listed office holder, in any case
    official = office_holders.find(russian, lang, earlier) or office_holders.find(original, lang, earlier)
    if official is not None:
        return RomanizedName(official.english, russian, original, official.state)
    english = " ".join("-".join(_english_word(part, table) for part in word.split("-")) if _fold(word) not in
                       table.words else table.words[_fold(word)] for word in russian.split())
    return RomanizedName(english, russian, original)


def place_name(text: str, lang: str = "ru") -> str:
    """A place other than a state or a capital in Latin letters, in the nominative: "в Самарканде" is
    written "Samarkand" (pymorphy3's analysis as a place name, then iuliia's transliteration)."""
    import iuliia

    places = resources.pipeline(lang).morphology.proper_name["place"]
    words = []
    for word in text.split():
        parses = [p for p in morph_analyzer().parse(word) if places & set(p.tag.grammemes)]
        words.append(_capitalised(str(parses[0].normal_form)) if parses else word)
    return str(iuliia.WIKIPEDIA.translate(" ".join(words)))
