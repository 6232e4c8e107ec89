"""Conflict between the two states: accusations, rejections, protests, sanctions, coercion, envoys
withdrawn, threats and requests, and the measures lifted that end it.

Each is a verb of the cue lexicon ('conflict_verbs') that reports an act (finite or planned, not
negated, not hedged by 'could'/'should'), with the arguments its kind needs: a sanction noun
after 'imposed', an envoy after 'summoned', a state after 'urged ... to'. A sentence that only
describes a tense relationship ("relations have been frozen") names no such act. Each act has an
actor, the side that does it ("Colombia imposed", "ordered Canadian diplomats to leave": the other
side); acts of two sides ("expelled each other's diplomats") are two events.
"""

from __future__ import annotations

from typing import Any

from ... import resources
from ..analysis import Sentence
from ..pairs import speaks_of_both
from ..syntax import (
    adposition_of,
    genitive_nouns,
    governing_verb,
    has_verb_form,
    imperative,
    indirect_objects,
    is_dep,
    is_ent,
    is_finite_or_planned,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    objects,
    participle_act,
    phrase_of,
    prep_objects,
    prepositions,
    token_at,
    verb_forms,
)
from .cues import event_cues

# dependency roles of a verb's subject and of the words that carry an act up to the clause that has one
_SUBJECTS = ("subject",)
_CARRIERS = ("conjunct", "adverbial_clause", "prep_complement", "preposition", "open_complement")


# the PLOVER types of acts of one side against the other: each act is its own event, merged only
# with another telling of the same side's act on the same date
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SANCTION", "COERCE", "RETREAT", "THREATEN", "REQUEST",
                            "ASSAULT", "CONCEDE"})

# clauses up from an act read for its subject: 'the minister announced the levy, accusing ... and threatening'
_SUBJECT_CLIMB = 6


def conflict_mentions(sentence: Sentence, pair: tuple[str, ...], lang: str) -> list[tuple[str, Any, str | None]]:
    """(type, cue token, actor state) of the conflict acts a sentence reports."""
    cues = event_cues(lang)
    found: list[tuple[str, Any]] = []
    verdicts: list[tuple[str, Any]] = []
    phrased: dict[int, Any] = {}  # the first word of a phrase cue and the verb of its act
    for tok in sentence.span:
        if (type_ := _dated_act_noun(tok, sentence, lang)) is not None:
            found.append((type_, tok))
            continue
        if not is_pos(tok, "verb"):
            continue
        if _response_held_out(tok, lang):
            found.append(("THREATEN", tok))  # "Moscow will respond", "vowed to retaliate"
            continue
        if not _reports_act(tok, lang):
            if _threatened(tok, lang):
                threat = next((c for c in cues["conflict_verbs"] if lemma_of(tok) in c["lemmas"]
                               and c["type"] in cues["threat_measure_types"] and _fits(tok, c, sentence, pair)), None)
                if threat is not None:
                    found.append(("THREATEN", tok))
            continue
        forms = verb_forms(tok)  # "called its ambassador back": a phrasal verb is its own cue
        cue = next((c for c in cues["conflict_verbs"] if any(f in c["lemmas"] for f in forms)
                    and _fits(tok, c, sentence, pair)), None)
        if cue is not None:
            (verdicts if cue.get("needs") == "verdict" else found).append((cue["type"], tok))
        elif _takes_effect(tok, lang):
            found.append(("SANCTION", tok))  # "the tariff took effect on Saturday"
        elif (type_ := _enacted_noun(tok, lang)) is not None:
            found.append((type_, tok))  # "approved the suspension of visa-free travel"
    lowered = sentence.text.lower()
    for type_, phrases in cues["conflict_phrases"].items():
        for phrase in phrases:
            at = lowered.find(phrase)
            tok = token_at(sentence, sentence.start + at) if at >= 0 else None
            # "were declared persona non grata", "declaring its diplomats in Kigali persona non grata"
            act = governing_verb(tok) if tok is not None else None
            if tok is not None and act is not None and _reports_act(act, lang):
                found.append((type_, tok))
                phrased[tok.i] = act
    # "in a protest note, the ministry called the closure illegal": the words of blame are those of the act
    found = found or verdicts
    out = []
    for type_, tok in found:
        verb = phrased.get(tok.i) or (tok if is_pos(tok, "verb") else tok.head)
        if _shared(verb, sentence, pair, lang):
            continue
        for actor in _actors(verb, sentence, pair, lang):
            out.append((type_, tok, actor))
    return out


def _shared(verb: Any, sentence: Sentence, pair: tuple[str, ...], lang: str) -> bool:
    """'Both sides blame the transit regime': the two states together act on something else, not on
    each other ('the two sides accused each other')."""
    subject = _subject(verb)
    if subject is None or not speaks_of_both(" ".join(t.text for t in subject.subtree), lang):
        return False
    # "the two countries lowered diplomatic ties": the ties are between them, so they act on each other
    bonds = {w for c in event_cues(lang)["conflict_verbs"] if c.get("partner_in_pair") for w in c["objects"]}
    if any(lemma_of(o) in bonds or o.text.lower() in bonds for o in objects(verb)):
        return False
    reciprocal = event_cues(lang)["reciprocal_objects"]
    said = [" ".join(t.text for t in o.subtree).lower() for o in objects(verb)]
    return not any(_states_in(o, sentence, pair) for o in objects(verb)) and not any(
        r in text for r in reciprocal for text in said)


def _reports_act(verb: Any, lang: str) -> bool:
    """'imposed', 'has expelled', 'will impose', 'accusing X of' beside a reported act, 'responded
    by raising'; not 'did not impose', 'could impose', 'if it imposes', nor 'threatened to impose'
    (the threat is the act)."""
    if any(is_dep(c, "auxiliary") and c.text.lower() in event_cues(lang)["hedge_auxiliaries"] for c in verb.children):
        return False
    if any(is_dep(c, "negation") for c in verb.children) or _conditional(verb, lang) or imperative(verb):
        return False  # "Ask a farmer where his seed comes from": the writer addresses the reader
    if is_dep(verb, "open_complement"):
        # "decided to close the border" tells the act decided; "threatened to impose" does not
        return decided(verb, lang) and _reports_act(verb.head, lang)
    if participle_act(verb):
        # "a protest note delivered to the embassy on Friday"; not "flights, suspended since 2021,
        # resumed": a state that has lasted since a date is no act told
        return not _lasting(verb, lang)
    if enacted(verb, lang):
        return True  # "signed an order imposing tariffs": the order is the act
    if is_tag(verb, "gerund") and not any(is_dep(c, "auxiliary") for c in verb.children):
        return is_dep(verb, "adverbial_clause") or (is_dep(verb, "prep_complement") and is_word(verb.head, "means"))
    return is_finite_or_planned(verb)


def _threatened(verb: Any, lang: str) -> bool:
    """'we will consider halting shipments unless ...', 'may suspend deliveries if ...': a measure held
    out on a condition (a hedged verb, or one a verb of weighing takes) is a threat, not an act."""
    cues = event_cues(lang)
    if any(is_dep(c, "negation") for c in verb.children):
        return False
    hedged = any(is_dep(c, "auxiliary") and c.text.lower() in cues["hedge_auxiliaries"] for c in verb.children)
    weighed = (is_dep(verb, "open_complement", "clausal_complement", "direct_object")
               and lemma_of(verb.head) in cues["weighing_verbs"]
               and not any(is_dep(c, "negation") for c in verb.head.children))
    if not (hedged or weighed):
        return False
    clauses = [*verb.children, *(verb.head.children if weighed else ())]
    return any(_conditional(c, lang) for c in clauses)


def _response_held_out(verb: Any, lang: str) -> bool:
    """'Moscow will respond to the expulsion', 'vowed to retaliate', 'reserves the right to take
    countermeasures', 'would hit back': a reply to the other side held out for later is a threat; a
    reply told as done ('responded by raising tariffs') is the act it was, and a calm one none."""
    cues = event_cues(lang)
    retaliates = has_verb_form(verb, cues["retaliation_verbs"])
    responds = not retaliates and has_verb_form(verb, cues["response_verbs"])
    if not (retaliates or responds or lemma_of(verb) in cues["response_taking_verbs"]):
        return False  # (most verbs: answered before their children are read)
    if any(is_dep(c, "negation") for c in verb.children):
        return False
    if retaliates:
        replies = True
    elif responds:
        # "will respond to the decision", "will respond firmly"; not "will respond to questions"
        said = [lemma_of(w) for c in verb.children for w in c.subtree]
        replies = not any(w in cues["calm_manners"] for w in said) and (
            any((p := adposition_of(c)) is not None and is_word(p, "direction") for c in verb.children)
            or any(w in cues["response_manners"] for w in said))
    else:
        # "take countermeasures", "adopt retaliatory measures"
        replies = lemma_of(verb) in cues["response_taking_verbs"] and _names_any(
            _phrases(objects(verb)), cues["response_objects"])
    if not replies:
        return False
    # 'will respond', or a future in the verb's own form ('ответит')
    later = is_tag(verb, "future") or any(
        is_dep(c, "auxiliary") and c.text.lower() in cues["future_auxiliaries"] for c in verb.children)
    # "vowed to retaliate", "is ready to respond", "reserved the right to respond"
    promised = is_dep(verb, "open_complement", "clausal_modifier", "clausal_complement") and (
        lemma_of(verb.head) in cues["promise_words"]
        and not any(is_dep(c, "negation") for c in verb.head.children))
    return later or promised


def _conditional(clause: Any, lang: str) -> bool:
    """'if the fee is raised', 'unless the pipeline reopens': a clause that sets a condition tells no act."""
    return is_dep(clause, "adverbial_clause") and any(
        is_dep(m, "marker") and m.text.lower() in event_cues(lang)["condition_markers"] for m in clause.children)


def decided(verb: Any, lang: str) -> bool:
    """'decided to close', 'voted to expel': the act is the 'to' clause of a verb of deciding, and it
    is told (or planned) as that verb is."""
    return is_dep(verb, "open_complement") and lemma_of(verb.head) in event_cues(lang)["decision_verbs"]


def _lasting(verb: Any, lang: str) -> bool:
    """'suspended since 2021': every date of the participle's words hangs from a 'since'."""
    since = event_cues(lang)["span_since_words"]
    dates = [t for t in verb.subtree if is_ent(t, "date")]
    return bool(dates) and all(any(a.text.lower() in since for a in _up_to(t, verb)) for t in dates)


def _up_to(tok: Any, top: Any) -> list[Any]:
    """The words between a word and one of its heads, that head left out."""
    out = []
    for a in tok.ancestors:
        if a.i == top.i:
            break
        out.append(a)
    return out


def enacted(verb: Any, lang: str) -> bool:
    """'signed an executive order imposing tariffs', 'issued a decree banning imports': a clause on an
    instrument of a measure that was signed or issued tells the measure taken."""
    noun = verb.head
    return (is_dep(verb, "clausal_modifier") and is_tag(verb, "gerund")
            and lemma_of(noun) in event_cues(lang)["measure_instruments"]
            and is_dep(noun, "direct_object") and is_pos(noun.head, "verb") and _reports_act(noun.head, lang))


def _enacted_noun(verb: Any, lang: str) -> str | None:
    """'approved the suspension of visa-free travel', 'announced the expulsion of two diplomats': an
    act named by a noun that an approving verb takes; the act's type is that of its own verb with
    what the noun is 'of' as its objects; 'announced a 30% levy on imports': a measure named by its
    own noun is a sanction; 'announced the levy' tells again one told before (when it took effect)."""
    cues = event_cues(lang)
    if lemma_of(verb) not in cues["enact_verbs"]:
        return None
    for noun in objects(verb):
        if lemma_of(noun) in cues["sanction_nouns"]:
            return None if any(is_word(c, "definite_articles") for c in noun.children) else "SANCTION"
        if (type_ := _act_type(noun, lang)) is not None:
            return type_
    return None


def _act_type(noun: Any, lang: str) -> str | None:
    """The type of the act a noun names with what it is 'of' ('the expulsion of two diplomats'), if any."""
    cues = event_cues(lang)
    act = cues["act_nouns"].get(lemma_of(noun)) or cues["act_nouns"].get(noun.text.lower())
    if act is None:
        return None
    args = _phrases(genitive_nouns(noun))
    for cue in cues["conflict_verbs"]:
        if act in cue["lemmas"] and cue.get("needs", "words") in ("words", "object") and args and (
                cue.get("needs") == "object" or _names_any(args, cue["objects"])):
            return str(cue["type"])
    return None


def _dated_act_noun(noun: Any, sentence: Sentence, lang: str) -> str | None:
    """'weeks after the announcement, on 24 August, of the severing of diplomatic relations': an act
    told by its noun alone, in a sentence that dates it; the type of the act."""
    if not is_pos(noun, "noun") or lemma_of(noun) not in event_cues(lang)["dated_act_nouns"]:
        return None
    return _act_type(noun, lang) if any(is_ent(t, "date") for t in sentence.span) else None


def _names_any(words: list[Any], lemmas: list[str]) -> bool:
    wanted = set(lemmas)
    return any(lemma_of(w) in wanted or w.text.lower() in wanted for w in words)


def _arguments(verb: Any) -> list[Any]:
    """The verb's objects with what they stand for: 'six of the diplomats', 'exports and imports',
    'acting high commissioner Wheeler' (the title of a name)."""
    # the noun a participle qualifies is what it acts on ("the note delivered on Friday")
    acted_on = [*objects(verb), verb.head] if participle_act(verb) else objects(verb)
    # a verb has one subject: a second one after it is its object, which a case the noun does not
    # mark let the parser take for a subject ('охрана ... задержала ... российский траулер')
    subjects = [c for c in verb.children if is_dep(c, *_SUBJECTS)]
    acted_on += [c for c in subjects[1:] if c.i > verb.i > subjects[0].i]
    # a noun in the instrumental that the parse hung as an indirect object is the verb's complement
    # ('пригрозил Литве ответными мерами')
    acted_on += [c for c in indirect_objects(verb) if is_tag(c, "instrumental")]
    # "the tariffs on rice that Vietnam imposed in March": a relative clause acts on the noun it hangs on,
    # or on the noun whose phrase that one closes (a parser hangs the clause on the last noun); an object
    # before the verb is the relative word that stands for that noun
    if is_dep(verb, "relative_clause") and all(o.i < verb.i for o in objects(verb)):
        acted_on += _antecedents(verb.head)
    # an object put after a phrase of the verb's is parsed as in apposition to that phrase's noun
    # ('recalled for consultations its ambassador')
    acted_on += [a for p in prepositions(verb) for o in prep_objects(p) for a in o.children
                 if is_dep(a, "apposition")]
    # or as the subject of a clause the parser builds inside that phrase ('recalled for consultations
    # its ambassador extraordinary and plenipotentiary')
    acted_on += [a for p in prepositions(verb) for o in prep_objects(p) for a in o.subtree
                 if is_dep(a, "subject") and a.i > o.i]
    return _phrases(acted_on)


def _antecedents(noun: Any) -> list[Any]:
    """A noun and the nouns whose phrases it ends ('cent' in 'tariffs of 50 per cent': 'tariffs')."""
    out = [noun]
    while is_dep(out[-1], "prep_object") and is_pos(out[-1].head.head, "noun") and len(out) < _SUBJECT_CLIMB:
        out.append(out[-1].head.head)
    return out


def _phrases(nouns: list[Any]) -> list[Any]:
    """The nouns with their conjuncts, the words that modify them and what they are 'of'."""
    out = []
    for o in nouns:
        for word in (o, *o.conjuncts):
            out.append(word)
            out += [c for c in word.children if is_dep(c, "compound", "adjective_modifier")]
            out += genitive_nouns(word)  # "note of protest"; a bare genitive in Russian ("ноту протеста")
    return out


def _fits(verb: Any, cue: dict[str, Any], sentence: Sentence, pair: tuple[str, ...]) -> bool:
    args = _arguments(verb)
    needs = cue.get("needs", "words")
    if cue.get("partner_in_pair") and _partner_elsewhere(verb, sentence, pair):
        return False  # "Honduras broke off ties with Taiwan" in a story on Honduras and China
    if cue.get("doer_named") and not any(is_dep(c, "subject", "agent") for c in verb.children):
        return False  # "the embargo was lifted under an accord of 2019": a history told, no side that lifts it
    if cue.get("not_firms") and objects(verb) and all(lemma_of(o) in _firms(verb.doc.lang_) for o in objects(verb)):
        return False  # "accusing the Chinese company of failing its obligations": a business blamed, not its state
    if needs == "words":
        if _names_any(args, cue["objects"]):
            return True
        # "summoned Ambassador Li", "summoned him to lodge a protest"
        return bool(cue.get("person_object")) and any(
            (is_ent(w, "person") or is_word(w, "person_pronouns")) and is_dep(w, "direct_object") for w in args)
    if needs == "subject":
        # "clashes broke out along the border": the act is told by what happens, with no doer; fighting
        # in a third place ("where fighting broke out in Gaza") is not between the two
        words = set(cue["objects"])
        return any(is_dep(c, "subject") and (lemma_of(c) in words or c.text.lower() in words)
                   for c in verb.children) and not _elsewhere(verb, sentence, pair)
    if needs == "object":
        return bool(args) or _object_in_clause(verb)
    if needs == "verdict":
        # "called the closure a provocation", "branded the measure disproportionate": the other side's
        # act named by a word of blame; not "called the talks useful", nor the words of another act
        # ("protested over what it called unacceptable remarks")
        said = [w for c in verb.children if is_dep(c, "object_predicate") for w in _phrases([c])]
        # Russian gives the verdict in the instrumental case, however the parse hangs it ('назвал решение
        # необоснованным', '... «необоснованным и политически мотивированным»', '... провокацией')
        said += [w for c in verb.children if is_tag(c, "instrumental") and adposition_of(c) is None
                 for w in c.subtree]
        # "called the president a dictator": a parser hangs the verdict on the object as an apposition
        said += [w for o in objects(verb) for c in o.children if is_dep(c, "apposition")
                 and any(is_word(d, "indefinite_articles") for d in c.children) for w in _phrases([c])]
        # or as a second object ("branded the government a criminal regime")
        said += _phrases(sorted((c for c in verb.children if is_dep(c, "direct_object", "indirect_object")),
                                key=lambda c: c.i)[1:])
        return (bool(args) and _names_any(said, cue["objects"])
                and not is_dep(verb, "prep_complement", "relative_clause", "clausal_modifier"))
    if needs == "onto_list":
        # "added 23 firms to its entity list", "were placed on the sanctions list": a listing of the
        # other side's firms or people on a register of a measure; not "put the item on the agenda"
        return bool(objects(verb)) and any(
            lemma_of(o) in cue["lists"] and any(_names_any([w], cue["objects"]) for w in o.subtree)
            for p in prepositions(verb) for o in prep_objects(p))
    if needs == "to_leave":
        # "gave Ruritania's consul 48 hours to quit", "told the diplomats to leave the country": an envoy
        # given a deadline to go is expelled
        clauses = [c for h in (verb, *objects(verb)) for c in h.children
                   if is_dep(c, "adverbial_clause", "open_complement", "clausal_complement", "clausal_modifier")]
        # the envoy may be parsed as the one given to ('gave [the consul] [48 hours]')
        envoys = [*args, *_phrases(indirect_objects(verb))]
        return _names_any(envoys, cue["objects"]) and any(
            lemma_of(c) in cue["leave_verbs"] and any(is_word(a, "infinitive") for a in c.children) for c in clauses)
    if needs == "from_object":
        # "withdrew from the accord", "pulled out of the treaty": what a side leaves is its phrase's object
        # a two-word preposition ('out of') hangs its second word on its first
        preps = [*prepositions(verb), *(q for p in prepositions(verb) for q in prepositions(p))]
        return _names_any(_phrases([o for p in preps if is_word(p, "separation", "genitive")
                                    for o in prep_objects(p)]), cue["objects"])
    if needs == "clause":
        return any(is_dep(c, "open_complement", "clausal_complement") for c in verb.children) or any(
            is_dep(w, "direct_object") for w in args
        )
    if needs == "other_side_object":
        # "Vietnam opposes China's ban": what it opposes is the other state's; not "both oppose protectionism"
        subject = _subject(verb)
        own = set(_states_in(subject, sentence, pair)) if subject is not None else set()
        return any(set(_states_in(w, sentence, pair)) - own for w in objects(verb))
    if needs == "object_or_against":
        # "protested against the ban", "protested to Beijing": what is protested, or the state protested to
        return bool(args) or any(is_dep(c, "preposition") and (
            is_word(c, "opposition") or (is_word(c, "direction") and _states_in(c, sentence, pair)))
            for c in verb.children)
    # "state_clause": 'urged Ecuador to', 'called on India to', 'asked the Indian side to'
    addressees = [a for a in args if is_dep(a, "direct_object")] + [
        g for c in verb.children if is_dep(c, "preposition") and is_word(c, "addressee") for g in c.children
    ]
    to_clause = any(is_dep(c, "open_complement", "clausal_complement") for c in verb.children) or any(
        is_dep(c, "relative_clause", "clausal_modifier") for a in addressees for c in a.children)
    return to_clause and any(_states_in(a, sentence, pair) for a in addressees)


def _object_in_clause(verb: Any) -> bool:
    """'accused the Beninese authorities to shelter foreign bases': a translated page's 'to' clause
    after the verb, parsed with the one accused as its subject."""
    return any(is_dep(c, "clausal_complement", "open_complement", "adverbial_clause") and c.i > verb.i
               and any(is_dep(a, "auxiliary") and is_word(a, "infinitive") for a in c.children)
               and any(is_dep(a, *_SUBJECTS) for a in c.children) for c in verb.children)


def _partner_elsewhere(verb: Any, sentence: Sentence, pair: tuple[str, ...]) -> bool:
    """What the verb's object or the verb is 'with' names a place that is none of the pair's states."""
    own = [(m.start, m.end) for m in sentence.mentions if m.code in pair]
    heads = [verb, *objects(verb)]
    partners = [g for h in heads for c in h.children if is_dep(c, "preposition") for g in c.subtree]
    return any(is_ent(t, "geopolitical", "location") and not any(s <= t.idx < e for s, e in own)
               for t in partners)


def _elsewhere(verb: Any, sentence: Sentence, pair: tuple[str, ...]) -> bool:
    """The verb's clause names a place that is none of the pair's states."""
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    own = [(m.start, m.end) for m in sentence.mentions if m.code in pair]
    return any(
        is_ent(e, "geopolitical", "location") and lo <= e.start_char < hi
        and not any(s <= e.start_char < t for s, t in own)
        for e in sentence.ents
    )


def _takes_effect(verb: Any, lang: str) -> bool:
    """'the tariff took effect', 'the ban came into force': a sanction that now binds."""
    cues = event_cues(lang)
    if lemma_of(verb) not in cues["in_effect_verbs"]:
        return False
    complements = [c for c in verb.children if is_dep(c, "direct_object")]
    complements += [
        g for c in verb.children if is_dep(c, "preposition") for g in c.children if is_dep(g, "prep_object")
    ]
    if not any(lemma_of(c) in cues["in_effect_objects"] for c in complements):
        return False
    nouns = set(cues["sanction_nouns"])
    return any(is_dep(c, "subject") and lemma_of(c) in nouns for c in verb.children)


def _states_in(tok: Any, sentence: Sentence, pair: tuple[str, ...]) -> list[str]:
    """The pair's states named in the words of a token's phrase: its subtree's own words, not the span
    between its edges, which a parse that reaches over the verb stretches over other words ('Министерство
    ... Литвы вызвало поверенного в делах России Ивана Петрова', the name hung on the ministry)."""
    words = [(t.idx, t.idx + len(t.text)) for t in tok.subtree]
    out: list[str] = []
    for m in sentence.mentions:
        if m.code in pair and m.code not in out and any(lo <= m.start < hi for lo, hi in words):
            out.append(m.code)
    return out


def _third_state(tok: Any, sentence: Sentence, pair: tuple[str, ...]) -> bool:
    """The word stands for a state outside the pair ('Washington' as the subject in a Congo-Rwanda story):
    a state the gazetteer names there, or a place the parser does where the gazetteer names none."""
    inside = [m for m in sentence.mentions if tok.idx <= m.start < tok.idx + len(tok.text)]
    if inside:
        return any(m.code not in pair and not m.code.startswith("IGO:") for m in inside)
    return is_ent(tok, "geopolitical")


def _firms(lang: str) -> frozenset[str]:
    """Nouns of firms and businesses, which sign and are blamed apart from their states."""
    return frozenset(resources.cue_table(lang, "agreement_cues.json")["non_state_signers"])


def _place_words(lang: str) -> frozenset[str]:
    """Prepositions of place ('in', 'to'): after a body's name they tell where it sits or serves."""
    return frozenset(resources.cue_table(lang, "place_cues.json")["place_prepositions"])


def _subject(tok: Any) -> Any | None:
    """The subject of the act, found up the clauses that carry it ('Quito responded by raising',
    'Noboa announced the levy, accusing')."""
    node = tok
    for _ in range(_SUBJECT_CLIMB):
        subjects = [c for c in node.children if is_dep(c, *_SUBJECTS)]
        if subjects:
            # "N'Djamena, Dec 17 (HSW) — Sudan on Sunday ordered ...": a dateline the parser takes for a second
            # subject stands further from the verb than the real one
            before = [c for c in subjects if c.i < node.i]
            return before[-1] if before else subjects[0]
        agent = next((g for c in node.children if is_dep(c, "agent") for g in c.children), None)
        if agent is not None:
            return agent
        if not is_dep(node, *_CARRIERS) or node.head.i == node.i:
            return None
        node = node.head
    return None


def _actors(verb: Any, sentence: Sentence, pair: tuple[str, ...], lang: str) -> list[str | None]:
    """The side(s) doing the act: the states of its subject ("Ecuador's tariff": of its owner);
    else the side opposite to the one its object or passive subject names ('declared India's envoy
    persona non grata': Canada)."""
    subject = _subject(verb)
    if subject is not None and lemma_of(subject) in event_cues(lang)["sanction_nouns"]:
        owners = [
            s
            for c in subject.children
            if is_dep(c, "possessive", "adjective_modifier")
            for s in _states_in(c, sentence, pair)
        ]
        return [owners[0] if owners else None]
    if subject is not None and not _states_in(subject, sentence, pair) and _third_state(subject, sentence, pair):
        return []  # "and in February Washington imposed sanctions on a Rwandan minister": a third state's act
    if subject is not None and (states := _states_in(subject, sentence, pair)):
        # "the Russian Embassy in Chisinau rejected": the state where the body sits is not the one acting
        # (a UD parse hangs the preposition on its noun: 'Посольство России в Норвегии')
        placed = {s for p in prepositions(subject) if p.text.lower() in _place_words(lang)
                  for s in _states_in(phrase_of(p), sentence, pair)}
        acting: list[str | None] = [s for s in states if s not in placed] or list(states)
        # what the act is done to: the states of the verb's other words ("bans on Georgian officials")
        targets = {s for c in verb.children if c.i != subject.i and not is_dep(c, *_SUBJECTS)
                   for s in _states_in(c, sentence, pair)}
        if len(acting) > 1 and targets and not targets & set(acting):
            return [None]  # "Estonia, Latvia and Lithuania imposed bans on Georgian officials": one joint act
        return acting
    targets = {s for o in objects(verb) for s in _states_in(o, sentence, pair)}
    if len(pair) == 2 and len(targets) == 1:
        return [next(s for s in pair if s not in targets)]
    return [None]
