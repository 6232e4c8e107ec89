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

from ..analysis import Sentence
from ..syntax import is_dep, is_pos
from .status import agreement_cues

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
    return items if len(items) >= MIN_ITEMS else []


def segments(head: Any, sentence: Sentence) -> list[list[Any]]:
    """The runs of words between the breaks (commas, coordinators) from after ``head`` to the end of
    its sentence: "касаются взаимодействия министерств, центральных банков и агентств" -> three runs."""
    runs: list[list[Any]] = [[]]
    for tok in head.doc[head.i + 1 : sentence.span.end]:
        if _is_break(tok):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(tok)
    return [r for r in runs if r]
