"""Fields of cooperation of the story's pair, from a cue lexicon (``resources/<lang>/sectors.tsv``).

Only sentences about the pair's cooperation count: they name both sides or speak of them ("the
two countries"), or carry a cooperation cue (``cooperation_cues.txt``: cooperation, projects,
agreements, "the sides discussed" ...) and name no state outside the pair. A field named inside
a minister's title ("Minister of Natural Resources and Ecology") does not count, nor one in the source a figure is
credited to, in what one side is accused of giving a third, in the work of armed forces ("joint training"), or in
a word of another sense (a dateline's place, a vigour, goods listed as sold). Each sector keeps the sentences that
named it and no other: its evidence, which the knowledge base stores and counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import resources
from ..facts import Cooperation, Evidence
from ..timex import UPPER_PLACE
from .analysis import AnalyzedDoc, Sentence
from .indicators.numbers import find_quantities
from .pairs import actor_states, refers_to_pair, speaks_of_both
from .syntax import (
    adposition_of,
    adposition_on_noun,
    is_dep,
    is_ent,
    is_pos,
    is_tag,
    lemma_of,
    prep_objects,
    prepositions,
    token_at,
)

# the dependencies that head a clause of their own (_clause_of)
_CLAUSE_HEADS = ("root", "clausal_complement", "adverbial_clause", "relative_clause", "parataxis")

# The contract's sectors, in the order records list them.
SECTORS = (
    "trade", "investment", "finance", "energy", "oil_gas", "mining", "metallurgy", "industry",
    "chemicals", "construction", "textiles", "agriculture", "health", "transport", "aviation",
    "tourism", "education", "culture", "science_tech", "digital", "security", "migration",
    "environment", "infrastructure",
)


# a phrase that holds a cue word in another sense ("investment environment", "bearing fruit"): matched
# as a whole so that its word does not fire
_NO_SECTOR = "none"


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    sector_of: dict[str, str]  # lower-cased cue (stem for "*" cues) -> sector
    stems: tuple[str, ...]  # longest first: a word is read by its longest stem
    cues: dict[str, str]  # lower-cased cue as written -> sector, for phrases of several stems


def _cue_regex(cue: str) -> str:
    body = resources.stem_regex(cue)  # "сельск* хозяйств*": every word may be a stem
    # Acronyms ("IT") match only as written; other cues in any case. An acronym joined by a hyphen to
    # more capitals is part of a longer one ("IT-CEPA": a trade pact's name), not the field.
    return f"(?-i:{body}(?!-[A-Z]))" if any(ch.isupper() for ch in cue) else body


@cache
def _lexicon(lang: str) -> _Lexicon | None:
    if not resources.has(lang, "sectors.tsv"):
        return None
    rows = [r for r in resources.tsv_table(lang, "sectors.tsv") if r["sector"] in SECTORS or r["sector"] == _NO_SECTOR]
    rows.sort(key=lambda r: len(r["cue"]), reverse=True)
    starts = resources.first_chars([r["cue"] for r in rows])
    pattern = re.compile(r"(?<!\w)" + starts + "(?:" + "|".join(_cue_regex(r["cue"]) for r in rows) + r")(?!\w)", re.I)
    sector_of = {r["cue"].rstrip("*").lower(): r["sector"] for r in rows}
    stems = tuple(sorted((r["cue"][:-1].lower() for r in rows if r["cue"].endswith("*")), key=len, reverse=True))
    return _Lexicon(pattern, sector_of, stems, {r["cue"].lower(): r["sector"] for r in rows})


def _cooperation_cue(lang: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, "cooperation_cues.txt")


# "firms with Turkish capital", "enterprises with foreign joint-stock capital": at most two words
# (the owners' adjective and a kind of capital) between "with" and "capital"
CAPITAL_OWNER_GAP = 2


@dataclass(frozen=True)
class _Offices:
    title: re.Pattern[str]  # "Minister of Roads, Shipping and Digital Services"
    title_before: re.Pattern[str]  # "Fisheries, Forests and Tourism minister", "Energy Minister"
    heads: frozenset[str]
    field_links: frozenset[str]
    source_heads: frozenset[str]
    source_verbs: frozenset[str]  # lemmas
    capital_owned: re.Pattern[str] | None  # "firms with Turkish capital"
    source: re.Pattern[str] | None  # "according to the Department of Trade and Industry": a source's name


def _either_case(word: str) -> str:
    """'minister' as written in a title or in prose: "[Mm]inister"."""
    return f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"


def _rules(lang: str) -> Mapping[str, Any]:
    return resources.cue_table_or_english(lang, "sector_rules.json")


@cache
def _offices(lang: str) -> _Offices:
    """Capitalised fields in an official's title name the person's office, not a field of the pair's
    cooperation (a ministry named as a party to a deal still counts). A language without a table of
    its own reads the English one, as the rules always did; the rule on companies owned from abroad
    is only a language's own."""
    d = _rules(lang)
    the = resources.alternation(resources.cue_table_or_english(lang, "grammar.json")["definite_articles"])
    heads = [w.capitalize() for w in d["office_heads"]] + list(d.get("body_heads", ()))
    # "Roads, Shipping and Digital Services", "the Tourism and the Handicrafts"; a head
    # opens the next title ("Minister of the Interior and the Minister of Trade")
    fields = rf"[A-Z][\w-]*(?:(?:\s+|,\s*|\s+(?:{resources.alternation(d['field_joiners'])})\s+(?:(?:{the})\s+)?)" \
             rf"(?!(?:{resources.alternation(heads)})\b)[A-Z][\w-]*)*"
    title = rf"\b(?:{resources.alternation(heads)})\s+(?:{resources.alternation(d['field_links'])})" \
            rf"\s+(?:(?:{the})\s+)?{fields}"
    either = "|".join(_either_case(w) for w in sorted(d["office_heads"], key=len, reverse=True))
    title_before = rf"{fields}(?=\s+(?:(?:{resources.alternation(d['office_ranks'])})\s+)?(?:{either})\b)"
    if d.get("committee_heads"):
        # a committee of a parliament is named by its remit ("the Standing Committee on Trade and Industry",
        # "the Tourism and Culture Committee of the Senate"): the committee's fields, not the pair's
        committee = resources.alternation(d["committee_heads"])
        title += rf"|\b(?:{resources.alternation(d['legislature_ranks'])})\s+(?:{committee})\s+" \
                 rf"(?:{resources.alternation(d['committee_links'])})\s+(?:(?:{the})\s+)?{fields}"
        title_before += rf"|{fields}(?=\s+(?:{committee})\s+(?:{resources.alternation(d['committee_links'])})\s+" \
                        rf"(?:(?:{the})\s+)?(?:{resources.alternation(d['legislatures'])})\b)"
    capital_owned = None
    if resources.has(lang, "sector_rules.json"):
        capital_owned = re.compile(
            rf"\b(?:{resources.alternation(d['capital_owners'])})\s+(?:{resources.alternation(d['owned_with'])})"
            rf"\s+(?:[\w-]+\s+){{0,{CAPITAL_OWNER_GAP}}}(?:{resources.alternation(d['capital_nouns'])})\b", re.I)
    source = None
    if d.get("source_links"):
        joiners = resources.alternation([*d["field_joiners"], *d["field_links"]])
        # "the Department of Trade and Industry": capitalised words with the links and joiners of a title
        name = rf"[A-Z][\w-]*(?:(?:\s+|,\s*|\s+(?:{joiners}|{the})\s+)[A-Z][\w-]*)*"
        source = re.compile(rf"\b(?:{resources.spaced_alternation(d['source_links'])})\s+(?:(?:{the})\s+)?"
                            rf"(?-i:{name})", re.I)
    if d.get("venue_links"):
        # "a secretary of state at the Ministry of Development and Technology", "talks at the Ministry of
        # Defence": the ministry is where someone works or met, its fields a title like an office's
        venue = rf"\b(?:{resources.alternation(d['venue_links'])})\s+(?:(?:{the})\s+)?" \
                rf"(?:{resources.alternation([h.capitalize() for h in d['source_heads']])})"
        title += rf"|{venue}\s+(?:{resources.alternation(d['field_links'])})\s+{fields}"
    return _Offices(re.compile(title), re.compile(title_before), frozenset(d["office_heads"]),
                    frozenset(d["field_links"]), frozenset(d["source_heads"]), frozenset(d["source_verbs"]),
                    capital_owned, source)


def _in_office_title(text: str, start: int, end: int, offices: _Offices) -> bool:
    """In an office's title, or in the name of the institution a statement is credited to."""
    sources = offices.source.finditer(text) if offices.source else iter(())
    return any(m.start() < start and end <= m.end() for m in offices.title.finditer(text)) or any(
        m.start() <= start and end <= m.end() for m in offices.title_before.finditer(text)) or any(
        m.start() < start and end <= m.end() for m in sources)


def office_fields(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (offsets in the sentence's text) of the fields an office title names in lower case
    ("Ruritania's minister of mining and energy"): the parse's "of"/"for" phrase under the title noun,
    which ends where the coordination ends, unlike a run of capitalised words."""
    spans: list[tuple[int, int]] = []
    offices = _offices(sentence.span.doc.lang_)
    for token in sentence.span:
        source = (token.lower_ in offices.source_heads and is_dep(token, "subject")
                  and lemma_of(token.head) in offices.source_verbs)  # "the Ministry of Trade said"
        if token.lower_ not in offices.heads and not source:
            continue
        for child in token.children:
            genitive = adposition_on_noun(child) and is_dep(child, "noun_modifier") and adposition_of(child) is None
            # "the finance ministry said", "the trade minister": a field before the head names it too
            before = is_dep(child, "compound") and child.i < token.i
            if genitive or before or (is_dep(child, "preposition") and child.lower_ in offices.field_links):
                # "министр энергетики": a field in the genitive hangs from the office with no preposition
                words = list(child.subtree)
                spans.append((words[0].idx - sentence.start, words[-1].idx + len(words[-1]) - sentence.start))
    return spans


# a dateline's place in capitals, before its comma or dash ("PORT LOUIS, March 3 -", "PORT VILA — ")
_DATELINE_PLACE = re.compile(rf"\W*{UPPER_PLACE}(?=\s*,|\s+[–—-]\s|\s*[–—])")


def other_senses(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (offsets in the sentence's text) whose cue words name no field: a place ('landed at Jomo
    Kenyatta International Airport', 'arrived in Port Moresby'), a verb that only shares its form
    with a field's noun ('would fuel growth', 'to bridge the gap', 'cement ties') and a noun given to
    the relationship itself ('new energy into the ties')."""
    rules = _rules(sentence.span.doc.lang_)
    verbs, places = frozenset(rules.get("other_sense_verbs", ())), frozenset(rules.get("place_name_words", ()))
    # a route or a zone is named so too ('the Middle Corridor'): only the words that name where one arrives
    spans = [(e.start_char - sentence.start, e.end_char - sentence.start) for e in sentence.ents
             if is_ent(e, "geopolitical", "location", "facility") and any(t.text in places for t in e)]
    # the place in capitals of a dateline ('PORT LOUIS, March 3 -') is where the story was filed
    dateline = _DATELINE_PLACE.match(sentence.text)
    spans += [dateline.span()] if dateline else []
    spans += _zones_as_places(sentence.text, sentence.span.doc.lang_)
    spans += [(t.idx - sentence.start, t.idx + len(t) - sentence.start) for t in sentence.span
              if is_pos(t, "verb") and lemma_of(t) in verbs or _given_to_a_relationship(t, rules) or _vigour(t, rules)]
    return spans + _military_senses(sentence)


def accused_aid(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (offsets in the sentence's text) of the aid one side accuses another of giving a third party
    ('accusing Asmara of backing terrorism', 'accused Kenya of supplying the militia with rifles through its
    airports', 'blamed Kigali for arming the militia'): the weapons, money and routes of that aid are no field
    the pair works in. A charge about the pair's own dealings ('charging that it had widened the quarry's
    permit without an environmental study') is the field at stake between them, and stays."""
    rules = _rules(sentence.span.doc.lang_)
    verbs, links = frozenset(rules.get("accusing_verbs", ())), frozenset(rules.get("accused_of", ()))
    aiding = frozenset(rules.get("aiding_verbs", ()))
    spans: list[tuple[int, int]] = []
    for verb in sentence.span:
        if lemma_of(verb) not in verbs:
            continue
        for prep in prepositions(verb):
            words = list(prep.subtree)
            if prep.lower_ in links and any(is_pos(w, "verb") and lemma_of(w) in aiding for w in words):
                spans.append((words[0].idx - sentence.start, words[-1].idx + len(words[-1]) - sentence.start))
    return spans


def _zones_as_places(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of a named zone told as where something is or happens ('a factory in the Kutaisi Free Economic Zone',
    'investments above all in the Tema Coastal Economic Zone'): a place, not the pair's work on zones ('agreed
    to develop the Tema Coastal Economic Zone' stays)."""
    rules = _rules(lang)
    if not rules.get("zone_heads"):
        return []
    the = resources.alternation(resources.cue_table_or_english(lang, "grammar.json")["definite_articles"])
    zone = re.compile(rf"\b(?:{resources.alternation(rules['place_prepositions'])})\s+(?:(?:{the})\s+)?"
                      rf"((?-i:(?:[A-Z][\w-]*\s+)+(?:{resources.alternation(rules['zone_heads'])}))\b)", re.IGNORECASE)
    return [m.span(1) for m in zone.finditer(text)]


def _military_senses(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the words of a field that, in a clause about armed forces, name the forces' own work: 'joint
    training with the Air Force', 'a logistics and training package' of missiles, a frigate's call at a port.
    The forces are told by a security cue in the cue's own clause (an office's title too: 'Defence Minister X
    discussed training areas') or by a word of the forces (``military_words``); a minister who reports the
    pair's civil work ('..., Defence Minister X said') or forces in a clause of their own ('a day after the
    army chiefs met') leave it a field."""
    text, lang = sentence.text, sentence.span.doc.lang_
    rules = _rules(lang)
    cues = rules.get("military_sense_cues", ())
    if not cues:
        return []
    forces = re.compile(rf"(?<!\w)(?:{resources.alternation(rules['military_words'])})(?!\w)", re.IGNORECASE)
    told = {m.start() for m in forces.finditer(text)}
    told |= {m.start() for m, sector in _cues(text, lang) if sector == "security"}
    if not told:
        return []
    spans = []
    for m in re.finditer(rf"(?<!\w)(?:{resources.alternation(cues)})(?!\w)", text, re.IGNORECASE):
        tok = token_at(sentence, sentence.start + m.start())
        clause = _clause_of(tok) if tok is not None else sentence.span
        if any(w.idx - sentence.start + k in told for w in clause for k in range(len(w.text))):
            spans.append(m.span())
    return spans


def _clause_of(tok: Any) -> list[Any]:
    """The words of the clause a word stands in: the subtree of the nearest clause head above it, without the
    clauses set inside it that do not hold the word."""
    head = tok
    while not is_dep(head, *_CLAUSE_HEADS) and head.head.i != head.i:
        head = head.head
    inner = [t for t in head.subtree
             if t.i != head.i and is_dep(t, *_CLAUSE_HEADS) and not t.left_edge.i <= tok.i <= t.right_edge.i]
    skip = {w.i for t in inner for w in t.subtree}
    return [w for w in head.subtree if w.i not in skip]


def _vigour(noun: Any, rules: Mapping[str, Any]) -> bool:
    """A field's noun that names the vigour spent on something: 'the fresh energy it brought to the dam
    project', 'the talks lacked energy', 'put more energy into the dispute'. A word of vigour qualifies it, or a
    verb of effort takes it as its object (with a quantity, for a verb that also takes goods: 'will find more
    energy for the pact', not 'sell more energy')."""
    if lemma_of(noun) not in rules.get("vigour_nouns", ()) or not is_pos(noun, "noun"):
        return False
    modifiers = {lemma_of(c) for c in noun.children if is_dep(c, "adjective_modifier")}
    verb = lemma_of(noun.head) if is_dep(noun, "object", "direct_object") else None
    quantity = bool(modifiers & set(rules.get("quantity_words", ())))
    return bool(modifiers & set(rules.get("vigour_modifiers", ()))) or verb in rules.get("vigour_verbs", ()) or (
        quantity and verb in rules.get("effort_verbs", ()))


def _given_to_a_relationship(noun: Any, rules: Mapping[str, Any]) -> bool:
    """A noun given to the relationship itself is vigour, not a field: 'inject new energy into
    bilateral ties', 'the energy Kenya is bringing to the dialogue'. The noun is the object of a verb
    of giving, or has one in its relative clause, whose 'to'/'into' phrase is a relationship noun."""
    giving = rules.get("giving_verbs", ())
    if not giving or not is_pos(noun, "noun"):
        return False
    verbs = [noun.head] if is_dep(noun, "object", "direct_object") else []
    verbs += [c for c in noun.children if is_dep(c, "relative_clause")]
    return any(lemma_of(v) in giving and any(
        p.lower_ in rules["given_to"] and any(lemma_of(o) in rules["relationship_nouns"] for o in prep_objects(p))
        for p in prepositions(v)) for v in verbs)


def source_names(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (offsets in the sentence's text) of the source a figure or a statement is credited to ('according
    to the trade statistics of the Ministry of Finance', 'according to Kenya's Ministry of Investments, Trade and
    Industry', 'according to the growers' group X', 'data from the Bank of Thailand'): the fields in it name
    who speaks, not what the pair does. The source is the phrase the link governs, when its head is a noun of
    a source (``source_nouns``, ``source_heads``) or an organisation's name; 'according to the agreement on
    energy' names no source."""
    rules = _rules(sentence.span.doc.lang_)
    if not rules.get("source_nouns"):
        return []
    nouns = frozenset([*rules["source_nouns"], *rules["source_heads"]])
    link = re.compile(rf"(?<!\w)(?:{resources.spaced_alternation(rules['source_links'])})(?!\w)", re.IGNORECASE)
    ends = {m.end() + sentence.start for m in link.finditer(sentence.text)}
    spans: list[tuple[int, int]] = []
    for token in sentence.span:
        if token.idx + len(token) not in ends:
            continue
        heads = prep_objects(token) if is_pos(token, "adposition") else [
            c for c in token.children if is_dep(c, "direct_object", "object")]
        for head in heads:
            if lemma_of(head).lower() in nouns or is_ent(head, "organisation"):
                words = list(head.subtree)
                spans.append((words[0].idx - sentence.start, words[-1].idx + len(words[-1]) - sentence.start))
    return spans


# capitalised words of a company's name before its company word ("China Communications Construction Company")
COMPANY_NAME_WORDS = 6


def company_names(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans (offsets in the sentence's text) of the capitalised names that end in a company word: the
    field words in them name a company ('China Communications Construction Company'), not a field."""
    words = _rules(sentence.span.doc.lang_).get("company_words", ())
    if not words:
        return []
    name = re.compile(rf"(?:(?-i:[A-Z])[\w&-]*\s+){{1,{COMPANY_NAME_WORDS}}}(?:{resources.alternation(words)})\b")
    return [(m.start(), m.end()) for m in name.finditer(sentence.text)]


# a list of goods has three items at least ("rice, tea and machinery")
GOODS_LIST_MIN_ITEMS = 3


def traded_goods(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Spans of the lists of goods behind a sum of trade ("exports of $150 million, mostly rice, tea and
    machinery"; "shipments were valued at $90 million, mostly flour, fuel and sugar"; "exports of rice, tea
    and machinery were worth $150 million"; "its exports, mainly rice, tea and machinery, came to $150
    million") or told as what one side mainly sells ("Laos mainly imports fuel, steel and cement"): what
    was sold and bought, not fields of cooperation. One good the trade is made of ("mostly copper") is a
    field; a list after its sum runs to the end of its clause ("..., while imports ..."), one before it
    to its verb ("... were worth")."""
    rules = _rules(lang)
    openers = rules.get("goods_list_openers", ())
    if not openers:
        return []
    text = sentence.text
    # a sum, or an amount in millions whose currency the number reader does not know ("FJ$96.7 million")
    money = [q for q in find_quantities(text, lang) if q.is_money or q.scaled]
    flow = resources.alternation(rules.get("goods_flow_words", ()))
    sold = re.search(rf"\b(?:{flow})\b", text, re.I)
    # a word opens a list as a whole word ("mostly"); a mark as it stands ("$150 million: rice, tea")
    words = resources.alternation([o for o in openers if o[:1].isalnum()])
    marks = resources.alternation([o for o in openers if not o[:1].isalnum()])
    if money and (sold or "trade" in sectors_in(text, lang)):
        # after the sum, or after the word of goods sold that the sum is of ("exports, mainly ...")
        start = min(money[0].end, sold.start()) if sold else money[0].end
        opener = re.compile(rf"(?<!\w)(?:{words})(?!\w)|(?:{marks})", re.I)
        listed = [(m, m.start() < money[0].start) for m in opener.finditer(text, start)]
        links = resources.alternation(rules.get("goods_flow_links", ()))
        listed += [(m, True) for m in re.finditer(rf"\b(?:{flow})\s+(?:{links})\b", text, re.I)]
    elif sold:  # "mostly imports fuel, ...", "imports mostly fuel, ..."
        listed = [(m, True) for m in re.finditer(rf"(?<!\w)(?:(?:{words})\s+(?:{flow})|(?:{flow})\s+(?:{words}))\b",
                                                 text, re.I)]
    else:
        return []
    if not listed:
        return []
    clause_end = re.compile(rf"[;.]|\b(?:{resources.alternation(rules['clause_breaks'])})\b", re.IGNORECASE)
    joiner = re.compile(rf",|\b(?:{resources.alternation(rules['list_joiners'])})\b", re.IGNORECASE)
    verbs = [t.idx - sentence.start for t in sentence.span
             if is_pos(t, "auxiliary_verb") or is_tag(t, "past_tense", "present", "present_third_person")]
    spans: list[tuple[int, int]] = []
    for opened, to_verb in listed:
        stop = clause_end.search(text, opened.end())
        end = stop.start() if stop else len(text)
        if to_verb:
            end = min([end, *(v for v in verbs if v >= opened.end())])
        pieces = joiner.split(text[opened.end():end])
        items = [i for i in pieces if i.strip(" —–-")]
        # "exports of $150 million, mostly ...": a sum, not a good, follows the flow
        first = opened.end() + len(pieces[0])
        if len(items) >= GOODS_LIST_MIN_ITEMS and not any(opened.end() <= q.start < first for q in money):
            spans.append((opened.end(), end))
    return spans


def sold_goods(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Spans of the lists of goods a verb of trade takes as its object ("Ruritania sells Freedonia copper, wine
    and fish", "it imports mostly fuel, fertilisers and steel", "bought $40 million of rice, sugar and tea"):
    what one side sells the other, not fields of cooperation. One good sold ("buys Ruritanian gas") stays a field."""
    verbs = frozenset(_rules(lang).get("goods_flow_verbs", ()))
    spans: list[tuple[int, int]] = []
    for verb in sentence.span:
        if not (is_pos(verb, "verb") and lemma_of(verb) in verbs):
            continue
        for obj in (c for c in verb.children if is_dep(c, "direct_object", "object", "indirect_object")):
            words = list(obj.subtree)
            if sum(is_dep(w, "conjunct") for w in words) >= GOODS_LIST_MIN_ITEMS - 1:
                spans.append((words[0].idx - sentence.start, words[-1].idx + len(words[-1]) - sentence.start))
    return spans


def _cues(text: str, lang: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Each cue the text holds and the sector it names (None for a word of no sector, _NO_SECTOR for a
    phrase of another sense), wherever it stands (an office's title too)."""
    lex = _lexicon(lang)
    if lex is None:
        return
    for m in lex.pattern.finditer(text):
        word = m.group(0).lower()
        # a phrase of several stems ("гуманитарн* помощ*") is read whole, before any stem of its first word
        phrase = resources.lookup(lex.cues, word) if " " in word else None
        yield m, phrase or lex.sector_of.get(word) or next(
            (lex.sector_of[s] for s in lex.stems if word.startswith(s)), None
        )


def sectors_in(text: str, lang: str = "en", skip: list[tuple[int, int]] | None = None) -> list[str]:
    """Sectors whose cues the text contains, in first-mention order; cues inside a ``skip`` span
    (a field named by an office title) do not count."""
    if _lexicon(lang) is None:
        return []
    found: list[str] = []
    offices = _offices(lang)
    heads = frozenset(_rules(lang).get("generic_heads", ()))
    head_fields = frozenset(_rules(lang).get("generic_head_fields", ()))
    field_before: tuple[int, str | None] = (-1, None)  # where the last field word ended, and its sector
    for m, sector in _cues(text, lang):
        if m.group(0)[:1].isupper() and _in_office_title(text, m.start(), m.end(), offices):
            continue
        if any(start <= m.start() and m.end() <= end for start, end in skip or ()):
            continue
        word = m.group(0).lower()
        # "the mining industry", "its tourism industry": the generic head of a service's or a resource's name is
        # that field ("the pharmaceutical industry" stays manufacturing)
        ends, named = field_before
        field_before = (m.end(), sector)
        if word in heads and named in head_fields and not text[ends:m.start()].strip(" -"):
            continue
        if sector and sector != _NO_SECTOR and sector not in found:
            found.append(sector)
    if "investment" not in found and offices.capital_owned and offices.capital_owned.search(text):
        found.append("investment")
    return found


def _pair_is_subject(sentence: Sentence, lang: str) -> bool:
    """The subject of the sentence's main verb is the two sides together ("The two heads of government
    reaffirmed their commitment to ... cooperation in health"): a third state named further on (in a
    project's name, as a partner of a shared plan) does not make the fields its own."""
    return any(is_dep(t, "subject") and is_dep(t.head, "root") and speaks_of_both(
        " ".join(w.text for w in t.subtree), lang) for t in sentence.span)


def _topic_states(sentence: Sentence, lang: str) -> set[str]:
    """States named only as what the pair supports or aids ("discussed regional defence and support
    to Ukraine"): a topic of the pair's talks, not a third party to them."""
    rules = _rules(lang)
    if not rules.get("support_nouns"):
        return set()
    before = re.compile(rf"\b(?:{resources.alternation(rules['support_nouns'])})\s+"
                        rf"(?:{resources.alternation(rules['support_links'])})\s+(?:\w+\s+)?$", re.IGNORECASE)
    elsewhere = {m.code for m in sentence.mentions if not before.search(sentence.text[:m.start - sentence.start])}
    return {m.code for m in sentence.mentions} - elsewhere


def _about_pair_cooperation(sentence: Sentence, a: AnalyzedDoc) -> bool:
    """Names both sides ("Ruritanian companies work in Freedonia's textile industry"), or carries a
    cooperation cue and names no state outside the pair (one named only as what the pair supports is a
    topic), or has the two sides as its subject."""
    pair = set(a.story_pair)
    named = set(actor_states(sentence, a.lang))
    if pair <= named or refers_to_pair(sentence, a):  # "the two countries", "both sides"
        return True
    cue = _cooperation_cue(a.lang)
    return bool(cue and cue.search(sentence.text)) and (
        named - _topic_states(sentence, a.lang) <= pair or _pair_is_subject(sentence, a.lang))


def _people_of_one_side(sentence: Sentence, a: AnalyzedDoc) -> bool:
    """Names one side of the pair and no other state, and people who go from one to the other
    ("Indian tourists are the largest group of arrivals", "more Vietnamese students enrol each year"):
    in the pair's story they go to the other side, so the fields of such a flow count
    (``people_flow_sectors``) though the sentence names one side only."""
    words = _rules(a.lang).get("people_flow_words", ())
    named = set(actor_states(sentence, a.lang))
    return bool(words) and len(named) == 1 and named <= set(a.story_pair) and bool(
        re.search(rf"\b(?:{resources.alternation(words)})\b", sentence.text, re.IGNORECASE))


def find_cooperation(a: AnalyzedDoc) -> list[Cooperation]:
    """One record for the story's pair: each sector its cooperation sentences name, with the
    sentences that name it (a sentence of trade is no evidence of culture)."""
    if len(a.story_pair) < 2:
        return []
    evidence: dict[str, list[Evidence]] = {}
    for sentence in a.sentences:
        about = _about_pair_cooperation(sentence, a)
        if not about and not _people_of_one_side(sentence, a):
            continue
        skip = (office_fields(sentence) + other_senses(sentence) + traded_goods(sentence, a.lang)
                + sold_goods(sentence, a.lang) + company_names(sentence) + source_names(sentence)
                + accused_aid(sentence))
        for sector in sectors_in(sentence.text, a.lang, skip):
            if not about and sector not in _rules(a.lang)["people_flow_sectors"]:
                continue
            evidence.setdefault(sector, []).append(sentence.evidence)
    if not evidence:
        return []
    return [Cooperation(sorted(a.story_pair), {s: evidence[s] for s in SECTORS if s in evidence})]
