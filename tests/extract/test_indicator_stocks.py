"""The stock of one state's investment in the other, told right after a goal: an actual level, not the goal's cost
(indicators/figures.py, parse.py), read from hand-written sentences."""

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
    return [(i.metric, i.value, i.unit, i.kind) for i in find_indicators(a) if i.metric == "investment"]


_GOAL = ("{a} and {b} agreed a road map on Monday. The two governments want bilateral commerce to reach $9 billion "
         "within five years. ")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (_GOAL.format(a="Korea", b="Chile")
         + "The investment held by Korean manufacturers in Chile is roughly $2.4 billion.",
         2.4e9, "USD"),
        (_GOAL.format(a="Turkey", b="Algeria") + "The investment by Turkish companies in Algeria is around $6 billion.",
         6e9, "USD"),
        (_GOAL.format(a="Japan", b="Peru") + "The total investment of Japan in Peru stands at $3 billion.",
         3e9, "USD"),
        (_GOAL.format(a="Spain", b="Morocco")
         + "The stock of investment from Spanish companies in Morocco is close to €4 billion.",
         4e9, "EUR"),
        (_GOAL.format(a="Qatar", b="Rwanda") + "The investment from Qatar in Rwanda is worth about $1.1 billion.",
         1.1e9, "USD"),
        (_GOAL.format(a="India", b="Kenya")
         + "The accumulated investment by Indian groups in Kenya now totals nearly 40,000 crore rupees.", 4e11, "INR"),
    ],
)
def test_a_stock_of_a_states_investment_after_a_goal_is_actual(text: str, value: float, unit: str) -> None:
    assert _read(text) == [("investment", value, unit, "actual")]


def test_the_cost_of_a_plan_named_by_a_bare_investment_stays_a_plan() -> None:
    text = ("A Norwegian firm will build a wind farm in Chile under a deal between Chile and Norway. "
            "The investment is estimated at $700 million.")
    assert _read(text) == [("investment", 700e6, "USD", "target")]
