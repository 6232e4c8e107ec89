"""Facts of a document in another language, in the forms an English-speaking analyst reads.

The rules find people, offices and agreement titles as the text writes them ("с Шавкатом
Мирзиёевым", "Президента", "Меморандум о взаимопонимании в области образования"). A language that
has the data for it gets them in the English press's form: names through ``romanize`` (the office
holders' knowledge base, ``office_holders``), offices and titles through ``term_translation``
(``offices.tsv``, ``agreement_titles.tsv``), places through the gazetteer. The original stays
beside the English one (a person's aliases, ``role_original``, ``title_original``); evidence
sentences stay as written. A title is
given in English only when every word of it maps: a half-translated title loses what it is about.
"""

from __future__ import annotations

from dataclasses import replace

from ..facts import Extraction, Person
from .gazetteer import first_form, lookup
from .romanize import place_name, romanize, romanizes, shortest_forms
from .term_translation import translate_office, translate_title, translates_offices, translates_titles


def _person(p: Person, lang: str, names: dict[str, str], nominatives: dict[str, str],
            earlier: tuple[str, ...] = ()) -> Person:
    if romanizes(lang):  # (``earlier``: the text's other names, which tell whose a surname alone is)
        r = romanize(nominatives.get(p.name, p.name), lang, in_nominative=True, earlier=earlier)
        names[p.name] = r.english
        aliases = [a for a in dict.fromkeys([*r.aliases, p.name, *p.aliases]) if a != r.english]
        p = replace(p, name=r.english, aliases=aliases)
    if p.role and translates_offices(lang):
        office = translate_office(p.role, lang)
        if office.english:
            p = replace(p, role=office.english, role_original=office.original)
    return p


def _place(location: str | None, lang: str) -> str | None:
    """A capital or a state in its English name ("в Ташкенте" -> "Tashkent"); another place in the
    nominative, transliterated ("в Самарканде" -> "Samarkand"), where names are romanised."""
    if not location:
        return location
    hit = lookup(location, lang)
    if hit is None or hit[1] not in ("capital", "name"):
        return place_name(location, lang) if romanizes(lang) else location
    return first_form(hit[0], hit[1]) or location


def _merged(people: list[Person]) -> list[Person]:
    """One person per English name and state: the cases of a name ("Си Цзиньпин", "Си Цзиньпином")
    were told apart as written; the first with an office speaks for all, with every alias."""
    out: dict[tuple[str, str | None], Person] = {}
    for p in people:
        key = (p.name, p.country)
        if key not in out:
            out[key] = p
            continue
        first = out[key] if out[key].role or not p.role else p
        aliases = list(dict.fromkeys([*out[key].aliases, *p.aliases]))
        out[key] = replace(first, aliases=aliases)
    return list(out.values())


def in_english(ex: Extraction, lang: str) -> Extraction:
    """``ex`` with its people, offices and titles in English where the language's data maps them."""
    names: dict[str, str] = {}
    nominatives = shortest_forms([p.name for p in ex.people], lang) if romanizes(lang) else {}
    everyone = tuple(p.name for p in ex.people)
    people = _merged([_person(p, lang, names, nominatives, everyone) for p in ex.people])
    events = [replace(e, participants=[names.get(n, n) for n in e.participants], location=_place(e.location, lang))
              for e in ex.events]
    agreements = ex.agreements
    if translates_titles(lang):
        agreements = []
        for a in ex.agreements:
            title = translate_title(a.title, lang)
            agreements.append(replace(a, title=title.english, title_original=title.original)
                              if title.english and title.complete else a)
    return replace(ex, people=people, events=events, agreements=agreements)
