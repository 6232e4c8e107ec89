"""The knowledge base of public office holders: which listed person a name stands for, in a language.

Letter rules cannot give back "Krzysztof" from "Кшиштоф", nor tell that "Petro" is Colombia's president:
the English press's form and the state of a public figure are facts to look up, as event coders resolve
actors against a knowledge base. One table holds the people (``en/office_holders.tsv``: the English
press's form, its other spellings, the state and the office); each other language that has one holds the
forms its press writes, keyed by an English form (``ru/office_holder_names.tsv``; a table of its own, as
every word of a language lives under its ``resources/<lang>/``). Every caller asks here.

In English (``listed``, ``by_surname``, ``state_of``), names are compared without their diacritics
("Erdogan" is "Erdoğan"). The people the press names without a state (the table's ``bare`` ones) are
found by the first and last words of one of their forms ("Mohammed bin Salman bin Abdulaziz Al Saud"), or
by a family name alone that only one of them bears; anyone listed, by a full form.

In another language (``find``), a name is found in any case ("с Джорджей Мелони", "Кшиштофу Пашику"):
each word is compared by its stems, itself and with each case ending of ``name_stem_endings.txt`` cut off,
and two words are one when they share a stem. A full name matches a listed form by its first and last
words (a patronymic between them is skipped); initials and a surname ("И.Кассис") match by the surname and
the first name's initial; a surname alone only through a full name the same text gave ("Кассис" after
"Иньяцио Кассис"). A name that fits two listed forms with different English forms is no match: a namesake
is left to the letter rules. ``curated_forms`` are the rows ``romanize`` reads as written, word by word too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .. import resources

_PEOPLE = ("en", "office_holders.tsv")
_FORMS = "office_holder_names.tsv"  # a language's forms of the people
_SURNAME_LETTERS = 4  # a family name this short ("Ali", "Lee") is borne by too many to tell a leader
# a stem shorter than this is no stem: "Ли" is not "Л" plus a case ending
_MIN_STEM = 3
# an initial: one letter and its full stop ("И." of "И.Кассис", "И. Кассис")
_INITIAL = re.compile(r"^(\w)\.$")
_WORDS = re.compile(r"\w\.|[\w'’-]+")


@dataclass(frozen=True)
class Holder:
    """A listed office holder in one English form: the form, the state (None for an international body's
    official) and the office the person is best known for."""

    english: str
    state: str | None
    office: str


@dataclass(frozen=True)
class _Person:
    forms: tuple[str, ...]  # the English press's form first, then the other spellings
    state: str | None
    office: str
    bare: bool


@cache
def _people() -> tuple[_Person, ...]:
    rows = resources.tsv_table(*_PEOPLE, columns=("english", "state", "office", "aliases", "bare"))
    return tuple(_Person((row["english"], *filter(None, row["aliases"].split("|"))), row["state"] or None,
                         row["office"].split("|")[0], bool(row["bare"])) for row in rows)


@cache
def _unmarked() -> dict[str, str]:
    rows = resources.tsv_table("unmarked_letters.tsv", columns=("letter", "plain"))
    return {row["letter"]: row["plain"] for row in rows}


def plain(text: str) -> str:
    """The name without its diacritics: "Erdogan" and "Erdoğan", "Djuric" and "Đurić" are one spelling
    of one name."""
    letters = _unmarked()
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return "".join(letters.get(ch, ch) for ch in bare)


def _key(name: str) -> str:
    return " ".join(plain(name).casefold().split())


@cache
def _by_form() -> dict[str, _Person]:
    """Each English form of the table, without diacritics and casefolded -> its person."""
    return {_key(form): p for p in _people() for form in p.forms}


# --- names in English ---------------------------------------------------------------------------------


def _reads_english(lang: str) -> bool:
    """The first-and-last-words and family-name rules are the English press's ways of naming."""
    return lang == _PEOPLE[0]


@cache
def _title_words(lang: str) -> frozenset[str]:
    """Offices of one word: a form that opens with one ("King Salman") names the person by the office and a
    given name, whose last word is no family name ("Sheikh Hasina" opens with a courtesy title, part of it)."""
    return frozenset(w.casefold() for w in resources.word_list(lang, "offices.txt")) if resources.has(
        lang, "offices.txt") else frozenset()


@cache
def _bare_forms(lang: str) -> tuple[tuple[str, str, str, _Person], ...]:
    """(form, its first word, its last word, person) of each form of a person named without a state, the
    words casefolded and without diacritics (made once: every run of capitalised words is looked up)."""
    out = []
    for p in _people():
        for form in p.forms if p.bare else ():
            words = _key(form).split()
            out.append((form, words[0], words[-1], p))
    return tuple(out)


@cache
def _bare_forms_by(lang: str, end: int) -> dict[str, tuple[int, ...]]:
    """The indices in ``_bare_forms`` of the forms by their first (``end`` 1) or last (``end`` 2) word:
    a lookup reads the few forms that can match, in the table's order, not the whole table."""
    out: dict[str, list[int]] = {}
    for i, (_, first, last, _) in enumerate(_bare_forms(lang)):
        out.setdefault(first if end == 1 else last, []).append(i)
    return {w: tuple(rows) for w, rows in out.items()}


def listed(name: str, lang: str) -> tuple[str, str] | None:
    """The state and office of the person named without a state one of whose forms' first and last words the
    name holds in that order ("Mohammed bin Salman" in "Mohammed bin Salman bin Abdulaziz Al Saud"); None
    for none, or people of two states."""
    if not _reads_english(lang):
        return None
    words = _key(name).split()
    forms, by_first = _bare_forms(lang), _bare_forms_by(lang, 1)
    found: dict[str, str] = {}
    for _, first, last, p in (forms[i] for i in sorted({i for w in words for i in by_first.get(w, ())})):
        if p.state and first in words and last in words and (
                words.index(first) <= len(words) - 1 - words[::-1].index(last)):
            found.setdefault(p.state, p.office)
    return next(iter(found.items())) if len(found) == 1 else None


def by_surname(word: str, lang: str, among: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The full name and state of the one person named without a state (of a state ``among``, when given)
    whose family name is ``word`` ("Petro": "Gustavo Petro"); None for a short word, or one borne by two."""
    if not _reads_english(lang):
        return None
    key = _key(word)
    titles = _title_words(lang)
    found: dict[_Person, str] = {}
    forms = _bare_forms(lang)
    for form, first, last, p in (forms[i] for i in _bare_forms_by(lang, 2).get(key, ())):
        if last == key and p.state and first not in titles and (among is None or p.state in among):
            found.setdefault(p, form)
    if len(key) < _SURNAME_LETTERS or len(found) != 1:
        return None
    (person, form), = found.items()
    return form, person.state or ""


def state_of(name: str, lang: str) -> str | None:
    """The state of the person named without a state whose forms' first and last words the name holds, else
    of anyone listed under the name in full ("Shigeru Ishiba": JPN)."""
    held = listed(name, lang)
    if held:
        return held[0]
    person = _by_form().get(_key(name))
    return person.state if person and len(name.split()) >= 2 else None  # a surname alone names no one for sure


# --- names in another language ----------------------------------------------------------------------------


def has_forms(lang: str) -> bool:
    """Whether the language has a table of the forms its press writes the listed people in."""
    return resources.has(lang, _FORMS)


def _rows(lang: str) -> Iterable[tuple[str, Holder, bool]]:
    """(the language's form, the person in the English form it is given in, whether curated)."""
    people = _by_form()
    for row in resources.tsv_table(lang, _FORMS, columns=("name", "english", "curated")):
        person = people[_key(row["english"])]  # (every English form is one of the table's: tests/extract)
        yield row["name"], Holder(row["english"], person.state, person.office), bool(row["curated"])


@cache
def curated_forms(lang: str) -> tuple[tuple[str, Holder], ...]:
    """The curated forms of the language and their people, to be read as written."""
    return tuple((form, holder) for form, holder, curated in _rows(lang) if curated) if has_forms(lang) else ()


@dataclass(frozen=True)
class _Index:
    endings: tuple[str, ...]
    by_ends: dict[tuple[str, str], frozenset[Holder]]  # (a stem of the first word, of the last) -> people
    by_surname: dict[str, frozenset[tuple[str, Holder]]]  # a stem of the surname -> (initial, person)


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _stems(word: str, endings: tuple[str, ...]) -> frozenset[str]:
    """``word`` folded, and it with each case ending cut off that leaves a stem."""
    folded = _fold(word)
    cut = (folded[: -len(e)] for e in endings if folded.endswith(e) and len(folded) - len(e) >= _MIN_STEM)
    return frozenset((folded, *cut))


@cache
def _index(lang: str) -> _Index:
    endings = tuple(sorted(resources.word_list(lang, "name_stem_endings.txt"), key=len, reverse=True))
    by_ends: dict[tuple[str, str], set[Holder]] = {}
    by_surname: dict[str, set[tuple[str, Holder]]] = {}
    for form, person, _ in _rows(lang):
        words = form.split()
        if len(words) < 2:
            continue  # a surname alone is matched only through a full name the text gave
        for first in _stems(words[0], endings):
            for last in _stems(words[-1], endings):
                by_ends.setdefault((first, last), set()).add(person)
        for last in _stems(words[-1], endings):
            by_surname.setdefault(last, set()).add((_fold(words[0])[:1], person))
    return _Index(endings, {k: frozenset(v) for k, v in by_ends.items()},
                  {k: frozenset(v) for k, v in by_surname.items()})


def _one(people: Iterable[Holder]) -> Holder | None:
    """The person when every candidate is one person (one English form), else None: a namesake."""
    found = {p.english: p for p in people}
    return next(iter(found.values())) if len(found) == 1 else None


def _full(words: list[str], index: _Index) -> Holder | None:
    """The person whose listed first name and surname are the first and last of ``words``; failing that, a
    later word and the last: a run that took in a word before the name ("Конфедерации Карин Келлер-Зуттер")."""
    lasts = _stems(words[-1], index.endings)
    for first in words[:-1]:
        found = _one(p for f in _stems(first, index.endings) for s in lasts for p in index.by_ends.get((f, s), ()))
        if found is not None:
            return found
    return None


def _by_initial(initial: str, surname: str, index: _Index) -> Holder | None:
    letter = _fold(initial)
    return _one(p for s in _stems(surname, index.endings) for i, p in index.by_surname.get(s, ()) if i == letter)


def find(name: str, lang: str, earlier: Iterable[str] = ()) -> Holder | None:
    """The listed office holder a ``name`` of the language stands for, in any case, or None. ``earlier``: the
    other names the same text gave, through which a surname alone is known ("Кассис")."""
    if not has_forms(lang):
        return None
    index = _index(lang)
    words = _WORDS.findall(name)
    if not words:
        return None
    initials = [w for w in words[:-1] if _INITIAL.match(w)]
    if initials and len(initials) == len(words) - 1:
        return _by_initial(initials[0][0], words[-1], index)
    if len(words) >= 2:
        return _full(words, index)
    stems = _stems(words[0], index.endings)
    with_surname = {p for s in stems for _, p in index.by_surname.get(s, ())}
    # the full names the text gave with this surname; one of an unlisted namesake ("Иван Лавров" beside "Сергей
    # Лавров") leaves the surname alone undecided
    named = [find(other, lang) for other in earlier
             if len(_WORDS.findall(other)) >= 2 and _stems(_WORDS.findall(other)[-1], index.endings) & stems]
    if any(p is None or p not in with_surname for p in named):
        return None
    return _one(p for p in named if p is not None)
