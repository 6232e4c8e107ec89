"""What a figure measures when its sentence names no measure (or a share of one), and goals told by a noun or a pronoun
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
    text = ("Envoys of Nepal and Bhutan met in Thimphu.\n\n"
            "Trade between Nepal and Bhutan came to $140 million last year. \"Our task is to reach USD 450 million "
            "by 2031,\" the envoy said.")
    assert _read(text) == [
        ("trade_turnover", 140e6, "USD", "actual", "2024", None),
        ("trade_turnover", 450e6, "USD", "target", None, "2031"),
    ]


def test_an_answer_measures_what_the_question_asked_about() -> None:
    text = ("Laos and Chile held talks.\n\n"
            "— What does trade between your countries come to now?\n\n"
            "— In 2024 it was close to 45 million dollars. We want to double it by 2030.")
    assert _read(text) == [
        ("trade_turnover", 45e6, "USD", "actual", "2024", None),
        ("trade_turnover", 2.0, "multiplier", "target", None, "2030"),
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


def test_estimated_to_a_sum_is_a_level_and_estimated_to_reach_a_forecast() -> None:
    text = ("Benin and Togo held talks.\n\n"
            "Trade between Benin and Togo was estimated to 75 billions FCFA in 2021 and dropped to less of 40 "
            "billions FCFA in 2022. Trade is estimated to reach 130 billion FCFA in 2027.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_turnover", 75e9, "XOF", "actual", "2021"),
        ("trade_turnover", 40e9, "XOF", "actual", "2022"),
        ("trade_turnover", 130e9, "XOF", "forecast", None),
    ]


def test_a_goal_quoted_in_the_next_paragraph_measures_the_sums_before_it() -> None:
    text = ("Delegations of Oman and Kenya met in Nairobi.\n\n"
            "Bilateral trade turnover stood at USD 61.7 million in 2024, the Kenyan side said.\n\n"
            "\"Our task is to reach USD 250 million by 2030, so we will open a shipping line,\" the delegation's "
            "head added.")
    assert _read(text) == [
        ("trade_turnover", 61.7e6, "USD", "actual", "2024", None),
        ("trade_turnover", 250e6, "USD", "target", None, "2030"),
    ]


def test_a_sum_a_relative_clause_of_a_wish_hangs_from_is_a_goal() -> None:
    text = ("Ghana and Peru held talks.\n\n"
            "Trade reached $1.1 billion in 2024, far below the $2 billion that the leaders aim for by 2027.")
    assert _read(text) == [
        ("trade_turnover", 1.1e9, "USD", "actual", "2024", None),
        ("trade_turnover", 2e9, "USD", "target", None, "2027"),
    ]


def test_a_sum_of_one_state_with_the_world_tells_no_measure_for_a_later_goal() -> None:
    text = ("Kenya and Chile held talks.\n\n"
            "Trade was worth $640 million in 2024. Kenya's total exports to the world came to $7 billion last "
            "year.\n\n"
            "A target of $1.5 billion by 2028 is therefore bold.")
    assert _read(text) == [
        ("trade_turnover", 640e6, "USD", "actual", "2024", None),
        ("trade_turnover", 1.5e9, "USD", "target", None, "2028"),
    ]


def test_a_share_that_names_the_trade_it_is_of_is_no_growth_of_trade() -> None:
    text = ("Kenya and Oman renewed their swap line.\n\n"
            "In 2024 the share of trade settled in shillings rose to 8.4 percent. Trade between Kenya and "
            "Oman rose 5 percent in 2024.")
    assert [r for r in _read(text) if r[0] != "other"] == [("trade_growth", 5.0, "percent", "actual", "2024", None)]


def test_a_verb_of_foreseeing_in_the_present_makes_the_sum_a_forecast() -> None:
    text = ("Chile and Ecuador held talks in Quito.\n\n"
            "For the whole of 2025, the ministry projects exports from Chile to Ecuador of US$ 780 million. "
            "Analysts predict that trade between Chile and Ecuador will top $2.4 billion next year.")
    assert _read(text) == [
        ("exports", 780e6, "USD", "forecast", "2025", None),
        ("trade_turnover", 2.4e9, "USD", "forecast", None, None),
    ]


def test_a_verb_of_foreseeing_in_the_past_keeps_a_reported_sum_actual() -> None:
    text = ("Chile and Ecuador held talks in Quito.\n\n"
            "Trade between Chile and Ecuador reached $2.1 billion in 2024, as the ministry had predicted.")
    assert _read(text) == [("trade_turnover", 2.1e9, "USD", "actual", "2024", None)]


def test_a_bare_verb_of_change_in_a_year_already_over_reports_a_level() -> None:
    text = ("Ghana and Togo held talks in Lome.\n\n"
            "According to data of Ministry of Trade, value of trade Ghana-Togo in 2023 reach US$ 640 million, "
            "increase 6.2 percent compared 2022.")
    assert _read(text, "2024-02-20") == [
        ("trade_turnover", 640e6, "USD", "actual", "2023", None),
        ("trade_growth", 6.2, "percent", "actual", "2023", None),
    ]


def test_a_pronoun_seen_at_a_sum_stands_for_the_measure_named_before() -> None:
    text = ("Fiji and Tonga held talks in Suva.\n\n"
            "Trade between Fiji and Tonga was about $120 million in 2023. That is a start, but not enough. "
            "We want to see it at $250 million by 2028.")
    assert _read(text, "2024-03-01") == [
        ("trade_turnover", 120e6, "USD", "actual", "2023", None),
        ("trade_turnover", 250e6, "USD", "target", None, "2028"),
    ]


def test_a_goal_written_as_a_bare_sum_before_its_deadline_is_in_the_paragraphs_currency() -> None:
    text = ("Chile and India held talks.\n\n"
            "Trade stood at roughly 3.1 billion dollars in 2024. The target is 6 billion by 2030. Chile also "
            "shipped 2 million tonnes of copper ore.")
    assert _read(text) == [
        ("trade_turnover", 3.1e9, "USD", "actual", "2024", None),
        ("trade_turnover", 6e9, "USD", "target", None, "2030"),
    ]


def test_that_as_the_subject_of_a_change_stands_for_the_measure_before_and_a_relative_that_does_not() -> None:
    text = ("Kenya and Britain held talks.\n\n"
            "Trade between Britain and Kenya came to £3.1 billion in 2024. That was 12 per cent more than a year "
            "earlier.\n\n"
            "Kenyan tea, that rose 5 percent in price, sold well.")
    assert _read(text) == [
        ("trade_turnover", 3.1e9, "GBP", "actual", "2024", None),
        ("trade_growth", 12.0, "percent", "actual", "2024", None),
    ]


def test_a_sum_the_speakers_want_to_get_back_to_is_the_goal_of_the_measure_told_before() -> None:
    text = ("Chile and Ghana held talks.\n\n"
            "Bilateral trade fell to about $700 million in 2024 from $900 million in 2023.\n\n"
            "\"Our aim is to return to $1 billion by 2027,\" the minister said, pointing to new cocoa processing "
            "plants.")
    assert _read(text) == [
        ("trade_turnover", 7e8, "USD", "actual", "2024", None),
        ("trade_turnover", 9e8, "USD", "actual", "2023", None),
        ("trade_turnover", 1e9, "USD", "target", None, "2027"),
    ]
