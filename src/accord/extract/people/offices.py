"""The office a text gives a name and the state named in it: the office phrase before the name
("Minister of Economy of the Republic of X Y Z") or in an apposition after it ("Li Wei — Minister
of Foreign Affairs of X —"), the office without the state's name, and the state: named in the office,
by a demonym or possessive before it, or "of X" after the name. Two names under one plural office
("The Foreign Ministers, X and Y") are one per side."""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ..analysis import Sentence
from ..gazetteer import CountryMention, find_mentions
from ..syntax import is_ent, is_pos, role_words
from .lexicon import cue_alternation, cue_words, grammar, honorific_alternation, word_set

# words an office phrase may run to between its office word and the name: "Minister of Foreign
# Affairs and International Cooperation of the Republic of X"
_MAX_ROLE_TOKENS = 18
OFFICE_REACH = 60  # characters an office phrase spans before the name it introduces
# characters of capitalised words an apposition may open with before its office: ", Ruritanian Minister"
_OFFICE_LEAD = 25
# characters a plural office with its states and remit spans before the names it lists
_LISTED_REACH = 100
_REMIT_WORDS = 4  # lower-case words of a plural office's remit: "(envoys of X and Y) for the normalisation process"
_FIELD_WORDS = 3  # words of a portfolio after a plural office and "of": "Ministers of Energy and Trade"


def persons_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in sentence.ents if is_ent(e, "person")]


def role_before(sentence: Sentence, start: int, offices: list[tuple[int, int]], runs: list[tuple[int, int]],
                 text: str, lang: str) -> tuple[int, int] | None:
    """The office phrase that ends right before the name: from the closest office word before it,
    with nothing but office words, countries and connectives between. A courtesy title between
    ("Prime Minister Dr. X") is left out of the office."""
    before = [o for o in offices if o[1] <= start]
    if not before:
        return None
    o_start = before[-1][0]
    between = text[before[-1][1]:start]
    titles = honorifics_at_end(lang).search(between)
    end = start - (len(between) - titles.start()) if titles and titles.group(0).strip() else start
    between = text[before[-1][1]:end]
    if len(between.split()) > _MAX_ROLE_TOKENS or re.search(r"[.;:!?\"“”]", between):
        return None
    if any(o_start < r[0] < start for r in runs if r[1] <= start and _is_person_run(r, sentence)):
        return None
    # "X, Minister of Energy, and Y" / "Serbia's minister of energy, X, Mr Y": the office is X's
    comma = between.find(",")
    # (a run that opens a field's name goes on with the office: "Minister of Foreign Affairs, African Integration")
    if re.search(rf",\s*(?:{grammar(lang, 'coordinators', 'alternatives')})\b", between) or (
            comma >= 0 and any(before[-1][1] + comma < r[0] < start and not before_field(r[1], text, lang)
                               for r in runs)):
        return None
    for tok in sentence.span:
        if o_start <= tok.idx < start and is_pos(tok, "verb", "auxiliary_verb") and tok.text[:1].islower():
            return None
    return (_extend_back(o_start, offices, text, lang), end)


def before_field(end: int, text: str, lang: str) -> bool:
    """The run ending at ``end`` stands right before a field word ("African Integration", "Nationals
    Abroad"): it is part of a portfolio's name."""
    nxt = re.match(r"\s+([\w-]+)", text[end:end + _OFFICE_LEAD])
    return bool(nxt and nxt.group(1)[:1].isupper() and nxt.group(1).casefold() in word_set(lang, "portfolio_words.txt"))


@cache
def honorifics_at_end(lang: str) -> re.Pattern[str]:
    alt = honorific_alternation(lang) or "(?!)"
    return re.compile(r"(?:(?<![\w.])(?:" + alt + r")\s*)+$", re.I)


_BODY_WORDS = 3  # capitalised words of a body between an office and its last office-like word: "Cabinet"


def _extend_back(o_start: int, offices: list[tuple[int, int]], text: str, lang: str) -> int:
    """Widen an office over the field words before it and over an office joined by "and":
    "Defence Minister", "Foreign Affairs Minister", "Deputy Prime Minister and Defence Minister"."""
    fields = word_set(lang, "portfolio_words.txt")
    while True:
        word = re.search(rf"([\w-]+)(?:\s*,\s*|\s+(?:{grammar(lang, 'coordinators')})\s+|\s*&\s*|\s+)$",
                         text[max(0, o_start - OFFICE_REACH):o_start])
        if word and word.group(1).casefold() in fields:
            o_start -= len(word.group(0))
            continue
        joined = [o for o in offices if o[1] < o_start and are_joined(text[o[1]:o_start], lang)]
        if joined:
            o_start = joined[-1][0]
            continue
        # "Deputy Chairman of the Cabinet of Ministers X": the office word before the name ends a body's name,
        # and the office is the one held in that body
        body = _of_body(lang).search(text[max(0, o_start - OFFICE_REACH):o_start])
        held = [o for o in offices if body and o[1] == o_start - len(body.group(0))]
        if held:
            o_start = held[-1][0]
            continue
        return o_start


@cache
def _of_body(lang: str) -> re.Pattern[str]:
    of, the = grammar(lang, "genitive"), grammar(lang, "definite_articles")
    return re.compile(rf"\s+(?:{of})\s+(?:(?:{the})\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{1,{_BODY_WORDS}}}(?:{of})\s+$", re.I)


def are_joined(gap: str, lang: str) -> bool:
    """The gap between two offices or names joins them: " and "."""
    return re.fullmatch(rf"\s+(?:{grammar(lang, 'coordinators')})\s+", gap) is not None


def _is_person_run(run: tuple[int, int], sentence: Sentence) -> bool:
    return any(s <= run[0] and run[1] <= e for s, e in persons_spans(sentence))


def role_after(sentence: Sentence, end: int, offices: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """An apposition after the name: ", Deputy Prime Minister and Minister of X," or "— member of ... —"."""
    rest = text[end:sentence.end]
    lang = sentence.span.doc.lang_
    lead = re.match(rf"\s*[,—–(-]\s*(?:(?:{grammar(lang, 'articles')}) )?", rest)
    if not lead:
        return None
    first = end + lead.end()
    # (", acting Minister of X": a lowercase rank may open the office)
    ranks = {w.casefold() for w in cue_words(lang, "office_prefixes")}
    if not any(a == first or (first <= a <= first + _OFFICE_LEAD and (
            not text[first:a].strip(" ,")[:1].islower() or text[first:a].strip(" ,").casefold() in ranks))
               for a, _ in offices if a >= first):
        return None
    # "(JICA)" after an organisation is its acronym, not more of the office
    stop = re.search(rf"[,;—–()]|\s(?:{cue_alternation(lang, 'speech_verbs')})\b", text[first:sentence.end])
    close = first + stop.start() if stop else sentence.end
    if stop and stop.group(0) == ",":  # "Deputy Prime Minister and Minister of X, today met": the office ends here
        close = first + stop.start()
    return (first, close)


def clean_role(role: str, mentions: list[CountryMention], offset: int, lang: str) -> str:
    """The office without the state's name: 'Minister of Economy of the Republic of X' ->
    'Minister of Economy'."""
    out = role
    for m in sorted(mentions, key=lambda m: -m.start):
        a, b = m.start - offset, m.end - offset
        if a < 0 or b > len(role) or re.match(r"\s+[A-Z]\w+", out[b:]):
            continue  # "of the Ruritania International Development Agency": part of an organisation's name
        the, links = grammar(lang, "definite_articles"), cue_alternation(lang, "role_state_links")
        head = re.search(rf"(?:\s+(?:{links})(?:\s+(?:{the}))?|\s+(?:{the}))?\s*$", out[:a])
        a2 = head.start() if head else a
        tail = re.match(rf"(?:{grammar(lang, 'possessive_endings')})?", out[b:])
        b2 = b + (tail.end() if tail else 0)
        out = out[:a2] + " " + out[b2:]
    out = re.sub(r"\s+", " ", out).strip(" ,;:.—–-")  # a role that ends its sentence leaves the stop behind
    out = re.sub(rf"^(?:{grammar(lang, 'articles')})\s+", "", out, flags=re.I)
    return out


def state_of_role(span: tuple[int, int], mentions: list[CountryMention], text: str, lang: str) -> str | None:
    """The state named in an office; not the host of a posting ("Ambassador to X" serves another)."""
    for m in mentions:
        if span[0] <= m.start < span[1] and not m.code.startswith("IGO:"):
            the = role_words(lang, "definite_articles")
            prev = [w.casefold() for w in text[span[0]:m.start].split() if w.casefold() not in the]
            if prev and prev[-1] in cue_words(lang, "host_prepositions"):
                continue
            return m.code
    return None


@cache
def _body(lang: str) -> str:
    """'Foreign Ministry ', 'Embassy ': a body of the state, its field words first, that employs the office."""
    bodies = resources.alternation(sorted(cue_words(lang, "office_bodies")))
    fields = resources.alternation(sorted(word_set(lang, "portfolio_words.txt")))
    return rf"(?:(?:{fields or '(?!)'})\s+)*(?:{bodies})\s+" if bodies else "(?!)"


_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,6})\s+$")
_DEFINED_REACH = 60  # characters of the full name before the brackets that give its short form


def acronym_state(start: int, pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'(signed by) BI Governor X', where the story has spelt the short form out, 'Bank Indonesia (BI)': an
    office right after a body's short form is held for the state of the pair that the body's full name names."""
    short = _ACRONYM_BEFORE.search(text[max(0, start - _DEFINED_REACH):start])
    return _spelt_out_state(short.group(1), pair, text, lang) if short else None


_ACRONYM_IN = re.compile(r"(?<![\w(-])([A-Z]{2,6})(?![\w-])")


def acronym_in_role(span: tuple[int, int], pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'X, Governor of the SBV', where the story has spelt it out, 'the State Bank of Ruritania (SBV)': an office
    of a body named by its short form is held for the state of the pair that the body's full name names."""
    found = {_spelt_out_state(short.group(1), pair, text, lang) for short in _ACRONYM_IN.finditer(text, *span)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _spelt_out_state(short: str, pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """The state of the pair named in the full name of the body the story gives as 'Full Name (SHORT)'."""
    for defined in re.finditer(rf"\(\s*{short}\s*\)", text):
        # (the full name ends at the brackets: of two bodies spelt out in one line, the nearer)
        lead = re.split(r"[\n()]", text[max(0, defined.start() - _DEFINED_REACH):defined.start()])[-1]
        named = find_mentions(lead, lang)
        if named and named[-1].code in pair:
            return named[-1].code
    return None


def state_just_before(start: int, mentions: list[CountryMention], text: str, lang: str) -> str | None:
    """A demonym or possessive right before the office: 'Ruritanian President', 'Ruritania's Minister',
    or before a peer noun the office stands in apposition to ('his Ruritanian counterpart, Minister X')."""
    for m in mentions:
        if m.code.startswith("IGO:") or m.end > start:
            continue
        if _office_owner_gap(lang).fullmatch(text[m.end:start]):
            return m.code
    return None


@cache
def _office_owner_gap(lang: str) -> re.Pattern[str]:
    """What may stand between a state and its office: "'s", "his", "the Foreign Ministry", "counterpart,"."""
    peers = resources.alternation(sorted(cue_words(lang, "peer_roles"))) or "(?!)"
    owner = "|".join([cue_alternation(lang, "possessives"), grammar(lang, "definite_articles")])
    poss = grammar(lang, "possessive_endings")
    return re.compile(rf"(?:{poss})?\s*(?:(?:{owner})\s+)?(?:{_body(lang)})?(?:(?:{peers})\s*,\s*)?", re.I)


def state_owning(start: int, mentions: list[CountryMention], text: str, lang: str) -> str | None:
    """'Ruritania's Ana Petrova signed': a state's possessive right before a name with no office is the
    state the person acts for."""
    poss = grammar(lang, "possessive_endings")
    return next((m.code for m in mentions if m.end <= start and not m.code.startswith("IGO:")
                 and m.kind != "demonym" and re.fullmatch(rf"(?:{poss})\s+", text[m.end:start])), None)


_IGO_OFFICE_WORDS = 3  # words between an organisation and its office: "EU foreign policy chief"


def organisation_before(start: int, mentions: list[CountryMention], pair: tuple[str, ...], text: str,
                        lang: str) -> str | None:
    """'EU High Representative X', 'EU foreign policy chief X': an office right after an organisation that
    is a side of the story's pair is held for it."""
    poss = grammar(lang, "possessive_endings")
    return next((m.code for m in mentions if m.code.startswith("IGO:") and m.code in pair and m.end <= start
                 and re.fullmatch(rf"(?:{poss})?(?:\s+[\w-]+){{0,{_IGO_OFFICE_WORDS}}}\s+", text[m.end:start])),
                None)


def state_after_name(end: int, mentions: list[CountryMention], text: str, lang: str) -> str | None:
    of, the = grammar(lang, "genitive"), grammar(lang, "definite_articles")
    for m in mentions:
        if not m.code.startswith("IGO:") and re.fullmatch(rf"\s+(?:{of})\s+(?:(?:{the})\s+)?", text[end:m.start]):
            return m.code
    return None


@cache
def _plural_office(lang: str) -> re.Pattern[str]:
    known = word_set(lang, "offices.txt")
    endings = cue_words(lang, "plural_endings")
    # "Foreign Ministers", "the special envoys": any office with a plural ending
    offices = [o + e for o in known for e in endings if o + e not in known] + \
        [o for o in known if any(o.endswith(e) and o[:-len(e)] in known for e in endings)]
    fields = resources.alternation(sorted(word_set(lang, "portfolio_words.txt")))
    alt = resources.alternation(offices) or "(?!)"
    # "the Ministers of Energy and Trade": the portfolio may follow the plural office after "of"
    of, the = grammar(lang, "genitive"), grammar(lang, "definite_articles")
    field, coordinators = r"(?-i:[^\W\d_])[\w-]*", grammar(lang, "coordinators")
    # ("the special representatives of X and Y for the border talks, A and B": a remit in lower case may follow)
    remit = rf"(?:\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z])[\w-]*){{1,{_REMIT_WORDS}}})?"
    tail = rf"\s+(?:{of})\s+(?:(?:{the})\s+)?{field}(?:\s+(?:{coordinators}|{field})){{0,{_FIELD_WORDS}}}{remit}"
    return re.compile(rf"(?<![\w-])((?:(?:{fields or '(?!)'})\s+)*(?:{alt}))({tail})?\s*,?\s*$", re.I)


def listed_pair(start: int, end: int, runs: list[tuple[int, int]], text: str, lang: str) -> tuple[int, str] | None:
    """"The Foreign Ministers, X and Y, signed": two names under one plural office, one per side in
    the order the story gives its sides. The position and the office in the singular."""
    first = next((r for r in runs if r[1] <= start and are_joined(text[r[1]:start], lang)), None)
    second = next((r for r in runs if r[0] >= end and are_joined(text[end:r[0]], lang)), None)
    if first is None and second is None:
        return None  # (before the office's search, which tries every position of its reach)
    lead = first[0] if first else start
    office = _plural_office(lang).search(text[max(0, lead - _LISTED_REACH):lead])
    if not office:
        return None
    singular = re.sub(rf"(?:{cue_alternation(lang, 'plural_endings')})$", "", office.group(1).strip())
    return (1 if first else 0), singular + (office.group(2) or "")
