"""A list of instruments read in word order: "два соглашения: об углублении энергетического
сотрудничества и о взаимодействии в области спорта", "меморандумы, в том числе о X, в сфере Y".

A parse that hangs each adposition on its noun (Universal Dependencies) often leaves the second and
later phrases of such a list hanging from a word far away, so the parse cannot tell where the list
is. Its words can: after a counted or plural instrument (and a colon, a dash or an "including"
word), each phrase that opens with an adposition of a title names one instrument, up to the next
comma or coordinator that an adposition follows; a comma or coordinator followed by anything else
ends the list.
"""

from __future__ import annotations

from typing import Any

from ... import resources
from ..analysis import Sentence
from ..syntax import adposition_on_noun, is_dep, is_pos, lemma_of, phrase_of
from .status import agreement_cues
from .titles import is_instrument_word, names_content

# a list holds at least two instruments: one phrase after a plural is the plural's own name
MIN_ITEMS = 2


def _including(lang: str) -> tuple[tuple[str, ...], ...]:
    """The "including" phrases ("в том числе") as word sequences, which may stand before an item."""
    return tuple(tuple(phrase.lower().split()) for phrase in agreement_cues(lang)["including_words"])


def _is_break(tok: Any) -> bool:
    """Punctuation, a coordinator, or a word fixed to one ("а также")."""
    return is_pos(tok, "punctuation") or is_dep(tok, "coordinator") or is_dep(tok.head, "coordinator")


def _opens_item(tok: Any, lang: str) -> bool:
    return is_pos(tok, "adposition") and tok.text.lower() in agreement_cues(lang)["title_preps"]


def _past_break(doc: Any, i: int, end: int, skip: tuple[tuple[str, ...], ...]) -> int:
    while i < end:
        if _is_break(doc[i]):
            i += 1
            continue
        words = next((p for p in skip if [t.text.lower() for t in doc[i:i + len(p)]] == list(p)), None)
        if words is None:
            return i
        i += len(words)
    return i


def listed_in_order(head: Any, sentence: Sentence, lang: str) -> list[list[Any]]:
    """The token runs of the phrases listed after ``head``, one per instrument; [] when fewer than two."""
    doc, skip = head.doc, _including(lang)
    end = sentence.span.end
    i = _past_break(doc, head.i + 1, end, skip)
    items: list[list[Any]] = []
    while i < end and _opens_item(doc[i], lang):
        item = [doc[i]]
        i += 1
        while i < end:
            if not _is_break(doc[i]):
                item.append(doc[i])
                i += 1
                continue
            j = _past_break(doc, i, end, skip)
            if j < end and _opens_item(doc[j], lang):
                break  # the next instrument
            if j < end and not any(is_pos(t, "punctuation") for t in doc[i:j]):
                item += list(doc[i:j])  # "о предупреждении преступности и борьбе с ней": one phrase
                i = j
                continue
            end = i  # a comma and no adposition: the list is over
        items.append(item)
        i = j if i < end else end
    # "12 соглашений на общую сумму $500 млн – в строительстве, ...": a phrase of the value tells how much, not which
    values = set(agreement_cues(lang)["value_words"])
    items = [item for item in items if not any(lemma_of(t) in values for t in item)]
    return items if len(items) >= MIN_ITEMS else []


def _joins_a_pair(words: Any, k: int) -> bool:
    """'здравоохранения и медицины, образования и ...': a coordinator whose next break is a comma that
    the list goes on after joins two words of one item; a list puts commas between its items and a
    coordinator only before the last ('X, Y и Z', then ', а также ...')."""
    if not is_dep(words[k], "coordinator"):
        return False
    nxt = next((j for j in range(k + 1, len(words)) if _is_break(words[j])), None)
    return (nxt is not None and words[nxt].text == "," and nxt + 1 < len(words)
            and not _is_break(words[nxt + 1]) and not is_pos(words[nxt + 1], "punctuation"))


def segments(head: Any, sentence: Sentence, end: int | None = None) -> list[list[Any]]:
    """The runs of words between the breaks (commas, coordinators) from after ``head`` to ``end`` (the end
    of its sentence): "касаются взаимодействия министерств, центральных банков и агентств" -> three runs."""
    runs: list[list[Any]] = [[]]
    words = head.doc[head.i + 1 : sentence.span.end if end is None else end]
    for k, tok in enumerate(words):
        if _is_break(tok) and not _joins_a_pair(words, k):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(tok)
    return [r for r in runs if r]


def _item_opens_at(doc: Any, i: int, end: int, lang: str) -> bool:
    """The next item of a list of instruments starts at ``i``: an instrument word after its adjectives."""
    while i < end and is_pos(doc[i], "adjective"):
        i += 1
    return i < end and is_instrument_word(doc[i], lang)


def _same_case(a: Any, b: Any) -> bool:
    feature = resources.pipeline(a.lang_).morphology.features.get("case")
    return bool(feature) and bool(a.morph.get(feature)) and a.morph.get(feature) == b.morph.get(feature)


def _a_list_item(toks: list[Any], head: Any) -> bool:
    before = head.doc[toks[0].i - 1] if toks[0].i > head.sent.start else None
    return is_dep(head, "conjunct") or (before is not None and (before.text == "," or is_dep(before, "coordinator")))


def rest_in_order(toks: list[Any], head: Any, sentence: Sentence, lang: str) -> list[Any]:
    """The words of a listed instrument's title that a parse hanging adpositions on their nouns gave to
    another item: "подписаны соглашение о X, меморандум о взаимопонимании | в сфере туризма | и протокол о
    ...", "План в области физической культуры | и спорта | на 2026–2028 годы". After an item of a list,
    an adposition of a title or a coordinated noun in the case of the title's last word, hung outside the
    title, opens a run of words that is the item's own up to the next item, a punctuation mark or a verb."""
    if not toks or not adposition_on_noun(head) or not _a_list_item(toks, head):
        return []
    doc, end, keep = head.doc, sentence.span.end, {t.i for t in toks}
    i = toks[-1].i + 1
    if i + 1 >= end:
        return []
    first = doc[i]
    if is_pos(first, "adposition"):
        opens = _opens_item(first, lang) and names_content(first, lang) and phrase_of(first).head.i not in keep
    else:
        nxt = doc[i + 1]
        opens = (is_dep(first, "coordinator") and is_pos(nxt, "noun") and nxt.head.i not in keep
                 and _same_case(nxt, toks[-1]) and not is_instrument_word(nxt, lang))
    if not opens:
        return []
    run: list[Any] = []
    while i < end:
        tok = doc[i]
        if (is_pos(tok, "punctuation") and tok.text not in "()") or is_pos(tok, "verb", "auxiliary_verb"):
            break
        if is_dep(tok, "coordinator") and _item_opens_at(doc, i + 1, end, lang):
            break
        run.append(tok)
        i += 1
    return run
