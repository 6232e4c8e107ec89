"""Countries and international organisations: names in text -> ISO alpha-3 codes or ``IGO:`` ids.

The lexicon is data: pycountry's names of every state (English) plus, per language,
``resources/<lang>/countries.tsv`` (short and official names, demonyms, capitals and government
metonyms such as "the Kremlin") and ``resources/<lang>/igos.tsv``. A ``*`` lets a word take any
ending (Russian case endings: "Южн* Коре*" for "Южной Кореи"). A form ending in ``-`` is the first
part of a compound adjective only ("армяно-" in "армяно-казахстанский", which names both states).
Forms that are also person names, common words or places elsewhere (``ambiguous_forms.txt``) count
only with corroboration, and phrases such as "New Mexico" (``not_countries.txt``) are matched and
discarded so that "Mexico" inside them does not fire. A short form two states share
(``shared_forms.tsv``: "Congo") stands for the one of them the story names by a form of its own, and a
capital for an organisation seated there that the story names (``in_story``). A form before a currency noun
(``currency_nouns.txt``: "US dollars", "US$") names money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from .. import resources

# Capitals must not follow a capitalised word ("George Washington"): there they are a surname.
# They may precede one ("Ruritania City Fund for Development" still points at the state).
_BARE_KINDS = ("capital",)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


@dataclass(frozen=True)
class CountryMention:
    """A country or organisation named in the text; offsets are in the document's clean text."""

    code: str
    start: int
    end: int
    text: str
    kind: str  # "name", "demonym", "capital", "igo"


@dataclass(frozen=True)
class _Entry:
    code: str  # "" for a phrase that is not a country ("New Mexico")
    kind: str
    ambiguous: bool


@dataclass(frozen=True)
class _Lexicon:
    exact: dict[str, _Entry]
    stems: dict[str, _Entry]  # forms written with a trailing "*"
    inflected: tuple[tuple[re.Pattern[str], _Entry], ...]  # forms with a "*" inside ("Южн* Коре*")
    pattern: re.Pattern[str]


def _split(field: str | None) -> list[str]:
    return [f.strip().translate(_APOSTROPHES) for f in (field or "").split("|") if f.strip()]


def _pycountry_names() -> list[tuple[str, str]]:
    """Names pycountry gives every state; inverted forms ("Korea, Republic of") are skipped."""
    out = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                out.append((value, c.alpha_3))
    return out


@cache
def _raw_forms(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(form, code, kind) in priority order: curated forms first, so they win a shared form. Read
    once: naming a fact's place in English asks for a state's first form in every document."""
    forms: list[tuple[str, str, str]] = []
    if resources.has(lang, "countries.tsv"):
        for row in resources.tsv_table(lang, "countries.tsv"):
            for kind, column in (("name", "names"), ("demonym", "demonyms"), ("capital", "capitals")):
                forms += [(f, row["code"], kind) for f in _split(row.get(column))]
    if resources.has(lang, "igos.tsv"):
        for row in resources.tsv_table(lang, "igos.tsv"):
            forms += [(f, row["id"], "igo") for f in _split(row.get("forms"))]
    if lang == "en":
        forms += [(name, code, "name") for name, code in _pycountry_names()]
    if resources.has(lang, "not_countries.txt"):
        forms += [(f, "", "name") for f in resources.word_list(lang, "not_countries.txt")]
    return tuple(forms)


def _variants(form: str) -> list[str]:
    """The form as written, capitalised at a sentence start, and in an all-capitals headline."""
    out = [form]
    if form[:1].islower():
        out.append(form[:1].upper() + form[1:])
    if len(form.rstrip("*")) >= 4:
        out.append(form.upper())
    return out


@cache
def _lexicon(lang: str) -> _Lexicon:
    has_list = resources.has(lang, "ambiguous_forms.txt")
    ambiguous = set(resources.word_list(lang, "ambiguous_forms.txt")) if has_list else set()
    exact: dict[str, _Entry] = {}
    stems: dict[str, _Entry] = {}
    inflected: dict[str, _Entry] = {}
    for form, code, kind in _raw_forms(lang):
        entry = _Entry(code, kind, form.rstrip("*") in ambiguous)
        for v in _variants(form):
            if "*" in v.rstrip("*"):
                inflected.setdefault(v, entry)
                continue
            table, key = (stems, v[:-1]) if v.endswith("*") else (exact, v)
            table.setdefault(key, entry)
    alts = [(k, re.escape(k)) for k in exact if not k.endswith("-")]
    alts += [(k, re.escape(k[:-1]) + r"(?=-\w)") for k in exact if k.endswith("-")]
    alts += [(k, re.escape(k) + r"\w*") for k in stems]
    alts += [(k, _inflected_regex(k)) for k in inflected]
    alts.sort(key=lambda a: len(a[0]), reverse=True)
    starts = resources.first_chars([k for k, _ in alts])
    pattern = re.compile(r"(?<!\w)" + starts + "(?:" + "|".join(a for _, a in alts) + r")(?![\w])")
    compiled = tuple((re.compile(_inflected_regex(k)), e) for k, e in inflected.items())
    return _Lexicon(exact, stems, compiled, pattern)


def _inflected_regex(form: str) -> str:
    return r"\w*".join(re.escape(part) for part in form.split("*"))


def _entry(lex: _Lexicon, matched: str, compound: bool = False) -> _Entry | None:
    """``compound``: the match opens a compound of capitalised parts ("Colombo-Venezuelan"), where a
    form listed with a trailing "-" wins over the same word alone (the capital of another state)."""
    if compound and matched + "-" in lex.exact:
        return lex.exact[matched + "-"]
    if matched in lex.exact:
        return lex.exact[matched]
    if matched + "-" in lex.exact:
        return lex.exact[matched + "-"]
    for regex, entry in lex.inflected:
        if regex.fullmatch(matched):
            return entry
    for n in range(len(matched), 0, -1):
        if matched[:n] in lex.stems:
            return lex.stems[matched[:n]]
    return None


_WORD_BEFORE = re.compile(r"(\S+) $")
_WORD_AFTER = re.compile(r"^ ([A-ZА-ЯЁ]\w+)")


def _beside_capitalised(text: str, start: int, end: int, spans: set[tuple[int, int]], after: bool) -> bool:
    """True when a capitalised word (not itself a country form) is glued to the match by a space,
    the word before counting only when it does not open a sentence ("In Moscow" is fine)."""
    follower = _WORD_AFTER.match(text[end : end + 40]) if after else None
    if follower and (end + 1, end + 1 + len(follower.group(1))) not in spans:
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if not before or not before.group(1)[:1].isupper() or not before.group(1).isalpha():
        return False
    word_start = start - 1 - len(before.group(1))
    if any(s == word_start for s, _ in spans):
        return False
    head = text[max(0, word_start - 3) : word_start]
    return bool(head.strip()) and not re.search(r"[.!?:\"“(]\s*$", head)


def find_mentions(text: str, lang: str = "en") -> list[CountryMention]:
    """States and organisations named in ``text``, in order of appearance."""
    lex = _lexicon(lang)
    norm = text.translate(_APOSTROPHES)  # same length, so offsets hold
    found: list[tuple[int, int, _Entry]] = []
    for m in lex.pattern.finditer(norm):
        entry = _entry(lex, m.group(0), norm[m.end():m.end() + 1] == "-" and norm[m.end() + 1:m.end() + 2].isupper())
        if entry is not None:
            found.append((m.start(), m.end(), entry))
    spans = {(s, e) for s, e, _ in found}
    money = _currency_after(lang)
    kept = [
        (s, e, en) for s, e, en in found
        if en.code
        and not (money and en.kind in ("name", "demonym") and money.match(norm, e))
        and not (en.ambiguous and _beside_capitalised(norm, s, e, spans, after=True)
                 and not _after_office_of(norm, s, lang))
        and not (en.kind in _BARE_KINDS and _beside_capitalised(norm, s, e, spans, after=False))
    ]
    sure = {en.code for _, _, en in kept if not en.ambiguous}
    out = []
    for s, e, en in kept:
        if en.ambiguous and en.code not in sure and not _other_state_nearby(norm, s, e, kept):
            continue
        out.append(CountryMention(en.code, s, e, text[s:e], en.kind))
    return out


def in_story(mentions: list[CountryMention], named: list[CountryMention], lang: str = "en") -> list[CountryMention]:
    """The mentions read in the light of the whole story (``named``): shared short forms and seats."""
    return seats_as_organisations(shared_forms_resolved(mentions, named, lang), named, lang)


def seats_as_organisations(mentions: list[CountryMention], named: list[CountryMention],
                           lang: str = "en") -> list[CountryMention]:
    """The mentions with a capital read as the organisation that sits there ('Brussels turns up
    pressure' in a story on the EU) when the story (``named``: all its mentions, headline too) names
    that organisation and no other seated there, and never names the capital's state otherwise."""
    codes = {m.code for m in named}
    seated = {s: [o for o, st in _seats(lang) if st == s and o in codes] for _, s in _seats(lang)}
    own = {m.code for m in named if m.kind != "capital"}
    return [replace(m, code=seated[m.code][0], kind="igo")
            if m.kind == "capital" and len(seated.get(m.code, [])) == 1 and m.code not in own else m
            for m in mentions]


def shared_forms_resolved(mentions: list[CountryMention], named: list[CountryMention],
                          lang: str = "en") -> list[CountryMention]:
    """The mentions with a short form two states share ('Congo') read as the one of them that the
    story (``named``: all its mentions, headline too) names by another form."""
    shared = _shared_forms(lang)
    own = {m.code for m in named if m.text.casefold() not in shared}
    out = []
    for m in mentions:
        meant = [c for c in shared.get(m.text.casefold(), ()) if c in own]
        out.append(replace(m, code=meant[0]) if len(meant) == 1 else m)
    return out


@cache
def _shared_forms(lang: str) -> dict[str, tuple[str, ...]]:
    if not resources.has(lang, "shared_forms.tsv"):
        return {}
    return {row["form"].casefold(): tuple(_split(row["codes"]))
            for row in resources.tsv_table(lang, "shared_forms.tsv", columns=("form", "codes"))}


@cache
def _seats(lang: str) -> tuple[tuple[str, str], ...]:
    """(organisation, state whose capital is its seat) of the language's igos.tsv."""
    if not resources.has(lang, "igos.tsv"):
        return ()
    return tuple((row["id"], row["seat"]) for row in resources.tsv_table(lang, "igos.tsv")
                 if row.get("seat"))


@cache
def _currency_after(lang: str) -> re.Pattern[str] | None:
    """What follows a form that names a currency rather than the state: "(US) dollars", "(US)$"."""
    if not resources.has(lang, "currency_nouns.txt"):
        return None
    nouns = resources.alternation(resources.word_list(lang, "currency_nouns.txt"))
    return re.compile(rf"\s?\$|\s+(?:{nouns})(?!\w)", re.IGNORECASE)


@cache
def _office_of(lang: str) -> re.Pattern[str]:
    """'Minister of (the) ', 'Embassy of ': a capitalised word and a genitive right before a form; 'Ambassador
    to ', 'Ambassador of Germany to ': an envoy's office and the preposition of where he is posted."""
    table = resources.cue_table_or_english(lang, "grammar.json")
    of = resources.alternation(sorted(table["genitive"]))
    to = resources.alternation(sorted(table.get("direction", [])))
    the = resources.alternation(sorted(table["definite_articles"])) or "(?!)"
    if not of:
        return re.compile("(?!)")  # a language whose genitive is a case ending has no such word
    sender = rf"(?:\s+(?:{of})\s+(?:(?:{the})\s+)?[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)?"
    posted = rf"|{sender}\s+(?:{to})" if to else ""
    return re.compile(rf"\b[A-ZА-ЯЁ][\w-]+(?:\s+(?:{of}){posted})\s+(?:(?:{the})\s+)?$")


def _after_office_of(text: str, start: int, lang: str) -> bool:
    """'Foreign Minister of Georgia Nino X', 'Ambassador of Germany to Georgia Peter X': an ambiguous form
    after an office's 'of' or an envoy's 'to' names the state, though a capitalised name follows it."""
    return bool(_office_of(lang).search(text[max(0, start - 40):start]))


def _other_state_nearby(text: str, start: int, end: int, kept: list[tuple[int, int, _Entry]]) -> bool:
    """Another state named in the same sentence: "Chad and Niger signed" reads as states."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
    lo = breaks[-1] if breaks else 0
    nxt = _SENTENCE_BREAK.search(text, end)
    hi = nxt.start() if nxt else len(text)
    return any(
        lo <= s < hi and (s, e) != (start, end) and not en.code.startswith("IGO:") and not en.ambiguous
        for s, e, en in kept
    )


def lookup(form: str, lang: str = "en") -> tuple[str, str] | None:
    """(code, kind) of one form as written ("Tajik" -> ("TJK", "demonym")), or None."""
    lex = _lexicon(lang)
    entry = _entry(lex, form.strip().translate(_APOSTROPHES))
    return (entry.code, entry.kind) if entry and entry.code else None


@cache
def _languages() -> tuple[str, ...]:
    """Languages with a country lexicon, English first."""
    found = [lang for lang in resources.languages() if resources.has(lang, "countries.tsv")]
    return tuple(sorted(found, key=lambda lang: (lang != "en", lang)))


@cache
def _folded(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, code, _ in _raw_forms(lang):
        if code and "*" not in form and not form.endswith("-"):
            out.setdefault(form.casefold(), code)
    return out


def known_names(lang: str = "en") -> dict[str, str]:
    """Every name, demonym and capital the lexicon resolves, casefolded, with its code: what a
    misspelt country argument is compared with."""
    return _folded(lang)


def first_form(code: str, kind: str, lang: str = "en") -> str | None:
    """The first form of one kind ("capital", "name") the lexicon lists for a state: its usual one."""
    return _first_forms(lang).get((code, kind))


@cache
def _first_forms(lang: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for form, code, kind in _raw_forms(lang):
        out.setdefault((code, kind), form)
    return out


def state_names(code: str, lang: str = "en") -> list[str]:
    """Every name the lexicon knows for the state ``code`` ("Morocco", "Kingdom of Morocco")."""
    return [form for form, c, kind in _raw_forms(lang) if c == code and kind == "name"]


def resolve_country(name: str) -> str | None:
    """A code ('TJK', 'tj'), a name in any case ('russian federation', 'Russia'), a demonym
    ('Tajik'), a capital or an organisation ('EU' -> 'IGO:EU') -> its code, or None."""
    value = re.sub(r"'s$", "", name.strip().translate(_APOSTROPHES))
    if not value:
        return None
    if value.upper().startswith("IGO:"):
        return value[:4].upper() + value[4:]
    if re.fullmatch(r"[A-Za-z]{3}", value) and pycountry.countries.get(alpha_3=value.upper()):
        return value.upper()
    for lang in _languages():
        hit = lookup(value, lang)
        if hit:
            return hit[0]
        if value.casefold() in _folded(lang):
            return _folded(lang)[value.casefold()]
    if re.fullmatch(r"[A-Za-z]{2}", value):
        country = pycountry.countries.get(alpha_2=value.upper())
        return country.alpha_3 if country else None
    return None
