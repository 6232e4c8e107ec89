"""What a figure measures when its sentence names no measure, and goals told by a noun or a pronoun
(indicators/figures.py, parse.py, kinds.py), read from hand-written sentences."""

from __future__ import annotations

from typing import Any

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _read(text: str, published: str = "2025-03-01") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit, i.kind, i.period, i.target_year) for i in find_indicators(a)]


def test_a_task_noun_makes_the_sum_after_it_a_goal() -> None:
    text = ("Officials of Chad and Cameroon met in Yaounde.\n\n"
            "Trade between Chad and Cameroon reached $300 million last year. \"Our task is to reach USD 800 million "
            "by 2029,\" the minister said.")
    assert _read(text) == [
        ("trade_turnover", 300e6, "USD", "actual", "2024", None),
        ("trade_turnover", 800e6, "USD", "target", None, "2029"),
    ]


def test_an_answer_measures_what_the_question_asked_about() -> None:
    text = ("Peru and Ghana held talks.\n\n"
            "— How big is bilateral trade today?\n\n"
            "— Last year it was around 30 million dollars. Our aim is to triple it by 2029.")
    assert _read(text) == [
        ("trade_turnover", 30e6, "USD", "actual", "2024", None),
        ("trade_turnover", 3.0, "multiplier", "target", None, "2029"),
    ]


def test_a_pronoun_put_at_a_sum_stands_for_the_measure_named_before() -> None:
    text = ("Peru and Ghana held talks.\n\n"
            "Trade between the two countries is small. Peruvian customs put it at around 52 million dollars in "
            "2024, mostly fish meal.")
    assert _read(text) == [("trade_turnover", 52e6, "USD", "actual", "2024", None)]


def test_a_pronoun_of_something_else_takes_no_measure() -> None:
    text = ("Peru and Ghana held talks.\n\n"
            "The new port in Ghana is large. It will cost $30 million, the Peruvian builder said.\n\n"
            "Trade between Peru and Ghana is small. What is the port for?\n\n"
            "It was planned in 2019. The builder put its cost at $30 million.")
    assert _read(text) == []
