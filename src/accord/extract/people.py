"""People who act for a state: full name, the state, and the office the text gives them.

A name is a run of capitalised words that spaCy tags PERSON or that an office introduces
("Minister of Trade of the Republic of Tajikistan Zavki Zavkizoda"). Its office comes from the
office lexicon (``resources/<lang>/offices.txt``) just before the name or in an apposition after
it ("Wang Yi — ... Minister of Foreign Affairs of China —"); its state from the country named in
that office ("of Tajikistan"), a demonym or possessive before it ("Tajik President",
"Iran's Minister") or "of X" after the name. A person named beside someone of a known state in a
bilateral story, with an office but no state, is taken for the other side ("Prime Minister X met
the President of Mexico"), unless a same-side cue joins them ("alongside"). Short forms ("Putin",
"Mr Oktay") merge with the full name. People with no state (journalists, bylines) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import resources
from ..facts import Person
from .analysis import AnalyzedDoc, Sentence
from .gazetteer import Mention

_PARTICLES = {"bin", "ibn", "al", "al-", "el", "de", "da", "del", "van", "von", "der", "le", "la", "di", "bint"}
_MAX_ROLE_TOKENS = 18
_HOST_PREPOSITIONS = {"to", "in", "at"}  # "Ambassador to Turkey": the host, not the state served


@cache
def _words(lang: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in resources.lines(lang, name)) if resources.has(lang, name) else frozenset()


@cache
def _office_pattern(lang: str) -> re.Pattern[str] | None:
    if not resources.has(lang, "offices.txt"):
        return None
    offices = sorted(resources.lines(lang, "offices.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(o) for o in offices) + r")(?![\w-])", re.I)


@cache
def _same_side(lang: str) -> re.Pattern[str] | None:
    if not resources.has(lang, "same_side_cues.txt"):
        return None
    cues = sorted(resources.lines(lang, "same_side_cues.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I)


@dataclass
class _Occurrence:
    name: str
    start: int
    end: int
    sentence: Sentence
    role: str | None = None
    state: str | None = None


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
    """'R.Azimov' -> 'R. Azimov'; 'ZHU Jing' -> 'Zhu Jing'; possessive and spaces trimmed."""
    text = re.sub(r"['’]s$", "", text.strip())
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)
    words = [w.capitalize() if len(w) > 2 and w.isupper() and w.isalpha() else w for w in text.split()]
    return " ".join(words)


def _is_name_word(tok: object, lang: str) -> bool:
    text: str = tok.text  # type: ignore[attr-defined]
    if text.casefold() in _PARTICLES:
        return True
    if not text[:1].isupper() or not re.fullmatch(r"[\w.’'-]+", text):
        return False
    return not any(text.casefold() in _words(lang, f) for f in ("not_name_words.txt", "honorifics.txt",
                                                                "name_stopwords.txt"))


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
        while current and current[0].text.casefold() in _PARTICLES:  # type: ignore[attr-defined]
            current.pop(0)
        if current:
            runs.append((current[0].idx, current[-1].idx + len(current[-1].text)))  # type: ignore[attr-defined]
        current.clear()

    for tok in sentence.span:
        s, e = tok.idx, tok.idx + len(tok.text)
        if tok.text == "-" and current and not current[-1].whitespace_ and not tok.whitespace_:  # type: ignore[attr-defined]
            current.append(tok)  # "Kassym-Jomart", "Akufo-Addo"
            continue
        blocked = _in_mention(s, e, sentence.mentions) or any(a < e and s < b for a, b in offices)
        if not blocked and _is_name_word(tok, lang) and tok.text not in ("'s", "’s"):
            current.append(tok)
        else:
            close()
    close()
    return runs


def _persons_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in sentence.span.ents if e.label_ == "PERSON"]


def _role_before(sentence: Sentence, start: int, offices: list[tuple[int, int]], runs: list[tuple[int, int]],
                 text: str) -> tuple[int, int] | None:
    """The office phrase that ends right before the name: from the closest office word before it,
    with nothing but office words, countries and connectives between."""
    before = [o for o in offices if o[1] <= start]
    if not before:
        return None
    o_start = before[-1][0]
    between = text[before[-1][1]:start]
    if len(between.split()) > _MAX_ROLE_TOKENS or re.search(r"[.;:!?\"“”]", between):
        return None
    if any(o_start < r[0] < start for r in runs if r[1] <= start and _is_person_run(r, sentence)):
        return None
    for tok in sentence.span:
        if o_start <= tok.idx < start and tok.pos_ in ("VERB", "AUX") and tok.text[:1].islower():
            return None
    return (o_start, start)


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
    stop = re.search(r"[,;—–)]|\s(?:said|says|told|noted|met|stressed)\b", text[first:sentence.end])
    close = first + stop.start() if stop else sentence.end
    if stop and stop.group(0) == ",":  # "Deputy Prime Minister and Minister of X, today met": the office ends here
        close = first + stop.start()
    return (first, close)


def _clean_role(role: str, mentions: list[Mention], offset: int) -> str:
    """The office without the state's name: 'Minister of Trade of the Republic of Tajikistan' ->
    'Minister of Trade'."""
    out = role
    for m in sorted(mentions, key=lambda m: -m.start):
        a, b = m.start - offset, m.end - offset
        if a < 0 or b > len(role):
            continue
        head = re.search(r"(?:\s+(?:of|to|in|at)(?:\s+the)?|\s+the)?\s*$", out[:a])
        a2 = head.start() if head else a
        tail = re.match(r"(?:['’]s)?", out[b:])
        b2 = b + (tail.end() if tail else 0)
        out = out[:a2] + " " + out[b2:]
    out = re.sub(r"\s+", " ", out).strip(" ,—–-")
    out = re.sub(r"^(?:the|a|an)\s+", "", out, flags=re.I)
    return out


def _state_of_role(span: tuple[int, int], mentions: list[Mention], text: str) -> str | None:
    for m in mentions:
        if span[0] <= m.start < span[1] and not m.code.startswith("IGO:"):
            prev = [w.casefold() for w in text[span[0]:m.start].split() if w.casefold() != "the"]
            if prev and prev[-1] in _HOST_PREPOSITIONS:
                continue
            return m.code
    return None


def _state_just_before(start: int, mentions: list[Mention], text: str) -> str | None:
    """A demonym or possessive right before the office: 'Tajik President', 'Iran's Minister'."""
    for m in mentions:
        if m.code.startswith("IGO:") or m.end > start:
            continue
        gap = text[m.end:start]
        if re.fullmatch(r"(?:['’]s)?\s*(?:(?:his|her|their|the)\s+)?", gap):
            return m.code
    return None


def _state_after_name(end: int, mentions: list[Mention], text: str) -> str | None:
    for m in mentions:
        if not m.code.startswith("IGO:") and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end:m.start]):
            return m.code
    return None


_CONNECTIVE_BEFORE = re.compile(r"\b(?:of|for|and|on|the)\s+$")
_NEXT_WORD = re.compile(r"^\s+([A-Z]\w+)")


def _part_of_other_name(start: int, end: int, text: str, lang: str) -> bool:
    """'(Minister of) Economic Development', '(Iran's) Trade Promotion Organization': a run after a
    connective, or before a word that ends an organisation's name, is not a person."""
    if _CONNECTIVE_BEFORE.search(text[max(0, start - 6):start]):
        return True
    nxt = _NEXT_WORD.match(text[end:end + 40])
    return bool(nxt and nxt.group(1).casefold() in _words(lang, "not_name_words.txt"))


def _occurrences(sentence: Sentence, lang: str, text: str) -> list[_Occurrence]:
    offices = _office_spans(sentence, lang)
    runs = _name_runs(sentence, lang, offices)
    persons = _persons_spans(sentence)
    out = []
    for start, end in runs:
        inside = [s for s, e in persons if start < s < end and e >= end]
        if inside and _CONNECTIVE_BEFORE.search(text[max(0, start - 6):start]):
            start = inside[0]  # "Minister of Interior Eskandar Momeni": the name is spaCy's
        is_person = any(s < end and start < e for s, e in persons)
        if not is_person and _part_of_other_name(start, end, text, lang):
            continue
        before = _role_before(sentence, start, offices, runs, text)
        after = None if before else _role_after(sentence, end, offices, text)
        if not (is_person or before or after):
            continue
        name = _normal_name(text[start:end])
        occ = _Occurrence(name, start, end, sentence)
        span = before or after
        if span:
            occ.role = _clean_role(text[span[0]:span[1]], sentence.mentions, span[0]) or None
            occ.state = (_state_of_role(span, sentence.mentions, text)
                         or (_state_just_before(span[0], sentence.mentions, text) if before else None))
        occ.state = occ.state or _state_after_name(end, sentence.mentions, text)
        out.append(occ)
    return out


def _group(occurrences: list[_Occurrence]) -> list[_Person]:
    """One person per name: short forms ('Putin', 'Oktay') join the full name that contains them."""
    people: list[_Person] = []
    # names in order of appearance, longest first: the same output whatever the hash seed
    full = sorted(dict.fromkeys(o.name for o in occurrences if len(o.name.split()) >= 2), key=lambda n: -len(n.split()))
    by_name: dict[str, _Person] = {}
    for name in full:
        owner = next((p for p in people if set(name.split()) < set(p.name.split())), None)
        by_name[name] = owner or _Person(name)
        if owner is None:
            people.append(by_name[name])
    for o in occurrences:
        person = by_name.get(o.name) or next(
            (p for p in people if set(o.name.split()) & set(p.name.split()) - _PARTICLES), None)
        if person is not None:
            person.occurrences.append(o)
    return people


def _infer_sides(people: list[_Person], a: AnalyzedDoc) -> None:
    """Someone with no state, named in a sentence with a person of one side of the story's pair,
    is on the other side ("Putin met Rahmon"), or on the same side after "alongside"."""
    pair = list(a.story_pair)
    if len(pair) != 2:
        return
    cue = _same_side(a.lang)
    for p in people:
        if p.state:
            continue
        for o in p.occurrences:
            others = [(q, oo) for q in people if q is not p and q.state in pair
                      for oo in q.occurrences if oo.sentence is o.sentence]
            if not others:
                continue
            q, oo = others[0]
            lo, hi = sorted((o.start, oo.start))
            if "\n" in a.document.text[lo:hi]:  # a byline or dateline line, not the same sentence
                continue
            same = bool(cue and cue.search(a.document.text[lo:hi]))
            o.state = q.state if same else next(s for s in pair if s != q.state)
            break


def find_people(a: AnalyzedDoc) -> list[Person]:
    text = a.document.text
    occurrences = [o for s in a.sentences for o in _occurrences(s, a.lang, text)]
    people = _group(occurrences)
    _infer_sides(people, a)
    out = []
    for p in sorted(people, key=lambda q: min(o.sentence.start for o in q.occurrences) if q.occurrences else 0):
        state = p.state
        if not state:
            continue
        evidence = next((o.sentence.evidence for o in p.occurrences if o.role), p.occurrences[0].sentence.evidence)
        out.append(Person(p.name, state, p.role, evidence))
    return out


def people_in(sentence: Sentence, people: list[Person]) -> list[str]:
    """Full names of the people a sentence refers to: by full or short name ("Putin", "Mr Oktay")
    or by office and state ("the Russian president"). For events' participants."""
    out: list[str] = []
    words = set(re.findall(r"\w+(?:-\w+)*", sentence.text))  # "Putin’s" and "Tajik-Russian" yield their parts
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
