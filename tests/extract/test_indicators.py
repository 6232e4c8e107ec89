"""Figures about a pair read from hand-written sentences (runs the spaCy model once for the module)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import AnalyzedDoc, analyse
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
    "world": (
        "2024-06-03",
        "Trade between Uruguay and Vietnam rose to $900 million in 2023. Uruguay's overall trade with all "
        "countries was $25 billion in 2023, and Vietnamese exports to the rest of the world came to $350 "
        "billion.",
    ),
    "two_roles": (
        "2024-06-03",
        "Trade between Ghana and Vietnam reached $650 million in 2023 and the sides agreed to pursue the "
        "goal of $1 billion.",
    ),
    "pair_phrase": (
        "2024-06-03",
        "A railway deal between Peru and Bolivia was signed by the two countries' state companies in May.",
    ),
    "carried_currency": (
        "2024-06-03",
        "Trade between Peru and Bolivia was 900 million US dollars in 2023. Peruvian exports to Bolivia "
        "were about 600 million. Bolivia also bought 3 million tonnes of Peruvian fishmeal.",
    ),
    "conversion": (
        "2024-12-17",
        "Thailand and Cambodia aim to achieve bilateral trade of US$15 billion (500 billion baht) by 2028.",
    ),
    "carried": (
        "2025-04-02",
        "Norway and Sweden held talks in Oslo.\n\n"
        "In the first quarter of 2025, trade between the two countries reached 2.4 billion US dollars, "
        "an increase of 6.5% compared with the same period last year. "
        "Norwegian exports to the kingdom came to $1.1 billion, mostly fish.\n\n"
        "Sweden's exports to Norway have grown tenfold since 1995, reaching $9 billion last year.",
    ),
    "yearly": (
        "2025-04-02",
        "Swedish exports to Norway were $7 billion in 2024. "
        "Trade in services between Norway and Sweden is worth about $3 billion a year.",
    ),
    "capital": (
        "2024-10-10",
        "Chile is the largest investor in Peru, with 900 projects and a registered capital of $4.2 billion. "
        "Some 250 Chilean and Peruvian companies took part in a business forum in Lima, "
        "and about 120 Chilean firms operate in Peru.",
    ),
    "own_clause": (
        "2024-10-10",
        "A law of Peru keeps retail trade for nationals unless Chilean citizens deposit at least $50,000.",
    ),
    "goals": (
        "2024-10-10",
        "Chile and Peru want to lift trade to $6 billion by 2027 and $9 billion by 2032. "
        "Last year trade between Chile and Peru had risen by 15% to reach $4.1 billion.",
    ),
    "ranges_and_naira": (
        "2024-10-10",
        "Nigeria and Ghana expect trade to reach $2-3 billion in 2026. "
        "Ghana's exports to Nigeria were valued at N650 billion in 2023.",
    ),
    "plans": (
        "2025-03-01",
        "Portugal and Angola held talks in Luanda.\n\n"
        "A Portuguese cement maker agreed to invest €140m in a factory in Angola, the ministers said. "
        "They also reviewed investments of up to 500 million US dollars envisaged by Portugal in the Angolan "
        "energy sector. A rule of Angola lets traders from Portugal open shops if they invest at least $200,000.",
    ),
    "supplied_and_stock": (
        "2024-05-01",
        "Thailand supplied some 1.2 million tonnes of sugar to Indonesia in 2023, worth $790 million. "
        "Thailand is the third largest investor in Indonesia, with a stock of $14.2 billion. "
        "Thai firms have registered investment projects worth $2.3 billion in Indonesia.",
    ),
    "goal_of_the_sentence_before": (
        "2024-08-20",
        "Trade between Malaysia and Vietnam reached USD14.6 billion in 2023. "
        "Both governments have set a goal of USD18 billion by 2026.",
    ),
    "several_periods": (
        "2024-03-01",
        "Trade between Kenya and Egypt climbed from $410 million in 2019 to $655 million in 2023. "
        "The visit of the Kenyan president to Egypt in May 2023 opened a new chapter, the minister noted, "
        "adding that 45 Egyptian companies operate in Kenya.",
    ),
    "fiscal_year_and_level": (
        "2025-01-10",
        "Trade between India and Vietnam in 2022-23 stood at US$ 14.7 billion.\n\n"
        "Trade between Chile and Peru reached $5.2 billion in 2024, nearly triple the 2019 level.",
    ),
    "fraction_and_pronoun": (
        "2025-07-15",
        "Trade between Poland and Lithuania came to €3.2bn in January–April, by a quarter more than a year earlier.\n\n"
        "Trade between Estonia and Finland reached €5.1bn last year. In January-June it rose by 2.7%, "
        "and Estonian exports to Finland amounted to €1.4bn.",
    ),
    "goal_clauses": (
        "2025-03-03",
        "The minister said trade between Oman and Kenya had reached $640 million last year and that the two "
        "countries had set a target of $1 billion. "
        "Kenya and Oman urged business to meet the goal of $2 billion by 2030 agreed by the presidents for "
        "bilateral trade.",
    ),
    "elided_currency_and_one_good": (
        "2025-02-01",
        "Trade between Peru and Bolivia totalled 1.9 billion dollars in January-October 2024, according to "
        "Peru's customs office, with Peruvian exports accounting for about 1.2 billion. "
        "The leaders pledged to double gas trade between Bolivia and Peru.",
    ),
    "shillings_and_a_year_earlier": (
        "2024-06-01",
        "Tanzania exported goods worth Sh2.3 trillion to Zambia in 2023, while imports from Zambia came to "
        "Sh1.1 trillion, down from Sh1.4 trillion a year earlier.",
    ),
    "figure_noun_and_target_after": (
        "2025-05-05",
        "Trade between Ecuador and Colombia came to $2.8 billion in 2024. "
        "The ministers pledged to lift the figure to $4 billion by 2029.\n\n"
        "Colombian investment in Ecuador reached $1.6 billion last year. "
        "\"The $5 billion target agreed by our governments is within reach,\" the minister said.",
    ),
    "plan_cost": (
        "2025-05-05",
        "A Norwegian firm will build a wind farm in Chile under a deal between Chile and Norway. "
        "The investment is estimated at $900 million.",
    ),
    "one_state_total": (
        "2025-04-01",
        "Peru and Chile held talks in Lima.\n\n"
        "Chile's total foreign trade in the first quarter stood at $38 billion, the statistics office said. "
        "Peru's overall exports came to $16 billion.",
    ),
    "one_state_breakdown": (
        "2025-04-01",
        "Peru and Chile held talks in Lima.\n\n"
        "Overall, Chile's external trade in the first half reached $60 billion, with exports of $33 billion "
        "and imports of $27 billion.",
    ),
    "share_of_total": (
        "2025-04-01",
        "Peru and Chile held talks in Lima.\n\n"
        "Peruvian exports to Chile came to $2 billion in 2024, about 3% of the country's total exports of "
        "$67 billion.",
    ),
    "world_then_pair": (
        "2025-03-12",
        "Bolivia and Paraguay held talks.\n\n"
        "Bolivia's trade with the world rose 6% to $21 billion last year, while trade with Paraguay came to "
        "$1.3 billion.",
    ),
    "exports_to_all_markets": (
        "2025-03-12",
        "Senegal and Mali held talks.\n\n"
        "Senegal's exports to all markets grew 11% in 2024, with sales to Mali worth $900 million.",
    ),
    "owned_total_then_pair": (
        "2025-03-12",
        "Romania's total foreign trade reached €210 billion in 2024, of which trade with Moldova accounted "
        "for €3 billion. Indonesia's global trade grew 4%, and its trade with Nigeria rose 9%.",
    ),
    "editor_brackets": (
        "2025-03-12",
        "\"Our exports to Angola [have] risen threefold and we want trade with Angola [to reach] $2 billion by "
        "2029,\" the Namibian minister said. \"Last year Namibia's trade with Angola came to 900 [million "
        "dollars],\" she added.",
    ),
    "level_then_goal": (
        "2025-03-12",
        "Trade between Jordan and Iraq is now $1.8 billion and we aim for $3 billion by 2028, the Jordanian minister "
        "said.",
    ),
    "goal_passed_then_level": (
        "2025-03-12",
        "Trade between Rwanda and Uganda surpassed the $400 million goal set in 2021, reaching $430 million last "
        "year.",
    ),
    "commercial_exchanges": (
        "2025-10-20",
        "Algeria and Tunisia held talks.\n\n"
        "The volume of commercial exchanges between the two countries exceeded 1.2 billion dollars in the "
        "first nine months of the year.",
    ),
    "number_of": (
        "2025-04-01",
        "Ghana and Togo held talks in Lome.\n\n"
        "The number of Ghanaian companies in Togo has grown over the past three years and now exceeds 120. "
        "The number of students from Togo in Ghana stands at 3,500.",
    ),
    "goal_of_a_pronoun": (
        "2025-04-01",
        "Ghana and Togo held talks in Lome.\n\n"
        "Trade between Ghana and Togo came to $96.3 million in 2024. The leaders said the two sides want to lift "
        "it from $96 million to $300 million within five years.",
    ),
    "goal_from_to": (
        "2025-04-01",
        "Peru and Chile held talks in Lima.\n\n"
        "\"We have set the goal of lifting trade from $4 billion to $6 billion in the coming years,\" "
        "the minister said.",
    ),
    "change_to_a_level": (
        "2025-04-01",
        "Peru and Chile held talks in Lima.\n\n"
        "\"We believe trade could triple [to about $12 billion] within a decade,\" the envoy said.",
    ),
    "supplies_and_delegation": (
        "2025-02-01",
        "Georgian supplies to Armenia totalled $410 million in 2024. "
        "A visiting delegation of 35 Armenian companies held talks in Tbilisi with Georgian ministers.",
    ),
    "decline_year_on_year": (
        "2025-04-20",
        "Trade between Laos and Thailand slumped 7.5% year-on-year in the first quarter of 2025.",
    ),
    "from_to_goal": (
        "2025-06-01",
        "Bolivia and Paraguay want to lift trade from some $400 million last year to $1 billion. "
        "Trade between Bolivia and Paraguay rose from $250 million in 2022 to $380 million in 2023.",
    ),
    "one_side_overall_trade": (
        "2025-03-03",
        "Trade between Uruguay and Paraguay reached $1.1 billion in 2024. "
        "Uruguay's overall foreign trade in 2024 came to $26 billion.",
    ),
    "target_attained": (
        "2026-02-03",
        "Senegal and Morocco reviewed their ties. Trade between Senegal and Morocco exceeded the "
        "$700 million goal agreed in 2021. Bilateral trade has met its target of $650 million. "
        "Senegal and Morocco should hit the target of $2 billion by 2030.",
    ),
    "will_of_a_year_over": (
        "2026-05-12",
        "Trade between Tunisia and Jordan will grow by 30% in 2025 compared with 2024, "
        "and trade between Tunisia and Jordan will grow by 20% in 2027.",
    ),
    "period_of_a_figure_left_out": (
        "2025-06-02",
        "Zambia's trade with the world rose 6% to $23 billion last year, while trade between Zambia and "
        "Namibia reached $900 million.",
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
        # the clause after "while" has no period of its own: it shares the one of the clause before
        {"metric": "imports", "countries": ["HUN", "SRB"], "value": 1.4e9, "unit": "EUR",
         "period": "2023-01/2023-09", "kind": "actual", "flow_from": "HUN", "flow_to": "SRB"},
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
        # an expectation for the year under way covers that year
        {"metric": "trade_turnover", "countries": ["LAO", "VNM"], "value": 2e9, "unit": "USD", "period": "2024",
         "kind": "forecast", "qualifier": "over"},
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


def test_a_states_trade_with_the_whole_world_is_not_the_pairs(found: dict[str, list[dict[str, Any]]]) -> None:
    assert [(i["metric"], i["value"]) for i in found["world"]] == [("trade_turnover", 900_000_000)]


def test_a_restated_sum_in_another_currency_is_one_figure(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["conversion"] == [
        {"metric": "trade_turnover", "countries": ["KHM", "THA"], "value": 15e9, "unit": "USD", "kind": "target",
         "target_year": "2028"},
    ]


def test_a_period_carries_on_to_the_figures_after_it(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["carried"] == [
        # "US dollars" is a currency, not a third state of the figure
        {"metric": "trade_turnover", "countries": ["NOR", "SWE"], "value": 2.4e9, "unit": "USD",
         "period": "2025-01/2025-03", "kind": "actual"},
        # "the same period last year" is what the change is measured against
        {"metric": "trade_growth", "countries": ["NOR", "SWE"], "value": 6.5, "unit": "percent",
         "period": "2025-01/2025-03", "kind": "actual"},
        # "the kingdom" is not a state the gazetteer knows: still the partner, and the period goes on
        {"metric": "exports", "countries": ["NOR", "SWE"], "value": 1.1e9, "unit": "USD",
         "period": "2025-01/2025-03", "kind": "actual", "flow_from": "NOR", "flow_to": "SWE"},
        # a new paragraph; an N-fold change spans its own period, not the year of the figure after it
        {"metric": "exports", "countries": ["NOR", "SWE"], "value": 10.0, "unit": "multiplier", "kind": "actual",
         "flow_from": "SWE", "flow_to": "NOR"},
        {"metric": "exports", "countries": ["NOR", "SWE"], "value": 9e9, "unit": "USD", "period": "2024",
         "kind": "actual", "flow_from": "SWE", "flow_to": "NOR"},
    ]


def test_a_yearly_rate_takes_no_period(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["yearly"] == [
        {"metric": "exports", "countries": ["NOR", "SWE"], "value": 7e9, "unit": "USD", "period": "2024",
         "kind": "actual", "flow_from": "SWE", "flow_to": "NOR"},
        {"metric": "trade_turnover", "countries": ["NOR", "SWE"], "value": 3e9, "unit": "USD", "kind": "actual",
         "qualifier": "about"},
    ]


def test_registered_capital_and_companies_at_an_event(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["capital"] == [
        {"metric": "other", "countries": ["CHL", "PER"], "value": 900.0, "unit": "count", "kind": "actual",
         "label": "joint_projects"},
        {"metric": "investment", "countries": ["CHL", "PER"], "value": 4.2e9, "unit": "USD", "kind": "actual"},
        {"metric": "other", "countries": ["CHL", "PER"], "value": 250.0, "unit": "count", "kind": "actual",
         "qualifier": "about", "label": "event_participants"},
        {"metric": "enterprises", "countries": ["CHL", "PER"], "value": 120.0, "unit": "count", "kind": "actual",
         "qualifier": "about"},
    ]


def test_a_sum_in_a_clause_with_a_subject_of_its_own_is_not_trade(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["own_clause"] == []


def test_each_goal_has_its_own_year_and_a_result_is_no_goal(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["goals"] == [
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 6e9, "unit": "USD", "kind": "target",
         "target_year": "2027"},
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 9e9, "unit": "USD", "kind": "target",
         "target_year": "2032"},
        {"metric": "trade_growth", "countries": ["CHL", "PER"], "value": 15.0, "unit": "percent", "period": "2023",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 4.1e9, "unit": "USD", "period": "2023",
         "kind": "actual"},
    ]


def test_both_bounds_of_a_range_and_a_naira_sum(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["ranges_and_naira"] == [
        {"metric": "trade_turnover", "countries": ["GHA", "NGA"], "value": 2e9, "unit": "USD", "kind": "forecast"},
        {"metric": "trade_turnover", "countries": ["GHA", "NGA"], "value": 3e9, "unit": "USD", "kind": "forecast"},
        {"metric": "exports", "countries": ["GHA", "NGA"], "value": 650e9, "unit": "NGN", "period": "2023",
         "kind": "actual", "flow_from": "GHA", "flow_to": "NGA"},
    ]


def test_planned_sums_are_goals_and_conditions_are_left_out(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["plans"] == [
        # "agreed to" states the plan: the past tense does not make the sum spent
        {"metric": "investment", "countries": ["AGO", "PRT"], "value": 140e6, "unit": "EUR", "kind": "target"},
        # a participle of planning after the figure
        {"metric": "investment", "countries": ["AGO", "PRT"], "value": 500e6, "unit": "USD", "kind": "target",
         "qualifier": "up_to"},
    ]


def test_goods_supplied_an_investment_stock_and_investment_projects(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["supplied_and_stock"] == [
        {"metric": "exports", "countries": ["IDN", "THA"], "value": 790e6, "unit": "USD", "period": "2023",
         "kind": "actual", "flow_from": "THA", "flow_to": "IDN"},
        {"metric": "investment", "countries": ["IDN", "THA"], "value": 14.2e9, "unit": "USD", "kind": "actual"},
        {"metric": "investment", "countries": ["IDN", "THA"], "value": 2.3e9, "unit": "USD", "kind": "actual"},
    ]


def test_a_goal_named_only_by_its_figure_measures_what_the_sentence_before_did(
        found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["goal_of_the_sentence_before"] == [
        {"metric": "trade_turnover", "countries": ["MYS", "VNM"], "value": 14.6e9, "unit": "USD", "period": "2023",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["MYS", "VNM"], "value": 18e9, "unit": "USD", "kind": "target",
         "target_year": "2026"},
    ]


def test_each_figure_takes_its_own_period(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["several_periods"] == [
        {"metric": "trade_turnover", "countries": ["EGY", "KEN"], "value": 410e6, "unit": "USD", "period": "2019",
         "kind": "actual"},
        # "in 2019" follows the amount before; the one after this amount is its own
        {"metric": "trade_turnover", "countries": ["EGY", "KEN"], "value": 655e6, "unit": "USD", "period": "2023",
         "kind": "actual"},
        # the date of the visit is in another clause ("..., adding that ...")
        {"metric": "enterprises", "countries": ["EGY", "KEN"], "value": 45.0, "unit": "count", "kind": "actual"},
    ]


def test_a_fiscal_year_and_a_base_level(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["fiscal_year_and_level"] == [
        # India's fiscal year runs April to March
        {"metric": "trade_turnover", "countries": ["IND", "VNM"], "value": 14.7e9, "unit": "USD",
         "period": "2022-04/2023-03", "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 5.2e9, "unit": "USD", "period": "2024",
         "kind": "actual"},
        # "the 2019 level" is what the change is measured against
        {"metric": "trade_turnover", "countries": ["CHL", "PER"], "value": 3.0, "unit": "multiplier",
         "period": "2024", "kind": "actual", "qualifier": "about"},
    ]


def test_a_fraction_is_a_percentage_and_a_pronoun_stands_for_the_measure_before(
        found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["fraction_and_pronoun"] == [
        {"metric": "trade_turnover", "countries": ["LTU", "POL"], "value": 3.2e9, "unit": "EUR",
         "period": "2025-01/2025-04", "kind": "actual"},
        {"metric": "trade_growth", "countries": ["LTU", "POL"], "value": 25.0, "unit": "percent",
         "period": "2025-01/2025-04", "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["EST", "FIN"], "value": 5.1e9, "unit": "EUR", "period": "2024",
         "kind": "actual"},
        {"metric": "trade_growth", "countries": ["EST", "FIN"], "value": 2.7, "unit": "percent",
         "period": "2025-01/2025-06", "kind": "actual"},
        {"metric": "exports", "countries": ["EST", "FIN"], "value": 1.4e9, "unit": "EUR",
         "period": "2025-01/2025-06", "kind": "actual", "flow_from": "EST", "flow_to": "FIN"},
    ]


def test_a_goal_in_the_next_reported_clause_and_a_goal_naming_its_measure_later(
        found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["goal_clauses"] == [
        # "... and that ... a target of ...": the target belongs to the second reported clause
        {"metric": "trade_turnover", "countries": ["KEN", "OMN"], "value": 640e6, "unit": "USD", "period": "2024",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["KEN", "OMN"], "value": 1e9, "unit": "USD", "kind": "target"},
        {"metric": "trade_turnover", "countries": ["KEN", "OMN"], "value": 2e9, "unit": "USD", "kind": "target",
         "target_year": "2030"},
    ]


def test_a_sum_without_its_currency_and_trade_in_one_good(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["elided_currency_and_one_good"] == [
        {"metric": "trade_turnover", "countries": ["BOL", "PER"], "value": 1.9e9, "unit": "USD",
         "period": "2024-01/2024-10", "kind": "actual"},
        # "according to Peru's customs office" does not make Peru the buyer
        {"metric": "exports", "countries": ["BOL", "PER"], "value": 1.2e9, "unit": "USD",
         "period": "2024-01/2024-10", "kind": "actual", "qualifier": "about", "flow_from": "PER", "flow_to": "BOL"},
        {"metric": "other", "countries": ["BOL", "PER"], "value": 2.0, "unit": "multiplier", "kind": "target",
         "label": "gas_trade"},
    ]


def test_a_shared_shilling_sign_and_a_figure_a_year_earlier(found: dict[str, list[dict[str, Any]]]) -> None:
    # "Sh" is the shilling of the pair's state that uses one; "a year earlier" is the year before 2023
    assert found["shillings_and_a_year_earlier"] == [
        {"metric": "exports", "countries": ["TZA", "ZMB"], "value": 2.3e12, "unit": "TZS", "period": "2023",
         "kind": "actual", "flow_from": "TZA", "flow_to": "ZMB"},
        {"metric": "imports", "countries": ["TZA", "ZMB"], "value": 1.1e12, "unit": "TZS", "period": "2023",
         "kind": "actual", "flow_from": "ZMB", "flow_to": "TZA"},
        {"metric": "imports", "countries": ["TZA", "ZMB"], "value": 1.4e12, "unit": "TZS", "period": "2022",
         "kind": "actual", "flow_from": "ZMB", "flow_to": "TZA"},
    ]


def test_supplies_are_exports_and_a_delegation_counts_no_enterprises(
        found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["supplies_and_delegation"] == [
        {"metric": "exports", "countries": ["ARM", "GEO"], "value": 4.1e8, "unit": "USD", "period": "2024",
         "kind": "actual", "flow_from": "GEO", "flow_to": "ARM"},
        {"metric": "other", "countries": ["ARM", "GEO"], "value": 35.0, "unit": "count", "kind": "actual",
         "label": "event_participants"},
    ]


def test_a_noun_standing_for_the_measure_and_a_target_noun_after_the_sum(
        found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["figure_noun_and_target_after"] == [
        {"metric": "trade_turnover", "countries": ["COL", "ECU"], "value": 2.8e9, "unit": "USD", "period": "2024",
         "kind": "actual"},
        {"metric": "trade_turnover", "countries": ["COL", "ECU"], "value": 4e9, "unit": "USD", "kind": "target",
         "target_year": "2029"},
        {"metric": "investment", "countries": ["COL", "ECU"], "value": 1.6e9, "unit": "USD", "period": "2024",
         "kind": "actual"},
        {"metric": "investment", "countries": ["COL", "ECU"], "value": 5e9, "unit": "USD", "kind": "target"},
    ]


def test_the_cost_of_a_plan_in_the_sentence_before_is_a_target(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["plan_cost"] == [
        {"metric": "investment", "countries": ["CHL", "NOR"], "value": 9e8, "unit": "USD", "kind": "target",
         "qualifier": "about"},
    ]


def test_a_target_noun_before_the_next_amount_is_not_the_first_ones(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["value"], i["kind"], i.get("period")) for i in found["two_roles"]]
    assert got == [(650_000_000, "actual", "2023"), (1_000_000_000, "target", None)]


def test_the_number_of_the_two_countries_is_no_count(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["pair_phrase"] == []


def test_a_sum_without_a_currency_takes_the_paragraphs_last(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["metric"], i["value"], i["unit"]) for i in found["carried_currency"]]
    assert ("exports", 600_000_000, "USD") in got
    assert not any(value == 3_000_000 and unit == "USD" for _, value, unit in got)  # tonnes are no dollars


def test_one_state_s_total_trade_is_not_the_pair_s(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["one_state_total"] == []


def test_the_parts_of_one_state_s_total_are_not_the_pair_s(found: dict[str, list[dict[str, Any]]]) -> None:
    assert found["one_state_breakdown"] == []


def test_the_total_a_pair_s_share_is_taken_of_is_not_the_pair_s(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["metric"], i["value"], i["flow_from"], i["flow_to"]) for i in found["share_of_total"]
           if i["unit"] == "USD"]
    assert got == [("exports", 2e9, "PER", "CHL")]


def test_a_pronoun_for_the_measure_before_carries_a_goal_and_a_rounded_level_is_the_same_figure(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["metric"], i["value"], i["kind"]) for i in found["goal_of_a_pronoun"]]
    assert got == [("trade_turnover", 96_300_000, "actual"), ("trade_turnover", 300_000_000, "target")]


def test_commercial_exchanges_are_the_pair_s_trade(found: dict[str, list[dict[str, Any]]]) -> None:
    assert [(i["metric"], i["value"], i["period"]) for i in found["commercial_exchanges"]] == [
        ("trade_turnover", 1.2e9, "2025-01/2025-09")]


def test_a_count_said_of_the_number_of_a_noun_counts_the_noun(found: dict[str, list[dict[str, Any]]]) -> None:
    got = {(i["metric"], i["value"], i.get("label")) for i in found["number_of"]}
    assert got == {("enterprises", 120, None), ("other", 3500, "students")}


def test_a_goal_from_one_level_to_another_is_the_second(found: dict[str, list[dict[str, Any]]]) -> None:
    assert [(i["value"], i["kind"]) for i in found["goal_from_to"]] == [(4e9, "actual"), (6e9, "target")]


def test_the_level_a_planned_change_leads_to_is_planned(found: dict[str, list[dict[str, Any]]]) -> None:
    assert [(i["unit"], i["value"], i["kind"]) for i in found["change_to_a_level"]] == [
        ("multiplier", 3.0, "target"), ("USD", 12e9, "target")]


def test_a_decline_verb_before_a_year_on_year_change_makes_it_negative(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["metric"], i["value"]) for i in found["decline_year_on_year"]]
    assert got == [("trade_growth", -7.5)]


def test_one_sides_overall_foreign_trade_is_not_the_pairs(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["metric"], i["value"]) for i in found["one_side_overall_trade"]]
    assert got == [("trade_turnover", 1_100_000_000)]


def test_the_start_of_a_change_from_a_to_b_is_an_actual_and_its_end_a_goal_when_aimed_at(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["value"], i["kind"], i.get("period")) for i in found["from_to_goal"]]
    assert got == [(400_000_000, "actual", "2024"), (1_000_000_000, "target", None),
                   (250_000_000, "actual", "2022"), (380_000_000, "actual", "2023")]


def test_a_target_reported_as_hit_or_exceeded_is_an_actual_figure(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["value"], i["kind"], i.get("period"), i.get("target_year")) for i in found["target_attained"]]
    # the year a target was agreed in is no period of the figure; a target still to hit stays one
    assert got == [(700_000_000, "actual", None, None), (650_000_000, "actual", None, None),
                   (2_000_000_000, "target", None, "2030")]


def test_will_about_a_year_already_over_reports_it(found: dict[str, list[dict[str, Any]]]) -> None:
    got = [(i["value"], i["kind"], i.get("period")) for i in found["will_of_a_year_over"]]
    assert got == [(30, "actual", "2025"), (20, "target", None)]


def test_a_states_trade_with_the_world_told_beside_the_pairs_is_left_out(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    assert [(i["metric"], i["value"]) for i in found["world_then_pair"]] == [("trade_turnover", 1_300_000_000)]
    # a growth of exports to every market is no growth of the pair's exports
    assert [(i["metric"], i["value"]) for i in found["exports_to_all_markets"]] == [("exports", 900_000_000)]


def test_one_states_total_or_global_trade_is_not_the_pairs_when_the_partner_comes_after(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["countries"], i["metric"], i["value"]) for i in found["owned_total_then_pair"]]
    assert got == [(["MDA", "ROU"], "trade_turnover", 3_000_000_000), (["IDN", "NGA"], "trade_growth", 9)]


def test_words_an_editor_put_in_brackets_inside_a_quote_are_read_as_the_sentences_own(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["metric"], i["value"], i["unit"], i["kind"], i.get("target_year"), i.get("period"))
           for i in found["editor_brackets"]]
    assert got == [("exports", 3, "multiplier", "actual", None, None),
                   ("trade_turnover", 2_000_000_000, "USD", "target", "2029", None),
                   ("trade_turnover", 900_000_000, "USD", "actual", None, "2024")]


def test_a_deadline_after_the_next_amount_is_that_amounts_not_the_level_before_it(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["value"], i["kind"], i.get("target_year")) for i in found["level_then_goal"]]
    assert got == [(1_800_000_000, "actual", None), (3_000_000_000, "target", "2028")]


def test_a_present_participle_after_a_goal_gives_the_level_reached_its_period(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["value"], i["kind"], i.get("period")) for i in found["goal_passed_then_level"]]
    assert (430_000_000, "actual", "2024") in got


def test_a_world_figure_left_out_still_dates_the_pair_s_figure_after_it(
    found: dict[str, list[dict[str, Any]]],
) -> None:
    got = [(i["metric"], i["value"], i.get("period")) for i in found["period_of_a_figure_left_out"]]
    assert got == [("trade_turnover", 900_000_000, "2024")]


def test_a_target_the_figure_is_still_far_from_is_a_target(analysed: Callable[..., AnalyzedDoc]) -> None:
    for verb, tail in (("reached", "goal."), ("hit", "goal."), ("reached", "goal of both governments.")):
        a = analysed(f"Trade between Peru and Chile {verb} $2.1 billion in 2024, still far from the $4 billion {tail}",
                     published="2025-02-01")
        got = [(i.value, i.kind, i.period) for i in find_indicators(a)]
        assert got == [(2.1e9, "actual", "2024"), (4e9, "target", None)], (verb, tail)


def test_a_number_of_the_pair_phrase_does_not_cut_the_goal_verb_off_its_figure(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Ghana and Togo held talks. The two sides agreed to work to raise the volume of trade between the "
                 "two countries to USD 800 million within three years, compared with about USD 510 million in 2023.",
                 published="2024-05-02")
    got = [(i.value, i.kind, i.period) for i in find_indicators(a)]
    assert got == [(8e8, "target", None), (5.1e8, "actual", "2023")]


def test_a_goal_noun_as_subject_of_an_infinitive_of_change_makes_the_figure_a_goal(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Trade between Nepal and Bhutan came to some $140 million last year. "
                 "Our shared ambition is to reach $400 million in the coming five years.", published="2024-09-12")
    got = [(i.metric, i.value, i.kind, i.period) for i in find_indicators(a)]
    assert got == [("trade_turnover", 1.4e8, "actual", "2023"), ("trade_turnover", 4e8, "target", None)]


def test_a_goal_named_by_its_figure_measures_the_trade_its_paragraph_spoke_of(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Trade between Oman and Kenya was about $350 million in 2023. Kenyan exports to Oman were only "
                 "$40 million. That is too little. Our target is to reach $1 billion by 2030.", published="2024-03-03")
    got = [(i.metric, i.value, i.kind, i.target_year) for i in find_indicators(a)]
    assert got[-1] == ("trade_turnover", 1e9, "target", "2030")
    assert ("exports", 4e7, "actual", None) in got


def test_a_total_flow_to_the_partner_is_the_pair_s_not_the_world_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Vietnam's seafood exports to Japan by air are put at about $210 million a year, out of total "
                 "exports to Japan of $24 billion in 2023.", published="2024-04-10")
    got = [(i.metric, i.value, i.period, i.flow_from, i.flow_to) for i in find_indicators(a)]
    assert ("exports", 2.4e10, "2023", "VNM", "JPN") in got
    a = analysed("Vietnam's total exports reached $355 billion in 2023, and its exports to Japan grew 7%.",
                 published="2024-04-10")
    assert all(i.value != 3.55e11 for i in find_indicators(a))


def test_a_total_in_a_sentence_naming_no_state_and_the_flows_after_it_are_the_world_s(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Chile reported trade with Korea for March.\n\n"
                 "Total external trade in goods for March 2025 came to USD 9.1 billion, 2.5 percent lower than a "
                 "year before. Exports of goods were USD 4.7 billion while imports reached USD 4.4 billion.\n\n"
                 "Korea was Chile's third largest trading partner in March 2025, with total trade amounting to "
                 "USD 0.84 billion.", published="2025-04-20")
    got = [(i.metric, i.value) for i in find_indicators(a)]
    assert got == [("trade_turnover", 8.4e8)]


def test_a_surplus_a_headline_goal_and_a_target_told_after_a_level(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Trade between Benin and Niger reached about $410 million in 2024, with a surplus of roughly "
                 "$150 million in Benin's favour.", published="2025-03-01")
    assert [(i.value, i.kind) for i in find_indicators(a)] == [(4.1e8, "actual")]
    a = analysed("Benin, Niger eye $1bn trade, sign 6 documents", published="2025-03-01")
    assert [(i.metric, i.value, i.kind) for i in find_indicators(a) if i.unit == "USD"] == [
        ("trade_turnover", 1e9, "target")]
    a = analysed("Trade between Benin and Niger is now at roughly $450m, so that target is still some way off.",
                 published="2025-03-01")
    assert [(i.value, i.kind) for i in find_indicators(a)] == [(4.5e8, "actual")]


def test_an_owner_s_total_with_several_partners_is_not_the_pair_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru's total border trade with its three neighbours, Chile, Bolivia and Ecuador, amounted to "
                 "$9 billion in 2024. Peru's total trade with Chile reached $5 billion in 2024.",
                 published="2025-02-01")
    assert [(i.metric, i.value, i.countries) for i in find_indicators(a)] == [
        ("trade_turnover", 5e9, ["CHL", "PER"])]


@pytest.mark.parametrize("text", [
    "Trade between Chile and Peru reached $6.2 billion last year. In January-May its growth was 4%.",
    "Trade between Chile and Peru reached $6.2 billion last year. In January-May its growth rate stood at 4%.",
])
def test_a_subject_owned_by_a_pronoun_measures_the_sentence_befores_metric(text: str) -> None:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published="2025-07-01")
    [a] = analyse([doc])
    assert a is not None
    growth = [(i.metric, i.value, i.period) for i in find_indicators(a) if i.unit == "percent"]
    assert growth == [("trade_growth", 4.0, "2025-01/2025-05")]


@pytest.mark.parametrize("text", [
    "Trade between Chile and Peru reached $6.2 billion in 2024, which is $200 million more than in 2023.",
    "Trade between Chile and Peru fell to $5.9 billion in 2024, some $300 million less than a year earlier.",
])
def test_a_sum_said_to_be_more_or_less_than_another_is_no_level(text: str) -> None:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published="2025-07-01")
    [a] = analyse([doc])
    assert a is not None
    assert len([i for i in find_indicators(a) if i.unit == "USD"]) == 1


def test_more_than_before_a_sum_is_its_qualifier_still() -> None:
    doc = CleanDocument(doc="t", source="t", text="Trade between Chile and Peru reached more than $6 billion in 2024.",
                        language="en", published="2025-07-01")
    [a] = analyse([doc])
    assert a is not None
    assert [(i.value, i.qualifier) for i in find_indicators(a)] == [(6e9, "over")]


def _read(text: str, published: str = "2025-03-01") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit, i.kind, i.period) for i in find_indicators(a)]


def test_a_page_that_says_its_currency_once_gives_it_to_its_bare_signs() -> None:
    text = ("Fiji and Samoa reviewed their trade.\n\n"
            "Exports from Fiji to Samoa were valued at $41.5 million in 2024.\n\n"
            "All figures are in Fiji dollars.")
    assert _read(text) == [("exports", 41.5e6, "FJD", "actual", "2024")]


def test_a_sign_a_page_names_for_its_currency_is_read_glued_to_a_figure() -> None:
    text = ("Namibia and Angola: trade in 2024.\n\n"
            "Imports from Angola amounted to K3.4 billion in 2024.\n\n"
            "Note: values are in Angolan kwanza (K), current prices.")
    assert _read(text) == [("imports", 3.4e9, "AOA", "actual", "2024")]


def test_total_trade_with_a_named_partner_is_the_pairs() -> None:
    text = ("Uruguay and Paraguay reviewed their trade.\n\n"
            "Total trade with Paraguay came to $612 million in 2024.")
    assert _read(text) == [("trade_turnover", 612e6, "USD", "actual", "2024")]


def test_a_quarter_written_with_a_slash_takes_its_year() -> None:
    text = ("Kenya and Uganda: trade figures.\n\n"
            "Trade between Kenya and Uganda reached $310 million in Q3/2024, against $280 million in Q3/2023.")
    assert ("trade_turnover", 280e6, "USD", "actual", "2023-07/2023-09") in _read(text)


@pytest.mark.parametrize("text", [
    "Exports from Chile to Peru rose $95 million (8.1 percent) to $1.27 billion in 2024.",
    "Exports from Chile to Peru fell by some $95 million to $1.27 billion in 2024.",
])
def test_a_sum_right_after_a_change_verb_is_how_much_it_changed(text: str) -> None:
    assert [r for r in _read(text) if r[2] == "USD"] == [("exports", 1.27e9, "USD", "actual", "2024")]


def test_a_sum_after_a_phrasal_verbs_particle_is_a_level() -> None:
    text = ("Trade between Chile and Peru was $3bn in 2024. "
            "Chilean shipments to Peru made up about 1.9 billion dollars of it.")
    assert ("exports", 1.9e9, "USD", "actual", "2024") in _read(text)


@pytest.mark.parametrize("text", [
    "In year 2024 the trade turnover of Ghana and Togo reached 4.3 billion USD, increase 7.4% compare with year 2023.",
    "Trade between Ghana and Togo was 4.3 billion USD in 2024, which is increase 7.4 percent compare to previous year.",
])
def test_a_machine_translations_bare_verb_of_change_reports_a_change(text: str) -> None:
    growth = [r for r in _read(text) if r[0] == "trade_growth"]
    assert [(r[1], r[3]) for r in growth] == [(7.4, "actual")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("On results of 2023 the commodity turnover between Ghana and Togo has made 611,2 million dollars USA, "
     "having increased on 18 percent.", 611.2e6, "USD"),
    ("According to the results of 2023 the trade turnover of Ghana and Togo made $611.2 million, "
     "it is more on 18 percent than year before.", 611.2e6, "USD"),
    ("The commercial exchanges between Ghana and Togo have reached 611 billions of francs CFA in 2023, "
     "in increase of 18 per hundred relative to 2022.", 611e9, "XOF"),
])
def test_a_machine_translated_level_and_its_growth(text: str, value: float, unit: str) -> None:
    assert _read(text, "2024-03-01") == [("trade_turnover", value, unit, "actual", "2023"),
                                          ("trade_growth", 18.0, "percent", "actual", "2023")]


def test_a_sum_in_goods_takes_no_currency_from_the_sum_before_it() -> None:
    text = ("Trade between Kenya and Uganda rose to 2.4 billion dollars in 2024 from 1.9 billion in 2022, "
            "and Ugandan cargo through Mombasa reached 9.2 million tonnes.")
    assert [r[1] for r in _read(text)] == [2.4e9, 1.9e9]


def test_a_currencys_name_before_a_figure_is_its_currency() -> None:
    text = "The minister said trade between Kenya and Uganda amounted to US dollars 3.2 billion in 2024."
    assert _read(text) == [("trade_turnover", 3.2e9, "USD", "actual", "2024")]


def test_a_states_total_investment_inflows_are_from_the_world() -> None:
    text = ("Kenya and Uganda held talks.\n\n"
            "Kenya's total FDI inflows climbed to a record $2.9 billion in 2024, the central bank said.")
    assert _read(text) == []


def test_the_total_cost_of_a_planned_project_is_a_plan() -> None:
    text = ("Kenya and Uganda held talks.\n\n"
            "The sides hope that the pipeline agreement will be signed next year. "
            "The total investment of the Kenyan side in the project is estimated at 780 million US dollars.")
    assert [(r[0], r[1], r[3]) for r in _read(text)] == [("investment", 780e6, "target")]


def test_the_items_of_a_list_take_the_period_of_the_line_that_opens_it() -> None:
    text = ("Kenya and Uganda: trade statistics.\n\n"
            "In the year ended June 2024, compared with the year ended June 2023:\n\n"
            "- exports from Kenya to Uganda were $812 million\n\n"
            "- total trade with Uganda was $1.05 billion\n\n"
            "Kenya's tea sales abroad reached $1.4 billion.")
    assert _read(text)[:2] == [("exports", 812e6, "USD", "actual", "2023-07/2024-06"),
                               ("trade_turnover", 1.05e9, "USD", "actual", "2023-07/2024-06")]


def test_a_period_after_although_is_no_period_of_the_figure_before_it() -> None:
    text = ("Trade between Kenya and Uganda fell by almost a quarter in 2021 to $640 million, although a customs "
            "union has bound them since 2005.")
    assert ("trade_turnover", 640e6, "USD", "actual", "2021") in _read(text)


def test_a_total_in_the_clause_before_is_not_the_next_flows() -> None:
    text = ("Kenyan exports to Uganda were about 410 million euros in 2022, under 2 per cent of total exports, "
            "while imports from Uganda were around 95 million euros.")
    assert [r[:2] for r in _read(text) if r[2] == "EUR"] == [("exports", 410e6), ("imports", 95e6)]


def test_a_translations_noun_before_its_adjective_names_the_trade() -> None:
    text = ("The minister indicated that the volume of the exchanges commercial between Kenya and Uganda "
            "has exceeded 860 million dollars in 2023.")
    assert _read(text) == [("trade_turnover", 860e6, "USD", "actual", "2023")]


def test_the_speakers_goal_said_with_a_pronoun_measures_what_they_spoke_of() -> None:
    text = ("Kenya and Uganda.\n\n"
            "Trade between our two countries was about 730 million US dollars in 2024. "
            "We are sure we could reach two billion dollars by 2029.")
    assert _read(text)[1:] == [("trade_turnover", 2e9, "USD", "target", None)]


def test_a_sum_a_pronoun_reaches_without_a_goal_is_no_figure() -> None:
    text = ("Trade between Kenya and Uganda was about 730 million US dollars in 2024.\n\n"
            "They reached the border with two million dollars in cash.")
    assert len(_read(text)) == 1


def test_a_state_that_sold_to_the_other_and_bought_from_it() -> None:
    text = ("Chile is Bolivia's fourth trading partner: Bolivia sold US$640 million to Chile in 2023 and bought "
            "US$910 million, customs data show.")
    assert _read(text) == [("exports", 640e6, "USD", "actual", "2023"), ("imports", 910e6, "USD", "actual", "2023")]


def test_goods_a_state_delivered_to_the_other_are_its_exports() -> None:
    text = "In 2024 Uzbekistan delivered to Latvia goods on the sum 14,2 mln. dollars."
    assert _read(text) == [("exports", 14.2e6, "USD", "actual", "2024")]


def test_aid_delivered_through_an_agency_is_no_export() -> None:
    text = "Aid from Norway to Nepal, worth about $300,000, was delivered through the Red Cross."
    assert [r[0] for r in _read(text)] != ["exports"]


def test_a_sentence_goes_on_after_an_abbreviated_scale_and_its_currency() -> None:
    text = ("By results of 2024 the commodity turnover between Georgia and Moldova has made 58,4 mln. dollars USA, "
            "it is growth 1,4 times.")
    assert [r[:4] for r in _read(text)] == [("trade_turnover", 58.4e6, "USD", "actual"),
                                            ("trade_turnover", 1.4, "multiplier", "actual")]


def test_investments_in_a_local_currency_written_with_an_abbreviated_scale() -> None:
    text = "Armenia and Georgia. Armenian investments in the new factory made 45 mln. lari (about 17 mln. dollars)."
    assert _read(text) == [("investment", 45e6, "GEL", "actual", None)]


def test_exchanges_between_two_states_are_their_trade() -> None:
    text = ("Before the drought, the exchanges between Mali and Guinea were estimated at nearly 410 billions of "
            "francs CFA in 2021, according to the chamber of commerce.")
    assert _read(text) == [("trade_turnover", 410e9, "XOF", "actual", "2021")]


def test_exchanges_of_people_are_no_trade() -> None:
    text = "Ghana and Togo agreed on exchanges of teachers, and 300 students took part in exchanges in 2023."
    assert [r for r in _read(text) if r[0] == "trade_turnover"] == []


def _qualifiers(text: str) -> list[str | None]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published="2025-03-01")
    [a] = analyse([doc])
    assert a is not None
    return [i.qualifier for i in find_indicators(a)]


def test_a_level_not_exceeded_is_a_ceiling() -> None:
    assert _qualifiers("Trade between Chile and Bolivia has not exceeded 700 million dollars in 2022.") == ["up_to"]
    assert _qualifiers("Trade between Chile and Bolivia was no more than $90 million in 2021.") == ["up_to"]


def test_a_translated_verb_of_passing_a_level() -> None:
    text = "Our commercial exchanges with Bolivia overcame 20 thousand million euros in 2023, Chile's minister said."
    assert _qualifiers(text) == ["over"]


def _targets(text: str, published: str = "2024-07-29") -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.kind, i.target_year) for i in find_indicators(a) if i.kind == "target"]


def test_a_goal_to_reach_a_level_in_a_later_year_is_set_for_that_year() -> None:
    text = "Chile and Bolivia aim for the trade turnover to reach 8 billion USD in the year 2031."
    assert _targets(text) == [("trade_turnover", 8e9, "target", "2031")]


def test_a_goal_to_the_year_of_a_translation() -> None:
    text = ("Trade between Chile and Bolivia was 3 billion dollars in 2023; the two governments want to reach the "
            "6 thousand millions of dollars to the year 2028.")
    assert _targets(text) == [("trade_turnover", 6e9, "target", "2028")]


def test_the_same_period_of_the_year_before_is_the_period_the_story_told() -> None:
    text = ("In January–May 2023 exports from Azerbaijan to Kazakhstan amounted to 61.2 mil. USD.\n\n"
            "Commodity turnover with Kazakhstan reached 214.9 mil. USD, 2.7% more than in the same period of "
            "last year.")
    assert _read(text, "2023-06-20")[1:] == [("trade_turnover", 214.9e6, "USD", "actual", "2023-01/2023-05"),
                                             ("trade_growth", 2.7, "percent", "actual", "2023-01/2023-05")]


def test_a_metric_word_in_the_name_of_an_office_is_no_measure() -> None:
    text = ("Kenya summoned the Ugandan ambassador.\n\n"
            "The protest followed remarks by Kenyan Minister of Foreign Affairs and Trade John Mwangi, who said "
            "that Nairobi would block the allocation of EUR 30 billion to Kampala under the facility.")
    assert _read(text, "2023-11-13") == []


def test_a_metric_word_opening_a_sentence_or_a_headline_still_measures() -> None:
    text = ("Kenya-Uganda Trade Hits $1 Billion in 2022\n\n"
            "Trade between Kenya and Uganda reached $1bn in 2022, the Kenya National Chamber of Commerce said.")
    assert _read(text) == [("trade_turnover", 1e9, "USD", "actual", "2022")]  # one figure said twice


def test_an_n_fold_word_naming_a_kind_of_thing_is_no_change() -> None:
    text = ("Among the documents signed were an Agreement on the Reciprocal Protection of Investments between Chile "
            "and Peru and a Convention for the Avoidance of Double Taxation.")
    assert _read(text) == []


def test_an_n_fold_increase_is_a_change() -> None:
    assert _read("Investments between Ghana and Togo saw a twofold increase in 2024.") == [
        ("investment", 2, "multiplier", "actual", "2024")]


def test_trade_of_one_side_with_a_third_state_is_not_the_pairs() -> None:
    text = ("Kenyan investment in Uganda stands at about $1.2 billion, a sliver next to Uganda's $90 billion of "
            "trade with China.")
    assert _read(text) == [("investment", 1.2e9, "USD", "actual", None)]


def test_companies_at_a_forum_are_no_companies_of_one_state_in_the_other() -> None:
    text = "The Chilean minister and his Peruvian host inaugurated a business forum with 240 companies on Friday."
    assert [r[0] for r in _read(text)] == ["other"]


def test_a_goal_noun_far_before_the_copula_still_makes_the_figure_a_goal() -> None:
    text = ("Trade between Spain and Ghana passed 600 million euros in 2023. Our goal, fixed by President Mahama "
            "and Prime Minister Sánchez last spring, is two billion euros by 2027.")
    assert _targets(text, "2024-02-10") == [("trade_turnover", 2e9, "target", "2027")]


def test_an_n_fold_verb_after_to_the_tagger_reads_as_an_adjective_is_a_goal() -> None:
    text = "Last month Ghana's foreign minister said the goal was to double trade with Togo by 2030."
    assert _targets(text, "2025-03-01") == [("trade_turnover", 2, "target", "2030")]


def test_a_bare_count_compared_with_a_count_counts_its_noun_years_before_the_story() -> None:
    text = "Some 210 firms with Chilean capital now work in Peru, against 75 three years ago."
    assert _read(text, "2025-02-10") == [("enterprises", 210, "count", "actual", None),
                                         ("enterprises", 75, "count", "actual", "2022")]


def test_a_bare_count_with_no_comparison_counts_nothing() -> None:
    text = "Some 210 firms with Chilean capital now work in Peru, and 75 of them are banks."
    assert _read(text, "2025-02-10") == [("enterprises", 210, "count", "actual", None)]


def test_a_figure_compared_with_the_one_before_is_of_another_time() -> None:
    text = ("Bolivian officials estimate trade with Peru at under 40 million dollars last year, compared with "
            "about 180 million dollars before the crisis.")
    assert _read(text, "2024-03-01") == [("trade_turnover", 40e6, "USD", "actual", "2023"),
                                         ("trade_turnover", 180e6, "USD", "actual", None)]


def test_months_glued_by_a_dash_open_no_dateline_and_take_no_year_from_the_base_of_a_change() -> None:
    text = ("In January–July, trade between Norway and Poland came to 4.1 billion euros, 6% less than "
            "in the first seven months of 2022.")
    assert _read(text, "2023-09-01") == [("trade_turnover", 4.1e9, "EUR", "actual", "2023-01/2023-07"),
                                         ("trade_growth", -6, "percent", "actual", "2023-01/2023-07")]


def test_a_year_to_a_day_inside_a_month_starts_in_that_month_a_year_before() -> None:
    text = ("Kenya's exports to Uganda totalled US$2.3 billion in the fiscal year to 15 April 2022, and its "
            "imports from Uganda about $85 million.")
    assert _read(text, "2023-01-10") == [("exports", 2.3e9, "USD", "actual", "2021-04/2022-04"),
                                         ("imports", 85e6, "USD", "actual", "2021-04/2022-04")]


def test_a_count_word_of_a_period_bounds_no_stretch_of_the_n_fold_change_after_it() -> None:
    text = ("The minister said that over ten months of 2023 the mutual trade turnover between Chile and Peru "
            "grew 1.8-fold and amounted to 236.4 million US dollars.")
    assert _read(text, "2023-11-20") == [("trade_turnover", 1.8, "multiplier", "actual", "2023-01/2023-10"),
                                         ("trade_turnover", 236.4e6, "USD", "actual", "2023-01/2023-10")]


def test_an_n_fold_change_after_a_level_is_of_the_levels_period() -> None:
    text = ("The minister recalled that the commodity turnover between Chile and Peru in 2022 came to 57.3 million "
            "US dollars, having increased 1.4 times on the year before.")
    assert _read(text, "2023-06-01")[1] == ("trade_turnover", 1.4, "multiplier", "actual", "2022")


def test_an_n_fold_change_in_a_later_sentence_takes_no_period_it_does_not_name() -> None:
    text = "Trade between Ghana and Togo was $5bn in 2023. Since then it has doubled."
    assert _read(text, "2024-12-20")[1] == ("trade_turnover", 2, "multiplier", "actual", None)


def test_an_agency_that_foresees_a_sum_forecasts_it() -> None:
    text = ("The export agency of Peru foresees that trade between Peru and Ecuador arrives at 5.2 billion dollars "
            "in 2026.")
    assert _read(text, "2026-02-10") == [("trade_turnover", 5.2e9, "USD", "forecast", "2026")]


def test_a_translated_page_groups_thousands_of_millions_with_points() -> None:
    text = ("The commerce between Peru and Ecuador was in 2024 of 2.314 millions of dollars, "
            "and the Peruvian exports to Ecuador summed 1.290 million.")
    assert [(r[0], r[1]) for r in _read(text, "2025-02-10")] == [("trade_turnover", 2.314e9), ("exports", 1.29e9)]


def test_a_progression_of_a_percent_is_growth() -> None:
    text = ("The exchanges between Mali and Guinea reached 150 billion FCFA in 2024, against 120 billion FCFA the "
            "year before, that is a progression of 25 %.")
    assert [(r[0], r[1]) for r in _read(text)][-1] == ("trade_growth", 25.0)



@pytest.mark.parametrize("text", [
    "Peru and Chile will hold a business forum in Lima in May, with some 80 companies from mining, fisheries and "
    "wine expected to attend.",
    "Around 45 Chilean firms in agriculture and logistics are set to take part in the fair in Peru.",
])
def test_companies_the_subject_of_a_verb_of_taking_part_count_no_enterprises(text: str) -> None:
    assert [r[0] for r in _read(text)] == ["other"]


def test_a_total_between_the_two_is_the_pairs_not_the_worlds() -> None:
    text = ("Fiji and Samoa signed a shipping deal.\n\n"
            "Samoa's exports to Fiji reached $14 million in 2024. Total trade between the two has nearly tripled "
            "since 2018.")
    assert _read(text) == [("exports", 14e6, "USD", "actual", "2024"),
                           ("trade_turnover", 3.0, "multiplier", "actual", None)]


@pytest.mark.parametrize(("text", "growth"), [
    ("The commodity turnover of Belarus with Mongolia in 2023 made 25 million US dollars, or 94.5% to the level of "
     "2022.", -5.5),
    ("The commodity turnover of Belarus with Mongolia in 2023 made 25 million US dollars, or 121.3 % to level of "
     "the previous year.", 21.3),
])
def test_an_index_to_the_level_of_a_base_is_a_change_of_its_excess_over_a_hundred(text: str, growth: float) -> None:
    assert _read(text) == [("trade_turnover", 25e6, "USD", "actual", "2023"),
                           ("trade_growth", growth, "percent", "actual", "2023")]
