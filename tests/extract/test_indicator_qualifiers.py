"""How near a figure is to the true level, in the words the press and translated pages put before it
(indicators/figures.py, resources/en/indicator_cues.json), read from hand-written sentences."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _qualifiers(text: str) -> list[tuple[float, str | None]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published="2025-03-01")
    [a] = analyse([doc])
    assert a is not None
    return [(i.value, i.qualifier) for i in find_indicators(a) if i.metric != "other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Italian investment held in Tunisia amounts to near 4.000 million euros, the embassy says.",
         [(4e9, "about")]),
        ("Trade between Tunisia and Italy came to near $6 billion in 2024.", [(6e9, "about")]),
        ("Italian investment in Tunisia is of the order of €3 billion.", [(3e9, "about")]),
        ("Trade between Tunisia and Italy was in the order of $5.5 billion last year.", [(5.5e9, "about")]),
        ("Trade between Tunisia and Italy is approaching $7 billion, the minister said.", [(7e9, "about")]),
        ("Italian firms have invested upward of €2 billion in Tunisia.", [(2e9, "over")]),
    ],
)
def test_words_of_nearness_before_a_figure(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert _qualifiers("Tunisia and Italy held talks in Rome.\n\n" + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Italian investment in Tunisia totals in the region of $9 billion.", [("investment", 9e9, "about")]),
        ("Trade between Tunisia and Italy was in the region of US$ 4.1 billion in 2024.",
         [("trade_turnover", 4.1e9, "about")]),
        ("Italy's exports to Tunisia came in the region of €2.7 billion.", [("exports", 2.7e9, "about")]),
        # the same words before a place's name still name a region: its trade is no trade of the pair
        ("Exports from the region of Sicily to Tunisia reached €400 million.", []),
    ],
)
def test_a_word_of_a_hedge_names_nothing_else(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    doc = CleanDocument(doc="t", source="t", text="Tunisia and Italy held talks in Rome.\n\n" + sentence,
                        language="en", published="2025-03-01")
    [a] = analyse([doc])
    assert a is not None
    assert [(i.metric, i.value, i.qualifier) for i in find_indicators(a) if i.metric != "other"] == expected
