"""Figures about a pair read from hand-written sentences (runs the spaCy model once for the module)."""

from __future__ import annotations

from typing import Any

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators

STORIES = {
    "trade": (
        "2025-02-10",
        "Armenia and Georgia held talks in Yerevan.\n\n"
        "Trade between Armenia and Georgia grew by 9% to $1.2bn in 2024, the ministers said. "
        "The two countries aim to bring bilateral trade to $3 billion by 2030.",
    ),
    "flows": (
        "2023-11-20",
        "Exports from Serbia to Hungary amounted to €2.1 billion in January-September 2023, "
        "while imports from Hungary reached €1.4 billion.",
    ),
    "companies": (
        "2022-06-01",
        "More than 450 companies with Turkish capital operate in Georgia. "
        "Turkish investment in Georgia has reached approximately $2 billion since 2010.",
    ),
    "target": (
        "2024-04-04",
        "Vietnam and Laos agreed to increase trade turnover 1.5 times by 2027. "
        "Trade between Vietnam and Laos is expected to exceed $2 billion this year.",
    ),
    "undated": (
        None,
        "Last year, trade between Peru and Chile exceeded $4 billion. Chile and Peru signed seven documents.",
    ),
    "elsewhere": (
        "2024-01-15",
        "Kenya's GDP grew by 5% last year, the Kenyan president told his Tanzanian counterpart. "
        "Kenya's exports to the world reached $7 billion. "
        "Tanzania and Kenya discussed trade.",
    ),
    "conversion": (
        "2024-12-17",
        "Thailand and Cambodia aim to achieve bilateral trade of US$15 billion (500 billion baht) by 2028.",
    ),
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[dict[str, Any]]]:
    docs = [CleanDocument(doc=k, source=k, text=text, language="en", published=pub)
            for k, (pub, text) in STORIES.items()]
    out = {}
    for doc, a in zip(docs, analyse(docs), strict=True):
        assert a is not None
        out[doc.doc] = [
            {k: v for k, v in vars(i).items() if v is not None and k != "evidence"} for i in find_indicators(a)
        ]
    return out


def test_turnover_growth_and_target(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["trade"] == [
        {"metric": "trade_growth", "countries": ["ARM", "GEO"], "value": 9.0, "unit": "percent", "period": "2024",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["ARM", "GEO"], "value": 1.2e9, "unit": "USD", "period": "2024",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["ARM", "GEO"], "value": 3e9, "unit": "USD", "kind": "target",
         "target_year": "2030"},
    ]


def test_exports_and_imports_carry_their_direction(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["flows"] == [
        {"metric": "exports", "countries": ["HUN", "SRB"], "value": 2.1e9, "unit": "EUR",
         "period": "2023-01/2023-09", "kind": "actual", "flow_from": "SRB", "flow_to": "HUN"},
        {"metric": "imports", "countries": ["HUN", "SRB"], "value": 1.4e9, "unit": "EUR", "kind": "actual",
         "flow_from": "HUN", "flow_to": "SRB"},
    ]


def test_companies_and_cumulative_investment(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["companies"] == [
        {"metric": "enterprises", "countries": ["GEO", "TUR"], "value": 450.0, "unit": "count", "kind": "actual",
         "qualifier": "over"},
        {"metric": "investment", "countries": ["GEO", "TUR"], "value": 2e9, "unit": "USD", "kind": "actual",
         "qualifier": "about"},
    ]


def test_multiplier_target_and_forecast(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["target"] == [
        {"metric": "trade_turnover", "countries": ["LAO", "VNM"], "value": 1.5, "unit": "multiplier",
         "kind": "target", "target_year": "2027"},
        {"metric": "trade_turnover", "countries": ["LAO", "VNM"], "value": 2e9, "unit": "USD", "kind": "forecast",
         "qualifier": "over"},
    ]


def test_last_year_of_an_undated_story_has_no_period(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["undated"] == [
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 4e9, "unit": "USD", "kind": "actual",
         "qualifier": "over"},
        {"metric": "other", "countries": ["CHL", "PER"], "value": 7.0, "unit": "count", "kind": "actual",
         "label": "documents_signed"},
    ]


def test_figures_about_something_else_are_left_out(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["elsewhere"] == []


def test_a_restated_sum_in_another_currency_is_one_figure(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["conversion"] == [
        {"metric": "trade_turnover", "countries": ["KHM", "THA"], "value": 15e9, "unit": "USD", "kind": "target",
         "target_year": "2028"},
    ]
