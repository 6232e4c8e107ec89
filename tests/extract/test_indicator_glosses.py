"""A measure glossed by its parts in parentheses ('trade turnover (exports and imports)') is still the measure
named before the gloss (indicators/figures.py), read from hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _read(text: str, published: str = "2025-03-01") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit) for i in find_indicators(a) if i.metric != "other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade turnover (exports and imports) between Chile and Peru reached $5 billion in 2024.",
         [("trade_turnover", 5e9, "USD")]),
        ("Two-way trade (imports plus exports) between Chile and Peru came to $900 million last year.",
         [("trade_turnover", 900e6, "USD")]),
        ("Chile's trade with Peru (exports and imports combined) amounted to $4.4 billion in 2024.",
         [("trade_turnover", 4.4e9, "USD")]),
        ("Bilateral commerce (exports and imports together) reached 2,3 billion euros in 2023.",
         [("trade_turnover", 2.3e9, "EUR")]),
        ("The trade volume (export and import) of Chile and Peru amounted to $4 billion.",
         [("trade_turnover", 4e9, "USD")]),
        ("Bilateral trade (goods and services) reached $6.2 billion in 2024.", [("trade_turnover", 6.2e9, "USD")]),
        # the partner named after the gloss makes a total the pair's, not one state's with the world
        ("Last year Chile's total foreign trade (imports plus exports) with Peru climbed to $5.1 billion.",
         [("trade_turnover", 5.1e9, "USD")]),
        # a parenthesis naming no measure changes nothing; one with a figure of its own is no gloss
        ("Exports from Chile to Peru (mostly copper) reached $3 billion in 2024.", [("exports", 3e9, "USD")]),
        ("Trade between Chile and Peru reached $5 billion in 2024 (imports from Peru: $2 billion).",
         [("trade_turnover", 5e9, "USD"), ("imports", 2e9, "USD")]),
    ],
)
def test_a_gloss_in_parentheses_leaves_the_measure_named_before_it(sentence: str, expected: list[Any]) -> None:
    assert _read("Chile and Peru held talks in Lima.\n\n" + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade - exports plus imports - between Chile and Peru reached $5 billion in 2024.",
         [("trade_turnover", 5e9, "USD")]),
        ("Bilateral trade — exports and imports combined — came to $900 million last year.",
         [("trade_turnover", 900e6, "USD")]),
        ("Two-way commerce – imports and exports together – rose to 2.3 billion euros in 2023.",
         [("trade_turnover", 2.3e9, "EUR")]),
        ("The trade turnover—that is, exports and imports—of Chile and Peru stood at $4 billion.",
         [("trade_turnover", 4e9, "USD")]),
        ("Chile's trade with Peru - both exports and imports - amounted to $4.4 billion in 2024.",
         [("trade_turnover", 4.4e9, "USD")]),
        ("Total trade – goods exported and imported – between the two reached $6.2 billion in 2024.",
         [("trade_turnover", 6.2e9, "USD")]),
    ],
)
def test_a_gloss_between_dashes_leaves_the_measure_named_before_it(sentence: str, expected: list[Any]) -> None:
    assert _read("Chile and Peru held talks in Lima.\n\n" + sentence) == expected
