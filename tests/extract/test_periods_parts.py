"""Quarters, halves and spans of months as the press and translated pages write them (indicators/periods.py)."""

from __future__ import annotations

import pytest

from accord.extract.indicators.periods import find_periods
from accord.timex import find_time_expressions


def _values(text: str, anchor: str | None = "2025-06-01") -> list[str | None]:
    return [p.value for p in find_periods(text, find_time_expressions(text), anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a translation keeps the source's trimester and semester for a quarter and a half
        ("Shipments of wheat slipped 9% in the first trimester of 2024.", "2024-01/2024-03"),
        ("in the second trimester of 2023", "2023-04/2023-06"),
        ("during the third trimester of this year", "2025-07/2025-09"),
        ("in the first semester of 2022", "2022-01/2022-06"),
        ("over the second semester of last year", "2024-07/2024-12"),
        ("in the fourth quarter of 2024", "2024-10/2024-12"),
        ("in Q3 2023", "2023-07/2023-09"),
    ],
)
def test_quarters_and_halves_by_every_name(text: str, expected: str) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales of timber climbed over the nine months from August 2022 to April 2023.", "2022-08/2023-04"),
        ("between March and August 2024", "2024-03/2024-08"),
        ("from October 2023 to March 2024", "2023-10/2024-03"),
        ("in the period from July 2022 to June 2023", "2022-07/2023-06"),
        ("in January-September 2024", "2024-01/2024-09"),
        ("from April to December of 2023", "2023-04/2023-12"),
    ],
)
def test_spans_of_months_across_a_new_year(text: str, expected: str) -> None:
    assert expected in _values(text)


def test_a_span_of_months_opened_by_from_is_the_period_of_the_figure_not_its_base() -> None:
    text = "In the eight months from November 2023 to June 2024, Estonian exports to Latvia rose 6%."
    [period] = find_periods(text, find_time_expressions(text), "2024-08-01")
    assert (period.value, period.marker) == ("2023-11/2024-06", None)
