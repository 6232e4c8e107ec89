"""The title of an instrument: its head noun with the modifiers and complements that say which one
it is ("memorandum of understanding on renewable energy"), without those that say where, when or
what happened to it ("in the capital", "signed in 2022").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources
from ..analysis import Sentence
from ..gazetteer import lookup
from ..syntax import (
    adposition_of,
    is_dep,
    is_ent,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    phrase_of,
    prep_objects,
    prepositions,
    role_words,
)
from .status import agreement_cues, status_of_word

# a year names an instrument ("the 1970 agreement", "the agreement of 2006"); other numbers count them
YEAR = re.compile(r"(1[89]|20)\d\d")


@cache
def _domain_words(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for domain, words in agreement_cues(lang)["domains"].items():
        for word in words:
            out.setdefault(word, str(domain))
    return out


def domain_of_word(word: str, lang: str) -> str | None:
    """The first domain of the agreement cues that lists the word ('visa'), if any (every token is looked up)."""
    return _domain_words(lang).get(word)


def is_instrument_word(tok: Any, lang: str) -> bool:
    """'memorandum', and 'map' of 'the road map': an instrument of two words, the first hung on the second."""
    words = agreement_cues(lang)["instruments"]
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    two = before is not None and is_dep(before, "compound") and before.head.i == tok.i and (
        f"{before.text} {tok.text}".lower() in words)
    return tok.text.lower() in words or lemma_of(tok) in words or two


def names_content(prep: Any, lang: str) -> bool:
    """'on visa exemption', 'for a yen loan', 'between the ministries', 'in the field of energy': a
    complement that says what the instrument is; not 'in the capital city', 'in the autumn', 'during the visit'."""
    cues = agreement_cues(lang)
    word = prep.text.lower()
    if word not in cues["title_preps"]:
        return False
    objects = prep_objects(prep)
    if any(lemma_of(o) in cues["venue_nouns"] for o in objects):
        return False  # "signed an agreement on the sidelines of the forum"
    if word in cues["adjunct_preps"]:
        return any(lemma_of(o) in cues["field_nouns"] for o in objects)
    of = role_words(lang, "genitive")
    return not any(is_ent(o, "date", "time") and not (word in of and is_year(o)) for o in objects)


def is_year(tok: Any) -> bool:
    return bool(YEAR.fullmatch(tok.text))


def _place_or_time(prep: Any, lang: str) -> bool:
    cues = agreement_cues(lang)
    if prep.text.lower() in cues["naming_preps"]:
        return False  # "the University of X", "between Ruritania and Freedonia" name, not place
    # a title's own preposition ("on the Lake Region Partnership") says what about, not where
    word = prep.text.lower()
    about = word in cues["title_preps"] and word not in cues["adjunct_preps"]
    labels = () if about else ("geopolitical", "location", "facility")
    return any(is_ent(c, *labels, "date", "time") for c in prep_objects(prep))


def number_sign(head: Any, lang: str) -> Any:
    """'No' of 'Agreement No. 53' (and of 'Contract No. 114 for turbines'), which the parser makes the
    head of the phrase with the instrument hung on it as a compound; else None."""
    sign = head.head
    if is_dep(head, "compound") and sign.i == head.i + 1 and sign.text.lower() in agreement_cues(lang).get(
            "number_signs", []):
        return sign
    return None


def _numbered(sign: Any) -> list[int]:
    """The number a sign gives ('No. 53', 'No 53'), with the full stop the tokenizer cut from the sign."""
    doc, out = sign.doc, [sign.i]
    i = sign.i + 1
    if i < len(doc) and doc[i].text == ".":
        out.append(i)
        i += 1
    if i < len(doc) and doc[i].like_num:
        return [*out, i]
    return []


def title_tokens(head: Any, lang: str) -> list[Any]:
    keep = {head.i}
    sign = number_sign(head, lang)
    # "Contract No. 114 for the supply of turbines": the sign's complements are the instrument's
    numbered = _numbered(sign) if sign is not None else []
    keep.update(numbered)
    for child in [*head.children, *(c for c in sign.children if c.i != head.i and c.i not in numbered)] if (
            numbered) else head.children:
        prep = adposition_of(child)
        if prep is not None and (not names_content(prep, lang) or _relative(prep)):
            continue
        if is_dep(child, "preposition") and phrase_of(child).i == head.i:
            continue  # the head's own case marker ("о соглашении"): the phrase it sits in, not the title
        if is_dep(child, "noun_adverbial") and is_ent(child, "date", "time"):
            continue  # "the agreement next year"
        if (
            is_dep(
                child,
                "compound",
                "adjective_modifier",
                "noun_modifier",
                "preposition",
                "noun_adverbial",
                "quantity_modifier",
            )
            or (is_dep(child, "clausal_modifier") and is_tag(child, "gerund")
                and lemma_of(child) not in agreement_cues(lang).get("dating_verbs", []))  # "dating from 2009"
            or _purpose(child, head, lang)
            or (is_dep(child, "number_modifier") and is_year(child))
        ):
            keep.update(t.i for t in child.subtree)
        elif is_dep(child, "punctuation") and child.text in "-–" and child.i < head.i:
            keep.add(child.i)
        elif _does(child, lang):
            keep.update(t.i for t in child.subtree)
        elif is_dep(child, "apposition") and _bracketed(child):
            # "the Exchange of Notes (EoN) for the loan package": the abbreviation does not end the title
            keep.update(range(child.left_edge.i - 1, child.right_edge.i + 2))
    # a relative clause says what happened to the instrument, not which one it is; a place or a
    # time deeper in the phrase ("on energy cooperation in the capital") says where or when it was signed
    root = sign if numbered else head
    for tok in list(root.subtree):
        phrase = phrase_of(tok) if is_dep(tok, "preposition") else tok
        if tok.i in keep and phrase.i != head.i and (
            (is_dep(tok, "relative_clause") and not (tok.head.i == head.i and _does(tok, lang)))
            or (is_dep(tok, "preposition") and _place_or_time(tok, lang))
            or (is_dep(tok, "clausal_modifier") and is_tag(tok, "past_participle") and status_of_word(tok, lang))
            or (is_dep(tok, "clausal_modifier") and lemma_of(tok) in agreement_cues(lang).get("dating_verbs", []))
        ):  # "... on the forest partnership signed in 2022": the participle tells its status
            keep -= {t.i for t in phrase.subtree}
    # a list of instruments parsed as one phrase ("an agreement on X, an agreement on Y") is cut
    for tok in root.subtree:
        if (
            is_dep(tok, "conjunct", "apposition")
            and tok.i > head.i
            and tok.i in keep
            and is_instrument_word(tok, lang)
            and tok.nbor(-1).text != "("
        ):  # "memorandum of understanding (MoU) on ..." is one title
            keep -= {t.i for t in tok.subtree}
            keep -= {
                t.i
                for t in tok.doc[head.i : tok.i]
                if is_dep(t, "coordinator", "punctuation") and t.head.i == tok.head.i
            }
    ordered = sorted(keep)
    start = ordered.index(head.i)
    lo = hi = start
    while lo > 0 and ordered[lo - 1] == ordered[lo] - 1:
        lo -= 1
    while hi + 1 < len(ordered) and ordered[hi + 1] == ordered[hi] + 1:
        hi += 1
    doc = head.doc
    toks = [doc[i] for i in ordered[lo : hi + 1]]
    while toks and is_pos(toks[0], "determiner", "punctuation", "numeral", "pronoun") and not is_year(toks[0]):
        if is_pos(toks[0], "numeral") and len(toks) > 1 and _hyphened(toks[0], toks[1]):
            break  # "the ten-year contract": the number is part of a word, not a count
        toks = toks[1:]
    toks = without_trailing_punct(toks)
    toks = toks + _dangling_object(toks) + _misattached_about(toks, lang)
    return _split_before(toks, head) + _capitalised_before(toks) + toks + _title_case_rest(toks, lang)


def _split_before(toks: list[Any], head: Any) -> list[Any]:
    """'The critical minerals Memorandum of Understanding signed in 2021 has moved ...', parsed as two
    subjects of 'moved': a noun right before the title that the parser gave the instrument's own role
    under the instrument's own governor is a modifier it cut off (a phrase has one subject, one object);
    so is one the parser made the instrument an apposition of with no comma between them."""
    if not toks or toks[0].i == 0 or head.head.i == head.i:
        return []
    noun = toks[0].doc[toks[0].i - 1]
    # two compounds of one noun are the rule ('second-stage FTA negotiations'), two subjects are not
    sibling = (noun.head.i == head.head.i and noun.dep_ == head.dep_
               and is_dep(head, "subject", "passive_subject", "direct_object"))
    if not is_pos(noun, "noun") or noun.i < head.sent.start or not (
            sibling or is_dep(head, "apposition") and head.head.i == noun.i):
        return []
    words = [t for t in noun.subtree if t.i < toks[0].i]
    while words and is_pos(words[0], "determiner", "pronoun"):
        words = words[1:]
    return words


def _capitalised_before(toks: list[Any]) -> list[Any]:
    """'the Status of Forces Agreement' parsed as 'Status of (Forces, Agreement)': the capitalised
    words the parser cut from before a capitalised title are its name; a state, a person or a month
    named there is not."""
    if not toks or not toks[0].text[:1].isupper():
        return []
    doc, start = toks[0].doc, toks[0].sent.start
    run: list[Any] = []
    i = toks[0].i - 1
    while i >= start:
        # an "of" stays only between two capitalised words
        if not (_name_word(doc[i]) or (is_word(doc[i], "genitive") and i > start and _name_word(doc[i - 1]))):
            break
        run.insert(0, doc[i])
        i -= 1
    return run


def _title_case_rest(toks: list[Any], lang: str) -> list[Any]:
    """'the Declaration on the Principles of Cooperation in Guaranteeing the Rights of National Minorities':
    a title that opens with its capitalised head and runs in capitals after its 'on' goes on across a
    small word ('title_case_links') to the next capitalised words, which the parser hung elsewhere; a
    state, a place, a person or a date after the small word ends it ('... in Geneva', '... of May 2020')."""
    if len(toks) < 3 or not (toks[0].text[:1].isupper() and is_instrument_word(toks[0], lang)):
        return []
    cues = agreement_cues(lang)
    links, small = set(cues["title_case_links"]), set(cues["title_case_links"]) | set(cues["title_case_fillers"])
    words = [t for t in toks[1:] if t.is_alpha]
    if not words or words[0].text.lower() not in cues["on_words"] or not all(
            t.text[:1].isupper() or t.text.lower() in small for t in words) or not words[-1].text[:1].isupper():
        return []
    doc, end = toks[0].doc, toks[0].sent.end
    out: list[Any] = []
    i = toks[-1].i + 1
    while i < end and doc[i].text.lower() in links:
        j = i + 1
        while j < end and doc[j].text.lower() in small - links:
            j += 1  # "in Guaranteeing the Rights": the article before the next capitalised word
        run = j
        while run < end and (_capital_word(doc[run], lang) or doc[run].text.lower() in small and run + 1 < end
                             and _capital_word(doc[run + 1], lang) and run > j):
            run += 1
        if run == j:
            break
        out.extend(doc[k] for k in range(i, run))
        i = run
    return out


def _capital_word(tok: Any, lang: str) -> bool:
    return (tok.is_alpha and tok.text[:1].isupper() and lookup(tok.text, lang) is None
            and not is_ent(tok, "geopolitical", "location", "facility", "person", "date", "time"))


def _name_word(tok: Any) -> bool:
    return (tok.is_alpha and tok.text[:1].isupper() and is_pos(tok, "noun", "proper_noun")
            and not is_ent(tok, "geopolitical", "person", "date"))


def _purpose(child: Any, head: Any, lang: str) -> bool:
    """'a pact to protect classified information': an infinitive after the instrument says what it is
    for; 'an agreement to be signed in May' says its status."""
    return (
        is_dep(child, "clausal_modifier")
        and child.i > head.i
        and any(is_dep(c, "auxiliary") and is_word(c, "infinitive") for c in child.children)
        and status_of_word(child, lang) is None
        # 'a free trade agreement to replace the 1986 trade accord': the object is an instrument of its own
        and not any(is_dep(c, "direct_object") and is_instrument_word(c, lang) for c in child.children)
    )


def _hyphened(number: Any, nxt: Any) -> bool:
    return not number.whitespace_ and nxt.text in "-–"


def without_trailing_punct(toks: list[Any]) -> list[Any]:
    """A closing bracket stays when the title opened it: 'Line-5 (North)'."""
    while toks and is_pos(toks[-1], "punctuation") and not (toks[-1].text == ")" and any(t.text == "(" for t in toks)):
        toks = toks[:-1]
    return toks


def _does(clause: Any, lang: str) -> bool:
    """'a protocol that would open the market to dairy products': a relative clause whose subject is
    the instrument and whose verb says what it does, not what happened to it ('which entered into force')."""
    return (is_dep(clause, "relative_clause") and is_pos(clause, "verb") and status_of_word(clause, lang) is None
            and any(is_dep(c, "subject") and is_pos(c, "pronoun") for c in clause.children)
            and any(is_dep(c, "direct_object") for c in clause.children))


def _bracketed(tok: Any) -> bool:
    doc, lo, hi = tok.doc, tok.left_edge.i - 1, tok.right_edge.i + 1
    return lo >= 0 and hi < len(doc) and doc[lo].text == "(" and doc[hi].text == ")"


def _misattached_about(toks: list[Any], lang: str) -> list[Any]:
    """'two MoUs (MoUs) concerning cross-border transport': an 'about' phrase right after the title
    that the parser hung on the verb."""
    if not toks:
        return []
    doc, i = toks[-1].doc, toks[-1].i + 1
    while i < len(doc) and is_pos(doc[i], "punctuation") and doc[i].text in ")]":
        i += 1
    if i < len(doc) and doc[i].text.lower() in agreement_cues(lang)["about_words"]:
        return [doc[j] for j in range(toks[-1].i + 1, doc[i].right_edge.i + 1)]
    # "reviewed progress under the roadmap on mineral exploration signed in 2024": an "on" phrase
    # right after the title hung on the verb; a participle at its end tells the status, not the title.
    # "the entry into force of the Treaty on the State Border": a capitalised one after a capitalised
    # title, hung on the noun before it, is the title's too
    # "signed the agreement (LOA) for delivery of missiles": after the abbreviation the title closes,
    # any of the title's own complements hung on the verb goes on with it
    cues = agreement_cues(lang)
    abbreviated = toks[-1].text == ")"
    prep = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    if (prep is None or not is_dep(prep, "preposition")
            or not (is_pos(prep.head, "verb") or _named_on(toks, prep) or _twice_on(toks, prep))
            or not (prep.text.lower() in cues["on_words"] or abbreviated and is_pos(prep.head, "verb")
                    and prep.text.lower() not in cues["adjunct_preps"])
            or not names_content(prep, lang)):
        return []
    told = {t.i for t in prep.subtree if is_dep(t, "clausal_modifier", "relative_clause") for t in t.subtree}
    out = []
    for j in range(prep.i, prep.right_edge.i + 1):
        if j in told:
            break
        out.append(doc[j])
    while out and is_pos(out[-1], "punctuation"):
        out.pop()
    return out


def _dangling_object(toks: list[Any]) -> list[Any]:
    """'the agreement about organization of direct air flights Yerevan - Bishkek is being worked out': a
    title that ends in an adposition with no object, whose object the parser made a phrase of its own (a
    second subject), goes on with the noun phrase that starts right after it."""
    if not toks or not is_dep(toks[-1], "preposition") or prep_objects(toks[-1]):
        return []
    doc, start = toks[-1].doc, toks[-1].i + 1
    if start >= toks[-1].sent.end:
        return []
    top = doc[start]
    while top.head.i != top.i and top.head.left_edge.i >= start and not is_pos(top.head, "verb", "auxiliary_verb"):
        top = top.head
    if not is_pos(top, "noun", "proper_noun") or top.left_edge.i != start:
        return []
    return list(doc[start : top.right_edge.i + 1])


def _twice_on(toks: list[Any], prep: Any) -> bool:
    """'the negotiations on the Agreement on promotion of investments', parsed as two 'on' phrases of
    'negotiations': a noun takes one phrase of an adposition, so the second, right after the title it
    already governs by that adposition, is the title's."""
    noun, title = prep.head, {t.i for t in toks}
    return is_pos(noun, "noun") and any(
        p.i < prep.i and p.text.lower() == prep.text.lower() and any(o.i in title for o in prep_objects(p))
        for p in prepositions(noun))


def _named_on(toks: list[Any], prep: Any) -> bool:
    """'Treaty on the State Border': a capitalised title and a capitalised name after its 'on'."""
    return is_pos(toks[-1], "proper_noun") and any(is_pos(o, "proper_noun") for o in prep_objects(prep))


def _relative(prep: Any) -> bool:
    """'of which', 'for whom': the phrase of a relative pronoun, which stands for a noun said before."""
    objects = prep_objects(prep)
    return bool(objects) and all(is_tag(o, "wh_determiner", "wh_pronoun") for o in objects)


def _before_comma(head: Any, sentence: Sentence) -> list[Any]:
    """'the cross-border railway at the port, the agreement of which was signed': the noun phrase that
    ends right before the comma opening the instrument's phrase (a noun with its 'in'/'at' phrases)."""
    doc, comma = head.doc, head.left_edge.i - 1
    if comma - 1 < sentence.span.start or not is_pos(doc[comma], "punctuation"):
        return []
    noun = doc[comma - 1]
    while is_dep(noun, "prep_object") and is_dep(noun.head, "preposition") and is_pos(noun.head.head, "noun"):
        noun = noun.head.head
    if not is_pos(noun, "noun", "proper_noun"):
        return []
    return [t for t in noun.subtree if t.i < comma]


def _in_apposition(head: Any, sentence: Sentence, lang: str) -> str:
    """'revived their joint border force, a protocol signed in 2010': an instrument with nothing of its
    own but an indefinite article and what happened to it, set off after a noun phrase by a comma, is
    the instrument of that noun phrase (the parser may hang it on the noun or on the verb)."""
    own = [c for c in head.children if not is_dep(c, "punctuation")]
    if not any(is_word(c, "indefinite_articles") for c in own) or not any(
            is_dep(c, "clausal_modifier") and is_tag(c, "past_participle", "past_tense") and status_of_word(c, lang)
            for c in own) or any(not is_pos(c, "determiner", "verb") and not (
                is_dep(c, "preposition") and not names_content(c, lang)) for c in own):  # "..., until 2030"
        return ""
    toks = _before_comma(head, sentence)
    while toks and is_pos(toks[0], "determiner", "pronoun"):
        toks = toks[1:]  # "their", "the": the instrument's own article stands for them
    # "signed a treaty on trade, a protocol signed ...": a list of instruments; a state is no subject
    if not toks or any(is_instrument_word(t, lang) or is_ent(t, "geopolitical") for t in toks):
        return ""
    return f"{agreement_cues(lang)['title_about_link']} {span_text(toks, sentence)}"


def _referred(head: Any, sentence: Sentence, lang: str) -> str:
    """'talks focused on the project of a grain terminal in the Suez zone. ... to complete negotiations on
    the relevant agreement': an instrument with no complement of its own, pointed back by a referring
    adjective, is the instrument of the project (or initiative) named last, in its sentence or the one
    before."""
    cues = agreement_cues(lang)
    if not any(is_dep(c, "adjective_modifier") and c.text.lower() in cues.get("referring_words", [])
               for c in head.children) or any(adposition_of(c) is not None and names_content(adposition_of(c), lang)
                                               for c in head.children):
        return ""
    doc = head.doc
    first = doc[sentence.span.start - 1].sent.start if sentence.span.start > 0 else sentence.span.start
    for tok in reversed(doc[first : head.i]):
        if is_pos(tok, "noun") and lemma_of(tok) in cues.get("project_nouns", []) and not is_tag(tok, "plural_noun"):
            toks = [t for t in tok.subtree if t.i < head.left_edge.i and not t.is_space]
            while toks and is_pos(toks[0], "determiner", "pronoun"):
                toks = toks[1:]
            toks = without_trailing_punct(toks)
            if len(toks) > 1:  # "the project" alone says no more than "the relevant agreement"
                return f"{cues['title_about_link']} {' '.join(t.text for t in toks)}"
    return ""


def antecedent_about(head: Any, sentence: Sentence, lang: str) -> str:
    """'the gas pipeline, for which a framework agreement was signed': an instrument told in a relative
    clause whose pronoun is its 'about' complement is about the noun the clause hangs from; so is one
    whose own complement is the pronoun ('the railway, the agreement of which was signed'), and one in
    apposition to it ('the border force, a protocol signed in 2010'); one told as one of them ('eleven
    instruments, among which the protocol on X') is named by its own words."""
    own = next((p for p in prepositions(head) if _relative(p)), None)
    if own is not None and own.text.lower() not in agreement_cues(lang)["one_of_preps"]:
        antecedent = _before_comma(head, sentence)
        return f"{own.text} {span_text(antecedent, sentence)}" if antecedent else ""
    if apposed := _in_apposition(head, sentence, lang):
        return apposed
    if referred := _referred(head, sentence, lang):
        return referred
    verb = head.head
    if not is_dep(head, "subject", "passive_subject", "direct_object") or not is_dep(verb, "relative_clause"):
        return ""
    cues = agreement_cues(lang)
    for prep in prepositions(verb):
        word = prep.text.lower()
        if (word in cues["title_preps"] and word not in cues["adjunct_preps"] and not is_word(prep, "parties")
                and any(is_pos(o, "pronoun") for o in prep_objects(prep))):
            clause = {t.i for t in verb.subtree}
            noun = verb.head
            toks = [t for t in noun.subtree if t.i not in clause and t.i <= noun.i]
            return f"{prep.text} {span_text(toks, sentence)}" if toks else ""
    return ""


def span_text(toks: list[Any], sentence: Sentence) -> str:
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return " ".join(sentence.text[start - sentence.start : end - sentence.start].split())


_MIN_INITIALS = 3  # "FTA": two letters ("FT") would meet too many words


@cache
def _function_words(lang: str) -> frozenset[str]:
    name = "function_words.txt"
    if not resources.has(lang, name):
        return frozenset()
    return frozenset(w.casefold() for w in resources.word_list(lang, name))


def initials(title: str, lang: str) -> frozenset[str]:
    """'free trade agreement': 'fta', the short form a story may use for it later without giving it in
    brackets ('expanding the FTA'), so that the two are met as one instrument."""
    words = [w for w in re.split(r"[\s-]+", title.casefold()) if w and w not in _function_words(lang)]
    letters = "".join(w[0] for w in words if w[0].isalpha())
    return frozenset({letters}) if len(words) >= _MIN_INITIALS and len(letters) == len(words) else frozenset()
