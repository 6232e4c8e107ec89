"""People who act for a state: full name, the state, and the office the text gives them.

A name is a run of capitalised words that spaCy tags PERSON or that an office introduces
("Minister of Economy of the Republic of X Y Z"). Its office comes from the
office lexicon (``resources/<lang>/offices.txt``) just before the name or in an apposition after
it ("Li Wei — ... Minister of Foreign Affairs of X —"); its state from the country named in
that office ("of X"), a demonym or possessive before it ("Ruritanian President",
"Ruritania's Minister") or "of X" after the name. A person named beside someone of a known state in a
bilateral story, with an office but no state, is taken for the other side ("Prime Minister X met
the President of Mexico"), unless a same-side cue joins them ("alongside"). Short forms ("Ivanov",
"Mr Petrov") merge with the full name. People with no state (journalists, bylines) are left out.
Field words widen an office ("Defence Minister", ``portfolio_words.txt``); the words around a name
can also tell the state (a visitor, a delegation's head: ``person_context``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..facts import Person
from .analysis import AnalyzedDoc, Sentence
from .gazetteer import Mention
from .person_context import (
    dateline_state,
    delegation_state,
    home_side,
    monarchy_state,
    ruled_state,
    side_state,
    speaks_for_home,
    visited_state,
)

_PARTICLES = {"bin", "ibn", "al", "al-", "el", "de", "da", "del", "van", "von", "der", "le", "la", "di", "bint"}
_MAX_ROLE_TOKENS = 18
_OFFICE_REACH = 60  # characters an office phrase spans before the name it introduces


@cache
def _cue_words(lang: str, key: str) -> frozenset[str]:
    """A word list of ``people_cues.json``."""
    cues = resources.json_data(lang, "people_cues.json") if resources.has(lang, "people_cues.json") else {}
    return frozenset(cues.get(key, ()))


@cache
def _words(lang: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in resources.lines(lang, name)) if resources.has(lang, name) else frozenset()


def _office_pattern(lang: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, "offices.txt")


def _same_side(lang: str) -> re.Pattern[str] | None:
    return resources.phrase_pattern(lang, "same_side_cues.txt")


@dataclass
class _Occurrence:
    name: str
    start: int
    end: int
    sentence: Sentence
    role: str | None = None
    state: str | None = None
    titled: bool = False  # the office stands right before the name ("Prime Minister Amare")
    introduced: bool = False  # an office phrase leads to the name ("Minister of Trade and Industry X")
    listed: int | None = None  # 0 or 1: first or second of "the ministers, X and Y"
    qualified: bool = False  # the office or an "of X" after the name says the state ("Ruritanian President")


@dataclass
class _Person:
    name: str
    occurrences: list[_Occurrence] = field(default_factory=list)

    @property
    def state(self) -> str | None:
        return next((o.state for o in self.occurrences if o.state), None)

    @property
    def role(self) -> str | None:
        return next((o.role for o in self.occurrences if o.role and o.state), None) or next(
            (o.role for o in self.occurrences if o.role), None)


def _normal_name(text: str) -> str:
    """'K.Ivanov' -> 'K. Ivanov'; 'LI Wei' -> 'Li Wei'; possessive and spaces trimmed."""
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)
    words = [w.capitalize() if len(w) > 2 and w.isupper() and w.isalpha() else w for w in text.split()]
    return " ".join(words)


@cache
def _weekdays(lang: str) -> frozenset[str]:
    """Full weekday names ("On Monday Long held talks": not part of the name)."""
    if not resources.has(lang, "weekdays.txt"):
        return frozenset()
    return frozenset(w for line in resources.lines(lang, "weekdays.txt") for w in line.split()[1:] if len(w) > 4)


def _is_name_word(tok: object, lang: str) -> bool:
    text: str = tok.text  # type: ignore[attr-defined]
    if text.casefold() in _PARTICLES:
        return True
    if not text[:1].isupper() or not re.fullmatch(r"[\w.’'-]+", text) or text.casefold() in _weekdays(lang):
        return False
    return not any(text.casefold() in _words(lang, f) for f in ("not_name_words.txt", "honorifics.txt",
                                                                "name_stopwords.txt", "portfolio_words.txt"))


def _in_mention(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _office_spans(sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    pattern = _office_pattern(lang)
    if pattern is None:
        return []
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in pattern.finditer(sentence.text)]


def _name_runs(sentence: Sentence, lang: str, offices: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of runs of capitalised name words, cut at countries and offices."""
    runs: list[tuple[int, int]] = []
    current: list[object] = []

    def close() -> None:
        while current and (current[-1].text.casefold() in _PARTICLES or current[-1].text == "-"):  # type: ignore[attr-defined]
            current.pop()
        # a lowercase particle does not open a name; a capitalised one is a family name ("Le Van Thanh")
        while current and current[0].text.casefold() in _PARTICLES and current[0].text.islower():  # type: ignore[attr-defined]
            current.pop(0)
        if current:
            runs.append((current[0].idx, current[-1].idx + len(current[-1].text)))  # type: ignore[attr-defined]
        current.clear()

    for tok in sentence.span:
        s, e = tok.idx, tok.idx + len(tok.text)
        if tok.text == "-" and current and not current[-1].whitespace_ and not tok.whitespace_:  # type: ignore[attr-defined]
            current.append(tok)  # "Jean-Marc", "Mensah-Bonsu"
            continue
        glued = bool(current) and current[-1].text == "-"  # type: ignore[attr-defined]
        if glued and tok.text.isalpha() and (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"):
            current.append(tok)  # "Min-jun", "Seo-yeon": a lower-case second part of a given name
            continue
        blocked = _in_mention(s, e, sentence.mentions) or any(a < e and s < b for a, b in offices)
        if not blocked and _is_name_word(tok, lang) and tok.text not in ("'s", "’s"):
            current.append(tok)
        else:
            close()
    close()
    return runs


def _persons_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in sentence.ents if e.label_ == "PERSON"]


def _role_before(sentence: Sentence, start: int, offices: list[tuple[int, int]], runs: list[tuple[int, int]],
                 text: str, lang: str) -> tuple[int, int] | None:
    """The office phrase that ends right before the name: from the closest office word before it,
    with nothing but office words, countries and connectives between. A courtesy title between
    ("Prime Minister Dr. X") is left out of the office."""
    before = [o for o in offices if o[1] <= start]
    if not before:
        return None
    o_start = before[-1][0]
    between = text[before[-1][1]:start]
    titles = _honorifics_at_end(lang).search(between)
    end = start - (len(between) - titles.start()) if titles and titles.group(0).strip() else start
    between = text[before[-1][1]:end]
    if len(between.split()) > _MAX_ROLE_TOKENS or re.search(r"[.;:!?\"“”]", between):
        return None
    if any(o_start < r[0] < start for r in runs if r[1] <= start and _is_person_run(r, sentence)):
        return None
    # "X, Minister of Energy, and Y" / "Serbia's minister of energy, X, Mr Y": the office is X's
    comma = between.find(",")
    if re.search(r",\s*(?:and|or)\b", between) or (
            comma >= 0 and any(before[-1][1] + comma < r[0] < start for r in runs)):
        return None
    for tok in sentence.span:
        if o_start <= tok.idx < start and tok.pos_ in ("VERB", "AUX") and tok.text[:1].islower():
            return None
    return (_extend_back(o_start, offices, text, lang), end)


@cache
def _honorifics_at_end(lang: str) -> re.Pattern[str]:
    alt = resources.alternation(sorted(_words(lang, "honorifics.txt"))) or "(?!)"
    return re.compile(r"(?:(?<![\w.])(?:" + alt + r")\s*)+$", re.I)


def _extend_back(o_start: int, offices: list[tuple[int, int]], text: str, lang: str) -> int:
    """Widen an office over the field words before it and over an office joined by "and":
    "Defence Minister", "Foreign Affairs Minister", "Deputy Prime Minister and Defence Minister"."""
    fields = _words(lang, "portfolio_words.txt")
    while True:
        word = re.search(r"([\w-]+)(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)$", text[max(0, o_start - 60):o_start])
        if word and word.group(1).casefold() in fields:
            o_start -= len(word.group(0))
            continue
        joined = [o for o in offices if o[1] < o_start and re.fullmatch(r"\s+and\s+", text[o[1]:o_start])]
        if joined:
            o_start = joined[-1][0]
            continue
        return o_start


def _is_person_run(run: tuple[int, int], sentence: Sentence) -> bool:
    return any(s <= run[0] and run[1] <= e for s, e in _persons_spans(sentence))


def _role_after(sentence: Sentence, end: int, offices: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """An apposition after the name: ", Deputy Prime Minister and Minister of X," or "— member of ... —"."""
    rest = text[end:sentence.end]
    lead = re.match(r"\s*[,—–(-]\s*(?:a |an |the )?", rest)
    if not lead:
        return None
    first = end + lead.end()
    if not any(a == first or (first <= a <= first + 25 and not text[first:a].strip(" ,")[:1].islower())
               for a, _ in offices if a >= first):
        return None
    # "(JICA)" after an organisation is its acronym, not more of the office
    stop = re.search(r"[,;—–()]|\s(?:said|says|told|noted|met|stressed)\b", text[first:sentence.end])
    close = first + stop.start() if stop else sentence.end
    if stop and stop.group(0) == ",":  # "Deputy Prime Minister and Minister of X, today met": the office ends here
        close = first + stop.start()
    return (first, close)


def _clean_role(role: str, mentions: list[Mention], offset: int) -> str:
    """The office without the state's name: 'Minister of Economy of the Republic of X' ->
    'Minister of Economy'."""
    out = role
    for m in sorted(mentions, key=lambda m: -m.start):
        a, b = m.start - offset, m.end - offset
        if a < 0 or b > len(role) or re.match(r"\s+[A-Z]\w+", out[b:]):
            continue  # "of the Ruritania International Development Agency": part of an organisation's name
        head = re.search(r"(?:\s+(?:of|to|in|at)(?:\s+the)?|\s+the)?\s*$", out[:a])
        a2 = head.start() if head else a
        tail = re.match(r"(?:['’]s)?", out[b:])
        b2 = b + (tail.end() if tail else 0)
        out = out[:a2] + " " + out[b2:]
    out = re.sub(r"\s+", " ", out).strip(" ,—–-")
    out = re.sub(r"^(?:the|a|an)\s+", "", out, flags=re.I)
    return out


def _state_of_role(span: tuple[int, int], mentions: list[Mention], text: str, lang: str) -> str | None:
    """The state named in an office; not the host of a posting ("Ambassador to X" serves another)."""
    for m in mentions:
        if span[0] <= m.start < span[1] and not m.code.startswith("IGO:"):
            prev = [w.casefold() for w in text[span[0]:m.start].split() if w.casefold() != "the"]
            if prev and prev[-1] in _cue_words(lang, "host_prepositions"):
                continue
            return m.code
    return None


def _state_just_before(start: int, mentions: list[Mention], text: str, lang: str) -> str | None:
    """A demonym or possessive right before the office: 'Ruritanian President', 'Ruritania's Minister',
    or before a peer noun the office stands in apposition to ('his Ruritanian counterpart, Minister X')."""
    peers = resources.alternation(sorted(_cue_words(lang, "peer_roles"))) or "(?!)"
    for m in mentions:
        if m.code.startswith("IGO:") or m.end > start:
            continue
        gap = text[m.end:start]
        if re.fullmatch(rf"(?:['’]s)?\s*(?:(?:his|her|their|the)\s+)?(?:(?:{peers})\s*,\s*)?", gap, re.I):
            return m.code
    return None


def _state_after_name(end: int, mentions: list[Mention], text: str) -> str | None:
    for m in mentions:
        if not m.code.startswith("IGO:") and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end:m.start]):
            return m.code
    return None


_NEXT_WORD = re.compile(r"^\s+([A-Z]\w+)")


@cache
def _connective_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{resources.alternation(sorted(_cue_words(lang, 'connectives')))})\s+$")


def _after_connective(start: int, text: str, lang: str) -> bool:
    """'(Minister of) Economic Development': a run after a connective is part of another name."""
    return bool(_connective_before(lang).search(text[max(0, start - 6):start]))


def _after_field(start: int, text: str, lang: str) -> bool:
    """'(Ministry for Economic Affairs and) Climate Action X': a run right after a field word goes on
    with the portfolio's name before the person's."""
    word = re.search(r"([\w-]+)\s+$", text[max(0, start - 30):start])
    fields = _words(lang, "portfolio_words.txt")
    return bool(word and word.group(1)[:1].isupper() and word.group(1).casefold() in fields)


def _before_other_name_word(end: int, text: str, lang: str) -> bool:
    """'(Ruritania's) Export Promotion Organization', 'Liberty House': a run before a word that ends an
    organisation's or a building's name is not a person."""
    nxt = _NEXT_WORD.match(text[end:end + 40])
    return bool(nxt and nxt.group(1).casefold() in _words(lang, "not_name_words.txt"))


def _modifies_noun(sentence: Sentence, end: int) -> bool:
    """'the opening of Heritage Coins exhibition': capitalised words that modify a common noun
    name a thing, not a person."""
    last = next((t for t in sentence.span if t.idx < end <= t.idx + len(t.text)), None)
    return bool(last is not None and last.dep_ == "compound" and last.head.pos_ == "NOUN"
                and last.head.text[:1].islower())


def _titled(sentence: Sentence, start: int, end: int, offices: list[tuple[int, int]], text: str, lang: str) -> bool:
    """An office word (and courtesy titles) right before a name that no entity tag claims for a date,
    place or organisation: "Prime Minister Dr. Amare", not "Vice Premier X in November"."""
    gap = text[max(b for _, b in offices if b <= start):start]
    if _honorifics_at_end(lang).sub("", gap).strip() or text[start:end].isupper():
        return False
    return not any(e.label_ != "PERSON" and e.start_char < end and start < e.end_char for e in sentence.ents)


def _occurrences(sentence: Sentence, lang: str, text: str, pair: tuple[str, ...],
                 known: frozenset[str] = frozenset()) -> list[_Occurrence]:
    """Names in the sentence with the office and state the text gives them; ``known`` are words
    of full names found elsewhere in the story, so that a bare "Petrov" counts too."""
    offices = _office_spans(sentence, lang)
    runs = _name_runs(sentence, lang, offices)
    persons = _persons_spans(sentence)
    out: list[_Occurrence] = []
    for start, end in runs:
        inside = [s for s, e in persons if start < s < end and e >= end]
        if inside and (_after_connective(start, text, lang) or _after_field(start, text, lang)):
            # "Minister of Interior Darius Farahani", "Minister of Climate Action X": the name is spaCy's
            start = inside[0]
        is_person = any(s < end and start < e for s, e in persons)
        before = _role_before(sentence, start, offices, runs, text, lang)
        if _before_other_name_word(end, text, lang) and not (is_person and before):
            continue
        if not is_person and _after_connective(start, text, lang):
            continue
        after = None if before else _role_after(sentence, end, offices, text)
        if not (is_person or before or after or set(text[start:end].split()) <= known):
            continue
        if not (before or after) and _modifies_noun(sentence, end):
            continue
        name = _normal_name(text[start:end])
        occ = _Occurrence(name, start, end, sentence)
        span = before or after
        occ.titled = bool(before) and _titled(sentence, start, end, offices, text, lang)
        occ.introduced = bool(before)
        if span:
            occ.role = _clean_role(text[span[0]:span[1]], sentence.mentions, span[0]) or None
            occ.state = (_state_of_role(span, sentence.mentions, text, lang)
                         or (_state_just_before(span[0], sentence.mentions, text, lang) if before else None))
        occ.state = occ.state or _state_after_name(end, sentence.mentions, text)
        occ.qualified = bool(occ.state)
        others = offices + [(s, e) for s, e in persons if not (s < end and start < e)]
        occ.state = (occ.state
                     or delegation_state(sentence, before[0] if before else start, end, text, lang)
                     or side_state(sentence, end, text, lang)
                     or visited_state(sentence, end, pair, others, text, lang))
        listed = _listed_pair(start, end, runs, text, lang)
        if listed:
            occ.listed, occ.role = listed
        peers = _cue_words(lang, "peer_roles")
        if occ.role and occ.role.casefold() in peers:
            # "Trade Minister X and his Ruritanian counterpart Y": Y holds the same office
            occ.role = next((o.role for o in reversed(out) if o.role and o.role.casefold() not in peers),
                            occ.role)
        out.append(occ)
    return out


@cache
def _plural_office(lang: str) -> re.Pattern[str]:
    known = _words(lang, "offices.txt")
    offices = [o for o in known if o.endswith("s") and o[:-1] in known]
    fields = resources.alternation(sorted(_words(lang, "portfolio_words.txt")))
    alt = resources.alternation(offices) or "(?!)"
    return re.compile(rf"(?<![\w-])((?:(?:{fields or '(?!)'})\s+)*(?:{alt}))\s*,?\s*$", re.I)


def _listed_pair(start: int, end: int, runs: list[tuple[int, int]], text: str, lang: str) -> tuple[int, str] | None:
    """"The Foreign Ministers, X and Y, signed": two names under one plural office, one per side in
    the order the story gives its sides. The position and the office in the singular."""
    first = next((r for r in runs if r[1] <= start and re.fullmatch(r"\s+and\s+", text[r[1]:start])), None)
    second = next((r for r in runs if r[0] >= end and re.fullmatch(r"\s+and\s+", text[end:r[0]])), None)
    lead = first[0] if first else start
    office = _plural_office(lang).search(text[max(0, lead - 60):lead])
    if not office or (first is None and second is None):
        return None
    return (1 if first else 0), re.sub(r"s$", "", office.group(1).strip())


def _group(occurrences: list[_Occurrence]) -> list[_Person]:
    """One person per name: short forms ('Ivanov', 'Petrov') join the full name that contains them."""
    people: list[_Person] = []
    # names in order of appearance, longest first: the same output whatever the hash seed
    full = sorted(dict.fromkeys(o.name for o in occurrences if len(o.name.split()) >= 2), key=lambda n: -len(n.split()))
    by_name: dict[str, _Person] = {}
    for name in full:
        owner = next((p for p in people if _short_form(name, p.name) or _misspelt(name, p.name)), None)
        by_name[name] = owner or _Person(name)
        if owner is None:
            people.append(by_name[name])
    for o in occurrences:
        person = by_name.get(o.name) or next(
            (p for p in people if set(o.name.split()) & set(p.name.split()) - _PARTICLES), None)
        if person is None and o.titled:  # a person the story names by one name only ("Prime Minister Amare")
            person = by_name[o.name] = _Person(o.name)
            people.append(person)
        if person is not None:
            person.occurrences.append(o)
    return people


def _short_form(short: str, full: str) -> bool:
    """"Petrov" or "B. Naranbaatar" for "Bold Naranbaatar": no more words, each one of the full name's
    or the initial of one."""
    # "Van Dalen" opening a sentence for "Pieter van Dalen": a particle's case is the sentence's
    words = [w.casefold() if w.casefold() in _PARTICLES else w for w in full.split()]
    initials = {w[0] + "." for w in words}
    parts = [w.casefold() if w.casefold() in _PARTICLES else w for w in short.split()]
    return parts != words and len(parts) <= len(words) and all(w in words or w in initials for w in parts) and \
        any(w in words for w in parts)


def _misspelt(a: str, b: str) -> bool:
    """'Zhu Jning' for 'Zhu Jing': the same words but one, which differs by one letter."""
    wa, wb = a.casefold().split(), b.casefold().split()
    diff = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
    return len(wa) == len(wb) and len(diff) == 1 and min(map(len, diff[0])) >= 4 and _one_edit(*diff[0])


def _one_edit(x: str, y: str) -> bool:
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    return x[i + (len(x) == len(y)):] == y[i + 1:]


def _infer_sides(people: list[_Person], a: AnalyzedDoc) -> None:
    """Someone with no state, named in a sentence with a person of one side of the story's pair
    (the closest such name), is on the other side ("Ivanov met Petrov"), or on the same side after
    "alongside"."""
    pair = list(a.story_pair)
    if len(pair) != 2:
        return
    cue = _same_side(a.lang)
    changed = True
    while changed:  # a side found for one person can place the next ("Petrov met President Lee")
        changed = False
        for p in people:
            if not p.state:
                changed |= _side_from_company(p, people, pair, cue, a.document.text)


def _side_from_company(p: _Person, people: list[_Person], pair: list[str], cue: re.Pattern[str] | None,
                       text: str) -> bool:
    for o in p.occurrences:
        others = [(q, oo) for q in people if q is not p and q.state in pair
                  for oo in q.occurrences if oo.sentence is o.sentence]
        # "the Presidents, X and Y" are one per side, placed by the story's order, not by company
        if not others or o.listed is not None or _possessor(o):
            continue
        # the closest placed name: "A (of one side) met B, in the presence of C": C is B's company
        q, oo = min(others, key=lambda other: abs(other[1].start - o.start))
        lo, hi = sorted((o.start, oo.start))
        if "\n" in text[lo:hi]:  # a byline or dateline line, not the same sentence
            continue
        same = bool(cue and cue.search(text[lo:hi]))
        o.state = q.state if same else next(s for s in pair if s != q.state)
        return True
    return False


_BETWEEN = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,4}$", re.I)
_AND_OFFICE = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,4}")


def _between_partner(p: _Person, people: list[_Person], lang: str) -> tuple[_Person, bool] | None:
    """"a call between Prime Minister A and President B": two unqualified offices joined by
    "between ... and" are the two sides; the first named is the story's own, B is the other's.
    Two leaders' offices joined by "and" ("President A and President B agreed") are two sides too,
    as no state has two. The partner, and whether "between" joined them."""
    leaders = {w.casefold() for w in _cue_words(lang, "leader_offices")}
    for o in p.occurrences:
        for q in people:
            for qo in q.occurrences:
                if q is p or qo.sentence is not o.sentence or qo.end >= o.start or \
                        not _AND_OFFICE.fullmatch(o.sentence.span.doc.text[qo.end:o.start]):
                    continue
                if _BETWEEN.search(o.sentence.span.doc.text[max(0, qo.start - 60):qo.start]):
                    return q, True
                if o.titled and qo.titled and {(p.role or "").casefold(), (q.role or "").casefold()} <= leaders:
                    return q, False
    return None


def _possessor(o: _Occurrence) -> bool:
    """"(Vieira is preparing) President X's participation": a name that owns a thing is mentioned in
    passing, not met by the people around it."""
    tok = next((t for t in o.sentence.span if t.idx < o.end <= t.idx + len(t.text)), None)
    return tok is not None and tok.dep_ == "poss" and tok.head.ent_type_ != "PERSON"


def _domestic(p: _Person) -> bool:
    """'Minister of Internal Trade X': an office written right before a full name, with no state or
    organisation in it, is an office of the story's own side, which an outlet leaves unqualified."""
    def unqualified(o: _Occurrence) -> bool:
        return not any(m.end <= o.start and o.start - m.end < _OFFICE_REACH for m in o.sentence.mentions)

    return len(p.name.split()) >= 2 and any(o.introduced and o.role and unqualified(o) and not _possessor(o)
                                            for o in p.occurrences)


def _side_order(people: list[_Person], a: AnalyzedDoc) -> list[str]:
    """The story's two sides in the order it gives them: the side of its first placed official first,
    else the side it names first."""
    first = next((p.state for p in people if p.state in a.story_pair), None)
    named = [m.code for m in a.mentions if m.code in a.story_pair]
    order = list(dict.fromkeys(([first] if first else []) + named + list(a.story_pair)))
    return order[:2]


def _other(state: str | None, pair: tuple[str, ...]) -> str | None:
    return next((s for s in pair if s != state), None) if state else None


def find_people(a: AnalyzedDoc) -> list[Person]:
    text = a.document.text
    occurrences = [o for s in a.sentences for o in _occurrences(s, a.lang, text, a.story_pair)]
    known = frozenset(w for o in occurrences if len(o.name.split()) >= 2 for w in o.name.split()
                      if len(w) > 2 and w.casefold() not in _PARTICLES)
    if known:  # again, now that bare surnames of the story's people can be recognised
        occurrences = [o for s in a.sentences for o in _occurrences(s, a.lang, text, a.story_pair, known)]
    people = sorted(_group(occurrences), key=lambda q: min(o.start for o in q.occurrences) if q.occurrences else 0)
    placed = [p.state for p in people if p.state and any(o.qualified for o in p.occurrences)]
    dateline = dateline_state(text, a.mentions, a.story_pair)
    home = home_side(dateline, placed, a.story_pair)
    for p in people:
        if not p.state and p.occurrences:
            p.occurrences[0].state = monarchy_state(p.role, a.story_pair, a.lang)
    _infer_sides(people, a)
    sides = [home, *(s for s in a.story_pair if s != home)] if home else _side_order(people, a)
    for p in people:
        listed = next((o.listed for o in p.occurrences if o.listed is not None), None)
        if not p.state and listed is not None and len(sides) == 2:
            p.occurrences[0].state = sides[listed]
    home = home or next((p.state for p in people if p.state), None)
    domestic = [p for p in people
                if not p.state and p.occurrences and (speaks_for_home(p.role, a.lang) or _domestic(p))]
    for p in domestic:
        p.occurrences[0].state = home
    for p in domestic:
        joined = _between_partner(p, domestic, a.lang)
        if joined is None or len(a.story_pair) != 2:
            continue
        partner, between = joined
        if partner.state is None and not between:
            continue
        if dateline or (p.role or "").casefold() != (partner.role or "").casefold():
            p.occurrences[0].state = next(s for s in a.story_pair if s != partner.state)
            continue
        # "talks between President A and President B" with no dateline: the order is no evidence of who is whose
        first = ruled_state(partner.name, a) or _other(ruled_state(p.name, a), a.story_pair)
        if not between:  # "President A and President B": the story's home side, if any, leads
            first = first or partner.state
        partner.occurrences[0].state = first
        p.occurrences[0].state = _other(first, a.story_pair)
    out = []
    for p in people:
        state = p.state
        if not state:
            continue
        evidence = next((o.sentence.evidence for o in p.occurrences if o.role), p.occurrences[0].sentence.evidence)
        out.append(Person(p.name, state, p.role, evidence))
    return out


def people_in(sentence: Sentence, people: list[Person]) -> list[str]:
    """Full names of the people a sentence refers to: by full or short name ("Ivanov", "Mr Petrov")
    or by office and state ("the Russian president"). For events' participants."""
    out: list[str] = []
    words = set(re.findall(r"\w+(?:-\w+)*", sentence.text))  # "Ivanov’s" and "Ruritanian-Freedonian" yield their parts
    lowered = sentence.text.casefold()
    for p in people:
        parts = [w for w in p.name.split() if w.casefold() not in _PARTICLES and len(w) > 2]
        if any(w in words for w in parts):
            out.append(p.name)
            continue
        head = (p.role or "").split(" of ")[0].strip().casefold()
        if head and p.country and head in lowered and any(
            m.code == p.country and re.match(r"(?:['’]s)?\s+" + re.escape(head), lowered[m.end - sentence.start:])
            for m in sentence.mentions
        ):
            out.append(p.name)
    return out
