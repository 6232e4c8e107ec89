"""A part of a planned sum ('an investment fund of $9bn, including $3bn for rail') is planned as its whole is
(indicators/figures.py, kinds.py), read from hand-written sentences."""

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
    return [(i.metric, i.value, i.kind) for i in find_indicators(a) if i.metric == "investment"]


@pytest.mark.parametrize(
    ("sentence", "whole", "part"),
    [
        ("Peru will set up an investment fund of $9 billion for Chile, including $3 billion for rail.", 9e9, 3e9),
        ("Peru is to provide $5 billion of investment in Chile, of which $2 billion is for the new airport.",
         5e9, 2e9),
        ("Peru plans to invest $4 billion in Chile over five years, including $1.2 billion in geothermal power.",
         4e9, 1.2e9),
        ("Peru intends to invest $10 billion in Chile by 2030, among them $4 billion in renewables.", 10e9, 4e9),
        ("Peruvian firms will invest $6 billion in Chile, out of which $1.5 billion will go to mining.", 6e9, 1.5e9),
        ("Peru is to invest $7 billion in Chile (including $2.5 billion in steel).", 7e9, 2.5e9),
    ],
)
def test_a_part_of_a_planned_sum_is_planned_too(sentence: str, whole: float, part: float) -> None:
    found = _read("Chile and Peru held talks in Lima.\n\n" + sentence)
    assert [value for _, value, _ in found] == [whole, part]
    assert found[0][2] in ("target", "forecast")
    assert found[1][2] == found[0][2]


def test_a_part_of_a_sum_already_spent_stays_actual() -> None:
    found = _read("Chile and Peru held talks in Lima.\n\n"
                  "Peruvian investment in Chile reached $6 billion in 2024, including $2 billion in mining.")
    assert [kind for _, _, kind in found] == ["actual", "actual"]
