"""Whose flow a figure is (indicators/flows.py), read from hand-written sentences."""

from __future__ import annotations

from typing import Any

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _read(text: str, published: str = "2025-03-01") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit, i.flow_from, i.flow_to) for i in find_indicators(a)
            if i.metric != "other"]


def test_a_flow_with_every_origin_is_one_states_with_the_world() -> None:
    text = ("Togo and Benin held talks in Lome.\n\n"
            "Last year Togo bought abroad goods for 1 870 billions FCFA in total, all origins confounded.")
    assert _read(text) == []


def test_investment_from_all_sources_is_the_worlds_and_the_sum_before_it_the_pairs() -> None:
    text = ("Mali and Guinea held talks in Conakry.\n\n"
            "Guinean investment in Mali reached 40 billion FCFA in 2024, a small part of the 900 billion FCFA "
            "total recorded from all sources.")
    assert _read(text) == [("investment", 40e9, "XOF", None, None)]


def test_the_state_of_the_next_clause_is_no_end_of_the_flow() -> None:
    text = ("Honduras's exports to Belize rose 9% to $31 million in 2023, while imports from Belize were put at "
            "$12 million.")
    assert _read(text) == [
        ("exports", 31e6, "USD", "HND", "BLZ"),
        ("imports", 12e6, "USD", "BLZ", "HND"),
    ]


def test_exports_to_a_regions_countries_or_worldwide_are_not_the_pairs() -> None:
    text = ("Jordan and Chad held talks in N'Djamena.\n\n"
            "Jordanian sales to the East African countries topped 900 million dollars in 2023. Chad sold "
            "$6 billion of goods worldwide last year.")
    assert _read(text) == []


def test_towards_names_the_buyer() -> None:
    text = "Tunisia and Niger held talks.\n\nExports of Tunisia towards Niger reached $310 million in 2024."
    assert _read(text) == [("exports", 310e6, "USD", "TUN", "NER")]


def test_a_sum_of_a_states_goods_bought_is_that_states_exports_and_the_buyers_imports() -> None:
    text = ("Peru and Japan held talks in Tokyo.\n\n"
            "Japan purchased $1.7 billion worth of Peruvian products in 2022, while Peru bought Japanese cars "
            "worth $600 million.")
    assert _read(text) == [("exports", 1.7e9, "USD", "PER", "JPN"), ("imports", 1.7e9, "USD", "PER", "JPN"),
                           ("imports", 6e8, "USD", "JPN", "PER")]


def test_sales_to_a_state_under_a_negated_ceiling_are_exports_up_to_the_sum() -> None:
    text = ("Kenya and Ghana held talks in Accra.\n\n"
            "Kenyan sales to Ghana, mostly tea, did not pass $90 million in 2023.")
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published="2024-05-02")
    [a] = analyse([doc])
    assert a is not None
    assert [(i.metric, i.value, i.flow_from, i.flow_to, i.qualifier, i.period) for i in find_indicators(a)] == [
        ("exports", 9e7, "KEN", "GHA", "up_to", "2023")]


def test_a_part_of_trade_that_a_verb_of_being_calls_a_flow_is_that_flow() -> None:
    text = ("Peru and Ghana held talks.\n\n"
            "Trade totalled 120 million US dollars in the first nine months, of which 75 mln dollars represented "
            "Ghanaian sales to Peru.")
    assert _read(text) == [("trade_turnover", 1.2e8, "USD", None, None), ("exports", 7.5e7, "USD", "GHA", "PER")]


def test_a_shared_rupee_sign_is_the_currency_of_the_state_reporting_the_flow() -> None:
    text = ("Nepal and India held talks.\n\n"
            "Nepal's commerce with India came to Rs 1,100 billion last year. Trade between India and Nepal was "
            "Rs 900 billion in 2022.")
    assert _read(text) == [("trade_turnover", 1.1e12, "NPR", None, None), ("trade_turnover", 9e11, "INR", None, None)]


def test_rupees_on_a_page_of_mauritius_are_mauritian_when_india_is_the_partner() -> None:
    text = ("Mauritius and India held talks.\n\n"
            "Imports from India rose to Rs 7,700 million in the first quarter of 2024.")
    assert _read(text) == [("imports", 7.7e9, "MUR", "IND", "MUS")]
