"""People who act for a state: full name, the state, and the office the text gives them.

A name is a run of capitalised words that spaCy tags PERSON or that an office introduces
("Minister of Economy of the Republic of X Y Z"). Its office and the state named in it come from
``offices`` (the office lexicon ``resources/<lang>/offices.txt`` just before the name or in an
apposition after it). A person named beside someone of a known state in a
bilateral story, with an office but no state, is taken for the other side ("Prime Minister X met
the President of Mexico"), unless a same-side cue joins them ("alongside"): ``company``. Short forms ("Ivanov",
"Mr Petrov") merge with the full name. People with no state (journalists, bylines) are left out.
Field words widen an office ("Defence Minister", ``portfolio_words.txt``); the words around a name
can also tell the state (a visitor, a delegation's head: ``context``).
"""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ...facts import Person
from .. import office_holders
from ..analysis import AnalyzedDoc, Sentence
from ..gazetteer import CountryMention
from ..office_holders import plain
from ..romanize import romanize, romanizes
from ..syntax import doc_text, is_dep, is_ent, is_pos, is_word, role_words
from .company import between_partner, former, infer_sides, possessor
from .context import (
    behalf_state,
    body_pronoun_state,
    body_where_state,
    commemorated,
    dateline_state,
    delegation_state,
    home_side,
    monarchy_state,
    paragraph_scene,
    reported_state,
    reporting_body_state,
    ruled_state,
    scene_state,
    side_state,
    speaks_for_home,
    spoke_in_seat,
    visited_state,
    voiced_state,
)
from .lexicon import cue_words, grammar, name_particles, word_set
from .occurrences import NamedPerson, Occurrence
from .offices import (
    OFFICE_REACH,
    acronym_in_role,
    acronym_state,
    before_field,
    clean_role,
    honorifics_at_end,
    listed_pair,
    organisation_before,
    persons_spans,
    role_after,
    role_before,
    state_after_name,
    state_just_before,
    state_of_role,
    state_owning,
)
from .postings import body_state, envoy_state, portfolio_state, posted_state, spokesperson_state
from .relations import is_pronoun, office_owner, owner_of, pronoun_owner
from .runs import in_title_case, name_runs, office_spans
from .written_case import in_nominative

_INITIAL_LETTERS = 2  # a part of a name this short ("Jr", "Al") does not tell the person by itself
_MISSPELT_MIN_LETTERS = 4  # words shorter than this differ by one letter too often to be one misspelt
_ACRONYM_LETTERS = 2  # an all-capitals word this short keeps its capitals ("EU"); a longer one is a name
_CONNECTIVE_REACH = 6  # characters before a run in which a connective ("of the") ends
_FIELD_REACH = 30  # characters before a run read for the field word it follows
_WORD_REACH = 40  # characters after a run read for the word that ends an organisation's name


def _normal_name(text: str, lang: str) -> str:
    """'K.Ivanov' -> 'K. Ivanov'; 'LI Wei' -> 'Li Wei'; possessive, brackets and spaces trimmed."""
    text = re.sub(rf"(?:{grammar(lang, 'possessive_endings')})$", "", text.strip())
    text = re.sub(r"[\[\]]", "", text)  # "[Maia] Sandu": an editor's brackets are not the name's
    text = re.sub(r"\s+[\"“‘'][^\"“”‘’']+[\"”’']\s+", " ", text)  # 'Jorge "Coco" Arce': a nickname is not the name
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)
    words = [w.capitalize() if len(w) > _ACRONYM_LETTERS and w.isupper() and w.isalpha() else w
             for w in text.split()]
    return " ".join(words)


_NEXT_WORD = re.compile(r"^\s+([A-Z]\w+)")


@cache
def _connective_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{resources.alternation(sorted(cue_words(lang, 'connectives')))})\s+$")


def _after_connective(start: int, text: str, lang: str) -> bool:
    """'(Minister of) Economic Development': a run after a connective is part of another name."""
    return bool(_connective_before(lang).search(text[max(0, start - _CONNECTIVE_REACH):start]))


def _after_capitalised_article(start: int, text: str, lang: str) -> bool:
    """'(an interview with) The Riverside Herald': a run after a capitalised article names an outlet or
    a body; an article never opens a person's name."""
    word = re.search(r"(\w+)\s+$", text[max(0, start - _CONNECTIVE_REACH):start])
    return bool(word and word.group(1).istitle() and word.group(1).casefold() in role_words(lang, "definite_articles"))


def _after_field(start: int, text: str, lang: str) -> bool:
    """'(Ministry for Economic Affairs and) Climate Action X': a run right after a field word goes on
    with the portfolio's name before the person's."""
    word = re.search(r"([\w-]+)\s+$", text[max(0, start - _FIELD_REACH):start])
    fields = word_set(lang, "portfolio_words.txt")
    return bool(word and word.group(1)[:1].isupper() and word.group(1).casefold() in fields)


def _with_given_name(start: int, run_start: int, text: str, lang: str) -> int:
    """``start``, or the word of the run right before it when the name would open with a lowercase
    particle ("bin", "van"), which never opens a name."""
    word = re.match(r"[\w’'-]+", text[start:])
    if not word or not word.group().islower() or word.group().casefold() not in name_particles(lang):
        return start
    given = re.search(r"([\w’'-]+)\s+$", text[run_start:start])
    return run_start + given.start(1) if given else start


def _before_other_name_word(end: int, text: str, lang: str) -> bool:
    """'(Ruritania's) Export Promotion Organization', 'Liberty House', '(Minister of) African Integration': a
    run before a word that ends an organisation's or a building's name, or before a field, is not a person."""
    nxt = _NEXT_WORD.match(text[end:end + _WORD_REACH])
    ends_name = bool(nxt and nxt.group(1).casefold() in word_set(lang, "not_name_words.txt"))
    return ends_name or before_field(end, text, lang)


def _modifies_noun(sentence: Sentence, end: int) -> bool:
    """'the opening of Heritage Coins exhibition': capitalised words that modify a common noun
    name a thing, not a person."""
    last = next((t for t in sentence.span if t.idx < end <= t.idx + len(t.text)), None)
    return bool(last is not None and is_dep(last, "compound") and is_pos(last.head, "noun")
                and last.head.text[:1].islower())


def _place_object(sentence: Sentence, end: int) -> bool:
    """'(met his counterpart X) in New York', 'talks at Qasr Al Watan': a name after a preposition of place
    names the place (the tagger reads many a place as a person; an office-holder stands there only as an
    owner: 'at President X's invitation')."""
    tok = next((t for t in sentence.span if t.idx < end <= t.idx + len(t.text)), None)
    while tok is not None and is_dep(tok, "compound", "flat_name") and tok.head is not tok:
        tok = tok.head
    return tok is not None and is_dep(tok, "prep_object") and is_word(tok.head, "place")


def _ends_in_place_word(office: str, lang: str) -> bool:
    """'(his counterpart X) in': an office read up to a preposition of place ends before a place."""
    words = office.split()
    return bool(words) and words[-1].casefold() in role_words(lang, "place")


def _names_a_thing(start: int, text: str, lang: str) -> bool:
    """'the scholarship programme Erasmus Mundus', 'the vessel Sea Star': a name right after an article and a
    common noun that is no office is the name of that thing."""
    return re.search(rf"(?<!\w)(?:{grammar(lang, 'articles')})(?:\s+(?-i:[a-z])[\w-]*){{1,2}}\s+$",
                     text[max(0, start - _FIELD_REACH):start], re.I) is not None


def _titled(sentence: Sentence, start: int, end: int, offices: list[tuple[int, int]], text: str, lang: str) -> bool:
    """An office word (and courtesy titles) right before a name that no entity tag claims for a date,
    place or organisation: "Prime Minister Dr. Amare", not "Vice Premier X in November"."""
    gap = text[max(b for _, b in offices if b <= start):start]
    if honorifics_at_end(lang).sub("", gap).strip() or text[start:end].isupper():
        return False
    return not any(not is_ent(e, "person") and e.start_char < end and start < e.end_char for e in sentence.ents)


def _bare_leader(sentence: Sentence, start: int, end: int, pair: tuple[str, ...], lang: str) -> str | None:
    """'Petro said Colombia would ...': a family name alone as the subject of a clause, borne by one leader
    of the tables, of a state of the story's pair: that leader's full name."""
    word = doc_text(sentence.span.doc)[start:end]
    tok = next((t for t in sentence.span if t.idx == start and t.idx + len(t.text) == end), None)
    held = office_holders.by_surname(word, lang) if tok is not None and is_dep(tok, "subject") else None
    return held[0] if held and held[1] in pair else None


def _titled_leader(name: str, role: str | None, pair: tuple[str, ...], lang: str) -> str | None:
    """'(the goal set by) President Okafor', 'Minister Okafor': a family name alone after the office that one
    leader of the tables bears it with, or a shorter one of its words, of a state of the story's pair: that
    leader's full name."""
    held = office_holders.by_surname(name, lang, pair) if len(name.split()) == 1 else None
    row = office_holders.listed(held[0], lang) if held else None
    office, given = (set(row[1].casefold().split()), set((role or "").casefold().split())) if row else (set(), set())
    # ("Minister Wong" for the table's foreign minister: the office in short)
    return held[0] if held and given and (office <= given or given <= office) else None


def _occurrences(sentence: Sentence, lang: str, text: str, pair: tuple[str, ...],
                 known: frozenset[str] = frozenset()) -> tuple[list[Occurrence], list[frozenset[str]]]:
    """Names in the sentence with the office and state the text gives them; ``known`` are words
    of full names found elsewhere in the story, so that a bare "Petrov" counts too. Also the words
    of the names left out that only a larger ``known`` would let in."""
    offices = office_spans(sentence, lang)
    runs = name_runs(sentence, lang, offices)
    persons = persons_spans(sentence)
    out: list[Occurrence] = []
    waiting: list[frozenset[str]] = []
    for start, end in runs:
        inside = [s for s, e in persons if start < s < end and e >= end]
        if inside and (_after_connective(start, text, lang) or _after_field(start, text, lang)):
            # "Minister of Interior Darius Farahani", "Minister of Climate Action X": the name is spaCy's,
            # with the given name a lowercase particle needs before it ("Trade Ali bin Omar Al Kaabi")
            start = _with_given_name(inside[0], start, text, lang)
        # (a leader of the curated tables is a person even where the tagger misses the name)
        is_person = any(s < end and start < e for s, e in persons) or (
            not romanizes(lang) and office_holders.state_of(text[start:end], lang) is not None)
        leader = None if romanizes(lang) else _bare_leader(sentence, start, end, pair, lang)
        is_person = is_person or leader is not None
        before = role_before(sentence, start, offices, runs, text, lang)
        if _before_other_name_word(end, text, lang) and not (is_person and before):
            continue
        if (not is_person and _after_connective(start, text, lang)) or _after_capitalised_article(start, text, lang):
            continue
        after = None if before else role_after(sentence, end, offices, text)
        # ("the special envoys of X and Y, A and B": the plural office introduces both names)
        listed = listed_pair(start, end, runs, text, lang)
        if not (is_person or before or after or listed):
            words = frozenset(text[start:end].split())
            if not words <= known:
                waiting.append(words)
                continue
        if not (before or after) and (_modifies_noun(sentence, end) or _names_a_thing(start, text, lang)):
            continue
        if _place_object(sentence, end) and (not before or _ends_in_place_word(text[before[0]:start], lang)):
            continue
        if commemorated(sentence, start, text, lang):
            continue
        name = _normal_name(text[start:end], lang)
        occ = Occurrence(name, start, end, sentence, leader=leader)
        span = before or after
        occ.titled = bool(before) and _titled(sentence, start, end, offices, text, lang)
        occ.introduced = bool(before)
        occ.office_start = before[0] if before else None
        if span:
            occ.role = clean_role(text[span[0]:span[1]], sentence.mentions, span[0], lang) or None
            occ.state = (state_of_role(span, sentence.mentions, text, lang)
                         or (state_just_before(span[0], sentence.mentions, text, lang) if before else None)
                         or (organisation_before(span[0], sentence.mentions, pair, text, lang) if before else None)
                         or (acronym_state(span[0], pair, text, lang) if before
                             else acronym_in_role(span, pair, text, lang)))
            # (not "his counterpart X", who is of the other side)
            occ.peer = (occ.role or "").casefold() in cue_words(lang, "peer_roles")
            occ.owner = office_owner(span[0], text, lang) if before else None
        if occ.titled and occ.leader is None:
            occ.leader = _titled_leader(name, occ.role, pair, lang)
        occ.state = (occ.state or state_after_name(end, sentence.mentions, text, lang)
                     or (None if span else state_owning(start, sentence.mentions, text, lang))
                     or reporting_body_state(sentence, end, pair, lang))
        occ.qualified = bool(occ.state)
        others = offices + [(s, e) for s, e in persons if not (s < end and start < e)]
        occ.state = (occ.state
                     or behalf_state(sentence, end, text, lang)
                     or body_pronoun_state(sentence, before[0] if before else start, text, lang)
                     or body_where_state(sentence, before[0] if before else start, text, lang)
                     or delegation_state(sentence, before[0] if before else start, end, text, lang)
                     or side_state(sentence, before[0] if before else start, end, text, lang)
                     or visited_state(sentence, end, pair, others, text, lang)
                     or voiced_state(sentence, end, pair)
                     or reported_state(sentence, end, pair)
                     or scene_state(sentence, before[0] if before else start, pair, text, lang))
        if listed:
            occ.listed, occ.role = listed
        peers = cue_words(lang, "peer_roles")
        if occ.role and occ.role.casefold() in peers:
            # "Trade Minister X and his Ruritanian counterpart Y": Y holds the same office
            occ.role = next((o.role for o in reversed(out) if o.role and o.role.casefold() not in peers),
                            occ.role)
        out.append(occ)
    return out, waiting


def _group(occurrences: list[Occurrence], particles: frozenset[str]) -> list[NamedPerson]:
    """One person per name: short forms ('Ivanov', 'Petrov') join the full name that contains them."""
    people: list[NamedPerson] = []
    # names in order of appearance, longest first: the same output whatever the hash seed
    # (a name with an initial after the one it abbreviates: "L. Amare" joins "Lemma Amare")
    full = sorted(dict.fromkeys(o.name for o in occurrences if len(o.name.split()) >= 2),
                  key=lambda n: (-len(n.split()), sum(w.endswith(".") for w in n.split())))
    by_name: dict[str, NamedPerson] = {}
    for name in full:
        owner = next((p for p in people if _short_form(name, p.name, particles) or _misspelt(name, p.name)
                      or _same_letters(name, p.name)), None)
        by_name[name] = owner or NamedPerson(name)
        if owner is None:
            people.append(by_name[name])
    for o in occurrences:
        person = by_name.get(o.name) or next(
            (p for p in people if _plain_words(o.name) & _plain_words(p.name) - particles), None)
        if person is None and o.leader:  # "Petro said ...", never named in full: the leader's full name
            if o.leader not in by_name:
                by_name[o.leader] = NamedPerson(o.leader)
                people.append(by_name[o.leader])
            person = by_name[o.leader]
        elif person is None and o.titled:  # a person the story names by one name only ("Prime Minister Amare")
            person = by_name[o.name] = NamedPerson(o.name)
            people.append(person)
        if person is not None:
            person.occurrences.append(o)
    return people


def _same_letters(a: str, b: str) -> bool:
    """'Phạm Minh Chính' and 'Pham Minh Chinh': one name, written once with its diacritics and once without."""
    return plain(a).casefold() == plain(b).casefold()


def _plain_words(name: str) -> set[str]:
    return set(plain(name).split())


def _short_form(short: str, full: str, particles: frozenset[str]) -> bool:
    """"Petrov" or "B. Naranbaatar" for "Bold Naranbaatar": no more words, each one of the full name's
    or the initial of one."""
    # "Van Dalen" opening a sentence for "Pieter van Dalen": a particle's case is the sentence's
    words = [w.casefold() if w.casefold() in particles else w for w in plain(full).split()]
    initials = {w[0] + "." for w in words}
    parts = [w.casefold() if w.casefold() in particles else w for w in plain(short).split()]
    return parts != words and len(parts) <= len(words) and all(w in words or w in initials for w in parts) and \
        any(w in words for w in parts)


def _misspelt(a: str, b: str) -> bool:
    """'Zhu Jning' for 'Zhu Jing': the same words but one, which differs by one letter."""
    wa, wb = a.casefold().split(), b.casefold().split()
    diff = [(x, y) for x, y in zip(wa, wb, strict=False) if x != y]
    return (len(wa) == len(wb) and len(diff) == 1 and min(map(len, diff[0])) >= _MISSPELT_MIN_LETTERS
            and _one_edit(*diff[0]))


def _one_edit(x: str, y: str) -> bool:
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    return x[i + (len(x) == len(y)):] == y[i + 1:]


def _domestic(p: NamedPerson, text: str, lang: str) -> bool:
    """'Minister of Internal Trade X', 'X, Director-General of the Department of Foreign Trade': an office
    of a full name, with no state or organisation before it (a dateline's capital is no such state), is an
    office of the story's own side, which an outlet leaves unqualified."""
    def unqualified(o: Occurrence) -> bool:
        # a state before a verb that precedes the office is another's ("the President of Italy met Senate
        # Chairman X"); "Bangladesh's interim government power adviser X" is the adviser's
        office = o.start if o.office_start is None else o.office_start
        # ("signed with China, after Foreign Minister X briefed ...": a clause ends between them)
        return not any(m.end <= o.start and o.start - m.end < OFFICE_REACH and m.kind != "capital"
                       and not any(is_pos(t, "verb") and m.end <= t.idx < office for t in o.sentence.span)
                       and not re.search(r"[,;]", text[m.end:office])
                       and not _describes_place(m, o.sentence) for m in o.sentence.mentions)

    return len(p.name.split()) >= 2 and any(
        o.role and unqualified(o) and not possessor(o) and not former(o, lang)
        and len(o.name.split()) >= 2 for o in p.occurrences)


def _describes_place(m: CountryMention, sentence: Sentence) -> bool:
    """'(from landing fish) in Norwegian ports, Minister X said': a demonym on a thing after a preposition
    tells where, not whose office follows."""
    tok = next((t for t in sentence.span if t.idx == m.start), None)
    head = tok.head if tok is not None and m.kind == "demonym" and is_dep(tok, "adjective_modifier") else None
    return head is not None and head.text[:1].islower() and is_dep(head, "prep_object")


_SEAT_REACH = 40  # characters around an office where the "Lithuanian" or "of the Sejm" that places it stands


def _named_by_seat(o: Occurrence) -> bool:
    """'Marshal of the Sejm X', 'Kremlin spokesman X': the office names its state by a seat of its government or
    parliament only, as the outlets of that state name their own bodies too; such a person tells nothing of
    which side is the story's own."""
    lead = o.office_start if o.office_start is not None else o.start
    named = [m for m in o.sentence.mentions
             if m.code == o.state and lead - _SEAT_REACH <= m.start < o.end + _SEAT_REACH]
    return bool(named) and all(m.kind == "capital" for m in named)


def _side_order(people: list[NamedPerson], a: AnalyzedDoc) -> list[str]:
    """The story's two sides in the order it gives them: the side of its first placed official first,
    else the side it names first."""
    first = next((p.state for p in people if p.state in a.story_pair), None)
    named = [m.code for m in a.mentions if m.code in a.story_pair]
    order = list(dict.fromkeys(([first] if first else []) + named + list(a.story_pair)))
    return order[:2]


def _place_by_owner(people: list[NamedPerson], lang: str) -> None:
    """'Abiy's adviser X': X acts for the state of the person whose office he holds, whatever the
    words about the visit or the company around the name say; 'his counterpart X' holds his office."""
    named = [(q, q.occurrences) for q in people]
    for p in people:
        for o in p.occurrences:
            # ("her counterpart X" keeps the office of the sentence's last office-holder: the pronoun's
            # owner is the subject as often as the name nearest)
            pronoun = is_pronoun(o.owner or "", lang)
            owner = (None if not o.owner or (o.qualified and not o.peer) or (o.peer and pronoun)
                     else pronoun_owner(o, p, named) if pronoun else owner_of(o.owner, p, people, lang))
            if owner is None:
                continue
            if o.peer:  # "Tayali's Angolan counterpart, X" holds Tayali's office, for another state
                o.role = owner.role or o.role
                continue
            for other in p.occurrences:
                other.state = other.state if other.qualified else owner.state
            break


def _listed_other(o: Occurrence, people: list[NamedPerson], pair: tuple[str, ...]) -> str | None:
    """'the foreign ministers, A and B', where A's state is known (a leader of the tables): B is of the
    other side, whatever order the story gives its sides in."""
    partner = next((q.state for q in people for qo in q.occurrences if qo.sentence is o.sentence
                    and qo.listed is not None and qo.listed != o.listed and q.state in pair), None)
    return _other(partner, pair)


def _single_office(role: str | None, lang: str) -> bool:
    """'Foreign Minister', 'President': an office a state has one holder of at a time (not 'Deputy Minister')."""
    words = set(re.findall(r"[\w-]+", (role or "").casefold()))
    has = any(set(office.casefold().split()) <= words for office in cue_words(lang, "single_offices"))
    return has and not words & {w.casefold() for w in cue_words(lang, "single_office_exceptions")}


def _one_holder_each(people: list[NamedPerson], homed: list[NamedPerson], a: AnalyzedDoc) -> None:
    """'Senegal's President A ...', later 'He and President B agreed': a person placed on the story's own side
    for want of any word about his state is of the other side when someone placed on that side by the text
    holds the same office, as no state has two holders of it. (Of two people placed for want of words, the
    order tells nothing of which is the other side's.)"""
    if len(a.story_pair) != 2:
        return
    for p in homed:
        holder = next((q for q in people if q is not p and q not in homed and q.state == p.state
                       and (q.role or "").casefold() == (p.role or "").casefold()), None)
        if holder is not None and _single_office(p.role, a.lang) and _office_as_written(p, a.document.text):
            p.occurrences[0].state = _other(p.state, a.story_pair)


def _office_as_written(p: NamedPerson, text: str) -> bool:
    """The office stands before the name as it is read, after no capitalised word of a body ('Senate
    President X' is no 'President'), unless that word is a state's ('Kenyan President')."""
    def bare(o: Occurrence) -> bool:
        written = " ".join(text[o.office_start:o.start].split()) if o.office_start is not None else None
        if written is None or written.casefold() != (p.role or "").casefold():
            return False
        word = re.search(r"(\S+)\s+$", text[o.sentence.start:o.office_start])
        return word is None or not word.group(1)[:1].isupper() or any(
            m.start <= word.start(1) + o.sentence.start < m.end for m in o.sentence.mentions)

    return any(bare(o) for o in p.occurrences)


def _leader_beside(p: NamedPerson, leaders: list[NamedPerson], lang: str) -> tuple[NamedPerson, bool] | None:
    """'Prime Minister A and President B', 'President B and Prime Minister A', B a leader of the tables: the
    leader joined to ``p`` as between_partner joins two, in either order, and whether "between" joined them."""
    joined = between_partner(p, leaders, lang)
    if joined is not None:
        return joined
    for q in leaders:
        before = between_partner(q, [p], lang)
        if before is not None:
            return q, before[1]
    return None


def _other(state: str | None, pair: tuple[str, ...]) -> str | None:
    return next((s for s in pair if s != state), None) if state else None


def find_people(a: AnalyzedDoc) -> list[Person]:
    text = a.document.text
    found = [_occurrences(s, a.lang, text, a.story_pair) for s in a.sentences]
    occurrences = [o for names, _ in found for o in names]
    known = frozenset(w for o in occurrences if len(o.name.split()) >= 2 for w in o.name.split()
                      if len(w) > _INITIAL_LETTERS and w.casefold() not in name_particles(a.lang))
    if known:  # again, now that bare surnames of the story's people can be recognised, where they let one in
        found = [_occurrences(s, a.lang, text, a.story_pair, known) if any(w <= known for w in waiting)
                 else (names, waiting) for s, (names, waiting) in zip(a.sentences, found, strict=True)]
        occurrences = [o for names, _ in found for o in names]
    # a name in a title-case headline is one only when the story's sentences name the person too
    body = {w for o in occurrences if not in_title_case(o.sentence) for w in _plain_words(o.name)}
    occurrences = [o for o in occurrences if not in_title_case(o.sentence) or _plain_words(o.name) <= body]
    people = sorted(
        _group(occurrences, name_particles(a.lang)),
        key=lambda q: min(o.start for o in q.occurrences) if q.occurrences else 0,
    )
    placed = [p.state for p in people
              if p.state and any(o.qualified and not _named_by_seat(o) for o in p.occurrences)]
    dateline = dateline_state(text, a.mentions, a.story_pair)
    home = home_side(dateline, placed, a.story_pair)
    for p in people:
        if not p.state and p.occurrences:
            p.occurrences[0].state = monarchy_state(p.role, a.story_pair, a.lang)
    for o in (o for p in people for o in p.occurrences if not o.qualified):
        office = (o.office_start, o.start) if o.office_start is not None else None
        told = (posted_state(o.role, office, o.sentence.mentions, a.story_pair, text, a.lang)
                or envoy_state(o.role, a.mentions, a.story_pair, text, a.lang)
                or body_state(o.office_start, a.mentions, a.story_pair, text, a.lang)
                or spokesperson_state(o.role, o.office_start, a.mentions, a.story_pair, text, a.lang)
                or portfolio_state(o.role, o.office_start, _sentence_before(o.sentence, a.sentences).start,
                                   a.mentions, a.story_pair, text, a.lang))
        o.state, o.qualified = (told, True) if told else (o.state, o.qualified)
    _place_by_owner(people, a.lang)
    infer_sides(people, a)
    leaders = []
    for p in people:
        # a leader of the curated table places the story's own side, whatever the words about him say
        held = _office_holder_state(p.name, a) if p.occurrences and not romanizes(a.lang) else None
        if held:
            leaders.append(p)
            for o in p.occurrences:
                o.state = held
    infer_sides(people, a, face_to_face=leaders)  # "Minister X spoke to [the table's] Y": X is of the other side
    sides = [home, *(s for s in a.story_pair if s != home)] if home else _side_order(people, a)
    for p in people:
        listed = next((o for o in p.occurrences if o.listed is not None), None)
        if not p.state and listed is not None and len(sides) == 2:
            p.occurrences[0].state = _listed_other(listed, people, a.story_pair) or sides[listed.listed or 0]
    home = home or next((p.state for p in people if p.state), None)
    domestic = [p for p in people
                if not p.state and p.occurrences and (speaks_for_home(p.role, a.lang) or _domestic(p, text, a.lang))]
    for p in domestic:
        # (a paragraph that opens in one side's capital, or "said in" it, is where an official of that side speaks)
        p.occurrences[0].state = next((seat for o in p.occurrences for seat in (
            paragraph_scene(o.sentence, a.sentences, a.story_pair, text, a.lang),
            spoke_in_seat(o.sentence, o.end, a.story_pair, text, a.lang)) if seat), home)
    paired: list[NamedPerson] = []
    for p in domestic:
        joined = between_partner(p, domestic, a.lang) or _leader_beside(p, leaders, a.lang)
        if joined is None or len(a.story_pair) != 2:
            continue
        paired.append(p)
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
    _one_holder_each(people, [p for p in domestic if p not in paired and p.state == home], a)
    infer_sides(people, a)  # the company of the people just placed ("Secretary A, B and Secretary-designate C")
    out = []
    for p in people:
        # a leader of the curated table is of his own state, whatever the words around a name suggest, also a
        # third state's, for one placed on a side of the pair by no word of his state ("Presidents A, B and C")
        guessed = p.state is not None and not any(o.qualified for o in p.occurrences)
        state = _office_holder_state(p.name, a, anywhere=guessed) or p.state
        if not state:
            continue
        role = p.role
        row = None if romanizes(a.lang) else office_holders.listed(p.name, a.lang)
        if row and row[0] == state and (role is None or set(role.casefold().split()) < set(row[1].casefold().split())):
            role = row[1]  # a leader the story names with no office, or its short form ("Minister"), holds the table's
        o = next((o for o in p.occurrences if o.name == p.name), p.occurrences[0])
        name = in_nominative(p.name, o.sentence, o.start, o.end, a.lang)  # the form as written stays beside it
        out.append(Person(name, state, role, (p.office or p.occurrences[0]).sentence.evidence,
                          [p.name] if name != p.name else []))
    return out


def _sentence_before(sentence: Sentence, sentences: list[Sentence]) -> Sentence:
    """The sentence before ``sentence`` (itself when it opens the story)."""
    earlier = [s for s in sentences if s.start < sentence.start]
    return earlier[-1] if earlier else sentence


def _office_holder_state(name: str, a: AnalyzedDoc, anywhere: bool = False) -> str | None:
    """The state of a leader the curated tables of office-holders know by full name ("Касым-Жомарта
    Токаева": Kazakhstan; in English, by the press's form: "Kassym-Jomart Tokayev"), when it is a side
    of the story's pair (or ``anywhere``: a third state too)."""
    state = romanize(name, a.lang).state if romanizes(a.lang) else office_holders.state_of(name, a.lang)
    return state if state in a.story_pair or (anywhere and state) else None
