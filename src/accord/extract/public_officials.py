"""The office holders of ``ru/public_officials.tsv`` by a Cyrillic name as a text writes it.

Letter rules cannot give back "Krzysztof" from "Кшиштоф" or "Volodymyr" from "Владимир Зеленский": the
English press's form of a foreign official is a fact to look up, as event coders resolve actors against a
knowledge base. A name is found in any case ("с Джорджей Мелони", "Кшиштофу Пашику"): each word is compared
by its stems, itself and with each case ending of ``name_stem_endings.txt`` cut off, and two words are one
when they share a stem. A full name matches a listed form by its first and last words (a patronymic between
them is skipped); initials and a surname ("И.Кассис") match by the surname and the first name's initial;
a surname alone only through a full name the same text gave ("Кассис" after "Иньяцио Кассис"), and not when
the text also named an unlisted namesake in full. A name that fits two listed people with different English
forms is no match: a namesake is left to the letter rules.
The rows of ``ru/person_names.tsv`` are read too, so its people are also found in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .. import resources

# a stem shorter than this is no stem: "Ли" is not "Л" plus a case ending
_MIN_STEM = 3
# an initial: one letter and its full stop ("И." of "И.Кассис", "И. Кассис")
_INITIAL = re.compile(r"^(\w)\.$")
_WORDS = re.compile(r"\w\.|[\w'’-]+")


@dataclass(frozen=True)
class Official:
    """A listed office holder: the English press's name, the state (None for an international body's
    official) and the office the person is best known for."""

    english: str
    state: str | None
    office: str


@dataclass(frozen=True)
class _Index:
    endings: tuple[str, ...]
    by_ends: dict[tuple[str, str], frozenset[Official]]  # (a stem of the first word, of the last) -> people
    by_surname: dict[str, frozenset[tuple[str, Official]]]  # a stem of the surname -> (initial, person)


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def _stems(word: str, endings: tuple[str, ...]) -> frozenset[str]:
    """``word`` folded, and it with each case ending cut off that leaves a stem."""
    folded = _fold(word)
    cut = (folded[: -len(e)] for e in endings if folded.endswith(e) and len(folded) - len(e) >= _MIN_STEM)
    return frozenset((folded, *cut))


def _rows() -> Iterable[tuple[str, Official]]:
    """(Russian form, person) of both tables: the curated names first, then the world's office holders."""
    for row in resources.tsv_table("ru", "person_names.tsv", columns=("russian", "english", "state")):
        yield row["russian"], Official(row["english"], row["state"] or None, "")
    for row in resources.tsv_table("ru", "public_officials.tsv", columns=("english", "state", "office", "russian")):
        person = Official(row["english"], row["state"] or None, row["office"])
        for form in row["russian"].split("|"):
            yield form, person


@cache
def _index() -> _Index:
    endings = tuple(sorted(resources.word_list("ru", "name_stem_endings.txt"), key=len, reverse=True))
    by_ends: dict[tuple[str, str], set[Official]] = {}
    by_surname: dict[str, set[tuple[str, Official]]] = {}
    for form, person in _rows():
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


def _one(people: Iterable[Official]) -> Official | None:
    """The person when every candidate is one person (one English form), else None: a namesake."""
    found = {p.english: p for p in people}
    return next(iter(found.values())) if len(found) == 1 else None


def _full(words: list[str], index: _Index) -> Official | None:
    """The person whose listed first name and surname are the first and last of ``words``; failing that, a
    later word and the last: a run that took in a word before the name ("Конфедерации Карин Келлер-Зуттер")."""
    lasts = _stems(words[-1], index.endings)
    for first in words[:-1]:
        found = _one(p for f in _stems(first, index.endings) for s in lasts for p in index.by_ends.get((f, s), ()))
        if found is not None:
            return found
    return None


def _by_initial(initial: str, surname: str, index: _Index) -> Official | None:
    letter = _fold(initial)
    return _one(p for s in _stems(surname, index.endings) for i, p in index.by_surname.get(s, ()) if i == letter)


def find(name: str, earlier: Iterable[str] = ()) -> Official | None:
    """The listed office holder a Cyrillic ``name`` stands for, in any case, or None. ``earlier``: the
    other names the same text gave, through which a surname alone is known ("Кассис")."""
    index = _index()
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
    named = [find(other) for other in earlier
             if len(_WORDS.findall(other)) >= 2 and _stems(_WORDS.findall(other)[-1], index.endings) & stems]
    if any(p is None or p not in with_surname for p in named):
        return None
    return _one(p for p in named if p is not None)


@cache
def english_states() -> dict[str, str]:
    """The English press's full name of every listed office holder of a state, casefolded -> the state."""
    return {person.english.casefold(): person.state for _, person in _rows()
            if person.state and len(person.english.split()) >= 2}  # a surname alone names no one for sure
