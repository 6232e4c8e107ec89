"""The side of a person the text gives no state, read from the people named with him: "Ivanov met
Petrov" puts them on two sides, "alongside", "flanked by", an enumeration ("A, B and Secretary C") or
"met A and B" on one; "a call between Prime Minister A and President B" names the two sides. Names met
only in passing (an owner, a former office holder, an interview's speaker label) place no one."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..analysis import AnalyzedDoc
from ..syntax import doc_text, is_dep, is_ent, is_pos, is_word, lemma_of
from .lexicon import cue_alternation, cue_words, grammar, same_side
from .occurrences import NamedPerson, Occurrence
from .offices import OFFICE_REACH

_CUE_REACH = 60  # characters before a name in which a same-side cue ends: "flanked by Ruritania's Foreign Minister"


def infer_sides(people: list[NamedPerson], a: AnalyzedDoc, face_to_face: list[NamedPerson] | None = None) -> None:
    """Someone with no state, named in a sentence with a person of one side of the story's pair
    (the closest such name), is on the other side ("Ivanov met Petrov"), or on the same side after
    "alongside". Only those of ``face_to_face``, when given, place others, and only the people one verb
    joins them to ("Ivanov spoke to Petrov")."""
    pair = list(a.story_pair)
    if len(pair) != 2:
        return
    cue = same_side(a.lang)
    changed = True
    while changed:  # a side found for one person can place the next ("Petrov met President Lee")
        changed = False
        for p in people:
            if not p.state:
                changed |= _side_from_company(p, people, pair, cue, a.document.text, a.lang, face_to_face)


_LIST_OFFICE_WORDS = 6  # "Chief of Army Staff Field Marshal"


@cache
def _list_office(lang: str) -> str:
    """An office in capitals, with its "of" and "the": "Chief of Army Staff"."""
    word = rf"[A-Z][\w-]*|{grammar(lang, 'genitive')}|{grammar(lang, 'definite_articles')}"
    return rf"(?:(?:{word})\s+){{0,{_LIST_OFFICE_WORDS}}}"


@cache
def _enumeration(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A comma and an office between two names; "and" and an office before the last name of a list
    ("A, B and Secretary C"); a comma and an office before a name (it follows another in a list)."""
    office = _list_office(lang)
    return (re.compile(rf"\s*,\s*{office}"),
            re.compile(rf"\s*,?\s+(?:{grammar(lang, 'coordinators')})\s+{office}"),
            re.compile(rf",\s*{office}$"))


def _enumerated(first: Occurrence, second: Occurrence, ends: set[int], text: str, lang: str) -> bool:
    """Two names of one enumeration: "A, Secretary B" (the later name introduced by its office, not
    "A, Mr B said": an apposition's end), or "A, B and Secretary C" for B and C, where a name (one of
    ``ends``) closes before the comma ("On May 2, Minister B and Ruritanian Minister C" is no list; a
    list of two, "President A and President B", is as often the two sides)."""
    comma, last, listed = _enumeration(lang)
    gap = text[first.end:second.start]
    if comma.fullmatch(gap):
        return second.introduced
    lo = max(0, first.start - OFFICE_REACH)
    before = listed.search(text[lo:first.start])
    return bool(last.fullmatch(gap)) and before is not None and \
        any(text[end:lo + before.start()].strip() == "" for end in ends if end <= lo + before.start())


def _side_from_company(p: NamedPerson, people: list[NamedPerson], pair: list[str], cue: re.Pattern[str] | None,
                       text: str, lang: str, face_to_face: list[NamedPerson] | None = None) -> bool:
    for o in p.occurrences:
        # (an owner named in passing places no one: "X briefed lawmakers on President Y's visit", nor does one
        # of two names under a plural office, which stand for both sides: "X praised Presidents A and B")
        others = [(q, oo) for q in people if q is not p and q.state in pair for oo in q.occurrences
                  if oo.sentence is o.sentence and not _in_passing(oo, lang) and oo.listed is None
                  and (face_to_face is None or (q in face_to_face and _one_verb(o, oo)))]
        # "the Presidents, X and Y" are one per side, placed by the story's order, not by company
        if not others or o.listed is not None or _in_passing(o, lang) or _legislator(o.role, lang):
            continue
        # "X (of one side) met A and B": B is placed by X, not by A, whom X placed on the other side
        others = [(q, oo) for q, oo in others if not oo.company] or others
        # the closest placed name: "A (of one side) met B, in the presence of C": C is B's company
        q, oo = min(others, key=lambda other: abs(other[1].start - o.start))
        lo, hi = sorted((o.start, oo.start))
        if "\n" in text[lo:hi]:  # a byline or dateline line, not the same sentence
            continue
        first, second = sorted((o, oo), key=lambda occ: occ.start)
        # "led by Secretary A, Minister B and ...": names in one enumeration are one team
        ends = {n.end for q in people for n in q.occurrences if n.sentence is o.sentence}
        same = (bool(cue and cue.search(text[lo:hi])) or _enumerated(first, second, ends, text, lang)
                or _met_together(first, second) or _act_together(first, second, people)
                or _joined_after_cue(first, second, cue, text, lang))
        o.state = q.state if same else next(s for s in pair if s != q.state)
        o.company = not same
        return True
    return False


def _one_verb(first: Occurrence, second: Occurrence) -> bool:
    """'X spoke to Y', 'X met Y', 'Y received X': one name the subject of a verb, the other its object (or the
    object of its preposition)."""
    heads = [_name_head(o) for o in (first, second)]
    if any(h is None for h in heads):
        return False

    def verb_of(tok: Any) -> tuple[Any, str]:
        if is_dep(tok, "subject", "direct_object"):
            return tok.head, lemma_of(tok.head)
        if is_dep(tok, "prep_object") and is_dep(tok.head, "preposition", "agent"):
            return tok.head.head, f"{lemma_of(tok.head.head)} {tok.head.text.casefold()}"
        return None, ""

    lang = first.sentence.span.doc.lang_
    subject = [h for h in heads if is_dep(h, "subject")]
    (verb, _), (other, meets) = sorted((verb_of(h) for h in heads), key=lambda v: len(v[1].split()))
    # (a verb the parse gives two objects is misread: "received a delegation ..., the General X")
    return (len(subject) == 1 and verb is not None and other is not None and verb.i == other.i
            and meets in cue_words(lang, "face_to_face_verbs")
            and sum(is_dep(c, "direct_object") for c in verb.children) <= 1)


def _joined_after_cue(first: Occurrence, second: Occurrence, cue: re.Pattern[str] | None, text: str,
                      lang: str) -> bool:
    """'(X,) flanked by Ruritania's Minister A and Minister B': two names joined by "and" right after a
    same-side cue (only capitalised words, an office and its state, between)."""
    lead = text[max(0, first.start - _CUE_REACH):first.start]
    found = list(cue.finditer(lead)) if cue else []
    return bool(found and re.fullmatch(r"(?:\s*[A-Z][\w’'.-]*)*\s*", lead[found[-1].end():])
                and _between(lang)[1].fullmatch(text[first.end:second.start]))


def _name_head(o: Occurrence) -> Any:  # a spaCy Token, or None
    """The token that joins a name to its clause: its last word, up through an apposition ("his
    counterpart X": the noun X stands for)."""
    tok = next((t for t in o.sentence.span if t.idx < o.end <= t.idx + len(t.text)), None)
    while tok is not None and is_dep(tok, "apposition", "compound", "flat_name") and tok.head is not tok:
        tok = tok.head
    return tok


def _met_together(first: Occurrence, second: Occurrence) -> bool:
    """'(X) met his counterpart A and President B': names joined by "and" as the direct object of one
    verb are the people the subject met, all on one side."""
    tok = next((t for t in second.sentence.span if t.idx < second.end <= t.idx + len(t.text)), None)
    if tok is None or not is_dep(tok, "conjunct") or not first.start <= tok.head.idx < first.end:
        return False
    head = _name_head(first)
    return head is not None and is_dep(head, "direct_object")


def _act_together(first: Occurrence, second: Occurrence, people: list[NamedPerson]) -> bool:
    """'A and Secretary B are hosting C', 'A and B paid a courtesy call on President C': names joined by "and"
    as the subject of a verb whose other words name a third person act together, on one side ("President A
    and President B agreed", with no one else named, are as often the two sides)."""
    lang = first.sentence.span.doc.lang_
    if not _between(lang)[1].fullmatch(doc_text(first.sentence.span.doc)[first.end:second.start]):
        return False
    # (the parse makes either name the subject: "A and Secretary B are hosting" reads B as the subject as often)
    head = next((h for h in (_name_head(first), _name_head(second)) if h is not None and is_dep(h, "subject")), None)
    if head is None:
        return False
    verb = head.head
    others = [_name_head(n) for q in people for n in q.occurrences
              if n.sentence is first.sentence and n.start > second.end]
    return any(t is not None and t.i != verb.i and verb.left_edge.i <= t.i <= verb.right_edge.i
               and not is_dep(t, "subject") and any(a.i == verb.i for a in t.ancestors) for t in others)


# "between Prime Minister A and President B": up to four words of an office between "between" or
# "and" and the name
_OFFICE_WORDS = 4


@cache
def _between(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"between" and the office words after it; "and" and the office words after it."""
    return (re.compile(rf"\b(?:{grammar(lang, 'pair')})\s+(?:[\w-]+\s+){{0,{_OFFICE_WORDS}}}$", re.I),
            re.compile(rf"\s+(?:{grammar(lang, 'coordinators')})\s+(?:[\w-]+\s+){{0,{_OFFICE_WORDS}}}"))


def between_partner(p: NamedPerson, people: list[NamedPerson], lang: str) -> tuple[NamedPerson, bool] | None:
    """"a call between Prime Minister A and President B": two unqualified offices joined by
    "between ... and" are the two sides; the first named is the story's own, B is the other's.
    Two leaders' offices joined by "and" ("President A and President B agreed") are two sides too,
    as no state has two. The partner, and whether "between" joined them."""
    leaders = {w.casefold() for w in cue_words(lang, "leader_offices")}
    between, and_office = _between(lang)
    for o in p.occurrences:
        for q in people:
            for qo in q.occurrences:
                if q is p or qo.sentence is not o.sentence or qo.end >= o.start or \
                        not and_office.fullmatch(doc_text(o.sentence.span.doc)[qo.end:o.start]):
                    continue
                if between.search(doc_text(o.sentence.span.doc)[max(0, qo.start - OFFICE_REACH):qo.start]):
                    return q, True
                if o.titled and qo.titled and {(p.role or "").casefold(), (q.role or "").casefold()} <= leaders:
                    return q, False
    return None


def _legislator(role: str | None, lang: str) -> bool:
    """'Member of Parliament X': a legislator is named beside his own government's people as often as beside
    a guest."""
    return (role or "").casefold() in {w.casefold() for w in cue_words(lang, "legislator_offices")}


def possessor(o: Occurrence) -> bool:
    """"(Vieira is preparing) President X's participation": a name that owns a thing is mentioned in
    passing, not met by the people around it."""
    tok = next((t for t in o.sentence.span if t.idx < o.end <= t.idx + len(t.text)), None)
    return tok is not None and is_dep(tok, "possessive") and not is_ent(tok.head, "person")


def _in_passing(o: Occurrence, lang: str) -> bool:
    """A name the people around it did not meet: an owner ("President X's participation"), a bare name
    hung on a thing by "of" ("the fields of X", a place the tagger reads as a person), a former office
    holder ("the extradition of former minister X"): no side follows from their company."""
    if possessor(o) or former(o, lang) or _speaker_label(o):
        return True
    tok = next((t for t in o.sentence.span if t.idx < o.end <= t.idx + len(t.text)), None)
    prep = tok.head if tok is not None and is_dep(tok, "prep_object") else None
    return bool(o.role is None and prep is not None and is_word(prep, "genitive")
                and is_pos(prep.head, "noun") and prep.head.text[:1].islower())


def _speaker_label(o: Occurrence) -> bool:
    """'X: The agreement signed by President A ...': an interview's speaker label opens what the speaker
    says; he meets no one named in it."""
    return o.start == o.sentence.start and doc_text(o.sentence.span.doc)[o.end:o.end + 1] == ":"


def former(o: Occurrence, lang: str) -> bool:
    """'former minister X': an office its holder has left; he acts for no state in the story."""
    before = doc_text(o.sentence.span.doc)[max(0, o.start - OFFICE_REACH):o.start]
    former = cue_alternation(lang, "former_words")
    left = re.search(rf"\b(?:{former})\s+(?:[\w-]+\s+){{0,{_OFFICE_WORDS}}}$", before, re.I)
    return bool(o.role) and left is not None
