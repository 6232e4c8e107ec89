"""Instruments told in lists and by what they cover: a line of a list of documents, a sentence that
continues the list the one before told of, a plural instrument with one complement per instrument
("three MoUs - on standards, on customs ..."), its named projects ("including the X Metro"), or the
fields a verb says they concern; and the content words that tell one instrument from another."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..indicators.numbers import parse_figure
from ..syntax import (
    adposition_on_noun,
    conjoined_adpositions,
    is_dep,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    phrase_of,
    prep_objects,
    prepositions,
)
from .in_order import MIN_ITEMS, listed_in_order, segments
from .status import agreement_cues
from .titles import (
    YEAR,
    is_instrument_word,
    is_year,
    names_content,
    span_text,
    without_trailing_punct,
)

WORD = re.compile(r"[\w'-]+")  # a word of a title


@cache
def _generic(lang: str) -> re.Pattern[str]:
    """The words that say nothing of which instrument it is; a stem ("соглашени*") covers every case."""
    return re.compile(resources.alternation(agreement_cues(lang)["generic_words"]))


def content_words(title: str, lang: str) -> frozenset[str]:
    generic = _generic(lang)
    # "the treaty-level pact": a word made of an instrument's kind and its level says no more than they do
    levels = set(agreement_cues(lang)["level_nouns"])
    return frozenset(w for w in WORD.findall(title.lower())
                     if not generic.fullmatch(w) and (not w.isdigit() or YEAR.fullmatch(w))
                     and not all(generic.fullmatch(p) or p in levels for p in w.split("-")))


def list_item(head: Any, sentence: Sentence) -> bool:
    """A line of a list of documents: the sentence is the instrument's name ('Program of Cooperation ...')."""
    first = head.left_edge
    before = first.doc[first.i - 1] if first.i > 0 else None
    # a sentence with no verb ("Среди них – ...", "Among them: ...") lists what the one before told of;
    # a line of a list names a document and tells nothing of it: it has no verb of its own
    if is_pos(sentence.span.root, "noun", "proper_noun", "pronoun"):
        return True
    at_line_start = first.i == sentence.span.start or before is None or is_pos(before, "space") or before.text == ":"
    return at_line_start and not is_pos(sentence.span.root, "verb")


def continues_list(head: Any, lang: str) -> bool:
    """'They include an agreement on ...', 'The deals include ...', 'Among them is a memorandum ...', 'The
    memorandums cover ...': a list of the documents the sentence before told of."""
    cues = agreement_cues(lang)
    first = head
    while is_dep(first, "conjunct", "apposition") and first.head.i < first.i:
        first = first.head
    verb = first.head
    if is_dep(first, "subject") and lemma_of(verb) in cues.get("about_verbs", []) and is_plural(first, lang):
        return True  # "These memorandums cover mining and forestry": what the ones told before are about
    if not is_dep(first, "direct_object", "attribute", "subject") or lemma_of(verb) not in cues["list_verbs"]:
        return False
    told = [c for c in verb.children if is_dep(c, "subject", "passive_subject") and c.i != first.i]
    told += [g for c in prepositions(verb) for g in prep_objects(c)]
    # "this is a work plan": a singular demonstrative says what one thing is, it opens no list
    return any(is_pos(t, "pronoun") and not is_word(t, "definite") or lemma_of(t) in cues["list_subjects"]
               for t in told)


def is_plural(head: Any, lang: str) -> bool:
    """'the minutes of the session' are one document."""
    return (
        is_tag(head, "plural_noun", "plural_proper_noun")
        and head.text.lower() not in agreement_cues(lang)["plural_only_instruments"]
    )


def listed_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'three MoUs - on standards, on customs, and between the two central banks': a plural instrument
    with a list of complements names one instrument per complement."""
    if not is_tag(head, "plural_noun", "plural_proper_noun") and not any(
        is_dep(c, "number_modifier") and not is_year(c) for c in head.children
    ) and head.text.lower() not in agreement_cues(lang).get("plural_forms", []):
        return []  # "three MoUs", "memoranda" are often tagged singular
    preps: list[Any] = []
    for child in _title_prepositions(head, lang):
        if names_content(child, lang):
            preps += [p for p in conjoined_adpositions(child) if p not in preps]
    if len(preps) == 1 and not adposition_on_noun(head):
        preps += _repeated(preps[0], sentence, lang)
    if len(preps) < 2:
        if not adposition_on_noun(head):
            return []
        titles = [f"{head.text} {span_text(item, sentence)}" for item in listed_in_order(head, sentence, lang)]
        return [t for t in titles if content_words(t, lang)]  # "меморандумы о взаимопонимании, в том числе о ..."
    titles = []
    preps = sorted(preps, key=lambda p: p.i)
    for k, prep in enumerate(preps):
        phrase = phrase_of(prep)
        others = {t.i for c in phrase.children if is_dep(c, "conjunct", "coordinator", "punctuation")
                  for t in c.subtree}
        # the parser may hang the next "and on ..." inside this phrase: it ends where the next one opens
        last = min(phrase.right_edge.i, preps[k + 1].i - 1) if k + 1 < len(preps) else phrase.right_edge.i
        end = prep.i
        while end + 1 <= last and end + 1 not in others:
            end += 1
        toks = [t for t in head.doc[prep.i : end + 1]]
        while toks and (is_pos(toks[-1], "punctuation") or is_dep(toks[-1], "coordinator")):
            toks.pop()
        titles.append(f"{head.text} {span_text(toks, sentence)}")
    return titles


def _title_prepositions(head: Any, lang: str) -> list[Any]:
    """The adpositions of ``head``, the one right after it, and, in 'memoranda of understanding on X',
    those of the generic noun that qualifies it."""
    preps = prepositions(head)
    qualifying = [p for p in preps if is_word(p, "genitive") and prep_objects(p)
                  and not any(content_words(g.text, lang) for g in prep_objects(p))]
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and not adposition_on_noun(head) and is_dep(nxt, "preposition") and nxt.head.i == head.head.i:
        preps = [*preps, nxt]  # "signed memorandums on X": the parser hung "on X" on the verb
    return [p for p in preps if p not in qualifying] + [
        a for p in qualifying for g in prep_objects(p) for a in prepositions(g)]


def _repeated(prep: Any, sentence: Sentence, lang: str) -> list[Any]:
    """'memorandums on fuel supply and on scholarships': the same adposition after a coordinator opens
    the next item, wherever the parser hung it, up to a finite verb or another instrument."""
    out = []
    for tok in sentence.span:
        if tok.i <= prep.i:
            continue
        if is_instrument_word(tok, lang) or is_tag(tok, "past_tense", "present", "present_third_person"):
            break
        before = tok.doc[tok.i - 1]
        if (tok.text.lower() == prep.text.lower() and (is_dep(before, "coordinator") or before.text == ",")
                and names_content(tok, lang)):
            out.append(tok)
    return out


def included_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'loan agreements for four projects, including the X Metro and the Y Bridge': a plural instrument
    whose named projects are listed is one instrument per named project."""
    if not is_tag(head, "plural_noun", "plural_proper_noun"):
        return []
    including = [
        t for t in head.subtree if is_dep(t, "preposition") and lemma_of(t) in agreement_cues(lang)["including_words"]
    ]
    items = [i for t in including[:1] for p in t.children if is_dep(p, "prep_object") for i in (p, *p.conjuncts)]
    if not items or any(
        not is_pos(i, "proper_noun") or any(is_instrument_word(t, lang) for t in i.subtree) for i in items
    ):
        return []
    name = [t for c in head.children if is_dep(c, "compound", "adjective_modifier") and c.i < head.i for t in c.subtree]
    titles = []
    for item in items:
        others = {t.i for c in item.children if is_dep(c, "conjunct", "coordinator") for t in c.subtree}
        toks = without_trailing_punct([t for t in item.subtree if t.i not in others and not is_pos(t, "determiner")])
        titles.append(" ".join([*(t.text for t in name), head.text, agreement_cues(lang)["title_purpose_link"],
                               span_text(toks, sentence)]))
    return titles


def elided_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'nine memoranda were signed, including on a metro study and on a port loan': each subject after
    'including', told without the instrument word, names one instrument of the kind ``head`` names."""
    if not is_tag(head, "plural_noun", "plural_proper_noun"):
        return []
    around = [*head.subtree, *(c for c in head.head.children if c.i > head.i)]
    including = [t for t in around if lemma_of(t) in agreement_cues(lang)["including_words"]]
    items = [i for t in including[:1] for p in t.children if is_dep(p, "preposition") for i in (p, *p.conjuncts)]
    titles = []
    for item in items:
        if not is_pos(item, "adposition") or is_word(item, "genitive") or not names_content(item, lang):
            continue
        others = {t.i for c in item.children if is_dep(c, "conjunct", "coordinator") for t in c.subtree}
        toks = without_trailing_punct([t for t in item.subtree if t.i not in others])
        titles.append(f"{lemma_of(head)} {span_text(toks, sentence)}")
    return titles


def substituted_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'five memorandums, including one on a ferry line', 'a memorandum on X, and a second one on Y': a
    pronoun that stands for an instrument of the kind ``head`` names, with what it is about, names one
    more instrument of that kind."""
    pronouns = agreement_cues(lang).get("substitute_pronouns", [])
    titles = []
    for tok in sentence.span:
        if tok.i <= head.i or tok.text.lower() not in pronouns or not _stands_for(tok, head, lang):
            continue
        about = [p for p in prepositions(tok) if names_content(p, lang) and not is_word(p, "genitive")]
        if about:
            # "on customs that lets traders clear goods faster": what it does is not its name
            clause = {t.i for c in about[0].subtree if is_dep(c, "relative_clause") for t in c.subtree}
            words = without_trailing_punct([t for t in about[0].subtree if t.i not in clause])
            titles.append(f"{lemma_of(head)} {span_text(words, sentence)}")
    return titles


def _stands_for(pronoun: Any, head: Any, lang: str) -> bool:
    """The pronoun is listed with ``head`` (its conjunct, or a conjunct of the verb that governs it) or
    among what it includes, and no other instrument is told between them."""
    if any(is_instrument_word(t, lang) for t in pronoun.doc[head.i + 1 : pronoun.i]):
        return False
    node = pronoun
    while is_dep(node, "conjunct", "prep_object") or (
            is_dep(node, "preposition") and lemma_of(node) in agreement_cues(lang)["including_words"]):
        node = node.head
        if node.i in (head.i, head.head.i):
            return True
    return False


def concerned_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'Подписанные соглашения касаются таможни, транспорта и образования': instruments said, by a verb
    of what they are about ("about_verbs"), to concern a list of fields are one instrument per field."""
    verbs = agreement_cues(lang).get("about_verbs", [])
    if not verbs or not is_dep(head, "subject") or lemma_of(head.head) not in verbs:
        return []
    runs = segments(head.head, sentence)
    fields = agreement_cues(lang)["field_nouns"]
    if any(is_tag(run[-1], "plural_noun") and lemma_of(run[-1]) in fields for run in runs if run):
        return []  # "covered economic, port and energy fields": the fields of the documents, not one each
    if not is_plural(head, lang):
        if any(is_word(c, "definite_articles") for c in head.children) and all(
                is_word(c, "definite_articles") for c in head.children if c.i < head.i):
            return []  # "the plan covers defence and energy": the plan told before, not a new one per field
        runs = runs[:1]  # "еще один меморандум касается кибербезопасности": one instrument, one field
    form = agreement_cues(lang)["concerned_title"]
    titles = [form.format(word=head.text, noun=lemma_of(head), field=span_text(run, sentence)) for run in runs if run]
    titles = [t for t in titles if content_words(t, lang)]
    return titles if len(titles) >= MIN_ITEMS or not is_plural(head, lang) else []


def fields_titles(head: Any, sentence: Sentence, lang: str) -> list[str]:
    """'signed seven memoranda covering fisheries, tourism and sport', 'five memoranda, including on rice
    research, customs and tourism', 'six agreements on labour, aviation and research': a plural instrument
    followed by a participle of what it is about, an 'including' word or an adposition of a title, then a
    list of fields, is one instrument per field; the list runs to the end of the clause."""
    cues = agreement_cues(lang)
    counts = [c for c in head.children if is_dep(c, "number_modifier") and not is_year(c)]
    # "four memoranda" may be tagged singular
    if not (is_plural(head, lang) or head.text.lower() in cues.get("plural_forms", []) and counts) or any(
            c.text.lower() in cues.get("remainder_words", []) for c in head.children if c.i < head.i):
        return []  # "and some ten other papers on fisheries and sport": the rest, told by their areas
    start = _fields_start(head, sentence, bool(counts), lang)
    if start is None:
        return []
    including = lemma_of(head.doc[start - 1]) in agreement_cues(lang)["including_words"] or any(
        lemma_of(t) in agreement_cues(lang)["including_words"] for t in head.doc[head.i + 1 : start])
    stops = [tuple(w.split()) for w in cues.get("list_enders", [])]
    doc, end = head.doc, start
    while end < sentence.span.end and not _ends_fields(doc, end, stops):
        end += 1
    runs = segments(doc[start - 1], sentence, end)
    titles = []
    for run in runs:
        while run and (is_pos(run[0], "determiner", "adposition") or lemma_of(run[0]) in cues["including_words"]):
            run = run[1:]  # "..., on customs and on sport": the adposition told again
        if not run or any(is_instrument_word(t, lang) for t in run):
            continue  # "including on X and a Youth Programme": an instrument of its own name
        if is_tag(run[-1], "plural_noun") and lemma_of(run[-1]) in cues["field_nouns"]:
            return []  # "covering the health and energy sectors": the fields of the set, not one each
        if any(t.is_alpha for t in run) and content_words(span_text(run, sentence), lang):
            titles.append(cues["concerned_title"].format(noun=lemma_of(head), field=span_text(run, sentence)))
    count = parse_figure(counts[0].text, lang) if counts else None
    if count is not None and count > len(titles) and not including:
        return []  # "37 documents covering trade, investment and culture": the areas of the set, not one each
    return titles if len(titles) >= MIN_ITEMS else []


def documents_of_fields(tok: Any, sentence: Sentence, lang: str) -> bool:
    """'signed four documents, including on forestry and fisheries': a plural noun that stands for any
    document names instruments when a list of the fields they cover follows it."""
    return lemma_of(tok) in agreement_cues(lang)["list_subjects"] and bool(fields_titles(tok, sentence, lang))


def _fields_start(head: Any, sentence: Sentence, counted: bool, lang: str) -> int | None:
    """Where the fields after ``head`` begin: past its qualifying 'of understanding', a comma, and the
    word that opens the list ('covering', 'including on', 'including in the fields of', or 'on' after
    a counted plural)."""
    cues = agreement_cues(lang)
    doc, end = head.doc, sentence.span.end
    i = head.i + 1
    of = next((p for p in prepositions(head) if is_word(p, "genitive") and p.i == i), None)
    if of is not None and not any(content_words(g.text, lang) for g in prep_objects(of)):
        i = max(g.i for g in prep_objects(of)) + 1  # "memoranda of understanding"
    if i < end and doc[i].text == ",":
        i += 1
    if i >= end:
        return None
    opener = doc[i]
    if lemma_of(opener) in cues["about_verbs"] and is_tag(opener, "gerund"):
        return _past_field_nouns(doc, i + 1, end, lang)
    if lemma_of(opener) in cues["including_words"] and i + 1 < end and _opens_fields(doc[i + 1], lang):
        return _past_field_nouns(doc, i + 2, end, lang)
    if counted and _opens_fields(opener, lang) and opener.text.lower() in cues["on_words"]:
        return _past_field_nouns(doc, i + 1, end, lang)
    return None


def _opens_fields(tok: Any, lang: str) -> bool:
    return is_pos(tok, "adposition") and tok.text.lower() in agreement_cues(lang)["title_preps"]


def _past_field_nouns(doc: Any, i: int, end: int, lang: str) -> int:
    """'in the fields of health and sport': the list is after the field noun and its 'of'."""
    fields = agreement_cues(lang)["field_nouns"]
    j = i
    while j < end and is_pos(doc[j], "determiner"):
        j += 1
    if j + 1 < end and lemma_of(doc[j]) in fields and is_word(doc[j + 1], "genitive"):
        return j + 2
    return i


def _ends_fields(doc: Any, i: int, stops: list[tuple[str, ...]]) -> bool:
    """A list of fields ends at a finite verb, a mark that is not a comma, or a phrase that adds another
    thing ('as well as')."""
    tok = doc[i]
    if is_pos(tok, "punctuation") and tok.text not in ",-–":
        return True
    if is_tag(tok, "past_tense", "present", "present_third_person") or is_pos(tok, "auxiliary_verb"):
        return True
    after = tuple(t.text.lower() for t in doc[i - 1 : i - 1 + max((len(s) for s in stops), default=0) + 1])
    return doc[i - 1].text == "," and any(after[1 : 1 + len(s)] == s for s in stops)
