"""The period of a trade figure as reports word it (indicators/periods.py, figures.py), read from hand-written
sentences: the year a change is measured against, however the comparison is worded, dates no figure."""

from __future__ import annotations

from typing import Any

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _read(text: str, published: str = "2025-06-10") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.period) for i in find_indicators(a) if i.metric != "other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2024 the exchange of goods between Ghana and Togo was $410 million, having grown in comparison with 2023 "
         "by 12 percent.",
         [("trade_turnover", 410e6, "2024"), ("trade_growth", 12.0, "2024")]),
        ("Trade between Ghana and Togo rose 9% in 2024 in comparison to 2023, reaching $410 million.",
         [("trade_growth", 9.0, "2024"), ("trade_turnover", 410e6, "2024")]),
        ("Ghana-Togo trade reached $380 million last year, 7 percent more as compared with 2022.",
         [("trade_turnover", 380e6, "2024"), ("trade_growth", 7.0, "2024")]),
        ("Ghana's trade with Togo was $362 million in 2023, some 11 per cent higher with respect to 2022.",
         [("trade_turnover", 362e6, "2023"), ("trade_growth", 11.0, "2023")]),
        ("In 2023 the trade of Ghana and Togo grew by 5% as against 2022 and totalled $295 million.",
         [("trade_growth", 5.0, "2023"), ("trade_turnover", 295e6, "2023")]),
        ("Trade turnover between Ghana and Togo amounted to $295 million in 2024, down 3 percent as compared "
         "to the previous year.", [("trade_turnover", 295e6, "2024"), ("trade_growth", -3.0, "2024")]),
    ],
)
def test_the_year_a_change_is_measured_against_dates_no_figure(sentence: str, expected: list[Any]) -> None:
    assert _read("Ghana and Togo held talks in Accra.\n\n" + sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's exports to Rwanda reached $210 million in January-June 2024. Imports from Rwanda came to "
         "$35 million in the six months.",
         [("exports", 210e6, "2024-01/2024-06"), ("imports", 35e6, "2024-01/2024-06")]),
        ("Trade between Kenya and Rwanda totalled $480 million in the first nine months of 2023.\n\n"
         "Kenyan exports accounted for $400 million over the period.",
         [("trade_turnover", 480e6, "2023-01/2023-09"), ("exports", 400e6, "2023-01/2023-09")]),
        ("In the fourth quarter of 2024 Kenya sold goods worth $90 million to Rwanda. Total trade between the "
         "two during the quarter was $110 million.",
         [("exports", 90e6, "2024-10/2024-12"), ("trade_turnover", 110e6, "2024-10/2024-12")]),
        ("Kenyan exports to Rwanda were $61 million in March 2025. Imports from Rwanda in that month stood at "
         "$9 million.", [("exports", 61e6, "2025-03"), ("imports", 9e6, "2025-03")]),
        ("Between July 2023 and June 2024 Kenya's exports to Rwanda rose to $505 million.\n\nImports from Rwanda "
         "over the same twelve months were $70 million.",
         [("exports", 505e6, "2023-07/2024-06"), ("imports", 70e6, "2023-07/2024-06")]),
        ("Kenya-Rwanda trade was $250 million in the first half of 2024, and Kenyan exports in the same half "
         "reached $215 million.",
         [("trade_turnover", 250e6, "2024-01/2024-06"), ("exports", 215e6, "2024-01/2024-06")]),
    ],
)
def test_a_period_a_word_points_back_to_is_the_one_the_story_told(text: str, expected: list[Any]) -> None:
    assert _read("Kenya and Rwanda held talks in Kigali.\n\n" + text) == expected


@pytest.mark.parametrize(
    "second",
    [
        # a word before the noun, or words after it, that place the period in time: no pointing back
        "Imports from Rwanda were $40 million in the previous quarter.",
        "Imports from Rwanda were $40 million in the period of 2022.",
        "Imports from Rwanda were $40 million in the months to June 2023.",
        "Imports from Rwanda were $40 million in the half before.",
    ],
)
def test_a_period_placed_in_time_by_its_own_words_points_back_to_none(second: str) -> None:
    first = "Kenya's exports to Rwanda reached $210 million in the first half of 2024."
    [exports, imports] = _read(f"Kenya and Rwanda held talks in Kigali.\n\n{first}\n\n{second}")
    assert exports == ("exports", 210e6, "2024-01/2024-06")
    assert imports[2] != "2024-01/2024-06"
