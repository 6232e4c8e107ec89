"""Whether a figure is an actual, a target or a forecast when its sentence holds an aside or a plan told by an
infinitive (indicators/kinds.py, clauses.py, parse.py), read from hand-written sentences."""

from __future__ import annotations

from typing import Any

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators


def _read(text: str, published: str = "2024-09-01") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit, i.kind, i.period, i.target_year, i.qualifier) for i in find_indicators(a)]


def test_a_level_told_in_an_aside_is_no_goal_and_the_goal_after_it_takes_no_period_from_it() -> None:
    text = ("Uruguay and Vietnam held talks in Hanoi.\n\n"
            "The two presidents agreed to lift bilateral trade, which stood at around 95 million dollars in 2022, "
            "to 400 million dollars.")
    assert _read(text) == [
        ("trade_turnover", 95e6, "USD", "actual", "2022", None, "about"),
        ("trade_turnover", 400e6, "USD", "target", None, None, None),
    ]


def test_an_aside_of_the_level_now_sits_between_a_goal_verb_and_its_deadline() -> None:
    text = ("Ghana and Portugal held talks in Accra.\n\n"
            "The ministers hope to grow two-way trade, currently worth $60 million a year, to $250 million by 2029.")
    assert _read(text) == [
        ("trade_turnover", 60e6, "USD", "actual", None, None, None),
        ("trade_turnover", 250e6, "USD", "target", None, "2029", None),
    ]


def test_a_percentage_in_an_aside_after_a_level_is_that_levels_change() -> None:
    text = ("Hungary and Chile held talks.\n\n"
            "According to the central bank, the exchange of goods between the countries reached last year 1.3 bln "
            "euro, which means an increase of 4.5 percent year to year.")
    assert _read(text) == [
        ("trade_turnover", 1.3e9, "EUR", "actual", "2023", None, None),
        ("trade_growth", 4.5, "percent", "actual", "2023", None, None),
    ]


def test_what_a_firm_was_to_invest_under_a_deal_is_a_plan() -> None:
    text = ("Turkey and Angola signed a port concession.\n\n"
            "Under the concession, the Turkish builder was to invest $75 million in the first phase and up to "
            "$310 million over four years.")
    assert [r[:4] for r in _read(text)] == [
        ("investment", 75e6, "USD", "target"),
        ("investment", 310e6, "USD", "target"),
    ]


def test_a_level_reached_that_a_pledge_means_to_pass_stays_a_level() -> None:
    text = ("Norway and Kenya held talks in Nairobi, with both governments pledging to take bilateral trade beyond "
            "the record 900 million dollars reached in 2023.")
    assert _read(text) == [("trade_turnover", 900e6, "USD", "actual", "2023", None, None)]


def test_a_hedge_written_short_does_not_end_the_sentence() -> None:
    text = ("Peru and Korea held talks.\n\n"
            "The minister said trade between Peru and Korea reached approx. 2.4 billion euros last year, the "
            "highest on record.")
    assert _read(text) == [("trade_turnover", 2.4e9, "EUR", "actual", "2023", None, "about")]


def test_an_instruction_to_reach_a_sum_is_a_goal_for_the_measure_spoken_of() -> None:
    text = ("Mali and Qatar held talks.\n\n"
            "Trade between Mali and Qatar rose to 70 million dollars last year. It is not enough. The leaders gave "
            "an instruction to reach 300 million dollars within five years.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_turnover", 70e6, "USD", "actual", "2023"),
        ("trade_turnover", 300e6, "USD", "target", None),
    ]


def test_a_change_the_speakers_see_is_the_change_of_the_measure_spoken_of() -> None:
    text = ("Oman and Laos held talks.\n\n"
            "— Last year our trade grew by 30 percent and passed 45 million dollars. This year we observe further "
            "growth, roughly 12 percent. The Laotian economy showed growth of 4 percent.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_growth", 30.0, "percent", "actual", "2023"),
        ("trade_turnover", 45e6, "USD", "actual", "2023"),
        ("trade_growth", 12.0, "percent", "actual", "2024"),
    ]


def test_a_plan_to_lift_another_measure_takes_no_measure_spoken_of() -> None:
    text = ("Egypt and Korea held talks.\n\n"
            "Trade between Egypt and Korea reached $3 billion last year. The sides discussed a plan to lift the "
            "value of Korean port contracts in Egypt to $900 million a year by 2028.")
    assert [r[:4] for r in _read(text)] == [("trade_turnover", 3e9, "USD", "actual")]


def test_an_import_of_a_states_production_is_an_import() -> None:
    text = ("Armenia and Belarus held talks.\n\n"
            "In January-June, export of Armenian goods to Belarus made 98.1 million dollars, import of the "
            "Belarusian production — 41.6 million dollars.")
    assert [r[:5] for r in _read(text)] == [
        ("exports", 98.1e6, "USD", "actual", "2024-01/2024-06"),
        ("imports", 41.6e6, "USD", "actual", "2024-01/2024-06"),
    ]


def test_an_exchange_of_goods_or_with_a_state_is_the_pairs_trade_and_an_exchange_of_views_is_none() -> None:
    text = ("Croatia and Greece held talks.\n\n"
            "The commodity exchange of Croatia and Greece in 2023 amounted to 1.2 billion euros. Our exchange with "
            "Greece was around 1.9 billion euros in 2022. The ministers held an exchange of views with 40 Greek "
            "businessmen on a 300 million euro port.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_turnover", 1.2e9, "EUR", "actual", "2023"),
        ("trade_turnover", 1.9e9, "EUR", "actual", "2022"),
    ]


def test_the_year_the_plan_was_made_is_no_period_of_its_goal() -> None:
    text = ("Chile and Kenya held talks.\n\n"
            "The envoy recalled that the two presidents had agreed, during their meeting in Nairobi in 2023, to "
            "raise bilateral trade, which was approximately 40 million dollars last year, to 150 million dollars.")
    assert _read(text, published="2023-08-29") == [
        ("trade_turnover", 40e6, "USD", "actual", "2022", None, "about"),
        ("trade_turnover", 150e6, "USD", "target", None, None, None),
    ]
