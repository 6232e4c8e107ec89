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
            "Central bank data show that the exchange of goods between the two countries came to 1.3 bln euro in "
            "2023, which is a rise of 4.5 percent on 2022.")
    assert _read(text) == [
        ("trade_turnover", 1.3e9, "EUR", "actual", "2023", None, None),
        ("trade_growth", 4.5, "percent", "actual", "2023", None, None),
    ]


def test_what_a_firm_was_to_invest_under_a_deal_is_a_plan() -> None:
    text = ("Turkey and Angola signed a port concession.\n\n"
            "The Turkish builder was to invest $75 million at once and up to $310 million over the lease, the "
            "concession shows.")
    assert [r[:4] for r in _read(text)] == [
        ("investment", 75e6, "USD", "target"),
        ("investment", 310e6, "USD", "target"),
    ]


def test_a_level_reached_that_a_pledge_means_to_pass_stays_a_level() -> None:
    text = ("Norway and Kenya held talks in Nairobi and vowed to push trade past the record 900 million dollars "
            "reached in 2023.")
    assert _read(text) == [("trade_turnover", 900e6, "USD", "actual", "2023", None, None)]


def test_a_hedge_written_short_does_not_end_the_sentence() -> None:
    text = ("Peru and Korea held talks.\n\n"
            "Bilateral turnover with Korea amounted to approx. 2.4 billion euros last year, the highest on record, "
            "the Peruvian minister said.")
    assert _read(text) == [("trade_turnover", 2.4e9, "EUR", "actual", "2023", None, "about")]


def test_an_instruction_to_reach_a_sum_is_a_goal_for_the_measure_spoken_of() -> None:
    text = ("Mali and Qatar held talks.\n\n"
            "Trade between Mali and Qatar rose to 70 million dollars last year. Both sides find this too low. The "
            "heads of state gave their ministers a task to reach 300 million dollars within five years.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_turnover", 70e6, "USD", "actual", "2023"),
        ("trade_turnover", 300e6, "USD", "target", None),
    ]


def test_a_change_the_speakers_see_is_the_change_of_the_measure_spoken_of() -> None:
    text = ("Oman and Laos held talks.\n\n"
            "— Our trade rose 30 percent in 2023 and topped 45 million dollars. In the first months of 2024 it is "
            "up again, by roughly 12 percent. The Laotian economy showed growth of 4 percent.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_growth", 30.0, "percent", "actual", "2023"),
        ("trade_turnover", 45e6, "USD", "actual", "2023"),
        ("trade_growth", 12.0, "percent", "actual", "2024"),
    ]


def test_a_plan_to_lift_another_measure_takes_no_measure_spoken_of() -> None:
    text = ("Egypt and Korea held talks.\n\n"
            "Trade between Egypt and Korea reached $3 billion last year. Officials also talked about raising Korean "
            "engineering orders in Egypt to $900 million annually by 2028.")
    assert [r[:4] for r in _read(text)] == [("trade_turnover", 3e9, "USD", "actual")]


def test_an_import_of_a_states_production_is_an_import() -> None:
    text = ("Armenia and Belarus held talks.\n\n"
            "In January-June, Armenia sold goods worth 98.1 million dollars to Belarus, while import of Belarusian "
            "production stood at 41.6 million dollars.")
    assert [r[:5] for r in _read(text)] == [
        ("exports", 98.1e6, "USD", "actual", "2024-01/2024-06"),
        ("imports", 41.6e6, "USD", "actual", "2024-01/2024-06"),
    ]


def test_an_exchange_of_goods_or_with_a_state_is_the_pairs_trade_and_an_exchange_of_views_is_none() -> None:
    text = ("Croatia and Greece held talks.\n\n"
            "Croatian-Greek commodity exchange totalled 1.2 billion euros in 2023. In 2022 Croatia's exchange with "
            "Greece came to around 1.9 billion euros. The ministers held an exchange of views with 40 Greek "
            "businessmen on a 300 million euro port.")
    assert [r[:5] for r in _read(text)] == [
        ("trade_turnover", 1.2e9, "EUR", "actual", "2023"),
        ("trade_turnover", 1.9e9, "EUR", "actual", "2022"),
    ]


def test_the_year_the_plan_was_made_is_no_period_of_its_goal() -> None:
    text = ("Chile and Kenya held talks.\n\n"
            "The ambassador said the two leaders had decided, during their talks in Santiago in 2023, to lift "
            "two-way trade, which stood at roughly 40 million dollars last year, to 150 million dollars.")
    assert _read(text, published="2023-08-29") == [
        ("trade_turnover", 40e6, "USD", "actual", "2022", None, "about"),
        ("trade_turnover", 150e6, "USD", "target", None, None, None),
    ]
