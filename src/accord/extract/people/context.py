"""A person's state told by the words around the name rather than by the office.

- a visitor is not of the state visited: "X is expected to visit Korea", "his official visit to
  Korea", "X's first visit was to Djibouti", "the state visit of X to Korea" put X on the other
  side of the story's pair;
- a delegation's head is of the delegation's state: "the delegation from Ukraine was headed by X",
  "X led a high-level Ethiopian delegation";
- "X was on the Polish side";
- a spokesman speaks for the state whose body does what he reports ("Serbia's Foreign Ministry has
  summoned ..., spokesman X said");
- a monarch is of the side whose state's name says it is a monarchy ("King X": "Kingdom of ...");
- the story's home side, for offices an outlet leaves unqualified: the state of the capital in the
  dateline ("BOGOTA, Feb 1 -"), else the side the story does not qualify ("Ecuador's foreign
  minister" is said of the visitor's side, not of the outlet's own).

The cue words are data (``resources/<lang>/people_cues.json``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..analysis import AnalyzedDoc, Sentence
from ..gazetteer import CountryMention, state_names
from ..syntax import is_dep, is_ent, is_pos, is_word
from .lexicon import cue_alternation as _alt
from .lexicon import cues, grammar

_DATELINE_REACH = 600  # characters from the top in which a story's dateline stands
_DATELINE_TAIL = re.compile(r"\s*(?:[,:(–—]|-\s)")
_MAX_GAP = 200  # characters between a name and the place it visits
_MAX_MODIFIERS = 3  # words between "his" and "visit": "his first official state visit to"
# characters between a delegation noun and its leading verb: "the Ukrainian delegation, which arrived
# on Monday, was headed by"; and between the verb and the noun: "led a high-level trade delegation"
_DELEGATION_REACH = 60
_DELEGATION_WORDS = 2  # words between a state and its delegation noun: "Ukraine's high-level trade delegation"
_CO_LEADER_WORDS = 8  # words of the office and name of a delegation's first leader: "Trade Minister Ana Ruiz and"
_CAPITAL_REACH = 10  # characters after a demonym in which "capital" stands: "the Ruritanian capital"
_SIDE_REACH = 20  # characters after a demonym in which "side" stands: "on the Polish side"


@cache
def _visit_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    the = grammar(lang, "definite_articles")
    verb = re.compile(r"(?<!\w)(" + _alt(lang, "visit_verbs") + rf")\s+(?:(?:{the})\s+)?$", re.I)
    # "his official visit to", "'s first visit abroad was to": a possessor, the noun, a preposition
    owner, nouns, preps = _alt(lang, "possessives"), _alt(lang, "visit_nouns"), _alt(lang, "visit_prepositions")
    poss = grammar(lang, "possessive_endings")
    noun = re.compile(rf"(?:\b(?:{owner})\s+|^(?:{poss})\s+)(?:[\w-]+\s+){{0,{_MAX_MODIFIERS}}}?(?:{nouns})\s+"
                      r"(?:\w+\s+)?"
                      rf"(?:(?:{_alt(lang, 'visit_copulas')})\s+)?(?:{preps})\s+(?:(?:{the})\s+)?$", re.I)
    return verb, noun


def _is_place(m: CountryMention, text: str, lang: str) -> bool:
    """A state as a destination: its name or capital, or "the Ruritanian capital"."""
    if m.code.startswith("IGO:"):
        return False
    return m.kind != "demonym" or bool(re.match(rf"\s+(?:{_alt(lang, 'capital_nouns')})\b",
                                                text[m.end:m.end + _CAPITAL_REACH]))


def visited_state(sentence: Sentence, end: int, pair: tuple[str, ...], blockers: list[tuple[int, int]],
                  text: str, lang: str) -> str | None:
    """The pair's side that the person named up to ``end`` visits, when nobody else (a person or an
    office in ``blockers``) stands between the name and the visit."""
    if len(pair) != 2:
        return None
    if _visit_of(sentence, end, lang):
        place = _place_right_after(sentence, end, pair, text, lang)
        if place:
            return next(s for s in pair if s != place)
    verb, noun = _visit_patterns(lang)
    # "invited X to visit Korea": the name is the subject of the infinitive whatever its own role
    invited = re.compile(rf"\s*,?\s+(?:{grammar(lang, 'infinitive')})\s+(?:" + _alt(lang, "visit_verbs")
                         + rf")\s+(?:(?:{grammar(lang, 'definite_articles')})\s+)?", re.I)
    if not _is_subject(sentence, end):
        place = next((m.code for m in sentence.mentions if m.code in pair and _is_place(m, text, lang)
                      and invited.fullmatch(text[end:m.start])), None)
        return next(s for s in pair if s != place) if place else None
    for m in sentence.mentions:
        if m.start <= end or m.start - end > _MAX_GAP or m.code not in pair or not _is_place(m, text, lang):
            continue
        gap = text[end:m.start]
        if ";" in gap or any(end <= a < m.start for a, _ in blockers):
            continue
        hit = verb.search(gap)
        if hit and not _verb_token(sentence, end + hit.start(1)):
            hit = None
        if hit or noun.search(gap):
            return next(s for s in pair if s != m.code)
    return None


def _name_token(sentence: Sentence, end: int) -> Any:  # a spaCy Token, or None
    return next((t for t in sentence.span if t.idx < end <= t.idx + len(t.text)), None)


def _visit_of(sentence: Sentence, end: int, lang: str) -> bool:
    """The name ending at ``end`` is the visitor of a visit noun: "the state visit of President X"."""
    tok = _name_token(sentence, end)
    nouns = {w.casefold() for w in cues(lang).get("visit_nouns", [])}
    if tok is None or not is_dep(tok, "prep_object") or not is_dep(tok.head, "preposition"):
        return False
    prep, noun = tok.head, tok.head.head
    return is_word(prep, "genitive") and noun.text.casefold() in nouns


def _place_right_after(sentence: Sentence, end: int, pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """The pair's state named right after the visitor's name as the destination: "... X to Oman"."""
    preps = _alt(lang, "visit_prepositions")
    for m in sentence.mentions:
        if m.start > end and m.code in pair and _is_place(m, text, lang) and \
                re.fullmatch(rf"\s+(?:{preps})\s+(?:(?:{grammar(lang, 'definite_articles')})\s+)?", text[end:m.start],
                             re.I):
            return m.code
    return None


_SUBJECT_DEPS = ("subject", "passive_subject", "possessive")
_NAME_CLIMB = 6  # steps up from a name's last word through its own parts and appositions
_NAME_DEPS = ("compound", "flat_name", "apposition")


def _is_subject(sentence: Sentence, end: int) -> bool:
    """The name ending at ``end`` is a subject or a possessor ("Petrov is expected to visit",
    "Amare's visit"), not an object ("held talks with Ivanov ... his visit"): the visitor is the one
    the clause is about."""
    tok = _name_token(sentence, end)
    for _ in range(_NAME_CLIMB):
        if tok is None or is_dep(tok, *_SUBJECT_DEPS):
            break
        tok = tok.head if is_dep(tok, *_NAME_DEPS) and tok.head is not tok else None
    return tok is not None and is_dep(tok, *_SUBJECT_DEPS)


def _verb_token(sentence: Sentence, at: int) -> bool:
    return any(tok.idx == at and is_pos(tok, "verb", "auxiliary_verb") for tok in sentence.span)


def delegation_state(sentence: Sentence, start: int, end: int, text: str, lang: str) -> str | None:
    """The state of the delegation the person heads: "the Ukrainian delegation, headed by [office]
    X" (``start`` = where the office or name begins), "X led a high-level Ethiopian delegation",
    "Pakistan was represented by [office] X"."""
    deleg, lead = _alt(lang, "delegation_nouns"), _alt(lang, "lead_verbs")
    head = text[sentence.start:start]
    the, be = grammar(lang, "definite_articles"), grammar(lang, "copulas")
    # "Pakistan was represented by Minister X": the state itself stands for its delegation
    by = grammar(lang, "agent")
    for m in sentence.mentions:
        if m.end <= start and not m.code.startswith("IGO:") and re.fullmatch(
                rf"\s+(?:{be})\s+(?:{lead})\s+(?:{by})\s+(?:(?:{the})\s+)?", text[m.end:start], re.I):
            return m.code
    # (capitalised words the office lexicon does not hold may open the office: "headed by the State Minister")
    # ("a delegation led by Minister A and Adviser B": B co-leads it; "led by A, and B was ...": a new clause)
    name_word = r"(?-i:[A-Z])[\w.'’-]*"
    co_leader = (rf"(?:(?:{name_word},?\s+){{0,{_CO_LEADER_WORDS}}}{name_word}\s+(?:{grammar(lang, 'coordinators')})\s+"
                 rf"(?:(?:{the})\s+)?)?")
    before = re.search(rf"(?<!\w)(?:{deleg})\b[^.;]{{0,{_DELEGATION_REACH}}}?\b(?:(?:{be})\s+)?"
                       rf"(?:{lead})\s+(?:(?:{by})\s+)?(?:(?:{the})\s+)?{co_leader}"
                       rf"(?:(?-i:[A-Z])[\w-]*\s+){{0,{_DELEGATION_WORDS}}}$", head, re.I)
    if before:
        at = sentence.start + before.start()
        for m in sentence.mentions:
            if m.code.startswith("IGO:"):
                continue
            poss = grammar(lang, "possessive_endings")
            if at <= m.start < start or re.fullmatch(rf"(?:{poss})?\s+(?:[\w-]+\s+){{0,{_DELEGATION_WORDS}}}",
                                                     text[m.end:at]):
                return m.code
    gapped = _gapped_delegation(sentence, start, text, lang)
    if gapped:
        return gapped
    # ("X led the Ruritanian delegation", "X led Ruritania's negotiators")
    owner = rf"(?-i:[A-Z])[\w-]*(?:{grammar(lang, 'possessive_endings')})"
    after = re.match(rf"\s*,?\s*(?:(?:{grammar(lang, 'relative_pronouns')})\s+)?(?:{lead})\s+"
                     rf"(?:{_alt(lang, 'lead_determiners')}|{owner})\s+[^.;,]{{0,{_DELEGATION_REACH}}}?\b(?:{deleg})\b"
                     rf"(?:\s+(?:{_alt(lang, 'delegation_links')})\s+(?:(?:{the})\s+)?)?", text[end:sentence.end], re.I)
    if after:
        for m in sentence.mentions:
            if not m.code.startswith("IGO:") and end <= m.start <= end + after.end():
                return m.code
    return None


def _gapped_delegation(sentence: Sentence, start: int, text: str, lang: str) -> str | None:
    """'Российскую делегацию возглавит A, норвежскую — министр B', 'the Polish delegation was led by A, the
    Czech — by B': after a clause of a delegation and its leader, a state and a dash before the office at
    ``start`` stand for that state's delegation, the noun and the verb left out."""
    deleg, the = _alt(lang, "delegation_nouns"), grammar(lang, "definite_articles")
    lead = re.compile(rf"(?<!\w)(?:{deleg})(?!\w).*(?<!\w)(?:{_alt(lang, 'lead_verbs')})(?!\w)", re.I | re.S)
    dash = re.compile(rf"(?:\s+(?:{deleg}))?\s*[—–]\s*(?:(?:{grammar(lang, 'agent')})\s+)?", re.I)
    opening = re.compile(rf"[,;]\s*(?:(?:{the})\s+)?(?:(?:{deleg})\s+)?$", re.I)
    for m in sentence.mentions:
        head = text[sentence.start:m.start]
        if m.end <= start and not m.code.startswith("IGO:") and dash.fullmatch(text[m.end:start]) and \
                opening.search(head) and lead.search(head):
            return m.code
    return None


def _speaker_verb(sentence: Sentence, end: int) -> Any:  # a spaCy Token, or None
    """The verb whose subject the name ending at ``end`` is."""
    tok = _name_token(sentence, end)
    for _ in range(_NAME_CLIMB):
        if tok is None or is_dep(tok, "subject"):
            break
        tok = tok.head if is_dep(tok, *_NAME_DEPS) and tok.head is not tok else None
    return tok.head if tok is not None and is_dep(tok, "subject") else None


def voiced_state(sentence: Sentence, end: int, pair: tuple[str, ...]) -> str | None:
    """'spokesman X said Minsk would respond': a capital standing for its government as the subject of
    what the person says is the government the person speaks for."""
    verb = _speaker_verb(sentence, end)
    if verb is None:
        return None
    said = [c for c in verb.children if is_dep(c, "clausal_complement") and c.i > verb.i]
    # right after the verb of saying, or after its complementiser: "said Minsk would", "said that Minsk"
    subjects = [g for c in said for g in c.children if is_dep(g, "subject") and g.i > verb.i and all(
        is_dep(t, "marker") for t in verb.doc[verb.i + 1:g.left_edge.i])]
    for m in sentence.mentions:
        if m.kind == "capital" and m.code in pair and any(m.start <= g.idx < m.end for g in subjects):
            return m.code
    return None


def reported_state(sentence: Sentence, end: int, pair: tuple[str, ...]) -> str | None:
    """'Ruritania expelled two envoys on Monday, Foreign Minister X said': the state of the pair that is the
    subject of what the person reports, in a clause before his verb of saying, is the state he speaks for."""
    verb = _speaker_verb(sentence, end)
    if verb is None:
        return None
    # (not his words in quotes, where a state is what he speaks of: '"Ruritania is our partner," X said')
    told = [g for c in verb.children if is_dep(c, "clausal_complement") and c.i < verb.i and not _quoted(c)
            for g in c.children if is_dep(g, "subject", "passive_subject")]
    found = {m.code for m in sentence.mentions if m.code in pair and any(m.start <= g.idx < m.end for g in told)}
    return found.pop() if len(found) == 1 else None


def _quoted(clause: Any) -> bool:
    """The clause stands in quotation marks: a quote mark opens it or stands right before it."""
    first = clause.left_edge
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return any(t is not None and t.text in "\"“”‘’'«»„" for t in (first, before))


def reporting_body_state(sentence: Sentence, end: int, pair: tuple[str, ...], lang: str) -> str | None:
    """'Serbia's Foreign Ministry has summoned ..., spokesman X said': the state whose body does what the
    person reports, in a clause before his verb of saying, is the state he speaks for."""
    verb = _speaker_verb(sentence, end)
    if verb is None:
        return None
    told = [g for c in verb.children if is_dep(c, "clausal_complement") and c.i < verb.i
            for g in c.children if is_dep(g, "subject") and g.text.casefold() in _body_nouns(lang)]
    owners = [t for g in told for t in g.children if is_dep(t, "possessive", "adjective_modifier", "compound")]
    found = {m.code for m in sentence.mentions if m.code in pair and any(m.start <= t.idx < m.end for t in owners)}
    return found.pop() if len(found) == 1 else None


@cache
def _body_nouns(lang: str) -> frozenset[str]:
    """The last words of a state's bodies that act and speak: "ministry", "government"."""
    return frozenset(w.split()[-1].casefold() for w in cues(lang).get("office_bodies", []))


def side_state(sentence: Sentence, start: int, end: int, text: str, lang: str) -> str | None:
    """'X was on the Polish side', 'X, from the Korean side'; 'From the Korean side, the talks were led
    by X' (a side that opens the sentence or a clause is of the names listed after it, up to the next side:
    'со стороны Ирана документ подписал министр X, со стороны Турции — министр Y'); 'co-chaired from the
    Polish side by [office] X, from the Korean — by [office] Y' (a side right before the agent whose office
    opens at ``start``)."""
    agent = _side_agent(lang).search(text[sentence.start:start])
    if agent:
        return next((m.code for m in sentence.mentions if m.start == sentence.start + agent.start("state")
                     and not m.code.startswith("IGO:")), None)
    phrases = _side_phrases(sentence, text, lang)
    leading = [(a, b, code) for a, b, code in phrases if b <= start]
    if leading:
        a, b, code = leading[-1]
        if _opens_clause(text[sentence.start:a]) and _listed_after(sentence, b, start):
            return code
    after = re.compile(rf"\s*,?\s*(?:(?:{grammar(lang, 'copulas')})\s+)?")
    return next((code for a, _, code in phrases if a >= end and after.fullmatch(text[end:a])), None)


def _side_phrases(sentence: Sentence, text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, state) of each side the sentence names, in order: 'from the Polish side', 'со стороны
    Ирана' (the side noun before a state in the genitive), 'с иранской стороны'."""
    the, side = grammar(lang, "definite_articles"), _alt(lang, "side_nouns")
    lead = re.compile(rf"(?<!\w)(?:{_alt(lang, 'side_links')})\s+(?:(?:{the})\s+)?(?P<noun>(?:{side})\s+)?$", re.I)
    out = []
    for m in sentence.mentions:
        link = lead.search(text[sentence.start:m.start])
        tail = re.match(rf"\s+(?:{side})(?!\w)", text[m.end:m.end + _SIDE_REACH], re.I)
        if m.code.startswith("IGO:") or not link or not (link.group("noun") or tail):
            continue
        out.append((sentence.start + link.start(), m.end + tail.end() if tail else m.end, m.code))
    return out


def _opens_clause(before: str) -> bool:
    """Nothing, or a clause's punctuation, stands before a side phrase: it is no complement of a noun
    ('the support from the Polish side')."""
    return re.search(r"(?:^|[,;:(—–]|\s-)\s*$", before) is not None


def _listed_after(sentence: Sentence, end: int, start: int) -> bool:
    """The office at ``start`` follows the side phrase ending at ``end`` with no verb after a person named
    between them (a verb before the first is the clause's own: 'документ подписал'): the side's people
    are listed ('A and B'), not told of in another clause."""
    last = max((e.end_char for e in sentence.ents if is_ent(e, "person") and end <= e.start_char < start),
               default=None)
    return last is None or not any(is_pos(t, "verb", "auxiliary_verb") and last <= t.idx < start
                                   for t in sentence.span)


@cache
def _side_agent(lang: str) -> re.Pattern[str]:
    """A side and the agent's preposition at the end of what precedes an office: "from the Polish side by the
    ", "from Korean — by " (a side word left out after a dash, as a translation gives the second side)."""
    the, by = grammar(lang, "definite_articles"), grammar(lang, "agent")
    state = r"(?P<state>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})"
    return re.compile(rf"(?<!\w)(?:{_alt(lang, 'side_links')})\s+(?:(?:{the})\s+)?{state}"
                      rf"(?:\s+(?:{_alt(lang, 'side_nouns')})\s*,?|\s*[—–]|\s+-)\s*"
                      rf"(?:(?:{_alt(lang, 'lead_verbs')})\s+)?(?:{by})\s+(?:(?:{the})\s+)?$", re.I)


def scene_state(sentence: Sentence, start: int, pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'In Kabul, Deputy Prime Minister X told importers ...': a sentence that opens on a capital of the
    pair's states, then right away on the person (his office opening at ``start``), sets the scene of
    what he says or does there, in his own government's seat (a visitor is placed by the visit rules
    first)."""
    if len(pair) != 2:
        return None
    opening = re.match(rf"\s*(?:{grammar(lang, 'place')})\s+", text[sentence.start:start], re.I)
    if not opening:
        return None
    at = sentence.start + opening.end()
    m = next((m for m in sentence.mentions if m.start == at), None)
    if m is None or m.kind != "capital" or m.code not in pair:
        return None
    the = grammar(lang, "definite_articles")
    return m.code if re.fullmatch(rf"\s*,\s*(?:(?:{the})\s+)?", text[m.end:start], re.I) else None


def paragraph_scene(sentence: Sentence, sentences: list[Sentence], pair: tuple[str, ...], text: str,
                    lang: str) -> str | None:
    """'In Kabul, Deputy Prime Minister X told importers ... . Commerce Minister Y said ...': the capital of the
    pair's states a paragraph opens on is the seat of the officials it names with no word of their state."""
    if len(pair) != 2:
        return None
    first = sentence
    for s in reversed(sentences[:sentence.index]):
        if "\n" in text[s.end:first.start]:
            break
        first = s
    opening = re.match(rf"\s*(?:{grammar(lang, 'place')})\s+", text[first.start:first.end], re.I)
    if not opening:
        return None
    m = next((m for m in first.mentions if m.start == first.start + opening.end()), None)
    if m is None or m.kind != "capital" or m.code not in pair:
        return None
    return m.code if re.match(r"\s*,", text[m.end:first.end]) else None


_SPEECH_PLACE_REACH = 80  # characters between a name and the "said in Ashgabat" after its apposition
# lowercase words between a verb of saying and the place: "told reporters in", "told a regular press briefing in"
_HEARERS = 4


def spoke_in_seat(sentence: Sentence, end: int, pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'X, who oversees the gas sector, said in Ashgabat that ...', 'X told reporters in Ashgabat': an official the
    text places by no other word speaks in his own government's seat."""
    place, verbs = grammar(lang, "place"), _alt(lang, "speech_verbs")
    heard = rf"(?:\s+(?-i:[^\W\d_A-ZА-ЯЁ])[\w-]*){{0,{_HEARERS}}}"  # "told (foreign) reporters in"
    said = re.compile(rf"(?:,[^,]*,)?\s+(?:{verbs}){heard}\s+(?:{place})\s+$", re.I)
    return next((m.code for m in sentence.mentions if m.kind == "capital" and m.code in pair
                 and 0 <= m.start - end <= _SPEECH_PLACE_REACH and said.fullmatch(text[end:m.start])), None)


_WHERE_BODY_REACH = 60  # characters of a body's name before its state: "the Ministry of Foreign Affairs of"


def body_where_state(sentence: Sentence, start: int, text: str, lang: str) -> str | None:
    """'(the envoy was summoned) to the Ministry of Foreign Affairs of X, where Deputy Minister Y handed her a
    note', 'at X's Foreign Ministry, where Y ...': the person whose office opens at ``start`` works at the body
    the "where" clause is about, for its state."""
    where = re.search(rf"\s*,\s*(?:{_alt(lang, 'place_relatives')})\s+$", text[sentence.start:start], re.I)
    if where is None:
        return None
    at = sentence.start + where.start()
    bodies = _alt(lang, "office_bodies")
    poss = grammar(lang, "possessive_endings")
    for m in sentence.mentions:
        if m.code.startswith("IGO:"):
            continue
        lead = text[max(sentence.start, m.start - _WHERE_BODY_REACH):m.start]
        if m.end == at and re.search(rf"(?<!\w)(?:{bodies})\b[^,;]*$", lead, re.I):
            return m.code  # "the Ministry of Foreign Affairs of X, where"
        if re.fullmatch(rf"(?:{poss})?\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?:{bodies})", text[m.end:at], re.I):
            return m.code  # "X's Foreign Ministry, where"
    return None


_BODY_NAME_WORDS = 3  # capitalised words of a body's name: "Ministry of Foreign Affairs"


def body_pronoun_state(sentence: Sentence, start: int, text: str, lang: str) -> str | None:
    """'The Ruritanian Ministry of Foreign Affairs dismissed the claim, and its spokesman X said', 'the
    Ministry of Foreign Affairs of Ruritania summoned the envoy; its deputy head Y ...': an office owned by "its" after
    a state's body is held at that body, for its state (the last such body before the office)."""
    if not re.search(rf"(?<!\w)(?:{_alt(lang, 'body_pronouns')})\s+$", text[sentence.start:start], re.I):
        return None
    bodies, poss = _alt(lang, "office_bodies"), grammar(lang, "possessive_endings")
    of, the = grammar(lang, "genitive"), grammar(lang, "definite_articles")
    owned = None
    for m in sentence.mentions:
        if m.end > start or m.code.startswith("IGO:"):
            continue
        lead = text[max(sentence.start, m.start - _WHERE_BODY_REACH):m.start]
        after = text[m.end:start]
        named = rf"(?:(?-i:[A-Z])[\w-]*\s+){{0,{_BODY_NAME_WORDS}}}"
        if re.search(rf"(?<!\w)(?:{bodies})\b(?:\s+(?:{of})\s+{named})?(?:{of})\s+(?:(?:{the})\s+)?$", lead, re.I) \
                or re.match(rf"(?:{poss})?\s+{named}(?:{bodies})\b", after, re.I):
            owned = m.code  # "the Ministry of Foreign Affairs of X", "the X Ministry of Foreign Affairs"
    return owned


def behalf_state(sentence: Sentence, end: int, text: str, lang: str) -> str | None:
    """'X signed for Chile', 'X, on behalf of the Peruvian government,': the state a name acts for, said
    right after it."""
    behalf, the = _alt(lang, "behalf_cues"), grammar(lang, "definite_articles")
    for m in sentence.mentions:
        if m.start >= end and not m.code.startswith("IGO:") and re.fullmatch(
                rf"\s*,?\s*(?:{behalf})\s+(?:(?:{the})\s+)?", text[end:m.start], re.I):
            return m.code
    return None


def speaks_for_home(role: str | None, lang: str) -> bool:
    """'Presidential spokesman', 'Spokesperson of the Ministry of Foreign Affairs': an office of an
    unnamed government, which a story names for its own side."""
    if not role:
        return False
    office, cue = _alt(lang, "home_offices"), _alt(lang, "home_cues")
    return all(re.search(rf"(?<!\w)(?:{alt})(?!\w)", role, re.I) for alt in (office, cue))


def monarchy_state(role: str | None, pair: tuple[str, ...], lang: str) -> str | None:
    """The one side of the pair whose name carries the monarch's state word ("Kingdom" for "King")."""
    offices = {k.casefold(): v.casefold() for k, v in cues(lang).get("monarch_offices", {}).items()}
    word = offices.get((role or "").casefold())
    if not word or len(pair) != 2:
        return None
    found = [s for s in pair if any(re.search(rf"\b{word}\b", n.casefold()) for n in state_names(s, lang))]
    return found[0] if len(found) == 1 else None


def ruled_state(name: str, a: AnalyzedDoc) -> str | None:
    """The state a leader governs, when the story says so elsewhere: "Ruiz's government" in a sentence
    that names one state of the pair and no other."""
    surname = re.escape(name.split()[-1])
    poss, governments = grammar(a.lang, "possessive_endings"), _alt(a.lang, "government_nouns")
    ruled = re.compile(rf"(?<!\w){surname}(?:{poss})\s+(?:{governments})\b")
    found = {m.code for s in a.sentences if ruled.search(s.text) for m in s.mentions if m.code in a.story_pair}
    return found.pop() if len(found) == 1 else None


def dateline_state(text: str, mentions: list[CountryMention], pair: tuple[str, ...]) -> str | None:
    """The pair's state whose capital opens a paragraph as the dateline ("ANKARA, Feb. 9 (BNA) —");
    None for a shared dateline ("OTTAWA/NEW DELHI") or none."""
    for m in mentions:
        if m.start > _DATELINE_REACH:
            break
        if m.kind != "capital" or (m.start and text[m.start - 1] != "\n"):
            continue
        if not _DATELINE_TAIL.match(text, m.end):
            return None
        return m.code if m.code in pair else None
    return None


def home_side(dateline: str | None, qualified: list[str], pair: tuple[str, ...]) -> str | None:
    """The outlet's own side: the dateline's state, else the side whose officials the story names
    less often with their state ("Ecuador's foreign minister": ``qualified`` holds one state per
    person placed by such words), when one side clearly is."""
    if dateline or len(pair) != 2:
        return dateline
    a, b = (qualified.count(s) for s in pair)
    if a == b:
        return None
    return pair[0] if a < b else pair[1]


_MEMORIAL_WORDS = 4  # words between a memorial word and the name: "памятник общенациональному лидеру"


def commemorated(sentence: Sentence, start: int, text: str, lang: str) -> bool:
    """'laid a wreath at the monument to national leader X', 'почтил память лидера X': a person the
    story remembers, who takes no part in it. Only words of a noun phrase stand between the memorial
    word and the name, so a verb ('visited the memorial and met X') ends the memorial's reach."""
    words = _alt(lang, "memorial_words")
    cues_before = list(re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text[sentence.start:start], re.I))
    if not cues_before:
        return False
    cue = cues_before[-1]
    between = [t for t in sentence.span
               if sentence.start + cue.end() <= t.idx < start and not t.is_space]
    return len(between) <= _MEMORIAL_WORDS and all(
        is_pos(t, "noun", "proper_noun", "adjective") or is_word(t, "genitive", "definite_articles")
        for t in between)
