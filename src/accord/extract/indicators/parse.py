"""What the dependency parse of a sentence tells about one of its figures: the verb it hangs from,
that verb's subject and clause of condition, the noun a bare count counts and the one good a trade
is in.

``indicators`` reads the cue words around a figure; these helpers settle what the words alone
cannot (whose subject a verb has, which noun a count modifies).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..analysis import Sentence
from ..syntax import is_dep, is_pos, is_tag, is_word, lemma_of, token_at
from .clauses import SentenceFigure
from .cues import Cue, CueLexicon
from .numbers import PERCENT

# how many heads up from a metric cue's noun the noun of its phrase may stand ('surplus' of 'the surplus of
# Brazil in its commerce with Chile': commerce -> in -> Brazil -> of -> surplus)
_BALANCE_DEPTH = 5

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a count may stand before the noun it counts with: up to two words, none of them a preposition
# or a conjunction that starts another phrase ('300 local firms', not '300 of the firms').
# how far (in characters) after a count the noun it counts may stand: '300 local and foreign firms'
_COUNT_REACH = 40
_COUNT_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}")


def figure_verb(f: SentenceFigure, sentence: Sentence) -> Token | None:
    """The verb the figure hangs from: the nearest VERB or AUX above it, else the root of its tree;
    None when the figure does not line up with the tokens."""
    figure = sentence.span.doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if figure is None:
        return None
    verb: Token = figure.root
    while not is_pos(verb, "verb", "auxiliary_verb") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_of_its_own(f: SentenceFigure, cue: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
    """The figure's verb has a subject of its own that names no metric, and the cue is outside that
    verb's clause ('...which reserves retail trade for locals unless foreigners invest $1 million')."""
    verb = figure_verb(f, sentence)
    word = sentence.span.doc.char_span(sentence.start + cue.start, sentence.start + cue.end, alignment_mode="expand")
    if verb is None or word is None:
        return False
    if not is_pos(verb, "verb", "auxiliary_verb") or verb.i == word.root.i or verb.is_ancestor(word.root):
        return False
    subject = next((t for t in verb.children if is_dep(t, "subject", "passive_subject")), None)
    if (
        subject is None
        or is_pos(subject, "pronoun")
        or is_tag(subject, "wh_determiner", "wh_pronoun", "personal_pronoun", "existential")
    ):
        return False
    lo, hi = subject.left_edge.idx - sentence.start, subject.right_edge.idx + len(subject.right_edge) - sentence.start
    # (or a percentage parsed as its verb's own subject: 'which is increase 7% compare to ...')
    if any(c.kind in ("metric", "enterprise") and lo <= c.start < hi for c in cues) or (
            f.q.unit == PERCENT and f.start <= subject.idx - sentence.start < f.end):
        return False
    # the states themselves as the subject ('the two countries exchanged goods worth $5bn') keep the figure theirs
    head = subject.idx - sentence.start
    return not (any(c.kind == "pair" and c.start <= head < c.end for c in cues)
                or any(m.start <= subject.idx < m.end for m in sentence.mentions))


def anaphor_cue(f: SentenceFigure, sentence: Sentence, topic: str, lex: CueLexicon) -> Cue | None:
    """'Trade reached $5bn last year. In January-April it grew by 3%': a pronoun as the subject of the
    figure's verb, or owning that subject ('its growth was 3%'), stands for the measure of the sentence before."""
    verb = figure_verb(f, sentence)
    if verb is None:
        return None
    subject = next((t for t in verb.children if is_dep(t, "subject", "passive_subject")), None)
    # ('exports of coffee, that rose 5%': a relative pronoun stands for the noun it hangs on, not the measure before)
    if subject is not None and (subject.lower_ not in lex.anaphors or is_tag(subject, "wh_determiner")):
        # "(trade exceeded $1.4bn,) and its growth reached 13%": a subject owned by a pronoun is the measure's
        subject = next((t for t in subject.subtree if t.lower_ in lex.owner_anaphors), None)
    if subject is None:
        return None
    start = subject.idx - sentence.start
    return Cue(start, start + len(subject.text), "metric", topic)


def goal_object_anaphor(f: SentenceFigure, sentence: Sentence, lo: int, lex: CueLexicon) -> Cue | None:
    """'the sides intend to raise it from $1bn to $3bn', 'customs put it at $41m': a pronoun, between ``lo``
    and the figure, as the object of a verb of a goal, a change or a reckoning that governs the figure,
    stands for a measure; of an N-fold verb
    that is the figure itself ('our aim is to triple it'), the pronoun right after it."""
    verb = figure_verb(f, sentence)
    if verb is None or lemma_of(verb) not in lex.goal_verbs | lex.change_verbs | lex.reckon_verbs:
        return None
    itself = f.start <= verb.idx - sentence.start < f.end
    for tok in verb.children:
        start = tok.idx - sentence.start
        if is_dep(tok, "direct_object") and tok.lower_ in lex.anaphors and (
                lo <= start < f.start or itself and tok.i == verb.i + 1):
            return Cue(start, start + len(tok.text), "metric", "")  # the measure is the caller's to name
    return None


def goal_noun_subject(f: SentenceFigure, sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> bool:
    """'Our joint ambition is to reach $1bn in five years': the figure is the goal of a verb of change in
    the infinitive that completes a copula whose subject is a goal noun."""
    verb = figure_verb(f, sentence)
    if verb is None or lemma_of(verb) not in lex.goal_verbs or not is_tag(verb, "base_form"):
        return False
    if not is_dep(verb, "open_complement", "clausal_complement") or verb.head.i == verb.i:
        return False
    nouns = [(c.start, c.end) for c in cues if c.kind == "target_noun"]
    return any(is_dep(t, "subject") and any(lo <= t.idx - sentence.start < hi for lo, hi in nouns)
               for t in verb.head.children)


def goal_is_figure(f: SentenceFigure, sentence: Sentence, cues: list[Cue]) -> bool:
    """'Our goal, set by the two presidents, is one billion euros by 2026': the figure is the attribute of a
    copula whose subject is a goal noun, however far the noun stands from it."""
    figure = sentence.span.doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if figure is None or not is_dep(figure.root, "attribute") or figure.root.head.i == figure.root.i:
        return False
    nouns = [(c.start, c.end) for c in cues if c.kind == "target_noun"]
    return any(is_dep(t, "subject") and any(lo <= t.idx - sentence.start < hi for lo, hi in nouns)
               for t in figure.root.head.children)


def speakers_goal(f: SentenceFigure, sentence: Sentence, lex: CueLexicon) -> bool:
    """'Trade was $480m last year. We believe we can reach $1bn by 2030.': the figure is the object of a verb
    of a goal in the infinitive, after a modal or 'to', whose subject is a personal pronoun: the speakers' goal
    for the measure they spoke of; so is one of an infinitive that completes a noun ('the leaders gave an
    instruction to reach $1bn', 'a decision to bring it to $500m')."""
    verb = figure_verb(f, sentence)
    if verb is None or lemma_of(verb) not in lex.goal_verbs or not is_tag(verb, "base_form"):
        return False
    marked = any(is_dep(c, "auxiliary") and not is_tag(c, "present", "present_third_person", "past_tense")
                 for c in verb.children)
    # ('a plan to raise the volume of engineering orders to $900m': the infinitive's object names another measure)
    objects = [c for c in verb.children if is_dep(c, "direct_object") and c.lower_ not in lex.anaphors
               and not f.start <= c.idx - sentence.start < f.end]
    of_noun = is_dep(verb, "clausal_modifier") and is_pos(verb.head, "noun") and verb.head.i < verb.i and not objects
    # 'we hope to return to $2bn': the speakers are the subject of the wish the infinitive completes
    wish = verb.head if is_dep(verb, "open_complement") and lemma_of(verb.head) in lex.plan_verbs else verb
    return marked and (of_noun or any(is_dep(c, "subject") and is_tag(c, "personal_pronoun")
                                      for c in (*verb.children, *wish.children)))


def plan_cost(f: SentenceFigure, sentence: Sentence, cue: Cue | None, lex: CueLexicon) -> bool:
    """'The project will produce ... The investment is estimated at $50bn': after a sentence about a plan,
    a bare 'the investment' as the subject of a verb in the present is the plan's cost, not money spent
    ('Ruritanian investments are estimated at ...' name whose money it is; 'the investment of Ruritanian firms in
    Freedonia is about ...' whose and where it stands: a stock)."""
    verb = figure_verb(f, sentence)
    if cue is None or verb is None:
        return False
    subject = next((t for t in verb.children if is_dep(t, "subject", "passive_subject")), None)
    if subject is None or not cue.start <= subject.idx - sentence.start < cue.end:
        return False
    # 'the investment', 'the total investment'; not 'the Ruritanian investment'
    before = [t for t in subject.children if t.i < subject.i]
    bare = bool(before) and before[0].lower_ in lex.definite_articles and is_tag(subject, "singular_noun") and all(
        is_dep(t, "adjective_modifier") and not t.ent_type_ for t in before[1:])
    present = is_tag(verb, "present_third_person", "present") or any(
        is_dep(t, "auxiliary", "passive_auxiliary") and is_tag(t, "present_third_person", "present")
        for t in verb.children
    )
    phrase = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    # (both ends named: whose money and where it stands; 'the investment of the Ruritanian partner in the plant is
    # estimated at ...' names one side and the plan)
    ends = {m.code for m in sentence.mentions if phrase[0] <= m.start < phrase[1]}
    return bare and present and len(ends) < 2


def one_good(cue: Cue | None, sentence: Sentence, lex: CueLexicon) -> str | None:
    """'electricity trade', 'rice trade': the noun before 'trade' that names the one good traded."""
    if cue is None or " " in sentence.text[cue.start:cue.end]:
        return None
    word = sentence.span.doc.char_span(sentence.start + cue.start, sentence.start + cue.end)
    if word is None:
        return None
    # a noun of time ('last year trade') or a name is no good
    noun = next((t for t in word.root.children if is_dep(t, "compound") and is_pos(t, "noun") and t.i < word.root.i
                 and not t.ent_type_), None)
    if noun is None or noun.lower_ in lex.whole_trade or noun.lower_ in lex.values["metric"]:
        return None
    return noun.lower_


def is_conditional(f: SentenceFigure, sentence: Sentence, lex: CueLexicon) -> bool:
    """The figure's verb is in a clause of condition ('... unless foreigners invest $1 million')."""
    verb = figure_verb(f, sentence)
    if verb is None:
        return False
    return any(is_dep(c, "marker") and c.lower_ in lex.conditional for c in verb.children)


def counted_noun(f: SentenceFigure, sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> Cue | None:
    """What a bare count counts: the noun it modifies ('over 250 enterprises', '12,000 students')."""
    doc = sentence.span.doc
    span = doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head if is_dep(span.root, "number_modifier", "quantity_modifier", "compound") else None
    for c in cues:
        if c.kind not in ("enterprise", "other_count") or c.start < f.end:
            continue
        if c.start - f.end > _COUNT_REACH:
            break
        noun = doc.char_span(sentence.start + c.start, sentence.start + c.end, alignment_mode="expand")
        if noun is None:
            continue
        if head is not None and head in list(noun):
            return c
        between = sentence.text[f.end:c.start]
        if _COUNT_GAP.fullmatch(between) and not lex.count_break.search(between):
            return c
    return _number_of(f, sentence, cues, lex)


def _said_by(figure: Token, verb: Token) -> bool:
    """The figure is what the verb states: its object or attribute ('exceeded 80', 'is 80'), or the object of
    a preposition on it ('stands at 80')."""
    if figure.head.i == verb.i:
        return is_dep(figure, "direct_object", "attribute")
    return is_dep(figure, "prep_object") and figure.head.head.i == verb.i


def _number_of(f: SentenceFigure, sentence: Sentence, cues: list[Cue], lex: CueLexicon) -> Cue | None:
    """'the number of joint ventures (has doubled and now) exceeds 200': a count said of the subject
    "the number of X" counts X (a verb joined to another by "and" shares its subject)."""
    verb = figure_verb(f, sentence)
    figure = sentence.span.doc.char_span(sentence.start + f.start, sentence.start + f.end, alignment_mode="expand")
    if verb is None or figure is None or not _said_by(figure.root, verb):
        return None  # "(has doubled) over the past two years": a count inside another phrase
    while not any(is_dep(t, "subject") for t in verb.children) and is_dep(verb, "conjunct"):
        verb = verb.head
    subject = next((t for t in verb.children if is_dep(t, "subject")), None)
    if subject is None or lemma_of(subject) not in lex.count_subjects:
        return None
    counted = [g for p in subject.children if is_word(p, "genitive") for g in p.children if is_dep(g, "prep_object")]
    for c in cues:
        if c.kind in ("enterprise", "other_count") and any(
                c.start <= g.idx - sentence.start < c.end for g in counted):
            return c
    return None


def hangs_on_blocker(cue: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
    """The metric cue's noun is a modifier, or the object of a preposition, inside the phrase of a noun that
    measures something else ('the deficit in Ghana's trade with India', 'the trade gap'): up its heads to the
    clause's verb, one of them stands in a blocker cue."""
    blockers = [c for c in cues if c.kind == "blocker"]
    node = token_at(sentence, sentence.start + cue.end - 1)
    if node is None or not blockers:
        return False
    for _ in range(_BALANCE_DEPTH):
        if node.head is node or is_pos(node.head, "verb", "auxiliary_verb"):
            return False
        node = node.head
        at = node.idx - sentence.start
        if any(b.start <= at < b.end for b in blockers):
            return True
    return False
