"""A percentage whose noun of change names the measure it changes ('a 20% increase in exports') is that
measure's change, not the change of a measure named before it (indicators/metrics.py), read from hand-written
sentences."""

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
    return [(i.metric, i.label, i.value) for i in find_indicators(a)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade between the two countries rose to $4 billion, driven by a 20% increase in Thai exports.",
         [("trade_turnover", None, 4e9), ("other", "exports_growth", 20.0)]),
        ("Bilateral trade reached $4 billion in 2024 on the back of a 15 percent rise in imports from Laos.",
         [("trade_turnover", None, 4e9), ("other", "imports_growth", 15.0)]),
        ("Thai-Lao trade fell to $3 billion, reflecting a 9% drop in Thai shipments to Laos.",
         [("trade_turnover", None, 3e9), ("other", "exports_growth", -9.0)]),
        ("Two-way trade stood at $3.5 billion after a 12.5 per cent jump in Lao exports to Thailand.",
         [("trade_turnover", None, 3.5e9), ("other", "exports_growth", 12.5)]),
        ("Total trade with Laos was flat at $3 billion despite a 6% decline of imports.",
         [("trade_turnover", None, 3e9), ("other", "imports_growth", -6.0)]),
        ("Commerce between Thailand and Laos grew to $4.2 billion, with a 30 percent surge in Thai investment.",
         [("trade_turnover", None, 4.2e9), ("other", "investment_growth", 30.0)]),
        # a noun of change naming no measure leaves the percentage to the one named before it
        ("Trade turnover between Thailand and Laos showed a 12% increase in 2024.",
         [("trade_growth", None, 12.0)]),
    ],
)
def test_a_percentage_changes_the_measure_its_noun_of_change_names(sentence: str, expected: list[Any]) -> None:
    assert _read("Thailand and Laos held talks in Vientiane.\n\n" + sentence) == expected
