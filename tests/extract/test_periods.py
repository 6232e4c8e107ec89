"""Reporting periods of figures, resolved against the publication date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.extract.indicators.periods import find_periods, fiscal_start
from accord.timex import find_time_expressions


def _periods(text: str, anchor: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.value, p.marker) for p in find_periods(text, find_time_expressions(text), anchor)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("in 2024", "2025-03", [("2024", "2024", "in")]),
        ("in January-June 2023", None, [("January-June 2023", "2023-01/2023-06", "in")]),
        ("over 11 months of 2020", None, [("11 months of 2020", "2020-01/2020-11", "in")]),
        ("in the first eight months of 2014", None, [("the first eight months of 2014", "2014-01/2014-08", "in")]),
        ("during the first half of this year", "2023-10-02",
         [("the first half of this year", "2023-01/2023-06", "in")]),
        ("in Q2 2022", None, [("Q2 2022", "2022-04/2022-06", "in")]),
        # the year a span of months is "of" belongs to the span, not a period of its own
        ("in March-May of last year", "2026-02-01", [("March-May of last year", "2025-03/2025-05", "in")]),
        ("in February to July of the current year", "2024-09-09",
         [("February to July of the current year", "2024-02/2024-07", "in")]),
        ("last year", "2025-03", [("last year", "2024", None)]),
        ("last year", None, [("last year", None, None)]),
        ("by 2030", "2024-01-01", [("2030", "2030", "deadline")]),
        ("by the end of 2023", "2024-05", [("2023", "2023", "deadline")]),
        ("since 2005", "2024-05", [("2005", "2005", "cumulative")]),
        ("for six months", "2024-05", []),
        # what a change is measured against
        ("compared with the same period last year", "2025-05", [("last year", "2024", "base")]),
        ("against the corresponding period of 2021", None, [("2021", "2021", "base")]),
        ("up 4% on 2019", None, [("2019", "2019", "base")]),
        # a yearly rate names no year
        ("about $2 billion a year", "2025-05", [("a year", None, "rate")]),
        # ... but "a year earlier" is a distance back in time
        ("15% more than a year earlier", "2025-05", []),
        # months of a range without a year: the latest such span over by the publication date
        ("in January–March", "2025-05-20", [("January–March", "2025-01/2025-03", "in")]),
        ("in February-November", "2025-05-20", [("February-November", "2024-02/2024-11", "in")]),
        ("from January to August 2023", None, [("January to August 2023", "2023-01/2023-08", "base")]),
        ("in January and March", "2025-05-20", [("January", "2025-01", "in"), ("March", "2025-03", None)]),
        # a span over New Year has no year of its own, and in brackets after a split year it names that one's months
        ("in October-March", "2025-05-20", [("October-March", None, "in")]),
        ("in the 2019-20 season (October-March)", "2025-05-20", [("2019-20", "2019-10/2020-03", "in")]),
        ("in fiscal 2021-22 (July–June)", "2024-02-01", [("2021-22", "2021-07/2022-06", None)]),
        # a gloss dated in another calendar restates the period before it
        ("in fiscal year 2078/79 (mid-July 2021 to mid-July 2022)", "2023-01-05",
         [("2078/79", "2021-07/2022-07", None)]),
        ("rose to $4bn in 2022 (up from $3bn in 2021)", "2023-05", [("2022", "2022", "in"), ("2021", "2021", "in")]),
        # a year counted from the one the sentence names, not from the publication date
        ("sales were 41bn in 2021, against 38bn the year before", "2024-06",
         [("2021", "2021", "in"), ("the year before", "2020", None)]),
        ("the previous year", "2024-06", [("previous year", "2023", None)]),
        ("sales were 41bn in 2021, up 9% on the previous year", "2024-06",
         [("2021", "2021", "in"), ("previous year", "2023", "base")]),
        # a year told month by month is the calendar year
        ("in January-December 2021", "2022-02-10", [("January-December 2021", "2021", "in")]),
        ("in the III quarter of 2021", "2022-02-10", [("the III quarter of 2021", "2021-07/2021-09", "in")]),
        # the four quarters, or twelve months, up to the end of a quarter or a month
        ("in the four quarters to the end of the first quarter of 2022", "2022-08",
         [("the four quarters to the end of the first quarter of 2022", "2021-04/2022-03", "in")]),
        ("in the four quarters to the end of March 2021", "2021-09",
         [("the four quarters to the end of March 2021", "2020-04/2021-03", "in")]),
        ("over the 12 months to the end of Q4 2020", "2021-09",
         [("the 12 months to the end of Q4 2020", "2020", "in")]),
    ],
)
def test_periods(text: str, anchor: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _periods(text, anchor) == expected


def test_a_quarter_without_year_is_the_last_one_that_ended() -> None:
    assert _periods("in the third quarter", "2021-01-28") == [("the third quarter", "2020-07/2020-09", "in")]
    assert _periods("in the first quarter", "2021-05-02") == [("the first quarter", "2021-01/2021-03", "in")]


def test_a_quarter_takes_the_year_the_sentence_names() -> None:
    text = "in 2019 overall and in the second quarter"
    assert [p.value for p in find_periods(text, find_time_expressions(text), "2021-06")] == [
        "2019", "2019-04/2019-06",
    ]


def test_the_past_months_of_a_story_count_from_january() -> None:
    # trade statistics are cumulative from January: "the past seven months" in September is January-July
    assert _periods("in the past seven months", "2024-09-16") == [
        ("the past seven months", "2024-01/2024-07", "in")
    ]


def test_the_past_months_reaching_back_before_january() -> None:
    assert _periods("over the past four months", "2024-02-10") == [
        ("the past four months", "2023-10/2024-01", "in")
    ]


def test_possessive_names_a_thing_not_a_period() -> None:
    (p,) = find_periods("last year’s plan", find_time_expressions("last year’s plan"), "2025-01")
    assert p.possessive


@given(year=st.integers(1990, 2040), months=st.integers(2, 12))
def test_months_of_a_year(year: int, months: int) -> None:
    text = f"in the first {months} months of {year}"
    (p,) = find_periods(text, find_time_expressions(text), None)
    # (all twelve of them are the calendar year)
    assert p.value == (str(year) if months == 12 else f"{year}-01/{year}-{months:02d}")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a span of years; "mid-" ends it in June
        ("totalled $3bn between 2011 and mid-2023", None, [("between 2011 and mid-2023", "2011-01/2023-06", None)]),
        ("from 2016 to 2022", None, [("from 2016 to 2022", "2016/2022", None)]),
        # a bare year after "over" is what a change is measured against; "over the ..." is a stretch of time
        ("up 8.2 percent over 2022", None, [("2022", "2022", "base")]),
        ("up 3% over last year", "2024-06", [("last year", "2023", "base")]),
        ("over the first half of 2024", None, [("the first half of 2024", "2024-01/2024-06", "in")]),
        # "the 2021 level" is a base of comparison
        ("nearly triple the 2021 level", None, [("2021", "2021", "base")]),
        # two years split by a dash without a state counting its fiscal year from another month
        ("in 2021-22", None, [("2021-22", "2021/2022", "in")]),
    ],
)
def test_spans_and_bases(text: str, anchor: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _periods(text, anchor) == expected


def test_a_fiscal_year_starts_in_the_month_of_the_state_that_counts_it() -> None:
    text = "exports in 2022-23 rose"
    assert fiscal_start(["NPL", "FRA"]) == 7
    assert fiscal_start(["FRA", "DEU"]) is None
    (p,) = find_periods(text, find_time_expressions(text), None, first_month=fiscal_start(["FRA", "NPL"]))
    assert (p.value, p.year) == ("2022-07/2023-06", 2023)
    # "2022-25" is not one fiscal year
    assert find_periods("the 2022-25 plan", [], None, first_month=7) == []


def test_a_fiscal_year_may_carry_its_abbreviation_glued_to_it() -> None:
    for text in ("remittances in FY2021-22 rose", "remittances in FY 2021-22 rose"):
        (p,) = find_periods(text, find_time_expressions(text), None, first_month=fiscal_start(["KEN", "ITA"]))
        assert (p.value, p.year) == ("2021-07/2022-06", 2022), text
    # a word ending in the letters is no abbreviation of the fiscal year
    (p,) = find_periods("the SAFFY2021-22 code", [], None, first_month=7) or (None,)
    assert p is None


def test_a_clause_of_attendant_circumstance_shares_the_period_of_the_clause_before() -> None:
    from accord.extract.indicators.clauses import SentenceFigure
    from accord.extract.indicators.cues import cue_lexicon
    from accord.extract.indicators.numbers import find_quantities
    from accord.extract.indicators.periods import own_period

    text = "Peru was Korea's third export market in May 2024, with sales valued at $310 million."
    periods = find_periods(text, find_time_expressions(text), "2024-07-01")
    [q] = [q for q in find_quantities(text) if q.is_money]
    f = SentenceFigure(q, q.start, q.end, 0, len(text))
    got = own_period(f, periods, "exports", text, cue_lexicon("en"))
    assert got is not None and got.value == "2024-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Q3/2023", [("Q3/2023", "2023-07/2023-09", "in")]),
        ("in H1-2022", [("H1-2022", "2022-01/2022-06", "in")]),
        ("up 9% relative to 2021", [("2021", "2021", "base")]),
    ],
)
def test_short_parts_glued_to_their_year_and_a_base_said_as_relative(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _periods(text, "2025-01-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the year ended September 2024", [("the year ended September 2024", "2023-10/2024-09", "in")]),
        ("for the 12 months to June 2023", [("the 12 months to June 2023", "2022-07/2023-06", "in")]),
        ("in the year ending December 2022", [("the year ending December 2022", "2022", "in")]),
        ("up 4% compare with year 2021", [("2021", "2021", "base")]),
    ],
)
def test_twelve_months_up_to_a_month_and_a_base_year_after_a_translated_year_noun(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _periods(text, "2025-01-01") == expected


def test_a_translations_lead_after_the_count_of_months() -> None:
    assert _periods("during the seven first months of 2022", None) == [
        ("the seven first months of 2022", "2022-01/2022-07", "in")]


def test_a_translations_horizon_is_a_deadline() -> None:
    assert _periods("to reach $4bn in horizon 2030", "2025-01-01") == [("2030", "2030", "deadline")]
